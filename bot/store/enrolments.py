"""Sequence enrolments in Redis: one packed record per (member, sequence), one due index, atomic claims.

Layout (keys in bot/store/keys.py):
- records in bucketed hashes (`enr:<4 hex>`, field `<member id>:<sequence id>`), values of ~40 bytes, so a
  bucket stays a listpack: no per-enrolment key, no RQ job per member per step (DESIGN §4);
- the due index: one LIST of refs per due minute (`due:m:<minute>`) and a ZSET of the minutes that have one.
  A ref is `<member id>|<sequence id>|<generation>`; every write bumps the record's generation, so a ref
  left behind by a reschedule, an exit or a crash is stale and dropped when claimed (lists need no LREM);
- claims: a tick pops refs into its own claim list under a lease (CLAIM script, atomic), so two ticks never
  take the same ref; when a worker dies, its lease runs out and the next claim puts the refs back as due.
- every state change is a compare-and-set on the generation (COMMIT script), with the stats counters and
  gauges changed in the same script, so a tick racing a wake or an exit writes nothing stale.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import redis

from bot.member import Member
from bot.store import keys, member_scripts
from bot.store.member_codec import id_slot
from bot.store.members import decode_many
from bot.store.stack import push

DUE, WAITING, ENDED = "d", "w", "e"
CAP_TTL_S = 2 * 86400
LEASE_S = 120  # a tick commits a batch well within this; a dead worker's claim comes back after it
RECLAIM_MINUTE = "0"  # reclaimed refs go to this due list: always due

_CLAIM = """
local wall = tonumber(redis.call('TIME')[1])
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', wall, 'LIMIT', 0, 20)
for _, tok in ipairs(expired) do
  local ck = ARGV[5] .. tok
  local refs = redis.call('LRANGE', ck, 0, -1)
  for i = 1, #refs, 500 do
    redis.call('RPUSH', ARGV[4] .. ARGV[7], unpack(refs, i, math.min(i + 499, #refs)))
  end
  if #refs > 0 then redis.call('ZADD', KEYS[1], 0, ARGV[7]) end
  redis.call('DEL', ck)
  redis.call('ZREM', KEYS[2], tok)
end
local need = tonumber(ARGV[2])
local out = {}
local minutes = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, 64)
for _, m in ipairs(minutes) do
  local list = ARGV[4] .. m
  local got = redis.call('LPOP', list, need)
  if got then
    for _, r in ipairs(got) do out[#out + 1] = r end
    need = need - #got
  end
  if redis.call('LLEN', list) == 0 then redis.call('ZREM', KEYS[1], m) end
  if need <= 0 then break end
end
if #out > 0 then
  local ck = ARGV[5] .. ARGV[3]
  for i = 1, #out, 500 do redis.call('RPUSH', ck, unpack(out, i, math.min(i + 499, #out))) end
  redis.call('ZADD', KEYS[2], wall + tonumber(ARGV[6]), ARGV[3])
end
return out
"""

# ARGV: due prefix, the daily-cap TTL, the number N of daily-cap increments other than by 1, N pairs (cap key, delta),
# the number P of daily-cap counters incremented by 1 (a tick's common case: one message per member), P cap keys, the
# number S of stats counters, S of them ("<stats key>\t<field>"), then one argument per write, 7 parts joined
# by tabs: bucket key, field, expected generation, due minute ("" = none), ref, stats ops ("<counter index>:<delta>"
# joined by ","), new value (last: the longest part, which the pattern's final `.*` takes without testing each
# character against a class, ~1.5 k instructions per write less in redis-server). Returns 1/0 per write (applied or
# stale). Why this shape (bench/sequence_tick.py): redis-py spends ~0.5 µs of client CPU on each argument, so one
# per write, not 7, and one per member's daily cap, not 2; and the refs of one minute go out in one RPUSH and each
# counter in one HINCRBY at the end (a tick's 500 writes touch a few dozen counters and minutes), not one of each per
# write. Writes are still checked one
# after the other, so a second write of the same record in one call sees the first.
_COMMIT = """
local prefix = ARGV[1]
local function count_cap(key, n)  -- a daily-cap counter gets its TTL when this call creates it: one call, not two
  if not redis.call('SET', key, n, 'NX', 'EX', ARGV[2]) then
    redis.call('INCRBY', key, n)
  end
end
local ones_at = 4 + 2 * tonumber(ARGV[3])
for i = 4, ones_at - 1, 2 do count_cap(ARGV[i], ARGV[i + 1]) end
local stats_at = ones_at + 1 + tonumber(ARGV[ones_at])
for i = ones_at + 1, stats_at - 1 do count_cap(ARGV[i], '1') end
local first = stats_at + 1 + tonumber(ARGV[stats_at])
local deltas, pushes, minutes = {}, {}, {}
local applied, times, kinds = {}, {}, {}
for i = first, #ARGV do
  local key, fld, expected, minute, ref, ops, value = string.match(ARGV[i],
    '^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$')
  local current = redis.call('HGET', key, fld)
  local gen = '0'
  if current then
    gen = string.match(current, '^[^|]*|[^|]*|[^|]*|[^|]*|([^|]*)') or '0'
  end
  if gen == expected then
    redis.call('HSET', key, fld, value)
    if minute ~= '' then
      local refs = pushes[minute]
      if not refs then
        refs = {}
        pushes[minute] = refs
        minutes[#minutes + 1] = minute
      end
      refs[#refs + 1] = ref
    end
    -- the writes of a batch share a few sets of stats ops: each set is counted here and parsed once below
    local seen = times[ops]
    if not seen then kinds[#kinds + 1] = ops end
    times[ops] = (seen or 0) + 1
    applied[#applied + 1] = 1
  else
    applied[#applied + 1] = 0
  end
end
for _, ops in ipairs(kinds) do
  local n = times[ops]
  for index, delta in string.gmatch(ops, '(%d+):(-?%d+)') do
    index = tonumber(index)
    deltas[index] = (deltas[index] or 0) + n * tonumber(delta)
  end
end
for _, minute in ipairs(minutes) do
  local refs = pushes[minute]
  for j = 1, #refs, 500 do
    redis.call('RPUSH', prefix .. minute, unpack(refs, j, math.min(j + 499, #refs)))
  end
  redis.call('ZADD', KEYS[1], minute, minute)
end
for index, delta in pairs(deltas) do  -- net 0 still written: the counter exists, as with one HINCRBY per op
  local key, fld = string.match(ARGV[stats_at + index], '^([^\t]+)\t(.+)$')
  redis.call('HINCRBY', key, fld, delta)
end
return applied
"""


# A tick's read, one command for its whole batch. ARGV: the number K of daily-cap keys per ref, then one
# argument per ref, 3 + K names joined by tabs: the record's bucket and field, then the keys deciding it needs
# (built by the caller from bot/store/keys.py: the member's send budget, its daily-cap counters). Returns per
# ref false (no record) or {record, budget hash (flat), {cap or false, ...}}. Why a script and not a pipeline:
# redis-py spends ~7 µs of client CPU on each pipelined command, 3 per ref, a large part of a tick's time
# (bench/sequence_tick.py); and one argument per ref, as each argument costs ~0.5 µs more.
_READ = """
local k = tonumber(ARGV[1])
local out = {}
for i = 2, #ARGV do
  local names, n = {}, 0
  for name in string.gmatch(ARGV[i], '[^\t]+') do
    n = n + 1
    names[n] = name
  end
  local rec = redis.call('HGET', names[1], names[2])
  if rec then
    local caps = {}
    for j = 1, k do caps[j] = redis.call('GET', names[3 + j]) end
    out[#out + 1] = {rec, redis.call('HGETALL', names[3]), caps}
  else
    out[#out + 1] = false
  end
end
return out
"""


# A tick's read of its whole batch in one command: each claimed ref's record, the member's send budget and daily-cap
# counters, and the member itself (member_scripts.READ_MANY: fields and tags, read together), so the batch needs no
# second script call for its members. ARGV: the member key prefix (keys.brand_prefix), the prefixes of the record
# buckets, budgets and daily caps (keys.py), the number K of local days, the K days, then one argument per ref, 6
# parts joined by tabs: record bucket, member id, sequence id, the member's id bucket and id field
# (member_codec.id_slot), the ref's generation. Returns {field names, per ref false (no record) or {record, budget
# hash (flat), {cap or false, ...}, member or false}}; the member is read only when the record still has the ref's
# generation (a stale ref is dropped anyway). Why one argument per ref and key names built here: redis-py spends ~0.5
# µs of client CPU per argument, and Python ~1 µs per key name it formats.
_TICK_READ = member_scripts.compact(member_scripts.PRELUDE + member_scripts.READ_MANY + """
local ENR, BUD, CAP, k = ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5])
local days = {}
for j = 1, k do days[j] = ':' .. ARGV[5 + j] end
local out, ids, whose, cap_keys, cap_at = {}, {}, {}, {}, {}
for i = 6 + k, #ARGV do
  local bucket, member, seq, id_bucket, id_field, ref_gen = string.match(ARGV[i],
    '^([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)\t([^\t]+)$')
  local rec = redis.call('HGET', ENR .. bucket, member .. ':' .. seq)
  if rec then
    local caps = {}
    for j = 1, k do
      cap_keys[#cap_keys + 1] = CAP .. member .. days[j]
      cap_at[#cap_at + 1] = caps
    end
    out[#out + 1] = {rec, redis.call('HGETALL', BUD .. member), caps, false}
    if string.match(rec, '^[^|]*|[^|]*|[^|]*|[^|]*|([^|]*)') == ref_gen then
      ids[#ids + 1] = id_bucket
      ids[#ids + 1] = id_field
      whose[#whose + 1] = #out
    end
  else
    out[#out + 1] = false
  end
end
for i = 1, #cap_keys, 500 do  -- the daily-cap counters of the whole batch: one MGET per 500, not a GET each
  local got = redis.call('MGET', unpack(cap_keys, i, math.min(i + 499, #cap_keys)))
  for j = 1, #got do
    local caps = cap_at[i + j - 1]
    caps[#caps + 1] = got[j]
  end
end
for m, who in ipairs(members_of(ids)) do out[whose[m]][4] = who end
return {names, out}
""")


# The records of one sequence waiting (state due) at some of its steps, in a range of buckets: what a
# published edit that moved those steps earlier has to reschedule. ARGV: the bucket key prefix, the first
# bucket (an integer), how many, the field suffix ":<sequence id>", then the step ids. Returns a flat list
# field, value, ... Only matches leave Redis, so scanning a million records moves a few kB per call.
_AT_STEPS = """
local want = {}
for i = 5, #ARGV do want[ARGV[i]] = true end
local suffix = ARGV[4]
local first = tonumber(ARGV[2])
local out = {}
for b = first, first + tonumber(ARGV[3]) - 1 do
  local flat = redis.call('HGETALL', ARGV[1] .. string.format('%04x', b))
  for i = 1, #flat, 2 do
    local f = flat[i]
    if string.sub(f, -#suffix) == suffix then
      local v = flat[i + 1]
      local nxt, state = string.match(v, '^([^|]*)|[^|]*|[^|]*|[^|]*|[^|]*|([^|]*)')
      if nxt and want[nxt] and state == 'd' then
        out[#out + 1] = f
        out[#out + 1] = v
      end
    end
  end
end
return out
"""

BUCKETS = 1 << 16  # bucket_of's range: 4 hex digits


@functools.lru_cache(maxsize=4096)
def bucket_of(member_id: str) -> str:
    """4 hex digits: 65,536 buckets keep each hash under 128 entries up to ~8M enrolments. Cached: a tick asks
    it of each member of its batch twice (to read, then to commit), and hashing costs more than the lookup."""
    return hashlib.blake2b(member_id.encode(), digest_size=2).hexdigest()


def due_minute(due_s: int) -> int:
    """The minute a due time is indexed under, rounded up: a step is never sent early, at most 59 s late."""
    return -(-due_s // 60) * 60


@dataclass(frozen=True)
class Enrolment:
    """One member's place in one sequence. `next` is the step to run next (for an ended enrolment: why it
    ended); `anchor_s` when they enrolled (day-N steps count from its local date); `last_s` when the
    previous step was handled (after-steps count from it); `due_s` when the tick should look again
    (for a waiting step: when it stops waiting); `version` the content version it started on."""

    member_id: str
    sequence_id: str
    next: str
    anchor_s: int
    last_s: int
    due_s: int
    gen: int
    state: str
    version: int = 0
    clicked: str = ""  # the step whose link the member clicked last ("" none)
    sent_step: str = ""  # the step sent last (its clicks are what `clicked_previous` asks about)

    @property
    def field(self) -> str:
        return f"{self.member_id}:{self.sequence_id}"

    @property
    def ref(self) -> str:
        return f"{self.member_id}|{self.sequence_id}|{self.gen}"

    @property
    def active(self) -> bool:
        return self.state in (DUE, WAITING)

    def but(self, **changes: Any) -> Enrolment:
        """A copy with `changes`: dataclasses.replace's result, for a fraction of its cost (a tick makes a few
        copies of every record it decides). The frozen dataclass's __init__ sets each field through
        object.__setattr__; a copy of the instance dict is the same object for a sixth of that."""
        if not changes.keys() <= _ENROLMENT_FIELDS:  # a view compared in place: no set made per copy
            raise TypeError(f"Enrolment has no field {sorted(changes.keys() - _ENROLMENT_FIELDS)[0]!r}")
        new = object.__new__(Enrolment)
        fields = new.__dict__
        fields.update(self.__dict__)
        fields.update(changes)
        return new

    def value(self) -> str:
        """Times in base 36 (6 characters until 2038+): a million records, ~12 MB less than decimal."""
        return (f"{self.next}|{_b36(self.anchor_s)}|{_b36(self.last_s)}|{_b36(self.due_s)}|{self.gen}|{self.state}|"
                f"{self.version}|{self.clicked}|{self.sent_step}")

    @classmethod
    def parse(cls, member_id: str, sequence_id: str, value: str) -> Enrolment:
        parts = value.split("|")
        if len(parts) < 9:  # a record written before a field was added
            parts += [""] * (9 - len(parts))
        new = object.__new__(cls)  # as `but`: the fields set in one go, not through object.__setattr__ each
        new.__dict__.update(member_id=member_id, sequence_id=sequence_id, next=parts[0],
                            anchor_s=int(parts[1] or "0", 36), last_s=int(parts[2] or "0", 36),
                            due_s=int(parts[3] or "0", 36), gen=int(parts[4] or 0), state=parts[5] or ENDED,
                            version=int(parts[6] or 0), clicked=parts[7], sent_step=parts[8])
        return new


_ENROLMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Enrolment))
_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


@functools.lru_cache(maxsize=4096)
def _b36(value: int) -> str:
    """Cached: a tick writes the same few times (now, the next step's time) into most records of a batch."""
    if value <= 0:
        return "0"
    out = []
    while value:
        value, digit = divmod(value, 36)
        out.append(_DIGITS[digit])
    return "".join(reversed(out))


def parse_ref(ref: str) -> tuple[str, str, int] | None:
    member_id, _, rest = ref.partition("|")
    sequence_id, _, gen = rest.partition("|")
    return (member_id, sequence_id, int(gen)) if member_id and sequence_id and gen.isdigit() else None


@dataclass(frozen=True)
class BatchRead:
    """One claimed ref as a tick's read found it: the record, and the member's send budget (used per trigger)
    and daily-cap counters (in the order of the keys asked for)."""

    record: Enrolment
    budget_used: dict[str, int]
    caps: list[int]
    member: Member | None = None  # read_tick: the member, when the record still had the ref's generation
    number: int = 0  # read_tick: the member's number (MemberStore.number), with the member


@dataclass
class Write:
    """One compare-and-set: `new` replaces the record if its generation is still `expected_gen`; `schedule`
    pushes a due ref for `new.due_s`; `stats` are (sequence id, field) -> delta, applied only with it."""

    new: Enrolment
    expected_gen: int
    schedule: bool = False
    stats: dict[tuple[str, str], int] = field(default_factory=dict)

    def count(self, sequence_id: str, name: str, delta: int = 1) -> Write:
        key = (sequence_id, name)
        self.stats[key] = self.stats.get(key, 0) + delta
        return self


def next_generation(new: Enrolment, current: Enrolment | None) -> Enrolment:
    return replace(new, gen=(current.gen if current else 0) + 1)


class EnrolmentStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client
        self._claim = redis_client.register_script(_CLAIM)
        self._commit = redis_client.register_script(_COMMIT)
        self._read = redis_client.register_script(_READ)
        self._tick_read = redis_client.register_script(_TICK_READ)
        self._at_steps = redis_client.register_script(_AT_STEPS)

    # -- reading ---------------------------------------------------------------------------------------

    def get(self, brand: str, member_id: str, sequence_id: str) -> Enrolment | None:
        return self.get_many(brand, [(member_id, sequence_id)])[0]

    def get_many(self, brand: str, pairs: Sequence[tuple[str, str]]) -> list[Enrolment | None]:
        pipe = self.redis.pipeline(transaction=False)
        for member_id, sequence_id in pairs:
            pipe.hget(keys.enrolments(brand, bucket_of(member_id)), f"{member_id}:{sequence_id}")
        return [Enrolment.parse(m, s, _s(v)) if v is not None else None
                for (m, s), v in zip(pairs, pipe.execute(), strict=True)]

    def of_member(self, brand: str, member_id: str, sequence_ids: Iterable[str]) -> dict[str, Enrolment]:
        ids = list(sequence_ids)
        if not ids:
            return {}
        values = self.redis.hmget(keys.enrolments(brand, bucket_of(member_id)), [f"{member_id}:{s}" for s in ids])
        return {s: Enrolment.parse(member_id, s, _s(v)) for s, v in zip(ids, values, strict=True) if v is not None}

    def queue_of_member(self, pipe: redis.client.Pipeline, brand: str, member_id: str,
                        sequence_ids: Sequence[str]) -> int:
        """Add the member's records to `pipe` (the webhook's first round trip); read them with `read_queued`."""
        push(pipe, "HMGET", keys.enrolments(brand, bucket_of(member_id)), *[f"{member_id}:{s}" for s in sequence_ids])
        return len(pipe) - 1

    @staticmethod
    def read_queued(value: list[bytes | str | None], member_id: str, sequence_ids: Sequence[str]
                    ) -> dict[str, Enrolment]:
        return {s: Enrolment.parse(member_id, s, _s(v)) for s, v in zip(sequence_ids, value, strict=True)
                if v is not None}

    def due_at_steps(self, brand: str, sequence_id: str, step_ids: Sequence[str], first_bucket: int,
                     buckets: int) -> list[Enrolment]:
        """The records of `sequence_id` due (not waiting for a window, not ended) at one of `step_ids`, in
        buckets first_bucket .. first_bucket + buckets - 1 (of BUCKETS), read in one script call."""
        if not step_ids:
            return []
        suffix = f":{sequence_id}"
        flat = self._at_steps(args=[keys.enrolments(brand, ""), first_bucket, min(buckets, BUCKETS - first_bucket),
                                    suffix, *step_ids])
        out = []
        for field_name, value in zip(flat[::2], flat[1::2], strict=True):
            member_id = _s(field_name)[:-len(suffix)]
            out.append(Enrolment.parse(member_id, sequence_id, _s(value)))
        return out

    def stats(self, brand: str, sequence_id: str) -> dict[str, int]:
        return {_s(k): int(v) for k, v in self.redis.hgetall(keys.sequence_stats(brand, sequence_id)).items()}

    def due_backlog(self, brand: str, now_s: int) -> int:
        """Refs due by `now_s` not yet claimed (stale ones included): what the next ticks have to do."""
        minutes = self.redis.zrangebyscore(keys.due_minutes(brand), "-inf", now_s)
        if not minutes:
            return 0
        pipe = self.redis.pipeline(transaction=False)
        for minute in minutes:
            pipe.llen(keys.due_list(brand, _s(minute)))
        return sum(int(n) for n in pipe.execute())

    def next_due(self, brand: str) -> int | None:
        """The earliest due minute in the index (epoch s), or None when nothing is scheduled."""
        found = self.redis.zrange(keys.due_minutes(brand), 0, 0, withscores=True)
        return int(found[0][1]) if found else None

    # -- claiming ----------------------------------------------------------------------------------------

    def claim(self, brand: str, now_s: int, *, limit: int, token: str, lease_s: int = LEASE_S) -> list[str]:
        """Up to `limit` refs due by `now_s`, atomically moved into this token's claim (first putting back
        the refs of claims whose lease ran out)."""
        refs = self._claim(keys=[keys.due_minutes(brand), keys.claims(brand)],
                           args=[now_s, limit, token, keys.due_list_prefix(brand), keys.claim_prefix(brand),
                                 lease_s, RECLAIM_MINUTE])
        return [_s(r) for r in refs]

    def release_claim(self, brand: str, token: str) -> None:
        """The batch is committed: forget the claim."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.delete(keys.claim_prefix(brand) + token)
        pipe.zrem(keys.claims(brand), token)
        pipe.execute()

    # -- writing -------------------------------------------------------------------------------------------

    def commit(self, brand: str, writes: Sequence[Write], *, sent: Mapping[tuple[str, str], int] | None = None,
               pipe: redis.client.Pipeline | None = None) -> list[bool]:
        """Apply each write whose record still has its expected generation; which ones applied. `sent` adds
        proactive messages handed out per (member id, local day) to the daily cap in the same command. With
        `pipe`, the script joins that pipeline (the caller executes it; `applied` reads its result)."""
        if not writes and not sent:
            return []
        args = self._commit_args(brand, writes, sent or {})
        if pipe is not None:
            self._commit(keys=[keys.due_minutes(brand)], args=args, client=pipe)
            return []
        return self.applied(self._commit(keys=[keys.due_minutes(brand)], args=args))

    @staticmethod
    def applied(result: Sequence[Any]) -> list[bool]:
        return [bool(int(a)) for a in result]

    @staticmethod
    def _commit_args(brand: str, writes: Sequence[Write], sent: Mapping[tuple[str, str], int]) -> list[str | int]:
        """COMMIT's arguments: the stats counters are named once and referred to by index from each write."""
        ones = [keys.daily_cap(brand, member_id, day) for (member_id, day), n in sent.items() if n == 1]
        others = [(keys.daily_cap(brand, member_id, day), n) for (member_id, day), n in sent.items() if n != 1]
        args: list[str | int] = [keys.due_list_prefix(brand), CAP_TTL_S, len(others)]
        for pair in others:
            args += pair
        args.append(len(ones))
        args += ones
        counters: dict[tuple[str, str], int] = {}
        groups: list[str | int] = []
        stats_key = _StatsKeys(brand)
        records = keys.enrolments(brand, "")  # + bucket: keys.enrolments, its prefix built once
        known: dict[tuple[tuple[tuple[str, str], int], ...], str] = {}  # a batch's writes share a few sets of ops
        for w in writes:
            new = w.new
            shape = tuple(w.stats.items())
            found = known.get(shape)
            if found is None:
                ops = []
                for name, delta in shape:
                    if delta:
                        index = counters.get(name)
                        if index is None:
                            index = counters[name] = len(counters) + 1
                        ops.append(f"{index}:{delta}")
                found = known[shape] = ",".join(ops)
            # one f-string: no tuple, no property calls (new.field, new.ref, due_minute written out)
            member_id, seq = new.member_id, new.sequence_id
            minute = -(-new.due_s // 60) * 60 if w.schedule else ""
            groups.append(f"{records}{bucket_of(member_id)}\t{member_id}:{seq}\t{w.expected_gen}\t{minute}\t"
                          f"{member_id}|{seq}|{new.gen}\t{found}\t{new.value()}")
        args.append(len(counters))
        args += [f"{stats_key(seq)}\t{name}" for seq, name in counters]
        return args + groups

    def bump(self, brand: str, sequence_id: str, counts: Mapping[str, int]) -> None:
        """Counters written outside a state change (delivery outcomes, clicks)."""
        pipe = self.redis.pipeline(transaction=False)
        for name, delta in counts.items():
            pipe.hincrby(keys.sequence_stats(brand, sequence_id), name, delta)
        pipe.execute()

    # -- the daily cap ----------------------------------------------------------------------------------------

    def read_batch(self, brand: str, refs: Sequence[tuple[str, str]], others: Sequence[Sequence[str]]
                   ) -> list[BatchRead | None]:
        """Each (member id, sequence id)'s record with what deciding it needs, in one command (READ): `others`
        are, per ref, the member's budget key and its daily-cap keys (the same number for every ref). None
        where the record is gone."""
        if not refs:
            return []
        caps = len(others[0]) - 1
        args: list[str | int] = [caps]
        for (member_id, sequence_id), names in zip(refs, others, strict=True):
            args.append("\t".join((keys.enrolments(brand, bucket_of(member_id)), f"{member_id}:{sequence_id}", *names)))
        out: list[BatchRead | None] = []
        for (member_id, sequence_id), found in zip(refs, self._read(args=args), strict=True):
            if not found:
                out.append(None)
                continue
            value, budget, counters = found
            out.append(BatchRead(Enrolment.parse(member_id, sequence_id, _s(value)),
                                 {k: int(v) for k, v in _pairs(budget).items()}, [int(c or 0) for c in counters]))
        return out

    def read_tick(self, brand: str, refs: Sequence[tuple[str, str, int]], days: Sequence[str]
                  ) -> list[BatchRead | None]:
        """A tick's claimed refs (member id, sequence id, generation), each with its record, the member's send
        budget and daily-cap counters for `days` (in that order), and the member (None when unknown, or when the
        record's generation is not the ref's), in one command (TICK_READ). None where the record is gone."""
        if not refs:
            return []
        args: list[str | int] = [keys.brand_prefix(brand), keys.enrolments(brand, ""), keys.budget_prefix(brand),
                                 keys.daily_cap_prefix(brand), len(days), *days]
        for member_id, sequence_id, gen in refs:
            id_bucket, id_field = id_slot(member_id)
            args.append(f"{bucket_of(member_id)}\t{member_id}\t{sequence_id}\t{id_bucket}\t{id_field}\t{gen}")
        raw_names, found = self._tick_read(args=args)
        members = decode_many(brand, (m for m, _s, _g in refs), raw_names,
                              (one[3] if one else None for one in found))
        out: list[BatchRead | None] = []
        for (member_id, sequence_id, _gen), one, member in zip(refs, found, members, strict=True):
            if not one:
                out.append(None)
                continue
            value, budget, counters = one[0], one[1], one[2]
            used = {}
            it = iter(budget)
            for name, count in zip(it, it, strict=True):
                used[_s(name)] = int(count)
            read = object.__new__(BatchRead)  # as Enrolment.parse: no frozen __init__ per ref
            read.__dict__.update(record=Enrolment.parse(member_id, sequence_id, _s(value)), budget_used=used,
                                 caps=[int(c or 0) for c in counters], member=member,
                                 number=int(one[3][0]) if member is not None else 0)
            out.append(read)
        return out

    def sent_today(self, brand: str, member_ids: Sequence[str], days: Sequence[str]) -> list[int]:
        pipe = self.redis.pipeline(transaction=False)
        for member_id, day in zip(member_ids, days, strict=True):
            pipe.get(keys.daily_cap(brand, member_id, day))
        return [int(v or 0) for v in pipe.execute()]

    def count_sent(self, brand: str, taken: Mapping[tuple[str, str], int]) -> None:
        """Add the proactive messages handed out, per (member id, local day)."""
        if not taken:
            return
        pipe = self.redis.pipeline(transaction=False)
        for (member_id, day), n in taken.items():
            key = keys.daily_cap(brand, member_id, day)
            pipe.incrby(key, n)
            pipe.expire(key, CAP_TTL_S)
        pipe.execute()


class _StatsKeys(dict[str, str]):
    """keys.sequence_stats per sequence id, built once per commit."""

    def __init__(self, brand: str) -> None:
        super().__init__()
        self.brand = brand

    def __call__(self, sequence_id: str) -> str:
        found = self.get(sequence_id)
        if found is None:
            found = self[sequence_id] = keys.sequence_stats(self.brand, sequence_id)
        return found


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _pairs(flat: Sequence[bytes | str]) -> dict[str, str]:
    """A flat HGETALL reply from a script ([field, value, ...]) as a dict."""
    it = iter(flat)
    if flat and isinstance(flat[0], bytes):  # a client without decode_responses: every item is bytes
        return {k.decode(): v.decode() for k, v in zip(it, it, strict=True)}  # type: ignore[union-attr]
    return {_s(k): _s(v) for k, v in zip(it, it, strict=True)}
