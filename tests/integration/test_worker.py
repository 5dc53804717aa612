"""`siyu worker`'s DeliveryWorker on a real redis-server: jobs run in the worker process, and a long job keeps
heartbeating like the forking Worker's monitor, so a worker that dies mid-job is noticed as soon."""

from __future__ import annotations

import os
import time

import redis
from rq import Queue, get_current_job

from jobs.worker import DeliveryWorker


def where_and_heartbeats(seconds: float) -> dict[str, object]:
    """The job: its process id, and its started-registry expiry before and after `seconds`."""
    job = get_current_job()
    assert job is not None
    registry = job.started_job_registry

    def expiry() -> float:
        scores = [score for member, score in job.connection.zrange(registry.key, 0, -1, withscores=True)
                  if member.decode().startswith(job.id)]
        return max(scores)

    first = expiry()
    time.sleep(seconds)
    return {"pid": os.getpid(), "first": first, "later": expiry()}


def test_jobs_run_in_the_worker_and_heartbeat_while_they_run(real_redis: redis.Redis) -> None:
    real_redis.flushdb()
    queue = Queue("default", connection=real_redis)
    job = queue.enqueue(where_and_heartbeats, 2.5, job_timeout=600)
    worker = DeliveryWorker([queue], connection=real_redis, job_monitoring_interval=1)
    assert worker.get_heartbeat_ttl(job) == 61  # the forking Worker's rule: min(timeout, interval) + 60 s
    worker.work(burst=True)
    job.refresh()
    result = job.return_value()
    assert job.get_status() == "finished", job.latest_result()
    assert result["pid"] == os.getpid()  # no work horse
    assert result["later"] >= result["first"] + 1.5  # beats during the job pushed the expiry on
    assert queue.started_job_registry.count == 0  # no late beat put the finished execution back


def test_a_worker_restarted_with_the_name_of_a_dead_one_starts_at_once(real_redis: redis.Redis) -> None:
    """Issue 16, item 10: a killed worker's registration blocked every restart under its name until it
    expired (~8 min); a supervisor gave up first. A live namesake is still refused."""
    import socket
    import subprocess
    import sys

    import pytest

    from jobs.worker import run_worker

    real_redis.flushdb()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True, timeout=60)
    dead = DeliveryWorker([Queue("high", connection=real_redis)], connection=real_redis, name="w-restart")
    dead.register_birth()
    real_redis.hset(dead.key, mapping={"pid": gone.stdout.strip(), "hostname": socket.gethostname()})
    assert run_worker(real_redis, burst=True, name="w-restart", in_process=True) is not None
    alive = DeliveryWorker([Queue("high", connection=real_redis)], connection=real_redis, name="w-alive")
    alive.register_birth()
    real_redis.hset(alive.key, mapping={"pid": str(os.getppid()), "hostname": socket.gethostname()})
    with pytest.raises(ValueError, match="active worker"):
        run_worker(real_redis, burst=True, name="w-alive", in_process=True)
