"""The embedded demo runs RQ's scheduled jobs (retries after their interval) in its own process.

RQ's worker would fork a scheduler process, which for the demo's in-process fakeredis holds a copy of the
data: the demo's retries were never enqueued, and the forked child could hang the demo's Ctrl-C.
"""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import fakeredis
from rq import Queue

from jobs.cron import run_cron_thread


def test_the_demo_cron_thread_enqueues_due_scheduled_jobs_in_process(fake_redis: fakeredis.FakeRedis) -> None:
    queue = Queue("default", connection=fake_redis)
    job = queue.enqueue_in(timedelta(seconds=0), print, "retry")  # as a failed job's Retry(interval=...) does
    assert job.id not in queue.job_ids and job.id in queue.scheduled_job_registry
    stop = threading.Event()
    thread = run_cron_thread(fake_redis, ["demo"], interval_s=5, stop=stop)
    try:
        deadline = time.monotonic() + 10
        while job.id not in queue.job_ids and time.monotonic() < deadline:
            time.sleep(0.05)
        assert job.id in queue.job_ids
        assert job.id not in queue.scheduled_job_registry
    finally:
        stop.set()
        thread.join(timeout=5)
    assert not thread.is_alive()


def test_the_in_process_worker_forks_no_scheduler(fake_redis: fakeredis.FakeRedis,
                                                  monkeypatch) -> None:
    """A long-running in-process worker is started without RQ's (forking) scheduler."""
    from jobs import worker

    seen: list[bool] = []

    def record(new_worker, wait, *, burst: bool, with_scheduler: bool = True) -> bool:
        seen.append(with_scheduler)
        return True

    monkeypatch.setattr(worker, "ride_out_redis_outages", record)
    worker.run_worker(fake_redis, in_process=True)
    worker.run_worker(fake_redis, in_process=True, burst=True)
    assert seen == [False, True]  # a burst run schedules in-process (RQ forks nothing for it)
