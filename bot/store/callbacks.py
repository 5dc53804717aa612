"""Callback deduplication: one delivery of a callback writes its effects, retries replay its stored reply.

WeChat retries a callback it got no answer to within 5 s, up to 3 times (PLATFORM.md §0). A retry
must not run the callback's effects again, and must get the first delivery's reply, so a follower
whose first answer was lost still sees it.

Two mechanisms, with different jobs (issue 16, item 1):

- **The claim** (SET NX, a random token, PENDING_TTL_S) is only a courtesy: a retry that arrives while
  the first delivery is still running waits for its reply instead of computing the same answer again.
  It is short-lived on purpose. A Redis that stops, crashes or stalls leaves claims behind that nobody
  will finish: claims whose release could not be sent, and claims sent by a request that had already
  given up and that Redis only runs when it comes back (the socket buffered them). A long claim made
  WeChat's remaining retries find "pending" until it gave up: the callback was lost.
- **The commit** is what guarantees "once": the callback's writes (its in.* event, member state,
  bookkeeping) and its done record are one Lua script (`_COMMIT`, one round trip), which looks at the dedupe
  key first and runs them only when no done record exists. Two deliveries that both processed the callback (a
  retry that outlived a stale claim, or a first request whose writes Redis runs late, after its client gave up)
  commit once; the other finds the done record and answers its reply. A script runs whole, with nothing
  in between, and Redis 7 replicates and appends it to the AOF as one MULTI/EXEC of its effects, so the commit
  is also all or nothing across a Redis crash (AOF replays MULTI/EXEC whole, and drops a torn one).
  The writes are queued on a redis-py pipeline as usual and travel to the script as a flat argument list;
  a script among them (the member update, ...) becomes a function inside the commit script (one script per
  combination of bodies, loaded once, called by EVALSHA). Writes a script cannot run (a script by a SHA this
  process does not know, one with flags, a command scripts may not call) commit the earlier way: WATCH the
  key, GET it, then the writes and the done record in one MULTI/EXEC (three round trips instead of one).
  Until issue 10 every commit took that way: the two round trips it saves cost ~0.3 ms of server CPU per
  callback on the 2-core VM (bench/peers.py).

A claim Redis runs after its sender stopped waiting is refused (the `_CLAIM` script compares Redis's clock with
the time the claim was sent). After a stall, Redis runs every command its sockets buffered, among them the claims
of attempts whose reads timed out long before (SOCKET_TIMEOUT_S, bot/store/connection.py) and which answered 503
and ended: such a claim names nobody who will finish it, and a live retry waited out its PENDING_TTL_MS, 2 of the
~3 s the third try of a callback that arrived as Redis stalled for 12 s has once it is back (WeChat gave up on
1-2 callbacks in 2 of 5 loaded runs of tests/e2e/test_redis_outage_e2e.py, sigstop-12s). A web host whose clock
is more than LATE_AFTER_MS behind Redis's would see every claim refused; it then claims with a plain SET NX
(claim_result's loop): correct, two round trips slower.

Deliveries are queued before the commit (RQ writes its own keys), so a delivery that lost the commit
may have queued the same replies too: their delivery keys are the callback's, and the delivery ledger
sends each key once (bot/store/ledger.py).
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

import redis

from bot.store import keys
from bot.store.scripting import evalsha_loading, queue_script
from bot.store.stack import STREAM_MAXLEN_FLAGS

# How long a claim makes retries wait: processing takes milliseconds, so this only has to cover a slow
# moment. A claim nobody will finish (see above) must expire well inside WeChat's 5 s patience, so that
# the retry waiting on it still processes the callback and answers in time.
PENDING_TTL_MS = 2000
PENDING_TTL_S = PENDING_TTL_MS / 1000
DONE_TTL_S = 600  # "a few minutes": WeChat's retries all arrive within ~15 s
RETRY_WAIT_S = 4.0  # a retry that finds the first still running waits this long for its reply
COMMIT_TRIES = 5  # WATCH conflicts (another delivery claiming meanwhile) before giving up with 503
_PENDING = b"\x00pending"
# A claim sent longer ago than this is refused when Redis gets to run it: its sender's read has timed out.
LATE_AFTER_MS = 5000


def claim_lua(at: int) -> str:
    """The claim in Lua, for a script whose KEYS[1] is the dedupe key and whose ARGV[at], ARGV[at + 1] are
    `claim_args`: SET NX PX PENDING_TTL_MS, unless Redis runs it more than LATE_AFTER_MS after it was sent (see the
    module doc). The two constants are written into the script, not sent with every call (~1,100 redis-server
    instructions an argument, and a tonumber less; branch hot7). Redis's microseconds are read only when the
    whole seconds alone leave the claim within a second of LATE_AFTER_MS (they add less than 1,000 ms): the same
    decision, a `tonumber` and a `math.floor` less for a claim on time (branch hot10).
    It leaves `claimed` (true or false) for the rest of the script: `_CLAIM` returns it, the webhook's member touch
    (member_scripts.CLAIM_TOUCH) runs it first in the same call, one script invocation less per callback (~14 k
    redis-server instructions, bench/peers_instructions.py --redis-count)."""
    return f"""
