"""The seam between "answer now" and "send later": deliveries go onto RQ queues.

The web process never sends anything itself beyond the passive reply; it hands `Delivery` values
(plain data) to RQ, where `jobs.deliver.deliver_batch` sends them. Job ids come from the
idempotency keys, so enqueueing the same deliveries twice creates one job.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Protocol

import redis
from rq import Queue as RQQueue
from rq import Retry

from bot.outbound import Delivery, Queue

DELIVER_JOB = "jobs.deliver.deliver_batch"
JOB_RESULT_TTL_S = 3600
JOB_FAILURE_TTL_S = 7 * 24 * 3600  # failed jobs stay visible to managers for a week
# RQ re-runs a batch that raised; the delivery ledger skips what it already sent. A WelcomeCode
# lives ~20 s (doc 92599), so welcomes retry within seconds; other purposes back off to minutes.
WELCOME_RETRY = Retry(max=3, interval=[2, 4, 8])
DEFAULT_RETRY = Retry(max=4, interval=[10, 60, 300, 900])


class DeliveryQueue(Protocol):
    def enqueue(self, deliveries: Sequence[Delivery]) -> None: ...


def batch_job_id(deliveries: Sequence[Delivery]) -> str:
    digest = hashlib.blake2b("\n".join(d.key for d in deliveries).encode(), digest_size=12).hexdigest()
    return f"deliver-{digest}"


class RQDeliveryQueue:
    """Production and integration: one RQ job per batch, on the queue the deliveries name."""

    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client
        self._queues = {name: RQQueue(str(name), connection=redis_client) for name in Queue}

    def queue(self, name: Queue) -> RQQueue:
        return self._queues[name]

    def enqueue(self, deliveries: Sequence[Delivery]) -> None:
        by_queue: dict[Queue, list[Delivery]] = {}
        for delivery in deliveries:
            by_queue.setdefault(delivery.queue, []).append(delivery)
        for name, batch in by_queue.items():
            self._queues[name].enqueue_call(
                func=DELIVER_JOB,
                args=([d.to_data() for d in batch],),
                job_id=batch_job_id(batch),
                result_ttl=JOB_RESULT_TTL_S,
                failure_ttl=JOB_FAILURE_TTL_S,
                description=f"deliver {len(batch)} message(s): {batch[0].purpose}",
                retry=WELCOME_RETRY if all(d.purpose == "welcome" for d in batch) else DEFAULT_RETRY,
            )


class RecordingDeliveryQueue:
    """Keeps deliveries in memory: unit tests assert on them without a worker."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []

    def enqueue(self, deliveries: Sequence[Delivery]) -> None:
        self.deliveries.extend(deliveries)
