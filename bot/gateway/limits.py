"""Rate limits: token buckets in Redis, shared by every worker process, one per (app, API).

Defaults are docs/platform.md §5's "suggested bucket" column; SIYU_RATE_LIMITS overrides them.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence

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

# The bucket arithmetic every script below shares: a bucket's level now (refilled at `rate` tokens/s since
# its last write, capped at `burst`; a new bucket is full), and writing a level back with its expiry.
_BUCKET_LEVEL_LUA = """
local function level(key, rate, burst, now)
  local state = redis.call('HMGET', key, 't', 'ts')
  local tokens = tonumber(state[1]) or burst
  local ts = tonumber(state[2]) or now
  return math.min(burst, tokens + math.max(0, now - ts) * rate / 1000)
end
local function store(key, tokens, rate, burst, now)
  redis.call('HSET', key, 't', tostring(tokens), 'ts', tostring(now))
  redis.call('PEXPIRE', key, math.ceil((burst + math.max(0, -tokens)) * 1000 / rate) * 3 + 1000)
end
"""

# Take one token from every bucket in KEYS, or from none: a send needs all of its buckets (the app's
# and, on WeCom message/send, the member's), and a token taken from one while another says "wait"
# would be lost. ARGV: now (ms), then rate/s and burst per key. Returns 0, or the longest wait in ms
# and the 1-based index of the bucket that needs it (the caller names the scope it slowed on).
_BUCKETS_LUA = _BUCKET_LEVEL_LUA + """
local now = tonumber(ARGV[1])
local levels = {}
local wait, culprit = 0, 0
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[2 * i])
  local tokens = level(key, rate, tonumber(ARGV[2 * i + 1]), now)
  levels[i] = tokens
  if tokens < 1 then
    local w = math.ceil((1 - tokens) * 1000 / rate)
    if w > wait then wait, culprit = w, i end
  end
end
for i, key in ipairs(KEYS) do
  local tokens = levels[i]
  if wait == 0 then tokens = tokens - 1 end
  store(key, tokens, tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1]), now)
end
return {wait, culprit}
"""


# Tokens for several calls at once (a job's batch, Gateway.prepay): each call takes one token from each of
# its buckets, or none if any of them is short; a call that gets none does not stop the others. KEYS: the
# distinct buckets. ARGV: now (ms), rate/s and burst per key, the number of calls, then per call the
# number of its keys and their 1-based indexes. Returns 1 (taken) or 0 per call.
_PREPAY_LUA = _BUCKET_LEVEL_LUA + """
local now = tonumber(ARGV[1])
local levels = {}
for i, key in ipairs(KEYS) do
  levels[i] = level(key, tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1]), now)
end
local pos = 2 * #KEYS + 2
local calls = tonumber(ARGV[pos])
pos = pos + 1
local taken = {}
for c = 1, calls do
  local n = tonumber(ARGV[pos])
  local ok = 1
  for j = 1, n do
    if levels[tonumber(ARGV[pos + j])] < 1 then ok = 0 end
  end
  if ok == 1 then
    for j = 1, n do
      local k = tonumber(ARGV[pos + j])
      levels[k] = levels[k] - 1
    end
  end
  taken[c] = ok
  pos = pos + n + 1
end
for i, key in ipairs(KEYS) do
  store(key, levels[i], tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1]), now)
end
return taken
"""

# Give back tokens taken but not used (capped at the burst). ARGV: now (ms), then rate/s, burst, count per key.
_GIVE_BACK_LUA = _BUCKET_LEVEL_LUA + """
local now = tonumber(ARGV[1])
for i, key in ipairs(KEYS) do
  local rate = tonumber(ARGV[3 * i - 1])
  local burst = tonumber(ARGV[3 * i])
  local tokens = math.min(burst, level(key, rate, burst, now) + tonumber(ARGV[3 * i + 1]))
  store(key, tokens, rate, burst, now)
