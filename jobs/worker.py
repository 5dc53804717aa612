"""Worker setup: RQ workers drain `high`, then `default`, then `bulk`, with RQ's own scheduler."""

from __future__ import annotations

import redis
from rq import Queue, SimpleWorker, Worker

from bot.outbound import Queue as QueueName

QUEUE_ORDER = (QueueName.HIGH, QueueName.DEFAULT, QueueName.BULK)


def queues(redis_client: redis.Redis) -> list[Queue]:
    return [Queue(str(name), connection=redis_client) for name in QUEUE_ORDER]


def run_worker(redis_client: redis.Redis, *, burst: bool = False, name: str | None = None,
               in_process: bool = False) -> bool:
    """Work until stopped (or until the queues are empty with `burst`).

    `in_process` uses SimpleWorker (no fork per job): the embedded demo, where forked children
    would not share the in-process fakeredis, and tests.
    """
    worker_class = SimpleWorker if in_process else Worker
    worker = worker_class(queues(redis_client), connection=redis_client, name=name)
    return worker.work(burst=burst, with_scheduler=True, logging_level="WARNING")
