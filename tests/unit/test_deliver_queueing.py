"""Queue timing: welcomes retry within the WelcomeCode's ~20 s, and bulk work comes in small jobs."""

from __future__ import annotations

import fakeredis
from rq.job import Job

from bot.outbound import Delivery, DeliveryContext, Queue
from bot.queueing import BATCH_SIZE, IN_JOB_RETRY_DELAYS_S, RQDeliveryQueue
from jobs.worker import QUEUE_ORDER
from tests.support.factories import make_delivery

WELCOME_CODE_TTL_S = 20  # doc 92599


def make(key: str, purpose: str, queue: Queue) -> Delivery:
    return make_delivery(channel="wecom", account="ww", member_id="", user_id="wmX", key=key, purpose=purpose,
                         queue=queue, context=DeliveryContext(welcome_code="c"))


def test_welcome_retries_fit_in_the_welcome_code_lifetime(fake_redis: fakeredis.FakeRedis) -> None:
    queue = RQDeliveryQueue(fake_redis)
    queue.enqueue([make("welcome:1", "welcome", Queue.HIGH)])
    job = Job.fetch(queue.queue(Queue.HIGH).job_ids[0], connection=fake_redis)
    in_job = sum(IN_JOB_RETRY_DELAYS_S[Queue.HIGH]) * 1.2  # jitter ±20 %
    assert job.retries_left == 3 and in_job * 4 + sum(job.retry_intervals) < WELCOME_CODE_TTL_S


def test_workers_take_high_first_and_bulk_comes_in_capped_jobs(fake_redis: fakeredis.FakeRedis) -> None:
    """Bulk jobs are capped in size; their duration is capped by the job slice (tests/unit/test_pacing.py)."""
    assert QUEUE_ORDER[0] == Queue.HIGH
    queue = RQDeliveryQueue(fake_redis)
    size = BATCH_SIZE[Queue.BULK]
    queue.enqueue([make(f"drop:{i}", "drop", Queue.BULK) for i in range(2 * size + 20)])
    sizes = [len(Job.fetch(i, connection=fake_redis).args[0]) for i in queue.queue(Queue.BULK).job_ids]
    assert sizes == [size] * 2 + [20]
    assert max(IN_JOB_RETRY_DELAYS_S[Queue.BULK]) <= 1.5  # bulk never holds a worker in long sleeps
