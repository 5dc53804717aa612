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


def test_the_heartbeat_grace_sets_how_soon_a_silent_job_is_taken_for_abandoned(real_redis: redis.Redis) -> None:
    """SIYU_WORKER_HEARTBEAT_GRACE_S: RQ's fixed 60 s by default; shorter recovers a killed worker's job sooner."""
    from bot.settings import Settings

    real_redis.flushdb()
    queue = Queue("default", connection=real_redis)
    job = queue.enqueue(where_and_heartbeats, 0.0, job_timeout=600)
    worker = DeliveryWorker([queue], connection=real_redis, job_monitoring_interval=5)
    assert worker.get_heartbeat_ttl(job) == 65
    worker.heartbeat_grace_s = Settings.from_env({"SIYU_WORKER_HEARTBEAT_GRACE_S": "10"}).delivery \
        .worker_heartbeat_grace_s
    assert worker.get_heartbeat_ttl(job) == 15
    worker.prepare_execution(job)  # what RQ's abandoned-job check reads: the execution's expiry in the registry
    [(_, expires_at)] = real_redis.zrange(queue.started_job_registry.key, 0, -1, withscores=True)
    assert 14 <= expires_at - time.time() <= 16


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


def test_a_job_taken_by_a_worker_that_lost_redis_before_starting_it_is_put_back(real_redis: redis.Redis) -> None:
    """Issue 16: Redis killed after it ran a worker's dequeue, the reply lost: RQ's BLPOP left that job in no
    queue and no registry, never run. Taken by hand-over, it waits in the intermediate list and is put back."""
    from rq.job import Job

    from jobs.worker import HandedOverQueue, requeue_stranded

    real_redis.flushdb()
    queue = HandedOverQueue("high", connection=real_redis)
    job = queue.enqueue(where_and_heartbeats, 0)
    taken = HandedOverQueue.dequeue_any([queue, HandedOverQueue("bulk", connection=real_redis)], None,
                                        connection=real_redis)
    assert taken is not None and taken[0].id == job.id
    assert queue.count == 0 and queue.intermediate_queue.get_job_ids() == [job.id]
    # ...and that worker is gone before marking it started
    assert requeue_stranded(queue, older_than_s=0) == []  # first seen: a live worker starts it within ms
    assert requeue_stranded(queue, older_than_s=0) == [job.id]
    assert queue.get_job_ids() == [job.id] and queue.intermediate_queue.get_job_ids() == []
    worker = DeliveryWorker([queue], connection=real_redis, job_monitoring_interval=1, queue_class=HandedOverQueue)
    worker.work(burst=True)
    assert Job.fetch(job.id, connection=real_redis).get_status() == "finished"
    assert queue.intermediate_queue.get_job_ids() == []  # started: out of the list in the same transaction


def test_a_started_job_is_never_put_back(real_redis: redis.Redis) -> None:
    from jobs.worker import HandedOverQueue, requeue_stranded

    real_redis.flushdb()
    queue = HandedOverQueue("default", connection=real_redis)
    queue.enqueue(where_and_heartbeats, 0)
    DeliveryWorker([queue], connection=real_redis, queue_class=HandedOverQueue).work(burst=True)
    assert requeue_stranded(queue, older_than_s=0) == [] and requeue_stranded(queue, older_than_s=0) == []
    assert queue.count == 0


def test_a_stopping_worker_does_not_wait_out_the_pubsub_threads_sleep(real_redis: redis.Redis) -> None:
    """redis-py 8.2's PubSubWorkerThread.stop() joins the thread, and after RQ's UNSUBSCRIBE the thread sits up
    to RQ's sleep_time (60 s) waiting for a subscription: every worker's end (SIGTERM, a burst run) could take
    a minute, and the delivery jobs finished meanwhile outlived their result TTL. Here the thread is put in
    that wait first (the race RQ's own unsubscribe loses about half the time on a loaded machine)."""
    worker = DeliveryWorker([Queue("default", connection=real_redis)], connection=real_redis)
    worker.subscribe()
    assert worker.pubsub_thread is not None
    worker.pubsub.unsubscribe()
    deadline = time.monotonic() + 10
    while worker.pubsub.subscribed and time.monotonic() < deadline:  # the thread reads the unsubscribe reply
        time.sleep(0.01)
    assert not worker.pubsub.subscribed
    time.sleep(0.2)  # the thread is now in get_message's wait for a subscription
    started = time.monotonic()
    worker.unsubscribe()
    assert time.monotonic() - started < 10  # not the 60 s of RQ's sleep_time
