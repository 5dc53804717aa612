"""Worker setup: RQ workers drain `high`, then `default`, then `bulk`, with RQ's own scheduler."""

from __future__ import annotations

import redis
from rq import Queue, SimpleWorker, Worker

from bot.outbound import Queue as QueueName
from bot.settings import DeliveryTuning

QUEUE_ORDER = (QueueName.HIGH, QueueName.DEFAULT, QueueName.BULK)


def queues(redis_client: redis.Redis) -> list[Queue]:
    return [Queue(str(name), connection=redis_client) for name in QUEUE_ORDER]


def preload() -> None:
    """Import the job code and build its services once, in the worker, before it forks a horse per job.

    Otherwise every horse imports wechatpy, requests and the channels and reads the settings again:
    measured ~0.4 s per job, which put welcomes seconds behind at 10 callbacks a second. Safe to
    fork: redis-py reconnects in a child (it checks the pid) and no HTTP connection is open yet.
    """
    from jobs import deliver, kf  # noqa: F401 (imported for the fork)

    deliver.services()


def run_worker(redis_client: redis.Redis, *, burst: bool = False, name: str | None = None,
               in_process: bool = False, tuning: DeliveryTuning | None = None) -> bool:
    """Work until stopped (or until the queues are empty with `burst`).

    `in_process` uses SimpleWorker (no fork per job): the embedded demo, where forked children
    would not share the in-process fakeredis, and tests. `tuning` (Settings.delivery) sets how soon
    a job whose worker died is noticed and re-run (DeliveryTuning's docstring has the arithmetic).
    """
    tuning = tuning or DeliveryTuning()
    if not in_process:
        preload()
    worker_class = SimpleWorker if in_process else Worker
    worker = worker_class(queues(redis_client), connection=redis_client, name=name,
                          maintenance_interval=tuning.worker_maintenance_s,
                          job_monitoring_interval=tuning.worker_job_monitoring_s, worker_ttl=tuning.worker_ttl_s)
    return worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
