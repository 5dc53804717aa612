"""What a write token may do from the dashboard, each through the path the rest of Siyu already uses:
closing a handoff through HandoffStore, retrying a delivery job through RQ's own requeue (the job runs
again on its queue; the delivery ledger skips what it already sent). No Flask here."""

from __future__ import annotations

from rq import Queue as RQQueue
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry

from bot.admin.reads import failed_jobs, job_brands
from bot.services import Services
from bot.store.handoffs import HandoffStore


def close_handoff(services: Services, brand: str, handoff_id: str) -> bool:
    """Close an open handoff (the bot answers its member again); False when none such is open."""
    return HandoffStore(services.redis, services.clock).close(brand, handoff_id) is not None


def requeue_failed_job(services: Services, job_id: str, brand: str = "") -> bool:
    """Put one failed job back on its queue; False when it is not a failed job (of `brand`, when given)."""
    try:
        job = Job.fetch(job_id, connection=services.redis)
    except (NoSuchJobError, ValueError):  # ValueError: not a job id RQ could have made
        return False
    brands = job_brands(job)
    if brand and brands and brand not in brands:
        return False
    registry = FailedJobRegistry(queue=RQQueue(job.origin, connection=services.redis))
    try:
        registry.requeue(job)
    except InvalidJobOperation:  # not in the failed registry (requeued already, or never failed)
        return False
    return True


def requeue_all_failed(services: Services, brand: str = "") -> int:
    """Requeue every failed job the caller may see (those of `brand` when given); how many went back."""
    return sum(requeue_failed_job(services, job["id"], brand) for job in failed_jobs(services, brand))
