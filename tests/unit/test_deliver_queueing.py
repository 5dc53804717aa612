"""Queue timing: welcomes come one per job on their own queue, and bulk work comes in small jobs."""

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


def test_each_welcome_is_a_job_of_its_own_on_the_welcome_queue(fake_redis: fakeredis.FakeRedis) -> None:
    """One welcome per job, so a slow one holds only its own lane thread; RQ's retries fit in the code's life
    (the in-job tries stop at it: jobs/deliver.py, tests/integration/test_welcome_deadline.py)."""
    queue = RQDeliveryQueue(fake_redis)
    queue.enqueue([make(f"welcome:{i}", "welcome", Queue.WELCOME) for i in range(3)])
    jobs = [Job.fetch(i, connection=fake_redis) for i in queue.queue(Queue.WELCOME).job_ids]
    assert [len(job.args[0]) for job in jobs] == [1, 1, 1]
    assert all(job.retries_left == 3 and sum(job.retry_intervals) < WELCOME_CODE_TTL_S for job in jobs)


def test_workers_take_welcome_and_high_first_and_bulk_comes_in_capped_jobs(fake_redis: fakeredis.FakeRedis) -> None:
    """Bulk jobs are capped in size; their duration is capped by the job slice (tests/unit/test_pacing.py)."""
    assert QUEUE_ORDER == (Queue.WELCOME, Queue.HIGH, Queue.DEFAULT, Queue.BULK)
    queue = RQDeliveryQueue(fake_redis)
    size = BATCH_SIZE[Queue.BULK]
    queue.enqueue([make(f"drop:{i}", "drop", Queue.BULK) for i in range(2 * size + 20)])
    sizes = [len(Job.fetch(i, connection=fake_redis).args[0]) for i in queue.queue(Queue.BULK).job_ids]
    assert sizes == [size] * 2 + [20]
    assert max(IN_JOB_RETRY_DELAYS_S[Queue.BULK]) <= 1.5  # bulk never holds a worker in long sleeps


def test_a_callbacks_jobs_on_several_queues_go_in_one_round_trip(fake_redis: fakeredis.FakeRedis) -> None:
    """RQ's `pipeline` argument: every job's hash and queue push are sent together (one pipeline executed),
    and each job is then there, on its own queue, as RQ enqueued it before (bench/webhook_cpu.py --faq)."""
    executed: list[int] = []
    real_pipeline = fake_redis.pipeline

    def counting_pipeline(*args: object, **kwargs: object) -> object:
        pipe = real_pipeline(*args, **kwargs)  # type: ignore[arg-type]
        real_execute = pipe.execute

        def execute(*a: object, **k: object) -> object:
            executed.append(len(pipe.command_stack))
            return real_execute(*a, **k)  # type: ignore[arg-type]

        pipe.execute = execute  # type: ignore[method-assign]
        return pipe

    queue = RQDeliveryQueue(fake_redis)
    fake_redis.pipeline = counting_pipeline  # type: ignore[method-assign]
    queue.enqueue([make("welcome:1", "welcome", Queue.WELCOME), make("reply:1:0", "reply", Queue.HIGH),
                   make("reply:1:1", "reply", Queue.HIGH)])
    assert len(executed) == 1 and executed[0] > 0
    assert len(queue.queue(Queue.WELCOME).job_ids) == 1 and len(queue.queue(Queue.HIGH).job_ids) == 1
    high = Job.fetch(queue.queue(Queue.HIGH).job_ids[0], connection=fake_redis)
    assert [d["key"] for d in high.args[0]] == ["reply:1:0", "reply:1:1"]
