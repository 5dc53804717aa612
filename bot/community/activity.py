"""The activity log behind leader scores: per day, per scope (the brand, or one group), per member, how many
times each activity happened. Compact and bounded: counters, never events, in hashes bucketed by member
number so each stays a listpack; every key expires after the longest window (keys.ACTIVITY_TTL_S).

Raw counts are kept (caps apply when scoring, bot/community/scoring.py), so the breakdown can show what a
cap cut. Days are local days in the brand's zone (sequences.yaml `defaults.timezone`), as caps are per day.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import redis

from bot.content.community import ACTIVITIES, ASKED, BROUGHT, CLICKED, CONVERTED, HELPFUL, LESSON, STAYED
from bot.store import keys
from bot.store.member_codec import id_slot

BRAND_SCOPE = "*"
SLOTS = 32  # member numbers per hash: 7 activities x 32 = 224 fields at most, ~40 on a busy day (listpack)
LETTER = {BROUGHT: "b", STAYED: "s", ASKED: "a", HELPFUL: "h", CLICKED: "c", CONVERTED: "v", LESSON: "l"}
ACTIVITY_OF = {letter: name for name, letter in LETTER.items()}
READ_BATCH = 500  # HGETALLs per pipeline round trip when scoring
assert set(LETTER) == set(ACTIVITIES)

# Count one activity for the member whose id maps to a number (no number: never seen, nothing counted), in
# each scope given. ARGV: numbers key, id field, letter, n, ttl, slots, then per scope: bucket prefix,
# buckets key, scopes key, scope. Returns the member number, or 0.
RECORD_BODY = """
local function record(base)
  local num = redis.call('HGET', ARGV[base], ARGV[base + 1])
  if not num then return 0 end
  num = tonumber(num)
  local letter, n, ttl, slots = ARGV[base + 2], tonumber(ARGV[base + 3]), ARGV[base + 4], tonumber(ARGV[base + 5])
  local bucket = math.floor(num / slots)
  local i = base + 6
  while i + 3 <= #ARGV and ARGV[i] ~= '--' do
    local key = ARGV[i] .. bucket
    redis.call('HINCRBY', key, (num % slots) .. letter, n)
    redis.call('EXPIRE', key, ttl)
    redis.call('SADD', ARGV[i + 1], bucket)
    redis.call('EXPIRE', ARGV[i + 1], ttl)
    redis.call('SADD', ARGV[i + 2], ARGV[i + 3])
    redis.call('EXPIRE', ARGV[i + 2], ttl)
    i = i + 4
  end
  return num
end
"""
RECORD = RECORD_BODY + "return record(1)\n"


def day_of(at: datetime, zone: ZoneInfo) -> str:
    return at.astimezone(zone).strftime("%Y%m%d")


def record_args(brand: str, member_id: str, activity: str, *, day: str, scopes: Iterable[str],
                n: int = 1) -> list[str | int]:
    """The ARGV of RECORD (also the tail of other scripts that record as they go, bot/community/referrals.py)."""
    bucket, field = id_slot(member_id)
    args: list[str | int] = [keys.member_numbers(brand, bucket), field, LETTER[activity], n, keys.ACTIVITY_TTL_S, SLOTS]
    for scope in scopes:
        args += [keys.activity_bucket_prefix(brand, day, scope), keys.activity_buckets(brand, day, scope),
                 keys.activity_scopes(brand, day), scope]
    return args


def scopes_for(group: str) -> tuple[str, ...]:
    """A group's activity counts for the group and for the brand."""
    return (BRAND_SCOPE, group) if group else (BRAND_SCOPE,)


class ActivityLog:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def record(self, brand: str, member_id: str, activity: str, *, day: str, group: str = "", n: int = 1,
               pipe: redis.client.Pipeline | None = None) -> None:
        """Count `n` of `activity` for the member today (`day`), in the brand and, when given, the group. One
        command; pass a pipeline to share a round trip (the callback's last one)."""
        args = record_args(brand, member_id, activity, day=day, scopes=scopes_for(group), n=n)
        (pipe if pipe is not None else self.redis).eval(RECORD, 0, *args)

    def record_numbers(self, brand: str, rows: Iterable[tuple[str, str, int, str, int]]) -> int:
        """Bulk (day, scope, member number, activity, n), pipelined without the script: for seeding, imports and
        benchmarks, where numbers are known. Returns the rows written."""
        pipe = self.redis.pipeline(transaction=False)
        seen: set[tuple[str, str, int]] = set()
        count = 0
        for day, scope, number, activity, n in rows:
            bucket = number // SLOTS
            key = keys.activity_bucket_prefix(brand, day, scope) + str(bucket)
            pipe.hincrby(key, f"{number % SLOTS}{LETTER[activity]}", n)
            if (day, scope, bucket) not in seen:
                seen.add((day, scope, bucket))
                pipe.expire(key, keys.ACTIVITY_TTL_S)
                pipe.sadd(keys.activity_buckets(brand, day, scope), bucket)
                pipe.expire(keys.activity_buckets(brand, day, scope), keys.ACTIVITY_TTL_S)
                pipe.sadd(keys.activity_scopes(brand, day), scope)
                pipe.expire(keys.activity_scopes(brand, day), keys.ACTIVITY_TTL_S)
            count += 1
            if len(pipe) >= 5000:
                pipe.execute()
        pipe.execute()
        return count

    def day(self, brand: str, day: str, scope: str = BRAND_SCOPE) -> Iterator[tuple[int, str, int]]:
        """(member number, activity letter, raw count) of one day in one scope, bucket by bucket."""
        buckets = sorted(int(b) for b in self.redis.smembers(keys.activity_buckets(brand, day, scope)))
        prefix = keys.activity_bucket_prefix(brand, day, scope)
        for start in range(0, len(buckets), READ_BATCH):
            chunk = buckets[start:start + READ_BATCH]
            pipe = self.redis.pipeline(transaction=False)
            for bucket in chunk:
                pipe.hgetall(prefix + str(bucket))
            for bucket, found in zip(chunk, pipe.execute(), strict=True):
                base = bucket * SLOTS
                for field, value in found.items():
                    text = field.decode() if isinstance(field, bytes) else field
                    yield base + int(text[:-1]), text[-1], int(value)

    def scopes(self, brand: str, days: Iterable[str]) -> set[str]:
        """Every scope with activity on any of `days` (the brand's "*" and group chat ids)."""
        pipe = self.redis.pipeline(transaction=False)
        for day in days:
            pipe.smembers(keys.activity_scopes(brand, day))
        return {(s.decode() if isinstance(s, bytes) else s) for found in pipe.execute() for s in found}
