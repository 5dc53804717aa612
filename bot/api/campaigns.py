"""Admin API: campaigns (list, progress, report, dry run, launch, pause, resume, cancel).

Reads need a read token, actions a write token (and are audited by the blueprint). Launch, resume and cancel
queue their work on RQ's `bulk` queue, exactly as `siyu campaigns` does; pause and cancel take effect at the
fan-out's next chunk (well under a second). Campaigns are created in config/campaigns.yaml or with
`siyu campaigns create`.
"""

from __future__ import annotations

from typing import Any

from bot.api.schemas import INT, STR, array, obj
from bot.api.spec import Call, Endpoint, path
from bot.manager import campaigns

CAMPAIGN = path("campaign_id", "A campaign id, from config/campaigns.yaml or `siyu campaigns create`.")
COUNTS = {"type": "object", "additionalProperties": INT}
ROW = obj(("id", "status", "segment"), id=STR, name=STR, status=STR, source=STR, segment=STR, send=STR,
          schedule=STR, targeted=INT)
PROGRESS_FIELDS: dict[str, Any] = {
    "id": STR, "status": STR, "targeted": INT, "handled": INT, "sent": COUNTS, "skipped": COUNTS, "in_flight": INT,
    "maybe": INT, "waiting": INT, "next_due_s": {"type": "integer", "nullable": True},
    "mass": obj(("queued", "tasks"), queued=INT, tasks=INT)}
PROGRESS_REQUIRED = ("id", "status", "targeted", "handled", "sent", "skipped", "waiting")
PROGRESS = obj(PROGRESS_REQUIRED, **PROGRESS_FIELDS)
TASK = obj(("msgid", "status"), msgid=STR, chat_type=STR, staff=STR, targets=INT, status=STR, reminders=INT,
           results=COUNTS)
REPORT = obj((*PROGRESS_REQUIRED, "clicks", "clicked", "converted", "value", "tasks"), **PROGRESS_FIELDS,
             clicks=INT, clicked=INT, converted=INT, value={"type": "object", "additionalProperties": STR},
             tasks=array(TASK))
DRY_RUN = obj(("id", "targeted", "would_send", "would_wait", "would_skip"), id=STR, segment=STR, targeted=INT,
              would_send=COUNTS, would_wait=INT, would_skip=COUNTS, schedule=STR, groups=INT)
STATE = {409: "The campaign's state does not allow it (e.g. pausing one that is not running)"}


def list_campaigns(call: Call) -> list[dict[str, Any]]:
    return campaigns.list_campaigns(call.svc, call.brand)


def campaign_progress(call: Call) -> dict[str, Any]:
    return campaigns.progress(call.svc, call.brand, call.args["campaign_id"])


def campaign_report(call: Call) -> dict[str, Any]:
    return campaigns.report(call.svc, call.brand, call.args["campaign_id"])


def campaign_dry_run(call: Call) -> dict[str, Any]:
    return campaigns.dry_run(call.svc, call.brand, call.args["campaign_id"])


def launch_campaign(call: Call) -> dict[str, Any]:
    return campaigns.launch(call.svc, call.brand, call.args["campaign_id"])


def pause_campaign(call: Call) -> dict[str, Any]:
    return campaigns.pause(call.svc, call.brand, call.args["campaign_id"])


def resume_campaign(call: Call) -> dict[str, Any]:
    return campaigns.resume(call.svc, call.brand, call.args["campaign_id"])


def cancel_campaign(call: Call) -> dict[str, Any]:
    return campaigns.cancel(call.svc, call.brand, call.args["campaign_id"])


def _action(verb: str, handler: Any, summary: str) -> Endpoint:
    return Endpoint("POST", f"/campaigns/{{campaign_id}}/{verb}", handler, summary, PROGRESS, write=True,
                    tag="campaigns", params=(CAMPAIGN,), extra_responses=STATE)


ENDPOINTS = (
    Endpoint("GET", "/campaigns", list_campaigns, "Every campaign (config and created) with its status", array(ROW),
             tag="campaigns"),
    Endpoint("GET", "/campaigns/{campaign_id}/progress", campaign_progress,
             "Targeted, handled, sent by route, skipped by reason, waiting", PROGRESS, tag="campaigns",
             params=(CAMPAIGN,)),
    Endpoint("GET", "/campaigns/{campaign_id}/report", campaign_report,
             "Progress plus clicks, conversions and their value, WeCom mass tasks", REPORT, tag="campaigns",
             params=(CAMPAIGN,)),
    Endpoint("GET", "/campaigns/{campaign_id}/dry-run", campaign_dry_run,
             "Who would receive it now, by route, and who would be skipped and why (sends nothing)", DRY_RUN,
             tag="campaigns", params=(CAMPAIGN,), extra_responses=STATE,
             description="Reads every member of the segment (about 1 s per 10,000); changes nothing (a read "
                         "token may ask)."),
    _action("launch", launch_campaign, "Freeze the audience and start sending"),
    _action("pause", pause_campaign, "Stop new sends at the next chunk; resume carries on"),
    _action("resume", resume_campaign, "Carry on a paused campaign (nobody gets it twice)"),
    _action("cancel", cancel_campaign, "Stop for good; open WeCom mass tasks are cancelled"),
)
