"""The sandbox clock waits for the in-process worker to drain the queues, but not for a worker that is not there.

Before: a queued job with no registered worker (the app served without `siyu demo`'s worker, as in the unit tests)
held every clock move for the whole 20 s drain timeout, twice per move. The waits are counted on a virtual clock
here, so the test says how long it would have waited without taking that long."""

from __future__ import annotations

import fakeredis
import pytest
from rq import Queue as RQQueue
from rq import Worker

from bot.sandbox import clock_api


class VirtualTime:
    """time.monotonic and time.sleep for clock_api: sleeping moves the monotonic clock, nothing waits."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept = 0.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds


@pytest.fixture
def virtual_time(monkeypatch: pytest.MonkeyPatch) -> VirtualTime:
    virtual = VirtualTime()
    monkeypatch.setattr(clock_api.time, "monotonic", virtual.monotonic)
    monkeypatch.setattr(clock_api.time, "sleep", virtual.sleep)
    return virtual


def queued_job(redis_client: fakeredis.FakeRedis) -> None:
    RQQueue("bulk", connection=redis_client).enqueue("builtins.print", "a lesson")


def test_queued_work_with_no_worker_is_not_waited_for(virtual_time: VirtualTime) -> None:
    redis_client = fakeredis.FakeRedis()
    queued_job(redis_client)
    assert clock_api.wait_for_queues(redis_client, timeout_s=20.0) is False
    assert virtual_time.slept <= clock_api.NO_WORKER_GRACE_S + 0.1  # not the 20 s timeout


def test_queued_work_with_an_idle_worker_is_waited_for_until_the_timeout(virtual_time: VirtualTime) -> None:
    redis_client = fakeredis.FakeRedis()
    queued_job(redis_client)
    Worker(["bulk"], connection=redis_client, name="siyu-demo-worker").register_birth()
    assert clock_api.wait_for_queues(redis_client, timeout_s=5.0) is False
    assert virtual_time.slept >= 4.9  # a worker is there: the job may still be taken


def test_empty_queues_drain_at_once(virtual_time: VirtualTime) -> None:
    assert clock_api.wait_for_queues(fakeredis.FakeRedis(), timeout_s=20.0) is True
    assert virtual_time.slept <= 0.1
