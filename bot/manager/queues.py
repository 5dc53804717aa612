"""Queue health for operators: each RQ queue's depth, oldest job age, failed and scheduled jobs; the workers;
each brand's sequence tick lag (how long the oldest due step has waited); the jobs RQ gave up on, with their
error, and requeueing them. Read at request time: the dashboard, the admin API and /metrics call it, never the
webhook."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from rq import Queue as RQQueue
from rq import Worker
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

from bot.clock import epoch_s
from bot.manager.errors import NotFoundError
from bot.outbound import Queue
from bot.queueing import DELIVER_JOB
from bot.services import Services


def health(svc: Services) -> dict[str, Any]:
    now_s = epoch_s(svc.clock.now())
    wall_s = time.time()  # RQ stamps jobs with the wall clock, not ours (a demo's or a test's clock differs)
    queues = []
    for name in Queue:
        queue = RQQueue(str(name), connection=svc.redis)
        oldest_s = 0.0
        first = queue.get_job_ids(0, 1)
        if first:
            job = Job.fetch(first[0], connection=svc.redis) if svc.redis.exists(f"rq:job:{first[0]}") else None
            if job is not None and job.enqueued_at is not None:
                oldest_s = max(0.0, wall_s - job.enqueued_at.timestamp())
        queues.append({
            "name": str(name), "depth": queue.count, "oldest_age_s": round(oldest_s, 3),
            "started": StartedJobRegistry(queue=queue).count, "failed": FailedJobRegistry(queue=queue).count,
            "scheduled": ScheduledJobRegistry(queue=queue).count,
        })
    workers = Worker.all(connection=svc.redis)
    sequences = []
    for brand in svc.settings.brands:
        next_due = svc.enrolments.next_due(brand)
        sequences.append({"brand": brand, "tick_lag_s": max(0, now_s - next_due) if next_due else 0,
                          "due_backlog": svc.enrolments.due_backlog(brand, now_s)})
    return {"queues": queues,
            "workers": [{"name": w.name, "state": str(w.get_state()), "queues": [q.name for q in w.queues],
                         "current_job": w.get_current_job_id() or "", "last_heartbeat": _at(w.last_heartbeat)}
                        for w in workers],
            "sequences": sequences}


def failed_jobs(svc: Services, brand: str = "") -> list[dict[str, Any]]:
    """Jobs in RQ's failed registries, newest first, with their error's last line; jobs of other brands are left
    out when `brand` is given (a job whose brand is unknown is shown to everyone)."""
    out = []
    for name in Queue:
        registry = FailedJobRegistry(queue=RQQueue(str(name), connection=svc.redis))
        for job in Job.fetch_many(registry.get_job_ids(), connection=svc.redis):
            if job is None:
                continue
            brands = job_brands(job)
            if brand and brands and brand not in brands:
                continue
            result = job.latest_result()
            error = (result.exc_string or "").strip().splitlines() if result is not None else []
            out.append({"id": job.id, "queue": str(name), "func": job.func_name, "description": job.description or "",
                        "error": error[-1] if error else "", "ended_at": _at(job.ended_at), "brands": sorted(brands)})
    return sorted(out, key=lambda row: row["ended_at"], reverse=True)


def failed_delivery_jobs(svc: Services, brand: str = "") -> list[dict[str, Any]]:
    """The failed jobs that were delivery batches (jobs.deliver.deliver_batch)."""
    return [job for job in failed_jobs(svc, brand) if job["func"] == DELIVER_JOB]


def job_brands(job: Job) -> set[str]:
    """The brands a job works for: a delivery job's from its Delivery data, another's from its `brand` keyword;
    empty when unknown."""
    try:
        args = job.args
    except Exception:  # a job whose arguments no longer load (code moved) is still listed, brandless
        return set()
    if job.func_name == DELIVER_JOB and args and isinstance(args[0], list):
        return {str(d.get("brand", "")) for d in args[0] if isinstance(d, dict)}
    brand = job.kwargs.get("brand") if isinstance(job.kwargs, dict) else None
    return {brand} if isinstance(brand, str) else set()


def requeue_job(svc: Services, job_id: str, brand: str = "") -> dict[str, Any]:
    """Put one failed job back on its queue through RQ's own requeue (the delivery ledger skips what it already
    sent); NotFoundError when it is not a failed job (of `brand`, when given)."""
    missing = NotFoundError(f"no failed job {job_id!r}" + (f" of brand {brand!r}" if brand else ""))
    try:
        job = Job.fetch(job_id, connection=svc.redis)
    except (NoSuchJobError, ValueError) as exc:  # ValueError: not a job id RQ could have made
        raise missing from exc
    brands = job_brands(job)
    if brand and brands and brand not in brands:
        raise missing
    try:
        FailedJobRegistry(queue=RQQueue(job.origin, connection=svc.redis)).requeue(job)
    except InvalidJobOperation as exc:  # not in the failed registry (requeued already, or never failed)
        raise missing from exc
    return {"job": job_id, "queue": job.origin, "outcome": "queued"}


def requeue_all_jobs(svc: Services, brand: str = "") -> dict[str, Any]:
    """Requeue every failed job the caller may see (those of `brand` when given)."""
    queued = []
    for job in failed_jobs(svc, brand):
        try:
            queued.append(requeue_job(svc, job["id"], brand)["job"])
        except NotFoundError:  # requeued by someone else meanwhile
            continue
    return {"queued": len(queued), "jobs": queued[:100]}


def _at(value: datetime | None) -> str:
    """RQ's times (UTC; naive from older RQ versions) as ISO 8601 to the second."""
    if value is None:
        return ""
    return (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(UTC).isoformat(timespec="seconds")