end
return 0
"""

# Stop a bucket for a while (WeChat answered a rate limit: OA 45009 / 45011, WeCom 45009, robot 130101): its level
# drops to -(seconds × rate), so every worker's next take is told to wait that long (docs/platform.md §4, SLOW).
# ARGV: now (ms), rate/s, burst, seconds.
_PAUSE_LUA = _BUCKET_LEVEL_LUA + """
local now, rate, burst = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens = math.min(0, level(KEYS[1], rate, burst, now)) - tonumber(ARGV[4]) * rate
store(KEYS[1], tokens, rate, burst, now)
return 0
"""

Bucket = tuple[str, str]  # (bucket id: the app's key, or app:member, or a robot's id; api)


class RateLimiter:
    """`take` answers how long to wait before calling (0 = go now); the buckets live in Redis.

    A caller that is told to wait has taken no token from any bucket: it waits or gives up, then
    asks again. Only a 0 answer allows a call, and it allows exactly one.
    """

    def __init__(self, redis_client: redis.Redis, limits: Mapping[tuple[str, str], Rate] | None = None) -> None:
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self._script = redis_client.register_script(_BUCKETS_LUA)
        self._prepay = redis_client.register_script(_PREPAY_LUA)
        self._give_back = redis_client.register_script(_GIVE_BACK_LUA)
        self._pause = redis_client.register_script(_PAUSE_LUA)

    def rate(self, platform: str, api: str) -> Rate | None:
        return self.limits.get((platform, api)) or (None if api == "member" else self.limits.get((platform, "*")))

    def pause(self, platform: str, bucket: Bucket, seconds: float) -> None:
        """No token from `bucket` for `seconds`, for every worker: WeChat said this (app, api) must slow down."""
        rate = self.rate(platform, bucket[1])
        if rate is not None and seconds > 0:
            self._pause(keys=[keys.rate_bucket(*bucket)], args=[int(time.time() * 1000), rate.per_s, rate.burst,
                                                                 seconds])

    def take(self, platform: str, app_key: str, api: str) -> float:
        """One token from the (app, api) bucket: 0.0, or seconds to wait (nothing taken)."""
        return self.take_all(platform, [(app_key, api)])[0]

    def take_all(self, platform: str, buckets: list[tuple[str, str]]) -> tuple[float, str]:
        """One token from each (bucket id, api) at once, in one round trip, or none.

        Returns (0.0, "") when taken, else (seconds to wait, the api of the bucket that is short).
        """
        rated = [(bucket, api, rate) for bucket, api in buckets if (rate := self.rate(platform, api)) is not None]
        if not rated:
            return 0.0, ""
        args: list[float | int] = [int(time.time() * 1000)]
        for _, _, rate in rated:
            args += [rate.per_s, rate.burst]
        wait_ms, culprit = self._script(keys=[keys.rate_bucket(bucket, api) for bucket, api, _ in rated], args=args)
        if not int(wait_ms):
            return 0.0, ""
        return int(wait_ms) / 1000.0, rated[int(culprit) - 1][1]

    def take_each(self, platform: str, calls: Sequence[Sequence[Bucket]]) -> list[bool]:
        """For each call (its buckets), one token from every bucket or none: all in one round trip.

        A call with no rated bucket is always True. Calls are served in order, each on its own: one
        whose member bucket is short gets False and the calls after it still get theirs.
        """
        index: dict[Bucket, int] = {}
        rates: list[Rate] = []
        plan: list[list[int]] = []
        for buckets in calls:
            ids = []
            for bucket in buckets:
                rate = self.rate(platform, bucket[1])
                if rate is None:
                    continue
                if bucket not in index:
                    index[bucket] = len(index) + 1
                    rates.append(rate)
                ids.append(index[bucket])
            plan.append(ids)
        if not index:
            return [True] * len(calls)
        args: list[float | int] = [int(time.time() * 1000)]
        for rate in rates:
            args += [rate.per_s, rate.burst]
        args.append(len(plan))
        for ids in plan:
            args += [len(ids), *ids]
        taken = self._prepay(keys=[keys.rate_bucket(bucket, api) for bucket, api in index], args=args)
        return [bool(int(ok)) for ok in taken]

    def give_back(self, platform: str, counts: Mapping[Bucket, int]) -> None:
        """Return tokens taken by take_each for calls that were never made (one round trip)."""
        rated = [(bucket, rate, count) for bucket, count in counts.items()
                 if count > 0 and (rate := self.rate(platform, bucket[1])) is not None]
        if not rated:
            return
        args: list[float | int] = [int(time.time() * 1000)]
        for _, rate, count in rated:
            args += [rate.per_s, rate.burst, count]
        self._give_back(keys=[keys.rate_bucket(bucket, api) for (bucket, api), _, _ in rated], args=args)
