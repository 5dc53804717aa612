"""RQ job: follow the open WeCom confirm tasks of a brand (bot/channels/task_tracking.py does the work).

Thin: load the process's services, run one tracking pass at the injected clock's "now", log the counts.
Meant for a periodic caller (RQ's CronScheduler, registered with the other schedules): every minute or
so. Two passes at once are safe: each task is claimed atomically by one of them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.channels.task_tracking import TaskTracker
from bot.outbound import Delivery
from bot.store.events import EventLog
from jobs import context
from jobs.context import JobServices

log = logging.getLogger(__name__)

TRACK_JOB = "jobs.tasks.track"


def track(brand: str, limit: int = 500) -> dict[str, int]:
    """Look at up to `limit` confirm tasks of `brand` that are due; counts by what happened to them
    (sent, reminded, waiting, confirmed, expired, parked, rerouted:<route>, retry, error)."""
    svc = context.services()
    counts = tracker(svc).track(brand, svc.clock.now(), limit=limit)
    if counts:
        log.info("confirm tasks brand=%s: %s", brand, dict(counts))
    return dict(counts)


def tracker(svc: JobServices) -> TaskTracker:
    """The tracker on the process's services; a branched delivery goes back to its own queue at once."""
    if svc.routes.tasks is None:
        raise RuntimeError("the job services have no confirm-task store (jobs.context.build sets one)")

    def enqueue(deliveries: Sequence[Delivery]) -> None:
        for delivery in deliveries:
            svc.later.enqueue_later([delivery.to_data()], queue=delivery.queue, delay_s=0, delays=0)

    return TaskTracker(routes=svc.routes, tasks=svc.routes.tasks, ledger=svc.ledger,
                       events=EventLog(svc.redis, svc.clock), enqueue=enqueue)
