"""RQ job: run the sequence engine's due work. Thin: services -> engine.tick -> counts.

RQ's CronScheduler (`siyu cron`) enqueues it every few seconds; a callback that enrols a member or wakes a
waiting step kicks one at once (bot.queueing.RQDeliveryQueue.kick_tick). Each run claims batches until
nothing is due or its time slice ends; while a full batch came back it kicks one more tick first, so every
idle worker joins in on a backlog. Two ticks never take the same enrolment (atomic claims), so running
several at once is safe.
"""

from __future__ import annotations

import time
from dataclasses import asdict

from bot.content.publish import published_content
from jobs import context

SLICE_S = 10.0  # then the worker is back at the high queue; a kicked tick carries on


def tick(brand: str | None = None, limit: int = 500, slice_s: float = SLICE_S) -> dict[str, int]:
    svc = context.services()
    brands = [brand] if brand else list(svc.settings.brands)
    totals = {"claimed": 0, "stale": 0, "handed": 0}
    deadline = time.monotonic() + slice_s
    for name in brands:
        while time.monotonic() < deadline:
            report = svc.sequences.tick(name, limit=limit, max_batches=1)
            totals["claimed"] += report.claimed
            totals["stale"] += report.stale
            totals["handed"] += report.handed
            if report.claimed < limit:
                break
            svc.later.kick_tick(name)  # a backlog: let another worker help
        else:
            svc.later.kick_tick(name)  # the slice ended with work left
    return totals


def reschedule(brand: str, moved: dict[str, list[str]]) -> dict[str, int]:
    """A published edit moved these steps (sequence id -> step ids) earlier: move the members due at them to
    their new time (SequenceEngine.reschedule_earlier), reading the version in force from Redis, not this
    process's copy, which may be a second behind. Idempotent: RQ may retry it."""
    svc = context.services()
    content = published_content(svc.redis, brand)
    if content is None:
        return {"found": 0, "moved": 0, "stale": 0}
    return asdict(svc.sequences.reschedule_earlier(brand, moved, content=content))
