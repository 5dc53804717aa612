"""The routes beyond the first slice, over real HTTP to FakeWeChatServer, on fakeredis.

OA template and subscribe notices, kf (send and pull), the intelligent bot's response_url, images
by file and URL with the media cache and one re-upload on 40007, robots named in settings, the
route chooser's fallbacks and parking.
"""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import fakeredis
import pytest
import requests
from requests.adapters import BaseAdapter

from bot.clock import ManualClock
from bot.errors import ConfigError
from bot.outbound import (
    Delivery,
    DeliveryContext,
    Image,
    Link,
    Menu,
    MenuChoice,
    MiniProgram,
    Queue,
    Template,
    TemplateField,
    Text,
    from_data,
    to_data,
)
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.budget import record_subscribe_acceptance
from bot.store.ledger import DeliveryLedger
from bot.store.members import MemberStore
from bot.webhook import kf
from jobs import context, deliver
from jobs.context import JobServices
from tests.support.factories import WECOM_CORP_ID, make_inbound, make_settings
from tests.support.jobs import LaterRecorder, install_jobs

OPENID = "o_follower_1"
KFID = "wkAbCdEf0123"
CUSTOMER = "wmCustomer42"
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
NOTICE = Template(text="Your order shipped", template_id="TPL_SHIP", subscribe_template_id="SUB_SHIP",
                  fields=(TemplateField(key="thing1", value="Tea set"), TemplateField(key="time2", value="today")),
                  url="https://e.x/o/1", appid="wxmini0001", page="pages/order?id=1")


def follower(svc: JobServices, clock: ManualClock) -> str:
    member = MemberStore(svc.members.redis, clock).touch(make_inbound())
    assert member is not None
    return member.id


def oa(key: str, member_id: str, message: object = NOTICE, **kw: object) -> dict[str, object]:
    values: dict[str, object] = {"brand": "default", "channel": "oa", "account": "wx", "member_id": member_id,
                                 "user_id": OPENID, "message": message, "key": key, "purpose": "sequence"}
    values.update(kw)
    return Delivery(**values).to_data()  # type: ignore[arg-type]


def kf_delivery(key: str, message: object, **kw: object) -> dict[str, object]:
    values: dict[str, object] = {"brand": "default", "channel": "wecom", "account": WECOM_CORP_ID, "member_id": "",
                                 "user_id": CUSTOMER, "message": message, "key": key, "purpose": "reply",
                                 "context": DeliveryContext(open_kfid=KFID)}
    values.update(kw)
    return Delivery(**values).to_data()  # type: ignore[arg-type]


def test_template_round_trips_as_data() -> None:
    assert from_data(to_data(NOTICE)) == NOTICE
    delivery = Delivery.from_data(oa("k", "m1"))
    assert delivery.message == NOTICE and Delivery.from_data(delivery.to_data()) == delivery


# --- OA: customer service, then subscribe notice, then template message -----------------------------------


def test_template_goes_by_customer_service_while_the_window_is_open(env: JobServices,
                                                                   fake: FakeWeChatServer,
                                                                   clock: ManualClock) -> None:
    member_id = follower(env, clock)
    assert deliver.deliver_batch([oa("n:1", member_id)]) == {"sent": 1}
    assert fake.requests("/cgi-bin/message/custom/send")[0]["body"]["text"] == {"content": "Your order shipped"}


