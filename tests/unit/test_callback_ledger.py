"""The callback ledger's claim, commit and release (issue 16, item 1): a callback's writes land once,
whichever of its deliveries finishes first, and a claim nobody will finish never blocks a retry."""

from __future__ import annotations

import fakeredis
import pytest
import redis

from bot.store import keys
from bot.store.callbacks import PENDING_TTL_S, CallbackLedger, flatten_writes


@pytest.fixture
def ledger(fake_redis: fakeredis.FakeRedis) -> CallbackLedger:
    return CallbackLedger(fake_redis, wait_s=0.2)


def _writes(ledger: CallbackLedger, marker: str):
    pipe = ledger.redis.pipeline(transaction=False)
    pipe.xadd("stream", {"by": marker})
    pipe.hset("state", "by", marker)
    return pipe


def test_only_the_first_commit_lands_and_the_second_answers_its_reply(ledger: CallbackLedger) -> None:
    first = ledger.claim("default", "k1")
    ledger.redis.delete(keys.dedupe("default", "k1"))  # the first's claim expired: Redis stood still
    retry = ledger.claim("default", "k1")
    assert first.first and retry.first and first.token != retry.token
    assert ledger.commit("default", "k1", {"type": "text", "text": "B"}, _writes(ledger, "retry")).won
    late = ledger.commit("default", "k1", {"type": "text", "text": "A"}, _writes(ledger, "first"))
    assert (late.won, late.reply) == (False, {"type": "text", "text": "B"})
    assert [f[b"by"] for _, f in ledger.redis.xrange("stream")] == [b"retry"]
    assert ledger.redis.hget("state", "by") == b"retry"


def test_a_commit_lands_without_its_claim_when_nobody_else_committed(ledger: CallbackLedger) -> None:
    claim = ledger.claim("default", "k2")
    ledger.redis.delete(keys.dedupe("default", "k2"))
    assert claim.first
    assert ledger.commit("default", "k2", None, _writes(ledger, "first")).won
    assert ledger.claim("default", "k2").first is False


def test_release_never_forgets_a_done_record(ledger: CallbackLedger) -> None:
    """The first's commit ran but its answer was lost (Redis went away): its release must not undo it."""
    claim = ledger.claim("default", "k3")
    ledger.commit("default", "k3", {"type": "text", "text": "done"}, _writes(ledger, "first"))
    ledger.release("default", "k3", claim.token)
    again = ledger.claim("default", "k3")
    assert (again.first, again.reply) == (False, {"type": "text", "text": "done"})


def test_release_frees_only_its_own_claim(ledger: CallbackLedger) -> None:
    ledger.claim("default", "k4")
    ledger.release("default", "k4", b"\x00pending:someone-else")
    assert ledger.claim("default", "k4").in_flight
    assert ledger.redis.pttl(keys.dedupe("default", "k4")) <= PENDING_TTL_S * 1000


def test_a_claim_sent_twice_by_one_delivery_is_still_its_own(ledger: CallbackLedger) -> None:
    """redis-py resends a command after a timeout: the second SET NX fails against the first's value."""
    pipe = ledger.redis.pipeline(transaction=False)
    token = ledger.queue_claim(pipe, "default", "k5")
    pipe.set(keys.dedupe("default", "k5"), token, nx=True)
    assert pipe.execute()[1] is None
    assert ledger.claim_result(None, "default", "k5", token).first


def test_a_claim_nobody_finishes_expires_inside_wechats_patience() -> None:
    assert PENDING_TTL_S <= 2.5  # the retry waiting on it still processes and answers within 5 s



def test_a_claim_redis_runs_after_its_sender_stopped_waiting_is_refused(ledger: CallbackLedger) -> None:
    """After a stall Redis runs the claims its sockets buffered, among them those of attempts whose reads timed out
    and which ended: such a claim would make a live retry wait for nobody. Refused, a retry claims at once."""
    import time

    from bot.store.callbacks import _CLAIM

    key = keys.dedupe("default", "k6")
    sent_ms = int(time.time() * 1000) - 12_000  # sent as Redis stalled, run 12 s later
    assert ledger.redis.eval(_CLAIM, 1, key, b"\x00pending:dead", sent_ms) is None
    assert ledger.redis.get(key) is None
    assert ledger.claim("default", "k6").first
    # one sent 1 s ago (a slow moment, its sender still reading) claims as before
    on_time = int(time.time() * 1000) - 1_000
    assert ledger.redis.eval(_CLAIM, 1, keys.dedupe("default", "k7"), b"\x00pending:live", on_time)
    assert ledger.claim("default", "k7").in_flight


def test_a_claim_near_the_late_limit_counts_redis_milliseconds(ledger: CallbackLedger) -> None:
    """The claim reads Redis's microseconds only within a second of LATE_AFTER_MS (branch hot10): around the limit
    the decision is the one the whole time gives, on a real redis-server too (tests/integration)."""
    import time

    from bot.store.callbacks import _CLAIM, LATE_AFTER_MS

    for ago, claimed in ((LATE_AFTER_MS - 1_500, True), (LATE_AFTER_MS - 400, True), (LATE_AFTER_MS + 150, False),
                         (LATE_AFTER_MS + 1_200, False), (-3_000, True)):
        key = keys.dedupe("default", f"near{ago}")
        sent_ms = int(time.time() * 1000) - ago
        assert bool(ledger.redis.eval(_CLAIM, 1, key, b"\x00pending:near", sent_ms)) is claimed, ago
        assert (ledger.redis.get(key) is not None) is claimed


