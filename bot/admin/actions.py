"""What a write token may do from the dashboard, each through the manager function the admin API calls and
audited on the same path as its writes (bot/manager/audit.py: who, when, what, outcome, refused ones too):
closing a handoff; retrying a failed delivery job through RQ's own requeue (the delivery ledger skips what it
already sent), or all of them; retrying one or all permanently failed deliveries (back through the queue and the
route chooser, as `POST /api/v1/deliveries/failed/retry` does); sending one parked delivery now (as
`POST /api/v1/deliveries/parked/retry`: it parks again if its route is still closed); launching a draft campaign
(after the dashboard's confirmation page has shown its dry run), pausing, resuming or cancelling one; creating a
draft campaign from the dashboard's form (as `POST /api/v1/campaigns`).
No Flask here: the views pass who acts and show the answer or the refusal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.admin.auth import Grant
from bot.manager import campaigns, deliveries, members, queues
from bot.manager.audit import Actor, audited
from bot.manager.errors import ManagerError
from bot.services import Services

# The audit's action names: the dashboard's own routes, as the API's are its routes.
CLOSE_HANDOFF = "POST /admin/handoffs/{handoff_id}/close"
RETRY_JOB = "POST /admin/jobs/{job_id}/retry"
REQUEUE_ALL_JOBS = "POST /admin/queues/requeue-all"
RETRY_DELIVERY = "POST /admin/deliveries/failed/retry"
RETRY_ALL_DELIVERIES = "POST /admin/deliveries/failed/retry-all"
RETRY_PARKED = "POST /admin/deliveries/parked/retry"
LAUNCH_CAMPAIGN = "POST /admin/campaigns/{campaign_id}/launch"
CREATE_CAMPAIGN = "POST /admin/campaigns/new"
CAMPAIGN_ACTIONS: dict[str, Callable[[Services, str, str], dict[str, Any]]] = {
    "pause": campaigns.pause, "resume": campaigns.resume, "cancel": campaigns.cancel}


def act(services: Services, grant: Grant, brand: str, action: str, what: dict[str, Any],
        write: Callable[[], Any]) -> tuple[Any, str]:
    """(the write's answer, "") when done; (None, the reason) when refused (unknown, or its state forbids).
    Audited either way."""
    try:
        return audited(services, Actor(token_id=grant.token_id, label=grant.label), action=action, brand=brand,
                       what=what, write=write), ""
    except ManagerError as exc:
        return None, str(exc)


def close_handoff(services: Services, grant: Grant, brand: str, handoff_id: str) -> str:
    """Close an open handoff (the bot answers its member again); "" when done, else why not."""
    return act(services, grant, brand, CLOSE_HANDOFF, {"handoff_id": handoff_id},
               lambda: members.close_handoff(services, brand, handoff_id))[1]


def retry_job(services: Services, grant: Grant, brand: str, job_id: str) -> str:
    """Put one failed job back on its queue; a token bound to a brand only that brand's jobs."""
    return act(services, grant, brand, RETRY_JOB, {"job_id": job_id},
               lambda: queues.requeue_job(services, job_id, grant.brand))[1]


def requeue_all_jobs(services: Services, grant: Grant, brand: str) -> int:
    """Requeue every failed job the token may see; how many went back."""
    done, _ = act(services, grant, brand, REQUEUE_ALL_JOBS, {}, lambda: queues.requeue_all_jobs(services, grant.brand))
    return int(done["queued"]) if done else 0


def retry_delivery(services: Services, grant: Grant, brand: str, key: str) -> str:
    """Queue one permanently failed delivery again; "" when queued, else why not (retried already, too old)."""
    return act(services, grant, brand, RETRY_DELIVERY, {"key": key},
               lambda: deliveries.retry_failed(services, brand, key))[1]


def retry_parked(services: Services, grant: Grant, brand: str, key: str) -> str:
    """Queue one parked delivery now; "" when queued, else why not (sent or retried already, no longer kept)."""
    return act(services, grant, brand, RETRY_PARKED, {"key": key},
               lambda: deliveries.retry_parked(services, brand, key))[1]


def retry_all_deliveries(services: Services, grant: Grant, brand: str) -> int:
    """Queue every retryable failed delivery again (the newest RETRY_ALL_MAX); how many."""
    done, _ = act(services, grant, brand, RETRY_ALL_DELIVERIES, {},
                  lambda: deliveries.retry_all_failed(services, brand))
    return int(done["queued"]) if done else 0


def campaign_action(services: Services, grant: Grant, brand: str, campaign_id: str, verb: str) -> str:
    """Pause, resume or cancel; "" when done, else the reason it was refused (unknown, or its state forbids)."""
    action = CAMPAIGN_ACTIONS[verb]
    return act(services, grant, brand, f"POST /admin/campaigns/{{campaign_id}}/{verb}",
               {"campaign_id": campaign_id}, lambda: action(services, brand, campaign_id))[1]


def launch_campaign(services: Services, grant: Grant, brand: str, campaign_id: str) -> str:
    """Freeze the audience and start sending, as `POST /api/v1/campaigns/{id}/launch`; "" when launched, else the
    reason (unknown, or not a draft: a second submit of the confirmation is refused here, so it launches once)."""
    return act(services, grant, brand, LAUNCH_CAMPAIGN, {"campaign_id": campaign_id},
               lambda: campaigns.launch(services, brand, campaign_id))[1]


def create_campaign(services: Services, grant: Grant, brand: str, draft: campaigns.Draft) -> str:
    """Store a draft from the form, as `POST /api/v1/campaigns` does (a config/campaigns.yaml id, a launched
    campaign's, an unknown product or job, or a segment that does not parse is refused); "" when stored, else why
    not. Nothing is sent: the launch page shows its dry run first."""
    return act(services, grant, brand, CREATE_CAMPAIGN, {"campaign_id": draft.id, "segment": draft.segment},
               lambda: campaigns.create(services, brand, campaigns.spec_of(draft)))[1]
