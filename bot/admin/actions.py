"""What a write token may do from the dashboard, each through the path the rest of Siyu already uses:
closing a handoff through HandoffStore; pausing, resuming or cancelling a campaign through
bot/manager/campaigns.py (as the admin API does, and audited like its writes); retrying a delivery job through
RQ's own requeue (the job runs again on its queue; the delivery ledger skips what it already sent). No Flask
here."""

from __future__ import annotations

from rq import Queue as RQQueue
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry

from bot.admin.reads import failed_jobs, job_brands
from bot.manager import campaigns
from bot.manager.errors import ManagerError
from bot.services import Services
from bot.store.audit import AuditLog
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


CAMPAIGN_ACTIONS = {"pause": campaigns.pause, "resume": campaigns.resume, "cancel": campaigns.cancel}


def campaign_action(services: Services, brand: str, campaign_id: str, verb: str, *, token_id: str) -> str:
    """Pause, resume or cancel; "" when done, else the reason it was refused (unknown, or its state forbids)."""
    action = CAMPAIGN_ACTIONS.get(verb)
    if action is None:
        return f"unknown action {verb!r}"
    try:
        action(services, brand, campaign_id)
        outcome, refused = "ok", ""
    except ManagerError as exc:
        outcome, refused = f"refused {exc.status}: {exc}", str(exc)
    AuditLog(services.redis, services.clock).record(who=f"dashboard token:{token_id}",
                                                    action=f"POST /admin/campaigns/{{campaign_id}}/{verb}",
                                                    brand=brand, target=campaign_id, outcome=outcome)
    return refused
