"""deliver_batch over real HTTP to the fake WeChat server (bot/sandbox/fake_wechat/), on fakeredis."""

from __future__ import annotations

import logging
import threading

import fakeredis
import pytest
from prometheus_client import REGISTRY

from bot import gateway as gw
from bot.clock import ManualClock
from bot.errors import ConfigError, RetryLaterError, SlowDownError, UnreachableError
from bot.inbound import Channel
from bot.outbound import Delivery, DeliveryContext, Image, Link, Menu, MenuChoice, MiniProgram, Text
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store import keys
from bot.store.ledger import DeliveryLedger
from bot.store.members import MemberStore
from jobs import context, deliver
from jobs.context import JobServices
from tests.support.factories import WECOM_CORP_ID, make_inbound, make_settings
from tests.support.jobs import LaterRecorder, install_jobs

OPENID = "o_follower_1"


def oa_delivery(key: str = "reply:1:1", purpose: str = "reply", **kw: object) -> Delivery:
    values = {"brand": "default", "channel": "oa", "account": "wx", "member_id": "", "user_id": OPENID,
              "message": Text(text="hi"), "key": key, "purpose": purpose}
    values.update(kw)
    return Delivery(**values)


def follower(svc: JobServices, clock: ManualClock) -> str:
    member = MemberStore(svc.members.redis, clock).touch(make_inbound())
    assert member is not None
    return member.id


def test_error_table_keys_platform_and_code() -> None:
    assert isinstance(gw.error_for("oa", 40001), gw.RefreshTokenError)
    assert isinstance(gw.error_for("wecom", 40001), ConfigError)
    assert isinstance(gw.error_for("oa", 43004), UnreachableError)
    assert isinstance(gw.error_for("wecom", 43004), ConfigError)
    assert isinstance(gw.error_for("wecom", 41051), gw.AlreadyDoneError)
    assert isinstance(gw.error_for("wecom", 41096), RetryLaterError)
    slow = gw.error_for("robot", 130101)
    assert isinstance(slow, SlowDownError) and slow.retry_after == 60
    assert isinstance(gw.error_for("oa", 99999), ConfigError)  # unknown: never retried


def test_oa_reply_sends_once_and_rerun_skips(env: JobServices, fake: FakeWeChatServer,
                                             clock: ManualClock) -> None:
    member_id = follower(env, clock)
    menu = Menu(header="Pick", choices=(MenuChoice(id="1", text="A"),))
    batch = [oa_delivery(member_id=member_id, attachments=(menu,)).to_data(),
             oa_delivery(key="reply:1:2", member_id=member_id, message=Link(title="T", url="https://e.x/a")).to_data()]
    assert deliver.deliver_batch(batch) == {"sent": 2}
    assert deliver.deliver_batch(batch) == {"skipped": 2}
    sent = [r["body"] for r in fake.requests("/cgi-bin/message/custom/send")]
    assert [b["msgtype"] for b in sent] == ["text", "msgmenu", "news"]
    assert sent[1]["msgmenu"]["list"] == [{"id": "1", "content": "A"}]
    assert len(fake.requests("/cgi-bin/stable_token")) == 1


