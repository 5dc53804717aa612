"""RQ job: hand the group tutorial drops that came due to delivery (bot.community.drops). Thin.

RQ's CronScheduler (`siyu cron`) enqueues it every minute per brand; the demo's clock runs it at each drop's
time. Two at once are safe: each lesson is claimed atomically per group.
"""

from __future__ import annotations

from jobs import context

INTERVAL_S = 60  # drops are due to the minute; the lateness a drop may have is configured in hours


def tick(brand: str | None = None) -> dict[str, int]:
    svc = context.services()
    totals = {"queued": 0, "skipped": 0, "reclaimed": 0}
    for name in [brand] if brand else list(svc.settings.brands):
        report = svc.drops.tick(name)
        totals["queued"] += len(report.queued)
        totals["skipped"] += len(report.skipped)
        totals["reclaimed"] += len(report.reclaimed)
    return totals
