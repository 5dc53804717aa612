"""The callback ledger's tests (tests/unit/test_callback_ledger.py) against a real redis-server: the commit is a
Lua script, and fakeredis's Lua is not Redis's (an error raised inside a pcall, the script cache, effects
replication)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import redis

from bot.store.callbacks import CallbackLedger
from tests.unit.test_callback_ledger import (  # noqa: F401  (collected here too, with the real ledger below)
    test_a_claim_near_the_late_limit_counts_redis_milliseconds,
    test_a_claim_redis_runs_after_its_sender_stopped_waiting_is_refused,
    test_a_claim_refused_as_late_is_taken_by_a_plain_set,
    test_a_claim_sent_twice_by_one_delivery_is_still_its_own,
    test_a_commit_lands_without_its_claim_when_nobody_else_committed,
    test_a_commit_with_a_script_among_its_writes_runs_it_once_and_only_if_first,
    test_a_counter_bump_travels_as_its_key_field_and_increment_and_lands_as_sent,
    test_a_failing_write_is_raised_after_the_commit_as_exec_would,
    test_only_the_first_commit_lands_and_the_second_answers_its_reply,
    test_release_frees_only_its_own_claim,
    test_release_never_forgets_a_done_record,
    test_writes_a_script_cannot_carry_commit_the_watched_way,
)


@pytest.fixture
def ledger(real_redis: redis.Redis) -> CallbackLedger:
    return CallbackLedger(real_redis, wait_s=0.2)


def test_the_commit_script_is_loaded_again_after_a_script_flush(ledger: CallbackLedger) -> None:
    """A Redis restart forgets loaded scripts: the commit's EVALSHA meets NOSCRIPT, loads it and runs once."""
    pipe = ledger.redis.pipeline(transaction=False)
    pipe.hset("state", "by", "first")
    assert ledger.commit("default", "f1", None, pipe).won
    ledger.redis.script_flush()
    pipe = ledger.redis.pipeline(transaction=False)
    pipe.hincrby("count", "n", 1)
    assert ledger.commit("default", "f2", None, pipe).won
    assert ledger.redis.hget("count", "n") == b"1"


def test_a_commit_reaches_the_aof_as_one_transaction(ledger: CallbackLedger) -> None:
    """Redis 7 appends (and replicates) a script as its effects wrapped in MULTI/EXEC, so a crash keeps the
    writes and the done record together or drops them together, as the MULTI/EXEC commit did."""
    client = ledger.redis
    client.config_set("appendonly", "yes")
    try:
        deadline = time.monotonic() + 10
        while client.info("persistence")["aof_rewrite_in_progress"] or client.info("persistence")[
                "aof_rewrite_scheduled"]:
            assert time.monotonic() < deadline
            time.sleep(0.02)
        pipe = client.pipeline(transaction=False)
        pipe.hset("state", "by", "first")
        pipe.xadd("stream", {"by": "first"})
        assert ledger.commit("default", "aof1", None, pipe).won
        folder = Path(client.config_get("dir")["dir"]) / client.config_get("appenddirname")["appenddirname"]
        appended = b"".join(path.read_bytes() for path in folder.glob("*.incr.aof"))
    finally:
        client.config_set("appendonly", "no")
    lines = appended.split(b"\r\n")  # RESP: *<n>, then $<len> and the value of each argument
    names = [lines[i + 2].upper() for i, line in enumerate(lines) if line.startswith(b"*")]
    assert names[names.index(b"MULTI"):] == [b"MULTI", b"HSET", b"XADD", b"SET", b"EXEC"], names


def test_a_stream_entry_sends_its_fixed_words_once_in_the_script_and_lands_as_sent(ledger: CallbackLedger) -> None:
    """push_xadd's XADD travels to the commit script without MAXLEN, ~ and * (branch hot7: ~1,100 redis-server
    instructions per argument), and lands as the plain command would; an XADD of another shape is sent whole."""
    from bot.store.callbacks import flatten_writes
    from bot.store.stack import push_xadd

    pipe = ledger.redis.pipeline(transaction=False)
    push_xadd(pipe, "events", {"type": "in.text", "member": "m1"}, 3)
    pipe.xadd("plain", {"by": "redis-py"}, id="5-1")
    flat = flatten_writes(pipe)
    assert flat is not None and flat[1][:8] == ["x", 6, "events", "3", "type", "in.text", "member", "m1"]
    assert flat[1][8:10] == ["", 5]
    assert ledger.commit("default", "xadd1", None, pipe).won
    assert [fields for _, fields in ledger.redis.xrange("events")] == [{b"type": b"in.text", b"member": b"m1"}]
    assert ledger.redis.xrange("plain") == [(b"5-1", {b"by": b"redis-py"})]
    for n in range(200):  # the MAXLEN still trims (approximately: whole nodes of 100 entries)
        pipe = ledger.redis.pipeline(transaction=False)
        push_xadd(pipe, "events", {"n": str(n)}, 3)
        assert ledger.commit("default", f"xadd-n{n}", None, pipe).won
    assert ledger.redis.xlen("events") < 150