def test_a_part_slowed_down_mid_delivery_is_sent_alone_on_the_rerun(env: JobServices, fake: FakeWeChatServer,
                                                                     clock: ManualClock,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Text + menu + card: the menu is slowed down by a rate limit; the re-run sends the menu and the card, never
    the text again, and the member's 5-in-48-h budget pays for each part once."""
    member_id = follower(env, clock)
    menu = Menu(header="Pick", choices=(MenuChoice(id="1", text="A"),))
    batch = [oa_delivery(member_id=member_id, attachments=(menu, Link(title="T", url="https://e.x/a"))).to_data()]
    real_call, calls = env.routes.gateway.call, []

    def slowed_on_the_second_call(*args: object, **kwargs: object) -> dict[str, object]:
        calls.append(args[1])
        if len(calls) == 2:
            raise SlowDownError("rate limit", retry_after=1, platform="oa", api="message/custom/send")
        return real_call(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(env.routes.gateway, "call", slowed_on_the_second_call)
    member = env.members.get("default", member_id)
    assert member is not None and env.routes.budget.remaining("default", member, "oa", clock.now()) == 5
    assert deliver.deliver_batch(batch) == {"slow": 1}
    assert deliver.deliver_batch(batch) == {"sent": 1}
    assert deliver.deliver_batch(batch) == {"skipped": 1}
    sent = [r["body"]["msgtype"] for r in fake.requests("/cgi-bin/message/custom/send")]
    assert sent == ["text", "msgmenu", "news"]  # each part once: the re-run did not repeat the text
    assert env.routes.budget.remaining("default", member, "oa", clock.now()) == 2


def test_oa_budget_five_per_message_then_parked(env: JobServices, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    batch = [oa_delivery(key=f"seq:{i}", purpose="sequence", member_id=member_id).to_data() for i in range(6)]
    assert deliver.deliver_batch(batch) == {"sent": 5, "parked": 1}
    clock.advance(48 * 3600)
    assert deliver.deliver_batch([oa_delivery(key="later", member_id=member_id).to_data()]) == {"parked": 1}


def test_opted_out_member_gets_replies_only(env: JobServices, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    MemberStore(env.members.redis, clock).update("default", member_id, set_fields={"oo": "1"})
    batch = [oa_delivery(key="seq:1", purpose="sequence", member_id=member_id).to_data(),
             oa_delivery(key="reply:9", member_id=member_id).to_data()]
    assert deliver.deliver_batch(batch) == {"skipped": 1, "sent": 1}


def test_an_opted_out_member_still_gets_a_queued_answer_to_their_own_question(env: JobServices,
                                                                            clock: ManualClock) -> None:
    """The pipeline names a queued reply's purpose after its handler ("qa", "shop"...): it answers the
    member's own message (context.in_reply_to), so opting out of proactive messages must not drop it."""
    member_id = follower(env, clock)
    MemberStore(env.members.redis, clock).update("default", member_id, set_fields={"oo": "1"})
    answer = oa_delivery(key="reply:cb1:1", purpose="qa", member_id=member_id,
                         context=DeliveryContext(in_reply_to="cb1"))
    assert deliver.deliver_batch([answer.to_data()]) == {"sent": 1}


def test_retryable_fault_raises_then_rerun_sends(env: JobServices, fake: FakeWeChatServer,
                                                 clock: ManualClock) -> None:
    member_id = follower(env, clock)
    batch = [oa_delivery(member_id=member_id).to_data()]
    fake.set_faults(rate=1.0, errcodes=[-1])
    with pytest.raises(RetryLaterError):
        deliver.deliver_batch(batch)
    fake.set_faults()
    assert deliver.deliver_batch(batch) == {"sent": 1}
    assert deliver.deliver_batch(batch) == {"skipped": 1}


def test_permanent_fault_goes_to_failed_ledger(env: JobServices, fake: FakeWeChatServer,
                                               clock: ManualClock) -> None:
    member_id = follower(env, clock)
    fake.set_faults(rate=1.0, errcodes=[48002])
    assert deliver.deliver_batch([oa_delivery(member_id=member_id).to_data()]) == {"failed": 1}
    failures = DeliveryLedger(env.members.redis, clock).failures("default")
    assert failures[0]["errcode"] == "48002" and failures[0]["key"] == "reply:1:1"
    assert failures[0]["reason"] == "UnreachableError"


def test_expired_token_is_refreshed_once(env: JobServices, fake: FakeWeChatServer,
                                         clock: ManualClock) -> None:
    member_id = follower(env, clock)
    assert deliver.deliver_batch([oa_delivery(key="a", member_id=member_id).to_data()]) == {"sent": 1}
    token = env.routes.gateway.tokens.get(gw.oa_app(env.routes.settings, "default"))  # the cached one
    fake.state.expire_token(token)
    assert deliver.deliver_batch([oa_delivery(key="b", member_id=member_id).to_data()]) == {"sent": 1}
    assert len(fake.requests("/cgi-bin/stable_token")) == 2


@pytest.mark.parametrize("call", ["send", "upload"])
def test_a_refused_token_replaced_by_another_refused_one_is_refreshed_past_both(
        env: JobServices, fake: FakeWeChatServer, call: str) -> None:
    """CI stop 27: a worker's own copy of the token was refused (expired), the refresh read the token another
    worker had put in Redis, and WeChat refused that one too (it was as old: the e2e clock had jumped days);
    the call failed for good with "after one token refresh" and a product card was lost. A token read back from
    the shared store is another process's, not a fresh one: refused, it is refreshed in turn."""
    gateway = env.routes.gateway
    app = gw.oa_app(env.routes.settings, "default")
    mine = gateway.tokens.get(app)  # this process's copy (kept up to LOCAL_TOKEN_S)
    fake.state.expire_token(mine)
    other_process = gw.TokenStore(gateway.redis, http=gw.new_session())
    theirs = other_process.refresh(app, mine)  # another worker replaced it in Redis ...
    assert theirs != mine
    fake.state.expire_token(theirs)  # ... and that one is refused as well by the time we use it
    if call == "send":
        gateway.call(app, "message/custom/send", {"touser": OPENID, "msgtype": "text", "text": {"content": "hi"}})
        assert fake.requests("/cgi-bin/message/custom/send")[-1]["errcode"] == 0
    else:
        assert gateway.upload(app, "image", "a.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    fresh = gateway.tokens.get(app)
    assert fresh not in (mine, theirs)
    assert len(fake.requests("/cgi-bin/stable_token")) == 3  # mine, theirs, and one fresh fetch: no loop


def test_a_token_refused_right_after_its_fetch_is_a_config_error_not_a_loop(env: JobServices,
                                                                           fake: FakeWeChatServer) -> None:
    gateway = env.routes.gateway
    app = gw.oa_app(env.routes.settings, "default")
    fake.set_faults(rate=1.0, errcodes=[40001], paths=["/cgi-bin/message/custom/send"])
    with pytest.raises(ConfigError, match="after a token refresh"):
        gateway.call(app, "message/custom/send", {"touser": OPENID, "msgtype": "text", "text": {"content": "hi"}})
    assert len(fake.requests("/cgi-bin/message/custom/send")) == 2  # the first token, one renewal: no more


def test_welcome_message_then_41051_is_done(env: JobServices, fake: FakeWeChatServer) -> None:
    code = fake.issue_welcome_code(userid="alice", external_userid="wmCustomer1")
    welcome = Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="",
                       user_id="wmCustomer1",
                       message=Text(text="Welcome!"), attachments=(Link(title="Guide", url="https://e.x/g"),),
                       key="welcome:1", purpose="welcome", context=DeliveryContext(welcome_code=code))
    assert deliver.deliver_batch([welcome.to_data()]) == {"sent": 1}
    body = fake.requests("/cgi-bin/externalcontact/send_welcome_msg")[0]["body"]
    assert body["text"] == {"content": "Welcome!"}
    assert body["attachments"][0]["link"]["url"] == "https://e.x/g"
    again = Delivery.from_data({**welcome.to_data(), "key": "welcome:2"})
    assert deliver.deliver_batch([again.to_data()]) == {"sent": 1}  # 41051 = already delivered


def test_welcome_with_only_the_app_secret_is_sent(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis,
                                                  clock: ManualClock) -> None:
    """Issue 10 report 2: with SIYU_WECOM_SECRET but no SIYU_WECOM_CONTACT_SECRET the welcome was refused by its
    route and vanished. WeCom accepts customer-contact calls with the token of a self-built app in the 客户联系
    "可调用应用" list, so the app secret is the fallback."""
    settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_WECOM_SECRET="appsecret")
    install_jobs(settings, fake_redis, clock)
    try:
        code = fake.issue_welcome_code(userid="alice", external_userid="wmCustomer3")
        welcome = Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="",
                           user_id="wmCustomer3", message=Text(text="Welcome!"), key="welcome:app-secret",
                           purpose="welcome", context=DeliveryContext(welcome_code=code))
        assert deliver.deliver_batch([welcome.to_data()]) == {"sent": 1}
    finally:
        context.install(None)
    [sent] = fake.requests("/cgi-bin/externalcontact/send_welcome_msg")
    assert sent["errcode"] == 0 and sent["body"]["text"] == {"content": "Welcome!"}


def test_a_welcome_no_secret_can_send_is_parked_logged_and_listed(
        fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
        caplog: pytest.LogCaptureFixture) -> None:
    """Issue 10 report 2: a refused welcome used to vanish (nothing sent, logged or listed)."""
    install_jobs(make_settings(SIYU_WECOM_API_ORIGIN=fake.origin), fake_redis, clock)
    try:
        welcome = Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="",
                           user_id="wmCustomer4", message=Text(text="Welcome!"), key="welcome:no-secret",
                           purpose="welcome", context=DeliveryContext(welcome_code="CODE"))
        with caplog.at_level(logging.WARNING, logger="jobs.deliver"):
            assert deliver.deliver_batch([welcome.to_data()]) == {"parked": 1}
    finally:
        context.install(None)
    assert "welcome:no-secret (welcome, text) parked: wecom_welcome: no WeCom customer-contact secret" in caplog.text
    [listed] = DeliveryLedger(fake_redis, clock).parked_entries("default")
    assert listed["key"] == "welcome:no-secret" and "SIYU_WECOM_CONTACT_SECRET" in listed["reason"]
    assert fake.requests("/cgi-bin/externalcontact/send_welcome_msg") == []


def test_welcome_goes_out_without_an_image_it_cannot_fetch(env: JobServices,
                                                          fake: FakeWeChatServer) -> None:
    """The WelcomeCode lives ~20 s: an unreachable card image degrades the card, never the welcome."""
    code = fake.issue_welcome_code(userid="alice", external_userid="wmCustomer2")
    card = MiniProgram(title="Cleanser", appid="wx1234567890abcdef", page="pages/product/detail?id=p1",
                       image="https://127.0.0.1:9/unreachable.jpg", fallback_url="https://shop.example/p1?sy_m=m1")
    welcome = Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="",
                       user_id="wmCustomer2", message=Text(text="Welcome!"),
                       attachments=(card, Image(source="https://127.0.0.1:9/banner.jpg")),
                       key="welcome:img", purpose="welcome", context=DeliveryContext(welcome_code=code))
    assert deliver.deliver_batch([welcome.to_data()]) == {"sent": 1}
    body = fake.requests("/cgi-bin/externalcontact/send_welcome_msg")[0]["body"]
    assert body["attachments"] == [{"msgtype": "link", "link": {
        "title": "Cleanser", "url": "https://shop.example/p1?sy_m=m1", "desc": ""}}]


