"""Admin API: campaigns (list, progress, report, dry run, launch, pause, resume, cancel).

Reads need a read token, actions a write token (and are audited by the blueprint). Launch, resume and cancel
queue their work on RQ's `bulk` queue, exactly as `siyu campaigns` does; pause and cancel take effect at the
fan-out's next chunk (well under a second). Drafts created here (a text or a product card) are stored as
`siyu campaigns create` stores them; config/campaigns.yaml's campaigns are changed there.
"""

from __future__ import annotations

from typing import Any

from bot.api.schemas import INT, NUM, STR, array, obj
from bot.api.spec import Call, Endpoint, path
from bot.content.campaigns import CAMPAIGN_ROUTES
from bot.content.schema.fields import ID_RE
from bot.manager import campaigns
from bot.manager.errors import InvalidRequestError

CAMPAIGN = path("campaign_id", "A campaign id, from config/campaigns.yaml or `siyu campaigns create`.")
COUNTS = {"type": "object", "additionalProperties": INT}
ROW = obj(("id", "status", "segment"), id=STR, name=STR, status=STR, source=STR, segment=STR, send=STR,
          schedule=STR, targeted=INT)
PROGRESS_FIELDS: dict[str, Any] = {
    "id": STR, "status": STR, "targeted": INT, "handled": INT, "sent": COUNTS, "skipped": COUNTS, "in_flight": INT,
    "maybe": INT, "waiting": INT, "next_due_s": {"type": "integer", "nullable": True},
    "mass": obj(("queued", "tasks"), queued=INT, tasks=INT),
    "snapshot": {"type": "string", "description": "An archived campaign's: the UTC day (YYYY-MM-DD) of the "
                 "daily snapshot this answer is"}}
PROGRESS_REQUIRED = ("id", "status", "targeted", "handled", "sent", "skipped", "waiting")
PROGRESS = obj(PROGRESS_REQUIRED, **PROGRESS_FIELDS)
TASK = obj(("msgid", "status"), msgid=STR, chat_type=STR, staff=STR, targets=INT, status=STR, reminders=INT,
           results=COUNTS)
TONE = obj(("item", "arm", "shown"), item=STR, arm=STR, shown=INT, replied=INT, clicked=INT, converted=INT,
           replied_rate=NUM, clicked_rate=NUM, converted_rate=NUM)
REPORT = obj((*PROGRESS_REQUIRED, "clicks", "clicked", "converted", "value", "tasks"), **PROGRESS_FIELDS,
             clicks=INT, clicked=INT, converted=INT, value={"type": "object", "additionalProperties": STR},
             tasks=array(TASK), tones=array(TONE))
DRY_RUN = obj(("id", "targeted", "would_send", "would_wait", "would_skip"), id=STR, segment=STR, targeted=INT,
              would_send=COUNTS, would_wait=INT, would_skip=COUNTS, schedule=STR, groups=INT, would_tone=COUNTS)
TEXT = {"type": "string", "minLength": 1, "maxLength": 2000}
CREATE_BODY = {"type": "object", "required": ["id", "segment"], "additionalProperties": False, "properties": {
    "id": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": ID_RE.pattern},
    "segment": {"type": "string", "minLength": 1, "maxLength": 1000},
    "name": {"type": "string", "maxLength": 200},
    "text": {"type": "object", "additionalProperties": False, "properties": {"zh": TEXT, "en": TEXT}},
    "product": {"type": "string", "minLength": 1, "maxLength": 64},
    "routes": {"type": "array", "maxItems": len(CAMPAIGN_ROUTES),
               "items": {"type": "string", "enum": list(CAMPAIGN_ROUTES)}},
    "schedule": {"type": "string", "maxLength": 64, "default": "now"}}}
CREATED = obj(("id", "status"), id=STR, status=STR)
STATE = {409: "The campaign's state does not allow it (e.g. pausing one that is not running)"}


def list_campaigns(call: Call) -> list[dict[str, Any]]:
    return campaigns.list_campaigns(call.svc, call.brand)


def create_campaign(call: Call) -> dict[str, Any]:
    """A draft sending a text (zh and/or en) or a product card; dry-run, then launch it."""
    body = call.body
    text = body.get("text") or {}
    if bool(text) == bool(body.get("product")):
        raise InvalidRequestError("body: give exactly one of text ({zh, en}) and product")
    draft = campaigns.Draft(id=body["id"], segment=body["segment"], name=body.get("name") or "",
                            text_zh=text.get("zh") or "", text_en=text.get("en") or "",
                            product=body.get("product") or "", routes=tuple(body.get("routes", ())),
                            schedule=body.get("schedule", "now"))
    return campaigns.create(call.svc, call.brand, campaigns.spec_of(draft))


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
    Endpoint("POST", "/campaigns", create_campaign, "Create (or replace) a draft campaign: a text or a product card",
             CREATED, write=True, tag="campaigns", body=CREATE_BODY, extra_responses={
                 409: "The id is a config/campaigns.yaml campaign, or a launched one"},
             description="Nothing is sent: dry-run, then launch it. Schedule: now, local:10:00[@2026-12-05] "
                         "(each member's local time) or window:2h (spread evenly)."),
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
