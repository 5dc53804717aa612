"""The error table: what each WeChat error code means for the next move (docs/platform.md §4).

Keyed by (platform, errcode) because the same code means different things on OA and WeCom.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.clock import epoch_s, next_beijing_day_s
from bot.errors import (
    AlreadyDoneError,
    ConfigError,
    GatewayError,
    MediaExpiredError,
    RefreshTokenError,
    RetryLaterError,
    SlowDownError,
    UnreachableError,
)

OA, WECOM, ROBOT = "oa", "wecom", "robot"
REFRESH, RETRY, SLOW, UNREACHABLE, DONE, CONFIG, MEDIA = (
    "refresh", "retry", "slow", "unreachable", "done", "config", "media")

_CLASSES: dict[str, type[GatewayError]] = {
    REFRESH: RefreshTokenError, RETRY: RetryLaterError, SLOW: SlowDownError, UNREACHABLE: UnreachableError,
    DONE: AlreadyDoneError, CONFIG: ConfigError, MEDIA: MediaExpiredError,
}


# retry_after of a daily quota: until the next Beijing day (00:00 UTC+8, when WeChat renews it), plus a minute
# for the clocks' skew: an hourly retry would meet the same refusal until midnight.
UNTIL_NEXT_DAY = -1.0
DAY_SKEW_S = 60


def _both(code: int, kind: str, retry_after: float = 0.0) -> dict[tuple[str, int], tuple[str, float]]:
    return {(OA, code): (kind, retry_after), (WECOM, code): (kind, retry_after)}


# (platform, errcode) -> (class, retry_after seconds for SLOW). docs/platform.md §4, checked 2026-11-23.
# Codes not listed are CONFIG: never retried, recorded with errcode and errmsg for a person to read.
ERROR_TABLE: dict[tuple[str, int], tuple[str, float]] = {
    **_both(-1, RETRY),
    (OA, 40001): (REFRESH, 0), (WECOM, 40001): (CONFIG, 0),  # WeCom 40001 = invalid secret
    **_both(40014, REFRESH), **_both(42001, REFRESH),
    **_both(41001, CONFIG),
    **_both(40003, UNREACHABLE),
    **_both(40004, CONFIG),
    **_both(40007, MEDIA),  # temporary media expired (3 days): the channel re-uploads once, then CONFIG
    (OA, 43004): (UNREACHABLE, 0), (WECOM, 43004): (CONFIG, 0),
    (OA, 43101): (UNREACHABLE, 0),
    (OA, 45009): (SLOW, UNTIL_NEXT_DAY), (WECOM, 45009): (SLOW, 60),  # OA: daily quota; WeCom: minute block
    (OA, 45011): (SLOW, 60),
    (WECOM, 45033): (SLOW, 2),
    (OA, 45015): (UNREACHABLE, 0), (OA, 45047): (UNREACHABLE, 0),
    **_both(45002, CONFIG), **_both(48001, CONFIG),
    (OA, 48002): (UNREACHABLE, 0), (WECOM, 48002): (CONFIG, 0),
    (OA, 40164): (CONFIG, 0), (WECOM, 60020): (CONFIG, 0),
    (OA, 40013): (CONFIG, 0), (OA, 40125): (CONFIG, 0), (WECOM, 40013): (CONFIG, 0),
    (WECOM, 60011): (CONFIG, 0), (WECOM, 60111): (UNREACHABLE, 0), (WECOM, 81013): (UNREACHABLE, 0),
    (WECOM, 84061): (UNREACHABLE, 0), (WECOM, 40096): (UNREACHABLE, 0), (WECOM, 40098): (CONFIG, 0),
    (WECOM, 41050): (UNREACHABLE, 0), (WECOM, 41051): (DONE, 0), (WECOM, 41096): (RETRY, 0),
    (WECOM, 41053): (UNREACHABLE, 0), (WECOM, 41048): (UNREACHABLE, 0), (WECOM, 41063): (RETRY, 0),
    (WECOM, 41093): (DONE, 0), (WECOM, 41094): (UNREACHABLE, 0),
    (WECOM, 90206): (CONFIG, 0), (WECOM, 90207): (CONFIG, 0), (WECOM, 90208): (CONFIG, 0),
    (ROBOT, 130101): (SLOW, 60), (ROBOT, 93000): (CONFIG, 0), (ROBOT, 93004): (CONFIG, 0),
    (ROBOT, -1): (RETRY, 0), (ROBOT, 45009): (SLOW, 60),
    (WECOM, 95000): (CONFIG, 0), (WECOM, 95004): (CONFIG, 0), (WECOM, 95001): (UNREACHABLE, 0),
    (WECOM, 95002): (UNREACHABLE, 0), (WECOM, 95003): (CONFIG, 0), (WECOM, 95007): (RETRY, 0),
    (WECOM, 95013): (UNREACHABLE, 0), (WECOM, 95018): (UNREACHABLE, 0), (WECOM, 95031): (UNREACHABLE, 0),
    (OA, 40037): (CONFIG, 0), (OA, 47003): (CONFIG, 0), (OA, 41030): (CONFIG, 0),
    (OA, 45028): (SLOW, 86400), (OA, 45065): (DONE, 0), (OA, 45067): (CONFIG, 0),
}


# OA codes that say the follower is out of reach on every route, not only this one (PLATFORM.md §2: "mark the
# member unsubscribed and stop the sequence"): the delivery job ends their sequences with this reason.
FOLLOWER_GONE: dict[int, str] = {43004: "unfollowed", 40003: "invalid openid", 48002: "refuses messages"}


# (platform, api, errcode) -> class, where one API gives a code its own meaning; looked up first.
API_ERROR_TABLE: dict[tuple[str, str, int], tuple[str, float]] = {
    # kf/send_msg_on_event's code is good once, for 20 s: a refused code never becomes good again, so
    # not RETRY as on sync_msg (docs/platform.md §3.2 "kf event replies": the code it answers is [uncertain]).
    (WECOM, "kf/send_msg_on_event", 95007): (UNREACHABLE, 0),
}


def error_for(platform: str, errcode: int, errmsg: str = "", *, api: str = "",
              now: datetime | None = None) -> GatewayError:
    """The exception the table names for this (platform, errcode), or for this API's own meaning of it;
    unknown codes are CONFIG. `now` (default: the system clock) times a daily quota's wait."""
    kind, retry_after = API_ERROR_TABLE.get((platform, api, errcode)) or ERROR_TABLE.get((platform, errcode),
                                                                                       (CONFIG, 0.0))
    message = f"{platform} {api or 'call'} failed: errcode {errcode} ({errmsg or 'no errmsg'})"
    info: dict[str, Any] = {"errcode": errcode, "errmsg": errmsg, "platform": platform, "api": api}
    if kind == SLOW:
        if retry_after == UNTIL_NEXT_DAY:
            now = now or datetime.now(UTC)
            retry_after = float(next_beijing_day_s(now) - epoch_s(now) + DAY_SKEW_S)
        return SlowDownError(message, retry_after=retry_after, **info)
    return _CLASSES[kind](message, **info)