def test_an_unfetchable_card_image_degrades_once_to_the_tracked_link(env: JobServices, fake: FakeWeChatServer,
                                                                      clock: ManualClock,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    """Issue 10 report 5: a Mini Program card whose thumbnail cannot be fetched raised RetryLaterError, so RQ
    retried it for ~20 minutes; it is sent once as its tracked link, with a warning."""
    member_id = follower(env, clock)
    card = MiniProgram(title="Ceramide Cream", appid="wx1234567890abcdef", page="pages/product/detail?id=p2",
                       image="https://127.0.0.1:9/ceramide.jpg", fallback_url="https://shop.example/p2?sy_m=m1")
    with caplog.at_level(logging.WARNING):
        assert deliver.deliver_batch([oa_delivery(key="card:1", member_id=member_id, message=card).to_data()]) == {
            "sent": 1}
    [sent] = fake.requests("/cgi-bin/message/custom/send")
    assert sent["body"]["msgtype"] == "news"
    assert sent["body"]["news"]["articles"][0]["url"] == "https://shop.example/p2?sy_m=m1"
    assert "sent as its tracked link" in caplog.text
    # the next card with that image degrades at once, without waiting for the same download again
    again = oa_delivery(key="card:2", member_id=member_id, message=card).to_data()
    assert deliver.deliver_batch([again]) == {"sent": 1}
    assert "remembered for a few minutes" in caplog.text


def test_an_unfetchable_image_fails_once_instead_of_retrying(env: JobServices, fake: FakeWeChatServer,
                                                             clock: ManualClock) -> None:
    member_id = follower(env, clock)
    image = Image(source="https://127.0.0.1:9/banner.jpg")
    assert deliver.deliver_batch([oa_delivery(key="img:1", member_id=member_id, message=image).to_data()]) == {
        "failed": 1}
    [failure] = env.ledger.failures("default")
    assert failure["key"] == "img:1" and "banner.jpg" in failure["errmsg"]


def test_wecom_app_and_robot_payloads(env: JobServices, fake: FakeWeChatServer) -> None:
    app_msg = Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="", user_id="alice",
                       message=Text(text="staff note"), key="staff:1", purpose="reply")
    robot = Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="",
                     message=Text(text="drop"), key="drop:1", purpose="drop", context=DeliveryContext(robot="ops"))
    assert deliver.deliver_batch([app_msg.to_data(), robot.to_data()]) == {"sent": 2}
    sent = fake.requests("/cgi-bin/message/send")[0]["body"]
    assert sent["touser"] == "alice" and sent["agentid"] == 1000002 and sent["enable_duplicate_check"] == 1
    assert fake.requests("/cgi-bin/webhook/send")[0]["body"] == {"msgtype": "text", "text": {"content": "drop"}}


