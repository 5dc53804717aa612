"""Gateway pieces without a network: settings for robots and rate limits, the session, the limiter."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import fakeredis
import pytest

from bot import gateway as gw
from bot.errors import MediaExpiredError, SettingsError, SlowDownError
from bot.gateway.client import PREPAID_S
from bot.settings import Rate
from tests.support.factories import make_settings


def test_robot_keys_are_secrets_by_name_per_brand() -> None:
    settings = make_settings(SIYU_GROUP_ROBOT_KEYS="ops=693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa, sales=key-0000-1111")
    robots = settings.brands["default"].robots
    assert set(robots) == {"ops", "sales"} and robots["sales"].reveal() == "key-0000-1111"
    assert "693a" not in repr(robots)


@pytest.mark.parametrize("value", ["ops", "ops=short", "ops=key-0000-1111,ops=key-0000-2222", "b@d=key-0000-1111"])
def test_bad_robot_keys_are_named(value: str) -> None:
    with pytest.raises(SettingsError, match="SIYU_GROUP_ROBOT_KEYS"):
        make_settings(SIYU_GROUP_ROBOT_KEYS=value)


def test_rate_limits_override_the_published_defaults() -> None:
    settings = make_settings(SIYU_RATE_LIMITS="oa:message/custom/send=2/s, robot:webhook/send=18/min:2,wecom:*=50/s")
    assert settings.rate_limits == {("oa", "message/custom/send"): Rate(2, 2),
                                    ("robot", "webhook/send"): Rate(0.3, 2), ("wecom", "*"): Rate(50, 50)}
    limiter = gw.Gateway(fakeredis.FakeRedis(), settings).limiter
    assert limiter.rate("oa", "message/custom/send") == Rate(2, 2)
    assert limiter.rate("oa", "message/template/send") == gw.DEFAULT_LIMITS[("oa", "message/template/send")]
    assert limiter.rate("wecom", "kf/send_msg") == Rate(50, 50)  # the platform-wide bucket
    assert limiter.rate("wecom", "member") == gw.DEFAULT_LIMITS[("wecom", "member")]


@pytest.mark.parametrize("value", ["oa=5/s", "sms:x=5/s", "oa:message/custom/send=5/day", "oa:x=0/s"])
def test_bad_rate_limits_are_named(value: str) -> None:
    with pytest.raises(SettingsError, match="SIYU_RATE_LIMITS"):
        make_settings(SIYU_RATE_LIMITS=value)


def test_default_buckets_stay_under_the_sliding_window_limits() -> None:
    """docs/platform.md §5: burst + rate × window must not pass what the platform allows (it drops or 130101s)."""
    late = PREPAID_S  # a prepaid token is used at most this long after its bucket counted it
    robot = gw.DEFAULT_LIMITS[("robot", "webhook/send")]
    assert robot.burst + robot.per_s * (60 + late) <= 20
    member = gw.DEFAULT_LIMITS[("wecom", "member")]
    assert member.burst + member.per_s * (60 + late) <= 30 and member.burst + member.per_s * (3600 + late) <= 1000


def test_take_each_serves_each_call_all_or_nothing_in_one_round_trip() -> None:
    limits = {("wecom", "*"): Rate(0.001, 5), ("wecom", "member"): Rate(0.001, 2)}
    limiter = gw.RateLimiter(fakeredis.FakeRedis(), limits)
    app = ("wecom:corp:x", "message/send")
    calls = [[app, (f"wecom:corp:x:{user}", "member")] for user in ("a", "a", "a", "b", "c", "d", "e")]
    # a's third call finds a's bucket empty and gets nothing, not even the app's token; the others go on
    # until the app's 5 are gone (e gets none)
    assert limiter.take_each("wecom", calls) == [True, True, False, True, True, True, False]
    assert limiter.take("wecom", "wecom:corp:x", "message/send") > 0  # the app bucket is empty now
    assert limiter.take_all("wecom", [app, ("wecom:corp:x:b", "member")])[0] > 0
    assert limiter.take_each("wecom", [[("nobody", "unrated")]]) == [True]


def test_tokens_given_back_are_there_again_up_to_the_burst() -> None:
    limiter = gw.RateLimiter(fakeredis.FakeRedis(), {("oa", "x"): Rate(0.001, 3)})
    assert limiter.take_each("oa", [[("app", "x")]] * 3) == [True] * 3
    limiter.give_back("oa", {("app", "x"): 2})
    assert limiter.take_each("oa", [[("app", "x")]] * 3) == [True, True, False]
    limiter.give_back("oa", {("app", "x"): 10})  # never beyond the burst
    assert limiter.take_each("oa", [[("app", "x")]] * 4) == [True, True, True, False]


def test_a_prepaid_call_takes_no_token_of_its_own_and_the_rest_goes_back() -> None:
    redis_client = fakeredis.FakeRedis()
    gateway = gw.Gateway(redis_client, make_settings(SIYU_WECOM_SECRET="s"),
                         limits={("wecom", "*"): Rate(0.001, 4), ("wecom", "member"): Rate(0.001, 4)})
    app = gw.wecom_app(gateway.settings, "default")
    assert gateway.prepay([(app, "message/send", "a"), (app, "message/send", "b"), (app, "message/send", "c")]) == 3
    gateway._throttle("wecom", gateway.buckets(app, "message/send", "a"))  # a's call: prepaid
    gateway._throttle("wecom", gateway.buckets(app, "message/send", "d"))  # not prepaid: the 4th token
    with pytest.raises(SlowDownError):
        gateway._throttle("wecom", gateway.buckets(app, "message/send", "d"))
    gateway.give_back()  # b and c never called: their 2 app tokens come back
    assert gateway.limiter.take_each("wecom", [[(app.key, "message/send")]] * 3) == [True, True, False]


def test_prepaid_tokens_expire_unused_after_a_moment(monkeypatch: pytest.MonkeyPatch) -> None:
    gateway = gw.Gateway(fakeredis.FakeRedis(), make_settings(SIYU_WECOM_SECRET="s"),
                         limits={("wecom", "*"): Rate(0.001, 1)}, max_rate_wait_s=0)
    app = gw.wecom_app(gateway.settings, "default")
    assert gateway.prepay([(app, "message/send", "")]) == 1
    now = time.monotonic()
    monkeypatch.setattr(time, "monotonic", lambda: now + PREPAID_S + 0.01)
    with pytest.raises(SlowDownError):  # too late for the prepaid token: the call takes its own (none left)
        gateway._throttle("wecom", gateway.buckets(app, "message/send"))


def test_the_bucket_waits_instead_of_granting_beyond_the_burst() -> None:
    limiter = gw.RateLimiter(fakeredis.FakeRedis(), {("oa", "x"): Rate(1, 2)})
    assert [limiter.take("oa", "app", "x") for _ in range(3)][:2] == [0.0, 0.0]
    assert 0 < limiter.take("oa", "app", "x") <= 1.0


def test_sessions_skip_proxy_lookups_and_pool_connections() -> None:
    session = gw.new_session()
    assert session.trust_env is False
    assert session.get_adapter("https://api.weixin.qq.com/")._pool_maxsize >= 32  # type: ignore[attr-defined]
    gateway = gw.Gateway(fakeredis.FakeRedis(), make_settings(SIYU_OA_SECRET="s"))
    assert gateway.http.trust_env is False and gateway.tokens.http is gateway.http


def test_40007_asks_for_one_reupload() -> None:
    assert isinstance(gw.error_for("oa", 40007), MediaExpiredError)
    assert isinstance(gw.error_for("wecom", 40007), MediaExpiredError)


def test_a_failed_token_fetch_or_send_keeps_the_secret_out_of_its_traceback() -> None:
    """requests puts the URL, query included, in a connection error's text: a WeCom token fetch that could not
    connect raised RetryLaterError *from* it, so the traceback RQ logs and keeps for a failed job (a kf pull lets it
    through) said `Max retries exceeded with url: /cgi-bin/gettoken?corpid=..&corpsecret=<the app secret>`; a
    send's error, its access_token."""
    import traceback

    from bot.errors import GatewayError
    from bot.gateway.http import new_session, post_json
    from bot.gateway.tokens import App, TokenStore

    secret, token = "-".join(("app", "secret", "value")), "-".join(("access", "token", "value"))  # not in the source
    store = TokenStore(fakeredis.FakeRedis(), http=new_session(), timeout_s=1.0)
    with pytest.raises(GatewayError) as fetch:
        store.get(App(platform="wecom", app_id="ww1", secret=secret, origin="http://127.0.0.1:1"))
    with pytest.raises(GatewayError) as send:
        post_json(new_session(), "http://127.0.0.1:1/cgi-bin/message/custom/send", {"touser": "o1"},
                  params={"access_token": token}, timeout_s=1.0, platform="oa", api="message/custom/send",
                  idempotent=True)
    for raised in (fetch.value, send.value):
        text = "".join(traceback.format_exception(raised))
        assert secret not in text and token not in text and "ConnectionError" in text


def test_the_official_accounts_daily_quota_waits_for_the_next_beijing_day() -> None:
    """OA 45009 "reach max api daily quota limit": the quota is renewed at 00:00 Beijing time (docs/platform.md §4),
    so the call waits until then (with a minute's margin for clock skew), not an hour at a time."""
    ten_am_beijing = datetime(2026, 12, 5, 2, 0, tzinfo=UTC)
    slow = gw.error_for("oa", 45009, "reach max api daily quota limit", now=ten_am_beijing)
    assert isinstance(slow, SlowDownError) and slow.retry_after == 14 * 3600 + 60
    just_before = datetime(2026, 12, 5, 15, 59, 30, tzinfo=UTC)  # 23:59:30 in Beijing
    assert gw.error_for("oa", 45009, now=just_before).retry_after == 90  # type: ignore[attr-defined]
    assert gw.error_for("wecom", 45009).retry_after == 60  # type: ignore[attr-defined]  # WeCom: a minute block
