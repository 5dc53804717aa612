"""Evaluate a segment in Redis: one script runs the whole expression as BITOPs over the member store's
bitmaps (tags, attribute values, days of activity) and number ranges (join dates), and answers the size.

Why bitmaps: member numbers are dense (bot/store/members.py), so a set of members is 125 KB at a million,
and AND/OR/NOT over three of them takes a few hundred microseconds inside Redis (bench/segments.py). The
result can be kept (materialised) under a key, which is what a campaign fans out over: frozen at launch,
so a resume sends to the same members whatever their tags became.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

import redis

from bot.clock import Clock, epoch_s
from bot.member import F_CHANNEL, F_CITY, F_LOCALE
from bot.segments.parser import And, Node, Not, Or, Term, parse
from bot.store import keys

FIELD_OF = {"city": F_CITY, "locale": F_LOCALE, "channel": F_CHANNEL}
MATERIALISED_TTL_S = 30 * 86400  # a campaign's frozen audience outlives any sane pause
SCRATCH_TTL_S = 60

# ARGV: scratch prefix, universe size (the member count), result key ("" = none), its TTL, then the program:
# K key (push a bitmap) | R lo hi (push bits lo..hi) | U n key... (push the OR of n bitmaps) | N (not, within
# the universe) | A (and of the top two) | O (or of the top two). Returns the result's BITCOUNT.
_RUN = r"""
local scratch, size, dest, ttl = ARGV[1], tonumber(ARGV[2]), ARGV[3], tonumber(ARGV[4])
local made, stack = {}, {}
local function new()
  local k = scratch .. #made
  made[#made + 1] = k
  return k
end
local function range_bits(lo, hi)
  if lo < 0 then lo = 0 end
  if hi < lo then return '' end
  local first, last = math.floor(lo / 8), math.floor(hi / 8)
  local parts = {}
  if first > 0 then parts[1] = string.rep('\0', first) end
  local function byte_of(a, b)
    local v = 0
    for bit = a, b do v = v + 2 ^ (7 - bit) end
    return string.char(v)
  end
  if first == last then
    parts[#parts + 1] = byte_of(lo % 8, hi % 8)
  else
    parts[#parts + 1] = byte_of(lo % 8, 7)
    if last - first > 1 then parts[#parts + 1] = string.rep('\255', last - first - 1) end
    parts[#parts + 1] = byte_of(0, hi % 8)
  end
  return table.concat(parts)
end
local universe = nil
local i = 5
while i <= #ARGV do
  local op = ARGV[i]
  if op == 'K' then
    stack[#stack + 1] = ARGV[i + 1]
    i = i + 2
  elseif op == 'R' then
    local k = new()
    redis.call('SET', k, range_bits(tonumber(ARGV[i + 1]), tonumber(ARGV[i + 2])), 'EX', 60)
    stack[#stack + 1] = k
    i = i + 3
  elseif op == 'U' then
    local n = tonumber(ARGV[i + 1])
    local k = new()
    redis.call('BITOP', 'OR', k, unpack(ARGV, i + 2, i + 1 + n))
    stack[#stack + 1] = k
    i = i + 2 + n
  elseif op == 'N' then
    if not universe then
      universe = new()
      redis.call('SET', universe, range_bits(1, size), 'EX', 60)
    end
    local k = new()
    -- not-a within the universe is U xor (a and U): right for a missing or shorter bitmap too
    redis.call('BITOP', 'AND', k, stack[#stack], universe)
    redis.call('BITOP', 'XOR', k, k, universe)
    stack[#stack] = k
    i = i + 1
  else
    local b = table.remove(stack)
    local a = table.remove(stack)
    local k = new()
    redis.call('BITOP', op == 'A' and 'AND' or 'OR', k, a, b)
    stack[#stack + 1] = k
    i = i + 1
  end
end
local result = stack[1]
local count = redis.call('BITCOUNT', result)
if dest ~= '' then
  redis.call('BITOP', 'OR', dest, result)
  if redis.call('EXISTS', dest) == 1 then redis.call('EXPIRE', dest, ttl) end
end
if #made > 0 then redis.call('DEL', unpack(made)) end
return count
"""


@dataclass(frozen=True)
class SegmentResult:
    expression: str
    count: int
    key: str = ""  # where it was materialised ("" = counted only)


class Segments:
    """Count and materialise segments of one brand's members. Time (for `active:`) comes from the Clock."""

    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock
        self._run = redis_client.register_script(_RUN)

    def count(self, brand: str, expression: str | Node) -> int:
        return self.evaluate(brand, expression).count

    def evaluate(self, brand: str, expression: str | Node, *, into: str = "",
                 ttl_s: int = MATERIALISED_TTL_S) -> SegmentResult:
        """The segment's size; with `into` (a keys.segment_result name) its members are kept there too."""
        node = parse(expression) if isinstance(expression, str) else expression
        size = int(self.redis.get(keys.member_seq(brand)) or 0)
        program = self._compile(brand, node, size)
        dest = keys.segment_result(brand, into) if into else ""
        if dest:
            self.redis.delete(dest)
        scratch = f"{keys.segment_scratch_prefix(brand)}{secrets.token_hex(6)}:"
        count = int(self._run(args=[scratch, size, dest, ttl_s, *program]))
        return SegmentResult(expression if isinstance(expression, str) else "", count, dest)

    def _compile(self, brand: str, node: Node, size: int) -> list[str | int]:
        """The script's program for `node`: postfix, leaves resolved to key names and number ranges."""
        match node:
            case Term():
                return self._leaf(brand, node, size)
            case Not(operand=operand):
                return [*self._compile(brand, operand, size), "N"]
            case And(left=left, right=right):
                return [*self._compile(brand, left, size), *self._compile(brand, right, size), "A"]
            case Or(left=left, right=right):
                return [*self._compile(brand, left, size), *self._compile(brand, right, size), "O"]
        raise TypeError(node)

    def _leaf(self, brand: str, term: Term, size: int) -> list[str | int]:
        if term.kind == "tag":
            return ["K", keys.tag_bitmap_key(brand, term.value)]
        if term.kind in FIELD_OF:
            return ["K", keys.attr_bitmap(brand, FIELD_OF[term.kind], term.value)]
        if term.kind == "active":
            today = epoch_s(self.clock.now()) // 86400
            days = [keys.activity_day(brand, today - d) for d in range(term.days)]
            union: list[str | int] = ["U", len(days), *days]
            return union if term.op == "<" else [*union, "N"]
        assert term.kind == "joined" and term.on is not None
        lo, hi = self.joined_range(brand, term.op, term.on, size)
        return ["R", lo, hi]

    def joined_range(self, brand: str, op: str, on: date, size: int) -> tuple[int, int]:
        """Member numbers first seen after (op ">") or before (op "<") the UTC day `on`: numbers grow with
        first sight, and keys.join_days has each day's first number."""
        day = int(datetime(on.year, on.month, on.day, tzinfo=UTC).timestamp()) // 86400
        firsts = {int(d): int(n) for d, n in self.redis.hgetall(keys.join_days(brand)).items()}
        if op == ">":
            later = [n for d, n in firsts.items() if d > day]
            return (min(later), size) if later else (size + 1, size)
        from_day = [n for d, n in firsts.items() if d >= day]
        return 1, (min(from_day) - 1 if from_day else size)


def numbers_in(redis_client: redis.Redis, key: str, lo: int, hi: int) -> list[int]:
    """The member numbers set in bitmap `key` within [lo, hi) (one GETRANGE): a fan-out batch's members."""
    if hi <= lo:
        return []
    first, last = lo // 8, (hi - 1) // 8
    raw = redis_client.getrange(key, first, last)
    return [n for n in _bits(raw, first * 8) if lo <= n < hi]


def _bits(raw: bytes, base: int) -> Iterator[int]:
    for offset, byte in enumerate(raw):
        if not byte:
            continue
        for bit in range(8):
            if byte & (0x80 >> bit):
                yield base + offset * 8 + bit


def sample(redis_client: redis.Redis, key: str, limit: int = 5) -> list[int]:
    """The first `limit` member numbers in bitmap `key`."""
    out: list[int] = []
    start = int(redis_client.bitpos(key, 1)) if redis_client.exists(key) else -1
    if start < 0:
        return out
    lo = start
    while len(out) < limit:
        chunk = numbers_in(redis_client, key, lo, lo + 4096)
        if not chunk and lo > int(redis_client.strlen(key)) * 8:
            break
        out.extend(chunk)
        lo += 4096
    return out[:limit]