def test_closed_window_falls_back_to_subscribe_once_per_acceptance_then_template(
        env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    clock.advance(49 * 3600)
    assert record_subscribe_acceptance(env.members.redis, "default", member_id, "SUB_SHIP", True) == 1
    assert deliver.deliver_batch([oa("n:1", member_id), oa("n:2", member_id)]) == {"sent": 2}
    sub = fake.requests("/cgi-bin/message/subscribe/bizsend")
    assert len(sub) == 1  # one acceptance = one send
    assert sub[0]["body"]["template_id"] == "SUB_SHIP" and sub[0]["body"]["page"] == "https://e.x/o/1"
    assert sub[0]["body"]["data"] == {"thing1": {"value": "Tea set"}, "time2": {"value": "today"}}
    template = fake.requests("/cgi-bin/message/template/send")
    assert len(template) == 1
    body = template[0]["body"]
    assert body["template_id"] == "TPL_SHIP" and body["url"] == "https://e.x/o/1"
    assert body["miniprogram"] == {"appid": "wxmini0001", "pagepath": "pages/order?id=1"}
    assert len(body["client_msg_id"]) == 32
    # its msgid is kept for TEMPLATESENDJOBFINISH, which reports whether it reached the follower
    [remembered] = list(env.members.redis.scan_iter(match="*:tplsent:*"))
    assert json.loads(env.members.redis.get(remembered)) == {"key": "n:2", "member": member_id}


def test_refused_subscription_is_revoked(env: JobServices, fake: FakeWeChatServer,
                                         clock: ManualClock) -> None:
    member_id = follower(env, clock)
    clock.advance(49 * 3600)
    record_subscribe_acceptance(env.members.redis, "default", member_id, "SUB_SHIP", True)
    record_subscribe_acceptance(env.members.redis, "default", member_id, "SUB_SHIP", False)
    assert deliver.deliver_batch([oa("n:1", member_id, routes=["oa_subscribe"])]) == {"parked": 1}
    state = DeliveryLedger(env.members.redis, clock).state("default", "n:1")
    assert state is not None and "has not accepted subscribe template SUB_SHIP" in state


def test_parked_delivery_waits_for_the_next_interaction(env: JobServices, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    clock.advance(49 * 3600)
    text = oa("n:1", member_id, message=Text(text="tip"))
    assert deliver.deliver_batch([text]) == {"parked": 1}
    assert deliver.deliver_batch([text]) == {"skipped": 1}
    MemberStore(env.members.redis, clock).touch(make_inbound(msg_id="100002"))  # the follower writes again
    parked = env.ledger.unpark("default", member_id)
    assert [Delivery.from_data(d).key for d in parked] == ["n:1"]
    assert deliver.deliver_batch(parked) == {"sent": 1}
    assert env.ledger.unpark("default", member_id) == []


def test_an_unverified_subscription_account_parks_every_proactive_send_without_calling_wechat(
        fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
        caplog: pytest.LogCaptureFixture) -> None:
    """Issue 10 report 4: an unverified subscription account (订阅号) has no customer-service, template or
    subscribe-notice API; the chooser picks none of them and parks the delivery with the reason."""
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret",
                             SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")
    svc = install_jobs(settings, fake_redis, clock)
    try:
        member_id = follower(svc, clock)  # the 48 h window is open: only the account kind refuses
        record_subscribe_acceptance(fake_redis, "default", member_id, "SUB_SHIP", True)
        with caplog.at_level(logging.INFO, logger="jobs.deliver"):
            assert deliver.deliver_batch([oa("n:1", member_id), oa("n:2", member_id, message=Text(text="tip"))]) == {
                "parked": 2}
    finally:
        context.install(None)
    assert [r for r in fake.requests() if r["path"].startswith("/cgi-bin/message/")] == []
    state = DeliveryLedger(fake_redis, clock).state("default", "n:1")
    assert state is not None
    for route in ("oa_custom: an unverified subscription account has no customer-service messages",
                  "oa_subscribe: an unverified subscription account has no subscribe notices",
                  "oa_template: an unverified subscription account has no template messages"):
        assert route in state
    assert "delivery n:1 (sequence, template) parked: oa_custom: an unverified subscription account" in caplog.text
    # no later interaction can send them: listed, but not kept to be queued again at the member's next message
    assert DeliveryLedger(fake_redis, clock).unpark("default", member_id) == []
    assert [e["key"] for e in DeliveryLedger(fake_redis, clock).parked_entries("default")] == ["n:2", "n:1"]


def test_a_verified_subscription_account_uses_customer_service_but_never_template_or_subscribe(
        fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret",
                             SIYU_OA_ACCOUNT="subscription")
    svc = install_jobs(settings, fake_redis, clock)
    try:
        member_id = follower(svc, clock)
        assert deliver.deliver_batch([oa("n:1", member_id)]) == {"sent": 1}  # the window is open
        clock.advance(49 * 3600)
        record_subscribe_acceptance(fake_redis, "default", member_id, "SUB_SHIP", True)
        assert deliver.deliver_batch([oa("n:2", member_id)]) == {"parked": 1}
    finally:
        context.install(None)
    assert [r["body"]["msgtype"] for r in fake.requests("/cgi-bin/message/custom/send")] == ["text"]
    assert fake.requests("/cgi-bin/message/template/send") == fake.requests("/cgi-bin/message/subscribe/bizsend") == []
    state = DeliveryLedger(fake_redis, clock).state("default", "n:2") or ""
    assert "oa_custom: customer-service budget" in state and "verified subscription account has no template" in state
    # the window may open again: unlike a refusal by account kind, this one waits for the member
    assert [Delivery.from_data(d).key for d in DeliveryLedger(fake_redis, clock).unpark("default", member_id)] == [
        "n:2"]


def test_parked_delivery_expires(env: JobServices, clock: ManualClock) -> None:
    member_id = follower(env, clock)
    clock.advance(49 * 3600)
    assert deliver.deliver_batch([oa("n:1", member_id, message=Text(text="tip"),
                                     context=DeliveryContext(park_ttl_s=60))]) == {"parked": 1}
    clock.advance(61)
    assert env.ledger.unpark("default", member_id) == []


# --- WeChat customer service (kf) ---------------------------------------------------------------------------


def test_kf_pull_keeps_the_cursor_and_opens_the_budget(env: JobServices,
                                                       fake: FakeWeChatServer) -> None:
    token = fake.queue_kf_messages([
        {"open_kfid": KFID, "external_userid": CUSTOMER, "msgtype": "text", "text": {"content": "hi"}},
        {"open_kfid": KFID, "external_userid": CUSTOMER, "msgtype": "text", "text": {"content": "there"}},
    ])
    gateway = env.routes.gateway
    first = kf.pull_kf_messages(gateway, "default", KFID, token)
    assert [m["text"]["content"] for m in first] == ["hi", "there"]
    assert kf.pull_kf_messages(gateway, "default", KFID, token) == []  # the cursor moved on
    body = fake.requests("/cgi-bin/kf/sync_msg")[-1]["body"]
    assert body["open_kfid"] == KFID and body["token"] == token and body["cursor"]
    batch = [kf_delivery(f"kf:{i}", Text(text=f"answer {i}")) for i in range(6)]
    assert deliver.deliver_batch(batch) == {"sent": 5, "parked": 1}  # 5 within 48 h (doc 94677)


def test_kf_payloads_menu_and_miniprogram(env: JobServices, fake: FakeWeChatServer,
                                          tmp_path: Path) -> None:
    token = fake.queue_kf_messages([{"open_kfid": KFID, "external_userid": CUSTOMER, "msgtype": "text",
                                     "text": {"content": "menu?"}}])
    kf.pull_kf_messages(env.routes.gateway, "default", KFID, token)
    thumb = tmp_path / "thumb.png"
    thumb.write_bytes(PNG)
    menu = Menu(header="Pick", choices=(MenuChoice(id="a", text="Tea"),), footer="bye")
    card = MiniProgram(title="Shop", appid="wxmini0001", page="pages/index", image=str(thumb))
    assert deliver.deliver_batch([kf_delivery("kf:1", menu, attachments=(card,))]) == {"sent": 1}
    sent = [r["body"] for r in fake.requests("/cgi-bin/kf/send_msg")]
    assert [r["errcode"] for r in fake.requests("/cgi-bin/kf/send_msg")] == [0, 0]
    assert sent[0]["msgmenu"]["list"] == [{"type": "click", "click": {"id": "a", "content": "Tea"}}]
    assert sent[1]["msgtype"] == "miniprogram" and sent[1]["miniprogram"]["pagepath"] == "pages/index"
    assert sent[0]["msgid"] != sent[1]["msgid"] and len(sent[0]["msgid"]) <= 32


def test_kf_without_a_customer_message_is_parked(env: JobServices) -> None:
    assert deliver.deliver_batch([kf_delivery("kf:1", Text(text="hello?"))]) == {"parked": 1}


# --- images -------------------------------------------------------------------------------------------------


def test_image_file_uploaded_once_and_reuploaded_after_40007(env: JobServices, fake: FakeWeChatServer,
                                                            clock: ManualClock, tmp_path: Path) -> None:
    member_id = follower(env, clock)
    path = tmp_path / "poster.png"
    path.write_bytes(PNG)
    image = Image(source=str(path))
    assert deliver.deliver_batch([oa("i:1", member_id, message=image), oa("i:2", member_id, message=image)]) == {
        "sent": 2}
    assert len(fake.requests("/cgi-bin/media/upload")) == 1  # cached
    fake.reset(keep_tokens=True)  # the fake forgets its media, as after 3 days
    assert deliver.deliver_batch([oa("i:3", member_id, message=image)]) == {"sent": 1}
    assert [r["errcode"] for r in fake.requests("/cgi-bin/message/custom/send")] == [40007, 0]
    assert len(fake.requests("/cgi-bin/media/upload")) == 1


class _Images(BaseAdapter):
    """Answers image downloads from https://cdn.example/ without a network."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        self.urls.append(str(request.url))
        response = requests.Response()
        response.status_code, response.raw, response.url = 200, io.BytesIO(PNG), str(request.url)
        response.request = request
        return response

    def close(self) -> None:
        pass


def test_image_url_downloaded_over_https_and_cached(env: JobServices, fake: FakeWeChatServer,
                                                   clock: ManualClock) -> None:
    member_id = follower(env, clock)
    images = _Images()
    env.routes.gateway.http.mount("https://cdn.example/", images)
    image = Image(source="https://cdn.example/p/poster.png")
    assert deliver.deliver_batch([oa("i:1", member_id, message=image), oa("i:2", member_id, message=image)]) == {
        "sent": 2}
    assert images.urls == ["https://cdn.example/p/poster.png"]
    assert fake.requests("/cgi-bin/media/upload")[0]["body"]["media"]["filename"] == "poster.png"


def test_plain_http_images_only_from_the_api_hosts(env: JobServices) -> None:
    with pytest.raises(ConfigError, match="plain http"):
        env.routes.gateway.image_bytes("http://intranet.local/secret.png")


# --- intelligent bot response_url ------------------------------------------------------------------------------


class _Capture(BaseAdapter):
    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[bytes] = []

    def send(self, request: requests.PreparedRequest, **kwargs: object) -> requests.Response:
        self.bodies.append(request.body if isinstance(request.body, bytes) else str(request.body).encode())
        response = requests.Response()
        response.status_code, response._content = 200, b'{"errcode":0,"errmsg":"ok"}'  # type: ignore[attr-defined]
        response.request = request
        return response

    def close(self) -> None:
        pass


def bot_reply(key: str, url: str, **context: int) -> dict[str, object]:
    return Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="zhangsan",
                    message=Text(text="**done**"), attachments=(Link(title="Guide", url="https://e.x/g"),),
                    key=key, purpose="reply", context=DeliveryContext(response_url=url, **context)).to_data()


def test_response_url_is_posted_once_and_only_to_the_wecom_host(env: JobServices,
                                                                fake: FakeWeChatServer, clock: ManualClock) -> None:
    capture = _Capture()
    env.routes.gateway.http.mount(fake.origin + "/cgi-bin/aibot/", capture)
    url = fake.origin + "/cgi-bin/aibot/response?response_code=abc"
    now = int(clock.now().timestamp())
    assert deliver.deliver_batch([bot_reply("b:1", url, response_url_at=now)]) == {"sent": 1}
    assert capture.bodies and b'"msgtype": "markdown"' in capture.bodies[0] and b"Guide" in capture.bodies[0]
    assert deliver.deliver_batch([bot_reply("b:2", url)]) == {"parked": 1}  # one call per URL
    assert deliver.deliver_batch([bot_reply("b:3", "http://169.254.169.254/latest")]) == {"parked": 1}
    clock.advance(3600)
    late = fake.origin + "/cgi-bin/aibot/response?response_code=def"
    assert deliver.deliver_batch([bot_reply("b:4", late, response_url_at=now)]) == {"parked": 1}
    assert len(capture.bodies) == 1


# --- robots and slow-downs ---------------------------------------------------------------------------------------


def robot_drop(key: str, robot: str = "ops") -> dict[str, object]:
    return Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="",
                    message=Text(text="drop"), key=key, purpose="drop", queue=Queue.BULK,
                    context=DeliveryContext(robot=robot)).to_data()


def test_unknown_robot_name_is_parked_with_the_reason(env: JobServices, clock: ManualClock) -> None:
    assert deliver.deliver_batch([robot_drop("d:1", robot="nobody")]) == {"parked": 1}
    state = DeliveryLedger(env.members.redis, clock).state("default", "d:1")
    assert state is not None and "no robot named 'nobody'" in state


def test_slow_down_reschedules_instead_of_failing(env: JobServices, fake: FakeWeChatServer,
                                                  clock: ManualClock) -> None:
    fake.set_faults(rate=1.0, errcodes=[130101], paths=["/cgi-bin/webhook/send"])
    assert deliver.deliver_batch([robot_drop("d:1"), robot_drop("d:2")]) == {"slow": 2}  # no exception: no retry used
    later = env.later
    assert isinstance(later, LaterRecorder)
    (batch, queue, delay_s, delays), = later.calls
    assert [d["key"] for d in batch] == ["d:1", "d:2"] and queue == "bulk" and delay_s == 60 and delays == 1
    assert DeliveryLedger(env.members.redis, clock).state("default", "d:1") is None  # claim released
    fake.set_faults()
    for key in env.members.redis.scan_iter("siyu:rate:*"):  # a minute later, as the delay says
        env.members.redis.delete(key)
    assert deliver.deliver_batch(batch, delays=1) == {"sent": 2}


def test_a_subscribe_notice_refused_with_43101_goes_by_template_instead(env: JobServices, fake: FakeWeChatServer,
                                                                        clock: ManualClock) -> None:
    """43101: the follower's acceptance is gone (PLATFORM.md §2: one acceptance = one send). The grant is dropped and
    the route chooser runs again, so the notice goes by the next route (a template message), not failed for good."""
    member_id = follower(env, clock)
    clock.advance(49 * 3600)
    record_subscribe_acceptance(env.members.redis, "default", member_id, "SUB_SHIP", True)
    fake.set_faults(rate=1.0, errcodes=[43101], paths=["/cgi-bin/message/subscribe/bizsend"])
    assert deliver.deliver_batch([oa("n:1", member_id)]) == {"sent": 1}
    assert len(fake.requests("/cgi-bin/message/subscribe/bizsend")) == 1
    assert len(fake.requests("/cgi-bin/message/template/send")) == 1
    assert DeliveryLedger(env.members.redis, clock).failures("default") == []