def test_a_claim_refused_as_late_is_taken_by_a_plain_set(ledger: CallbackLedger) -> None:
    """A web host whose clock is far behind Redis's sees its claims refused: claim_result claims it anyway."""
    assert ledger.claim_result(None, "default", "k8", CallbackLedger.new_token()).first


_BUMP = "redis.call('HINCRBY', KEYS[1], ARGV[1], 1)\nreturn redis.call('HGET', KEYS[1], ARGV[1])"


def test_a_commit_with_a_script_among_its_writes_runs_it_once_and_only_if_first(ledger: CallbackLedger) -> None:
    """The commit is one script (issue 10): a script the writes queued (the member update, say) runs inside it,
    with its own KEYS and ARGV, and is dropped with the other writes when another delivery committed first."""
    def writes(marker: str):
        pipe = _writes(ledger, marker)
        pipe.eval(_BUMP, 1, "bumps", marker)
        pipe.eval("redis.call('SET', KEYS[1], ARGV[1]) return 1", 1, "last", marker)
        return pipe

    assert ledger.commit("default", "k9", {"type": "text", "text": "A"}, writes("first")).won
    late = ledger.commit("default", "k9", {"type": "text", "text": "B"}, writes("late"))
    assert (late.won, late.reply) == (False, {"type": "text", "text": "A"})
    assert ledger.redis.hgetall("bumps") == {b"first": b"1"}
    assert ledger.redis.get("last") == b"first"
    assert [f[b"by"] for _, f in ledger.redis.xrange("stream")] == [b"first"]


def test_a_failing_write_is_raised_after_the_commit_as_exec_would(ledger: CallbackLedger) -> None:
    """Like MULTI/EXEC: the other writes and the done record land, the error is raised (the callback answers 503,
    and WeChat's retry finds the done record)."""
    ledger.redis.set("a-string", "x")
    pipe = _writes(ledger, "first")
    pipe.hincrby("a-string", "f", 1)  # WRONGTYPE
    pipe.set("after", "1")
    with pytest.raises(redis.ResponseError, match="WRONGTYPE"):
        ledger.commit("default", "k10", {"type": "text", "text": "A"}, pipe)
    assert ledger.redis.get("after") == b"1"
    again = ledger.claim("default", "k10")
    assert (again.first, again.reply) == (False, {"type": "text", "text": "A"})


def test_writes_a_script_cannot_carry_commit_the_watched_way(ledger: CallbackLedger) -> None:
    """A script known only by its SHA cannot become a function of the commit script: WATCH, GET, MULTI/EXEC."""
    sha = ledger.redis.script_load(_BUMP)
    pipe = _writes(ledger, "first")
    pipe.evalsha(sha, 1, "bumps", "first")
    assert flatten_writes(pipe) is None
    assert ledger.commit("default", "k11", None, pipe).won
    assert ledger.redis.hgetall("bumps") == {b"first": b"1"}
    pipe = _writes(ledger, "late")
    pipe.evalsha(sha, 1, "bumps", "late")
    assert not ledger.commit("default", "k11", None, pipe).won
    assert ledger.redis.hgetall("bumps") == {b"first": b"1"}


def test_the_done_record_is_json_dumps_compact_and_unescaped() -> None:
    import json

    from bot.store.callbacks import _DONE_RECORD

    for reply in (None, {"type": "text", "text": '可以寄到 "美国" 吗？\n😀\x00'}, {"a": [1, 2.5, True, None]}):
        assert _DONE_RECORD.encode({"reply": reply}) == json.dumps({"reply": reply}, ensure_ascii=False,
                                                                   separators=(",", ":"))


def test_a_counter_bump_travels_as_its_key_field_and_increment_and_lands_as_sent(ledger: CallbackLedger) -> None:
    """An HINCRBY of the writes reaches the commit script as ("h", key, field, increment): no count, no command name
    (branch hot10); it lands as the command would, a failing one is raised after the commit as EXEC would, and an
    HINCRBY of another shape is sent whole."""
    pipe = ledger.redis.pipeline(transaction=False)
    pipe.hincrby("counts", "in.text", 1)
    pipe.hincrby("counts", "answered", 2)
    pipe.hset("state", "by", "first")
    flat = flatten_writes(pipe)
    assert flat is not None and flat[1] == ["h", "counts", "in.text", 1, "h", "counts", "answered", 2,
                                            "", 4, "HSET", "state", "by", "first"]
    assert ledger.commit("default", "h1", None, pipe).won
    assert ledger.redis.hgetall("counts") == {b"in.text": b"1", b"answered": b"2"}
    assert ledger.redis.hget("state", "by") == b"first"
    ledger.redis.set("not-a-hash", "x")
    pipe = ledger.redis.pipeline(transaction=False)
    pipe.hincrby("not-a-hash", "in.text", 1)
    pipe.hincrby("counts", "in.text", 1)
    pipe.execute_command("HINCRBY", "counts", "in.text")  # wrong arity: sent whole, fails as it would alone
    with pytest.raises(redis.ResponseError):
        ledger.commit("default", "h2", None, pipe)
    assert ledger.redis.hget("counts", "in.text") == b"2"  # the writes after the failing one ran, as with EXEC
    assert ledger.commit("default", "h2", None, ledger.redis.pipeline(transaction=False)).won is False