def test_a_wecom_batch_takes_its_rate_tokens_in_one_call_and_member_limits_still_hold(
        env: JobServices, fake: FakeWeChatServer) -> None:
    """Gateway.prepay: one script for the batch's tokens; a call that got none takes its own and a member
    whose bucket is empty is slowed down alone, as before (jobs/pacing.py)."""
    limiter = env.routes.gateway.limiter
    limiter.limits[("wecom", "member")] = gw.Rate(0.001, 2)
    one_by_one: list[object] = []
    take_all = limiter.take_all
    limiter.take_all = lambda platform, buckets: one_by_one.append(buckets) or take_all(platform, buckets)

    def app_msg(i: int, user: str) -> dict[str, object]:
        return Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="", user_id=user,
                        message=Text(text=f"m{i}"), key=f"note:{i}", purpose="notice").to_data()

    batch = [app_msg(i, "alice") for i in range(4)] + [app_msg(i, f"user{i}") for i in range(4, 10)]
    assert deliver.deliver_batch(batch) == {"sent": 8, "slow": 2}
    assert len(one_by_one) == 1  # alice's third asked on its own (and slowed down); every other call was prepaid
    sent = [r["body"]["text"]["content"] for r in fake.requests("/cgi-bin/message/send")]
    assert sorted(sent) == sorted(["m0", "m1"] + [f"m{i}" for i in range(4, 10)])
    later = env.later
    assert isinstance(later, LaterRecorder)
    assert [d["key"] for d in later.calls[0][0]] == ["note:2", "note:3"]