local claimed = false
do
  local now = redis.call('TIME')
  local late = tonumber(now[1]) * 1000 - tonumber(ARGV[{at + 1}])
  if late > {LATE_AFTER_MS - 1000} then late = late + math.floor(tonumber(now[2]) / 1000) end
  if late <= {LATE_AFTER_MS} then
    claimed = redis.call('SET', KEYS[1], ARGV[{at}], 'NX', 'PX', '{PENDING_TTL_MS}') ~= false
  end
end
"""


# ARGV: token, sent (epoch ms) (claim_args). Returns 1 when claimed, else nil.
_CLAIM = claim_lua(1) + "if claimed then return 1 end\nreturn false\n"
# The commit (module doc). KEYS[1] the dedupe key; ARGV[1] the done record (kept DONE_TTL_S; a claim starts with
# _PENDING: both written into the script, not sent with each call); then each write as (tag, n, n values): tag ""
# is a command (redis.pcall), tag "x" an XADD with an approximate MAXLEN (its values: the stream, the MAXLEN, then
# the entry's fields: the command's four fixed words are not sent, ~1,100 redis-server instructions per argument),
# tag "h" an HINCRBY, followed by its key, field and increment alone (no count: its size is fixed, so neither the
# count nor the command's name travels, nor is a count converted with tonumber: ~3 k redis-server instructions a
# counter bump, branch hot10), tag "<i>" the i-th script of the writes, called as a function with its numkeys, keys
# and args. Like MULTI/EXEC, a write that fails does not stop the others (pcall) and the first error is returned, to
# be raised; the done record is set either way. {0, stored}: another delivery committed first, nothing was written;
# 1 or {1, error}: this one's writes ran (1 alone, not a table: Redis converts a returned table at ~5 k instructions).
_COMMIT_BODY = ("""
local stored = redis.call('GET', KEYS[1])
if stored and string.sub(stored, 1, PENDING_LENGTH) ~= PENDING then return {0, stored} end
local failed = false
local i, last = 2, #ARGV
while i <= last do
  local tag = ARGV[i]
  if tag == 'h' then
    local reply = redis.pcall('HINCRBY', ARGV[i + 1], ARGV[i + 2], ARGV[i + 3])
    if type(reply) == 'table' and reply.err and not failed then failed = reply.err end
    i = i + 4
  else
    local count = tonumber(ARGV[i + 1])
    if tag == '' then
      local reply = redis.pcall(unpack(ARGV, i + 2, i + 1 + count))
      if type(reply) == 'table' and reply.err and not failed then failed = reply.err end
    elseif tag == 'x' then
      local reply = redis.pcall('XADD', ARGV[i + 2], 'MAXLEN', '~', ARGV[i + 3], '*',
                                unpack(ARGV, i + 4, i + 1 + count))
      if type(reply) == 'table' and reply.err and not failed then failed = reply.err end
    else
      local numkeys, keys, args = tonumber(ARGV[i + 2]), {}, {}
      for j = 1, numkeys do keys[j] = ARGV[i + 2 + j] end
      for j = i + 3 + numkeys, i + 1 + count do args[#args + 1] = ARGV[j] end
      local ok, err = pcall(SIYU_COMMIT_SCRIPTS[tonumber(tag)], keys, args)
      if not ok and not failed then failed = type(err) == 'table' and (err.err or 'script error') or tostring(err) end
    end
    i = i + 2 + count
  end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', DONE_TTL)
if failed then return {1, failed} end
return 1
""".replace("PENDING_LENGTH", str(len(_PENDING)))
                .replace("PENDING", "'" + _PENDING.decode().replace("\x00", "\\0") + "'")  # '\0pending' in Lua
                .replace("DONE_TTL", str(DONE_TTL_S)))
# Commands a script may not call, or that would change what the commit means: such writes take the WATCH way.
_NOT_IN_SCRIPT = frozenset({"EVAL", "EVALSHA", "EVAL_RO", "EVALSHA_RO", "FCALL", "FCALL_RO", "MULTI", "EXEC",
                            "WATCH", "UNWATCH", "DISCARD", "SCRIPT", "FUNCTION", "SUBSCRIBE", "PSUBSCRIBE",
                            "SSUBSCRIBE", "BLPOP", "BRPOP", "BLMOVE", "BZPOPMIN", "BZPOPMAX", "XREAD", "WAIT"})
# The done record's encoder, made once: json.dumps with these options builds a JSONEncoder on every call.
_DONE_RECORD = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
COMMIT_SCRIPTS_KEPT = 64  # distinct combinations of inner scripts; past that, the WATCH way (never seen)


def commit_script(bodies: tuple[str, ...]) -> str:
    """The commit script with these inner scripts as functions: each gets its KEYS and ARGV as parameters,
    so its body runs unchanged (a `return` returns from its function)."""
    functions = "".join(f"SIYU_COMMIT_SCRIPTS[{index}] = function(KEYS, ARGV)\n{body}\nend\n"
                        for index, body in enumerate(bodies, start=1))
    return "local SIYU_COMMIT_SCRIPTS = {}\n" + functions + _COMMIT_BODY


def flatten_writes(writes: redis.client.Pipeline) -> tuple[tuple[str, ...], list[Any]] | None:
    """(the inner scripts' bodies, the argument list `_COMMIT` reads) for a pipeline's queued commands, or
    None when one of them cannot run inside a script."""
    known = {script.sha: script.script for script in writes.scripts}
    bodies: list[str] = []
    flat: list[Any] = []
    for args, _options in writes.command_stack:
        name = str(args[0]).upper()
        if name in ("EVAL", "EVALSHA"):
            body = args[1] if name == "EVAL" else known.get(args[1])
            if isinstance(body, bytes):
                body = body.decode()
            if not isinstance(body, str) or body.startswith("#!"):  # unknown, or with flags: not a plain function
                return None
            if body not in bodies:
                bodies.append(body)
            flat += [str(bodies.index(body) + 1), len(args) - 2, *args[2:]]
        elif name in _NOT_IN_SCRIPT:
            return None
        elif name == "XADD" and len(args) > 6 and args[2:4] == STREAM_MAXLEN_FLAGS and args[5] == "*":
            flat += ["x", len(args) - 4, args[1], *args[4:5], *args[6:]]  # push_xadd's shape: _COMMIT_BODY's "x"
        elif name == "HINCRBY" and len(args) == 4:
            flat += ["h", *args[1:]]  # a day counter's bump: _COMMIT_BODY's "h", no count, no command name
        else:
            flat += ["", len(args), *args]
    return tuple(bodies), flat


def claim_args(token: bytes) -> tuple[bytes, int]:
    """The claim's two arguments (claim_lua): its token, and when it is sent (epoch ms)."""
    return token, int(time.time() * 1000)


# Delete a claim only while it is still this delivery's: never a done record, never another's claim.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


@dataclass(frozen=True)
class Claim:
    """Outcome of claiming a callback: `first` to process it (holding `token`); otherwise `reply` holds
    the stored reply data of the first delivery (None: it answered nothing), unless it is still `in_flight`."""

    first: bool
    reply: dict[str, Any] | None = None
    in_flight: bool = False  # claimed by another delivery all the while we waited: answer 503, not success
    token: bytes = b""


@dataclass(frozen=True)
class Committed:
    """Outcome of a commit: `won` when this delivery's writes landed; otherwise another delivery's
    writes did, and `reply` is the reply it stored (what this one must answer too)."""

    won: bool
    reply: dict[str, Any] | None = None


class CallbackLedger:
    def __init__(self, redis_client: redis.Redis, *, wait_s: float = RETRY_WAIT_S) -> None:
        self.redis = redis_client
        self.wait_s = wait_s
        self._release = redis_client.register_script(_RELEASE)
        self._commits: dict[tuple[str, ...], str] = {}  # by inner script bodies: loaded once, then EVALSHA

    @staticmethod
    def new_token() -> bytes:
        """A claim value naming one delivery attempt, told apart from a done record (JSON) by its prefix."""
        return _PENDING + b":" + secrets.token_hex(8).encode()

    def claim(self, brand: str, callback_key: str, *, wait_s: float | None = None) -> Claim:
        pipe = self.redis.pipeline(transaction=False)
        token = self.queue_claim(pipe, brand, callback_key)
        return self.claim_result(pipe.execute()[0], brand, callback_key, token, wait_s=wait_s)

    def queue_claim(self, pipe: redis.client.Pipeline, brand: str, callback_key: str, *, by_sha: bool = False) -> bytes:
        """Add the claim (SET NX, unless Redis runs it late: `_CLAIM`) to `pipe`, to share a round trip; read it
        with claim_result. Returns its token. `by_sha`: the pipeline runs through scripting.execute_loading."""
        token = self.new_token()
        # Not a registered script: a pipeline holding one first asks SCRIPT EXISTS, a round trip
        queue_script(pipe, _CLAIM, 1, keys.dedupe(brand, callback_key), *claim_args(token), by_sha=by_sha)
        return token

    def claim_result(self, claimed: object, brand: str, callback_key: str, token: bytes, *,
                     wait_s: float | None = None) -> Claim:
        """Interpret the SET NX answer; a lost claim waits briefly for the first delivery's reply, and
        takes over a claim that expires meanwhile (its holder died, or never existed: see the module doc)."""
        if claimed:
            return Claim(first=True, token=token)
        key = keys.dedupe(brand, callback_key)
        deadline = time.monotonic() + (self.wait_s if wait_s is None else wait_s)
        while True:
            stored = self.redis.get(key)
            if stored == token:  # our own SET ran twice (redis-py resent it after a timeout): ours
                return Claim(first=True, token=token)
            if stored is None:  # the claim expired or was released: process it here
                if self.redis.set(key, token, nx=True, px=PENDING_TTL_MS):
                    return Claim(first=True, token=token)
                continue
            if not stored.startswith(_PENDING):
                return Claim(first=False, reply=json.loads(stored).get("reply"))
            if time.monotonic() >= deadline:
                return Claim(first=False, in_flight=True)
            time.sleep(0.05)

    def commit(self, brand: str, callback_key: str, reply: dict[str, Any] | None,
               writes: redis.client.Pipeline) -> Committed:
        """Run the callback's queued `writes` and store its reply for retries, all at once (one script, one
        round trip), unless another delivery of the callback has committed already (then nothing is written:
        its reply is returned). Whether this delivery still holds its claim does not matter, only that nobody
        committed. A write that fails raises its error after the commit (as MULTI/EXEC's EXEC does)."""
        key = keys.dedupe(brand, callback_key)
        payload = _DONE_RECORD.encode({"reply": reply})  # json.dumps(..., ensure_ascii=False, separators=(",", ":"))
        flat = flatten_writes(writes)
        script = self._commit_script(flat[0]) if flat is not None else None
        if flat is None or script is None:
            return self._commit_watched(key, payload, writes)
        answer = evalsha_loading(self.redis, script, [key], [payload, *flat[1]])
        if answer == 1:  # the writes ran, none failed (the usual answer)
            return Committed(won=True)
        won, *rest = answer
        if not won:
            return Committed(won=False, reply=json.loads(rest[0]).get("reply"))
        if rest:
            raise redis.ResponseError(_text(rest[0]))
        return Committed(won=True)

    def _commit_script(self, bodies: tuple[str, ...]) -> str | None:
        script = self._commits.get(bodies)
        if script is None and len(self._commits) < COMMIT_SCRIPTS_KEPT:
            script = self._commits[bodies] = commit_script(bodies)
        return script

    def _commit_watched(self, key: str, payload: str, writes: redis.client.Pipeline) -> Committed:
        """The commit for writes a script cannot carry: WATCH the dedupe key, GET it, then the writes and the
        done record in one MULTI/EXEC (retried when the key changed in between)."""
        for _ in range(COMMIT_TRIES):
            with self.redis.pipeline(transaction=True) as tx:
                try:
                    tx.watch(key)
                    stored = tx.get(key)
                    if stored is not None and not stored.startswith(_PENDING):
                        return Committed(won=False, reply=json.loads(stored).get("reply"))
                    tx.multi()
                    tx.command_stack.extend(writes.command_stack)
                    tx.scripts.update(writes.scripts)
                    tx.set(key, payload, ex=DONE_TTL_S)
                    tx.execute()
                    return Committed(won=True)
                except redis.WatchError:  # the key changed (a claim, or a commit): look again
                    continue
        raise redis.WatchError(f"callback {key}: the dedupe key kept changing during {COMMIT_TRIES} commits")

    def release(self, brand: str, callback_key: str, token: bytes) -> None:
        """Forget this delivery's claim when its processing failed, so WeChat's retry is processed afresh.
        Only the claim: a done record (this delivery's own commit may have run although its answer was lost)
        stays, or the retry would run the callback's effects a second time."""
        self._release(keys=[keys.dedupe(brand, callback_key)], args=[token])


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)
