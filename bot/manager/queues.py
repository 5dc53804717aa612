"""Queue health for operators: each RQ queue's depth, oldest job age, failed and scheduled jobs; the workers;
and each brand's sequence tick lag (how long the oldest due step has waited). Read at request time: the
dashboard, the admin API and /metrics call it, never the webhook."""

from __future__ import annotations

from typing import Any

from rq import Queue as RQQueue
from rq import Worker
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry

from bot.clock import epoch_s
from bot.outbound import Queue
from bot.services import Services


def health(svc: Services) -> dict[str, Any]:
    now_s = epoch_s(svc.clock.now())
    queues = []
    for name in Queue:
        queue = RQQueue(str(name), connection=svc.redis)
        oldest_s = 0.0
        first = queue.get_job_ids(0, 1)
        if first:
            job = Job.fetch(first[0], connection=svc.redis) if svc.redis.exists(f"rq:job:{first[0]}") else None
            if job is not None and job.enqueued_at is not None:
                oldest_s = max(0.0, now_s - job.enqueued_at.timestamp())
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
            "workers": [{"name": w.name, "state": str(w.get_state()), "queues": [q.name for q in w.queues]}
                        for w in workers],
            "sequences": sequences}
