"""RQ job: follow the open WeCom confirm tasks of a brand (bot/channels/task_tracking.py does the work).

Thin: load the process's services, run one tracking pass at the injected clock's "now", log the counts.
Meant for a periodic caller (RQ's CronScheduler, registered with the other schedules): every minute or
so. Two passes at once are safe: each task is claimed atomically by one of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from rq.cron import CronScheduler

from bot.channels.task_tracking import TaskTracker
from bot.outbound import Delivery, Queue
from bot.store.events import EventLog
from jobs import context, deliver
from jobs.context import JobServices

log = logging.getLogger(__name__)

TRACK_JOB = "jobs.tasks.track"
TRACK_EVERY_S = 60  # a task is looked at every CHECK_EVERY_S (10 min) anyway; this bounds how late a step is


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

    def counted(delivery: Delivery, outcome: str) -> None:  # a sequence step's stats count what the staff did
        deliver.count_step(svc, delivery, outcome)

    return TaskTracker(routes=svc.routes, tasks=svc.routes.tasks, ledger=svc.ledger,
                       events=EventLog(svc.redis, svc.clock), enqueue=enqueue, members=svc.members,
                       counted=counted)


def register(cron: CronScheduler, brands: Iterable[str], *, interval_s: int = TRACK_EVERY_S) -> None:
    """Schedule `track(brand)` every `interval_s` on the default queue for each brand (RQ's CronScheduler;
    whoever starts the scheduler calls this once). Overlapping runs are safe: tasks are claimed atomically."""
    for brand in brands:
        cron.register(track, queue_name=str(Queue.DEFAULT), args=(brand,), interval=interval_s,
                      name=f"track-confirm-tasks:{brand}")
