"""The client SIYU_REDIS_URL's Sentinel form builds, on a real primary, replica and Sentinel (tests/support/
sentinel.py): the stores and RQ use it as they use a plain one, it follows a failover (the demoted master's
READONLY answer sends it back to the Sentinel), and the webhook's wait for the replica (bot/store/replication.py)."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from rq import Queue, SimpleWorker

from bot.settings import Settings
from bot.store.connection import connect
from bot.store.replication import NO_REPLICA_RECHECK_S, ReplicaWait
from tests.support.factories import TEST_ENV
from tests.support.redis_server import RedisServer
from tests.support.sentinel import SERVICE, SentinelSet, sentinel_set

# The replica acknowledges in ~0.25 ms, but stalls past 100 ms on a 2-core machine at load average 12: the tests
# wait longer than production (REPLICA_WAIT_MS) so that "no replica answered" means a stopped replica.
LOADED_WAIT_MS = 1000


@pytest.fixture
def nodes(redis_server: RedisServer, tmp_path: Path) -> Iterator[SentinelSet]:
    """(`redis_server`: skipped, or failed under SIYU_REQUIRE_REDIS=1, where redis-server is missing)"""
    with sentinel_set(tmp_path) as started:
        yield started


def test_one_client_carries_the_stores_and_rq_across_a_sentinel_failover(nodes: SentinelSet) -> None:
    client = connect(Settings.from_env({**TEST_ENV, "SIYU_REDIS_URL": nodes.url}))
    queue = Queue("default", connection=client)
    queue.enqueue_call(func="builtins.len", args=([1, 2],), job_id="before")
    client.set("siyu:default:probe", "before")
    # SENTINEL FAILOVER promotes the replica without waiting for it to catch up: what it has not received yet
    # is lost (asynchronous replication). The webhook waits for the replica before answering; so does this.
    assert ReplicaWait(client, wait_ms=LOADED_WAIT_MS)("default", what=lambda: "before the failover") is True

    nodes.sentinel.client().sentinel_failover(SERVICE)  # SENTINEL FAILOVER: the old primary becomes a replica
    deadline = time.monotonic() + 30
    while nodes.master_port() != nodes.replica.port:
        assert time.monotonic() < deadline, "no failover within 30 s"
        time.sleep(0.05)
    # What the Sentinel does to the old primary at its next look (up to 10 s later); until then that primary, cut
    # off from its replica, refuses writes (min-replicas-to-write 1) instead of taking ones the failover drops.
    nodes.primary.client().replicaof("127.0.0.1", nodes.replica.port)

    client.set("siyu:default:probe", "after")  # on a connection to the demoted primary: READONLY, then the new one
    queue.enqueue_call(func="builtins.len", args=([1, 2, 3],), job_id="after")
    assert SimpleWorker([queue], connection=client).work(burst=True)
    assert [queue.fetch_job(i).return_value() for i in ("before", "after")] == [2, 3]
    assert nodes.new_primary().get("siyu:default:probe") == b"after"


def test_answers_wait_for_the_replica_and_stop_waiting_for_a_while_when_none_answers(nodes: SentinelSet) -> None:
    client = connect(Settings.from_env({**TEST_ENV, "SIYU_REDIS_URL": nodes.url}))
    now = [0.0]
    wait = ReplicaWait(client, wait_ms=LOADED_WAIT_MS, clock=lambda: now[0])
    client.set("siyu:default:probe", 1)
    assert wait("default", what=lambda: "probe") is True
    nodes.replica.process.send_signal(signal.SIGSTOP)  # a replica that does not acknowledge
    try:
        assert wait("default", what=lambda: "probe") is False
        now[0] += NO_REPLICA_RECHECK_S / 2
        began = time.monotonic()
        assert wait("default", what=lambda: "probe") is False  # quiet: no round trip, no wait
        assert time.monotonic() - began < 0.05
    finally:
        nodes.replica.process.send_signal(signal.SIGCONT)
    now[0] += NO_REPLICA_RECHECK_S
    assert wait("default", what=lambda: "probe") is True
    plain = ReplicaWait(connect(Settings.from_env({**TEST_ENV, "SIYU_REDIS_URL": f"redis://127.0.0.1:{nodes.replica.port}/0"})))
    assert plain("default", what=lambda: "probe") is None  # no Sentinel: no replica known, no round trip
