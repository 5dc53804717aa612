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
SLOTS = 64  # member numbers per hash: ~13 fields on an average day (1M events, bench), listpack up to 128
LETTER = {BROUGHT: "b", STAYED: "s", ASKED: "a", HELPFUL: "h", CLICKED: "c", CONVERTED: "v", LESSON: "l"}
ACTIVITY_OF = {letter: name for name, letter in LETTER.items()}
READ_BATCH = 200  # buckets per READ call: ~12,800 members, a few ms of Redis time
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
# Add to one bucket hash: ARGV key, buckets key, scopes key, scope, bucket, ttl, then field, n pairs.
ADD = """
for i = 7, #ARGV, 2 do redis.call('HINCRBY', ARGV[1], ARGV[i], ARGV[i + 1]) end
redis.call('EXPIRE', ARGV[1], ARGV[6])
redis.call('SADD', ARGV[2], ARGV[5])
redis.call('EXPIRE', ARGV[2], ARGV[6])
redis.call('SADD', ARGV[3], ARGV[4])
redis.call('EXPIRE', ARGV[3], ARGV[6])
return 1
"""
# Read buckets of one day and scope: ARGV prefix, bucket numbers. Returns [bucket, field, count, ...].
READ = """
local out = {}
for i = 2, #ARGV do
  local flat = redis.call('HGETALL', ARGV[1] .. ARGV[i])
  for j = 1, #flat, 2 do
    out[#out + 1] = ARGV[i]
    out[#out + 1] = flat[j]
    out[#out + 1] = flat[j + 1]
  end
end
return out
"""


def _letter(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


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
        self._read = redis_client.register_script(READ)

    def record(self, brand: str, member_id: str, activity: str, *, day: str, group: str = "", n: int = 1,
               pipe: redis.client.Pipeline | None = None) -> None:
        """Count `n` of `activity` for the member today (`day`), in the brand and, when given, the group. One
        command; pass a pipeline to share a round trip (the callback's last one)."""
        args = record_args(brand, member_id, activity, day=day, scopes=scopes_for(group), n=n)
        (pipe if pipe is not None else self.redis).eval(RECORD, 0, *args)

    def record_numbers(self, brand: str, rows: Iterable[tuple[str, str, int, str, int]]) -> int:
        """Bulk (day, scope, member number, activity, n) where numbers are known: seeding, imports, benchmarks.
        Grouped by hash, one ADD call per hash (the same counters `record` keeps). Returns the rows taken."""
        grouped: dict[tuple[str, str, int], dict[str, int]] = {}
        count = 0
        for day, scope, number, activity, n in rows:
            fields = grouped.setdefault((day, scope, number // SLOTS), {})
            field = f"{number % SLOTS}{LETTER[activity]}"
            fields[field] = fields.get(field, 0) + n
            count += 1
        pipe = self.redis.pipeline(transaction=False)
        for (day, scope, bucket), fields in grouped.items():
            pipe.eval(ADD, 0, keys.activity_bucket_prefix(brand, day, scope) + str(bucket),
                      keys.activity_buckets(brand, day, scope), keys.activity_scopes(brand, day), scope, bucket,
                      keys.ACTIVITY_TTL_S, *(x for pair in fields.items() for x in pair))
            if len(pipe) >= 500:
                pipe.execute()
        pipe.execute()
        return count

    def day(self, brand: str, day: str, scope: str = BRAND_SCOPE) -> Iterator[tuple[int, str, int]]:
        """(member number, activity letter, raw count) of one day in one scope. The buckets are read READ_BATCH
        at a time by one short script returning a flat array (one command instead of READ_BATCH HGETALLs: the
        per-command cost of a pipeline dominated, bench/leaders.py), each call a few ms of Redis time."""
        buckets = sorted(int(b) for b in self.redis.smembers(keys.activity_buckets(brand, day, scope)))
        prefix = keys.activity_bucket_prefix(brand, day, scope)
        for start in range(0, len(buckets), READ_BATCH):
            chunk = buckets[start:start + READ_BATCH]
            flat = self._read(args=[prefix, *chunk])
            for i in range(0, len(flat), 3):
                base = int(flat[i]) * SLOTS
                field = flat[i + 1]
                yield base + int(field[:-1]), _letter(field[-1:]), int(flat[i + 2])

    def scopes(self, brand: str, days: Iterable[str]) -> set[str]:
        """Every scope with activity on any of `days` (the brand's "*" and group chat ids)."""
        pipe = self.redis.pipeline(transaction=False)
        for day in days:
            pipe.smembers(keys.activity_scopes(brand, day))
        return {(s.decode() if isinstance(s, bytes) else s) for found in pipe.execute() for s in found}
