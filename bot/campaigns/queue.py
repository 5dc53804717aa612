"""Where campaign work goes: RQ's `bulk` queue in production (jobs/campaigns.py), a recorder in tests.

Job ids are not derived from arguments here on purpose: a resumed range must run again even if an earlier
job for it is still in RQ's registry; the handled bitmap and the delivery ledger make a repeat harmless.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, Protocol

import redis
from rq import Queue as RQQueue

from bot.outbound import Queue
from bot.queueing import JOB_FAILURE_TTL_S, JOB_RESULT_TTL_S

FAN_OUT_JOB = "jobs.campaigns.fan_out"
DUE_JOB = "jobs.campaigns.fan_out_due"
MASS_JOB = "jobs.campaigns.mass_tasks"
TRACK_JOB = "jobs.campaigns.track_mass"


class CampaignQueue(Protocol):
    def enqueue(self, func: str, *args: Any, delay_s: float = 0, description: str = "") -> None: ...


class RQCampaignQueue:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.queue = RQQueue(str(Queue.BULK), connection=redis_client)

    def enqueue(self, func: str, *args: Any, delay_s: float = 0, description: str = "") -> None:
        options: dict[str, Any] = {"result_ttl": JOB_RESULT_TTL_S, "failure_ttl": JOB_FAILURE_TTL_S,
                                   "description": description or func}
        if delay_s >= 1:  # RQ's scheduler runs on the wall clock: a delay, not the Clock's moment
            self.queue.enqueue_in(timedelta(seconds=delay_s), func, *args, **options)
        else:
            self.queue.enqueue_call(func=func, args=args, **options)


class RecordingCampaignQueue:
    """Unit tests: keeps (func, args, at_s) to run or assert on."""

    def __init__(self) -> None:
        self.jobs: list[tuple[str, tuple[Any, ...], float]] = []

    def enqueue(self, func: str, *args: Any, delay_s: float = 0, description: str = "") -> None:
        self.jobs.append((func, args, delay_s))
