"""Rate limits: token buckets in Redis, shared by every worker process, one per (app, API).

Defaults are docs/platform.md §5's "suggested bucket" column; SIYU_RATE_LIMITS overrides them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping

import redis

from bot.gateway.errors import OA, ROBOT, WECOM
from bot.settings import Rate
from bot.store import keys

__all__ = ["DEFAULT_LIMITS", "Rate", "RateLimiter"]

# (platform, api) -> bucket; api is the path after /cgi-bin/, "*" any API, "member" WeCom's per-member
# bucket. A bucket allows at most burst + per_s × window in any window, so the sliding-window limits
# below keep burst + per_s × window under the published figure (docs/platform.md §5, checked 2026-11-23).
DEFAULT_LIMITS: dict[tuple[str, str], Rate] = {
    # OA custom/send: 500 000/day; per follower the budget store (§3.1). Suggested 5/s per app.
    (OA, "message/custom/send"): Rate(5, 5),
    # OA template/send: 100 000/day (Template_Message_Interface). Suggested 1/s.
    (OA, "message/template/send"): Rate(1, 1),
    # OA subscribe bizsend: no published limit [uncertain]; treated like template/send.
    (OA, "message/subscribe/bizsend"): Rate(1, 1),
    # OA media/upload: no per-API figure; 5/s is our choice (uploads are cached 3 days anyway).
    (OA, "media/upload"): Rate(5, 5),
    # WeCom any API: 10 000/min per corp and API (doc 90454). Suggested 100/s.
    (WECOM, "*"): Rate(100, 100),
    # WeCom message/send per member: 30/min and 1000/h, excess silently dropped (doc 90454):
    # 10 + 16/min stays under 30 in any minute and 10 + 960 under 1000 in any hour.
    (WECOM, "member"): Rate(16 / 60, 10),
    # Group robot: 20 messages a minute per robot, 130101 beyond (P §3.3): 3 + 60/3.6 < 20 a minute.
    (ROBOT, "webhook/send"): Rate(1 / 3.6, 3),
}

_BUCKET_LUA = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate / 1000)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) * 3 + 1000)
return wait
"""


class RateLimiter:
    """`take` answers how long to wait before calling (0 = go now); the bucket lives in Redis.

    A caller that is told to wait has not taken a token: it waits or gives up, then asks again.
    """

    def __init__(self, redis_client: redis.Redis, limits: Mapping[tuple[str, str], Rate] | None = None) -> None:
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self._script = redis_client.register_script(_BUCKET_LUA)

    def rate(self, platform: str, api: str) -> Rate | None:
        return self.limits.get((platform, api)) or (None if api == "member" else self.limits.get((platform, "*")))

    def take(self, platform: str, app_key: str, api: str) -> float:
        rate = self.rate(platform, api)
        if rate is None:
            return 0.0
        wait_ms = self._script(keys=[keys.rate_bucket(app_key, api)],
                               args=[rate.per_s, rate.burst, int(time.time() * 1000)])
        return int(wait_ms) / 1000.0