def test_threads_refreshing_at_once_fetch_one_token(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret")
    app = gw.oa_app(settings, "default")
    results: list[str] = []
    stores = [gw.TokenStore(fake_redis, http=gw.new_session()) for _ in range(8)]
    threads = [threading.Thread(target=lambda s=s: results.append(s.get(app))) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(set(results)) == 1 and len(results) == 8
    assert len(fake.requests("/cgi-bin/stable_token")) == 1


def test_a_claim_left_by_a_dead_worker_is_retried_not_dropped(env: JobServices,
                                                              fake: FakeWeChatServer, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    batch = [oa_delivery(member_id=member_id).to_data()]
    assert env.ledger.claim("default", "reply:1:1") is None  # a worker claimed it, then was killed
    with pytest.raises(RetryLaterError, match="claimed by another worker"):
        deliver.deliver_batch(batch)
    env.ledger.release("default", "reply:1:1")  # the dead worker's claim expires (SENDING_TTL_S)
    assert deliver.deliver_batch(batch) == {"sent": 1}


def test_each_outcome_is_recorded_once_and_the_failed_delivery_is_kept_for_a_retry(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    other = MemberStore(env.members.redis, clock).touch(make_inbound(user_id="o_other"))
    assert other is not None
    fake.set_faults(rate=1.0, errcodes=[48002])
    failed = oa_delivery(key="f:1", member_id=other.id, user_id="o_other").to_data()
    assert deliver.deliver_batch([failed]) == {"failed": 1}
    fake.set_faults()
    sent_before = REGISTRY.get_sample_value("siyu_deliveries_total", {"route": "oa_custom", "outcome": "sent"}) or 0
    batch = [oa_delivery(key=f"seq:{i}", purpose="sequence", member_id=member_id).to_data() for i in range(2)]
    assert deliver.deliver_batch(batch) == {"sent": 2}
    assert REGISTRY.get_sample_value("siyu_deliveries_total", {"route": "oa_custom", "outcome": "sent"}) == \
        sent_before + 2  # /metrics counts by route and outcome
    redis_client = env.members.redis
    # each outcome is written once, where it carries its route or reason: not a second time to the event stream
    # (it was: two stream entries per send, and every timeline had to skip one of them)
    events = env.pipeline.events.recent("default", count=20)
    assert [e["type"] for e in events if e["type"].startswith("out.")] == []
    sends = [(f[b"member"].decode(), f[b"route"].decode(), f[b"purpose"].decode())
             for _, f in redis_client.xrange(keys.sends("default"))]
    assert sends == [(member_id, "oa_custom", "sequence")] * 2
    ledger = DeliveryLedger(redis_client, clock)
    [failure] = ledger.failures("default")
    assert (failure["key"], failure["member"], failure["errcode"]) == ("f:1", other.id, "48002")
    assert ledger.retryable_failures("default", ["f:1"]) == [True]
    kept = ledger.take_failed("default", "f:1")
    assert kept is not None and kept["key"] == "f:1" and ledger.state("default", "f:1") is None
