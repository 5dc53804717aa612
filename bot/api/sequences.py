"""Admin API: sequences (list, funnel stats, pause, resume, preview)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from bot.api.schemas import BOOL, INT, STR, array, obj
from bot.api.spec import Call, Endpoint, path, query
from bot.manager import sequences
from bot.manager.errors import InvalidRequestError

SEQUENCE = path("sequence_id", "A sequence id from sequences.yaml, e.g. newcomer.")
ROW = obj(("id", "steps", "paused"), id=STR, name=STR, triggers=array(STR), steps=array(STR), days=INT, active=INT,
          waiting=INT, paused=BOOL, paused_in_content=BOOL, paused_by_manager=BOOL)
COUNTS = {"type": "object", "additionalProperties": INT}
STATS = obj(("sequence", "enrolled", "completed", "exited", "steps"), sequence=STR, enrolled=INT, completed=INT,
            exited=COUNTS, steps=array(obj(("step", "variant"), step=STR, variant=STR, at=INT, waiting=INT,
                                           sent=COUNTS, handed=COUNTS, deferred=COUNTS, skipped=COUNTS, failed=COUNTS,
                                           expired=INT, parked=INT, clicked=INT, woken=INT, waited=INT)))
PREVIEW_ROW = obj(("step", "at", "outcome"), step=STR, at=STR, outcome=STR, route=STR, reason=STR, variant=STR,
                  next_at=STR)


def list_sequences(call: Call) -> list[dict[str, Any]]:
    return sequences.list_sequences(call.svc, call.brand)


def sequence_stats(call: Call) -> dict[str, Any]:
    return sequences.stats(call.svc, call.brand, call.args["sequence_id"])


def pause_sequence(call: Call) -> dict[str, Any]:
    return sequences.set_paused(call.svc, call.brand, call.args["sequence_id"], True)


def resume_sequence(call: Call) -> dict[str, Any]:
    return sequences.set_paused(call.svc, call.brand, call.args["sequence_id"], False)


def preview_sequence(call: Call) -> list[dict[str, Any]]:
    start = call.svc.clock.now()
    if call.args.get("start"):
        try:
            start = datetime.fromisoformat(call.args["start"])
        except ValueError:
            raise InvalidRequestError("start: not ISO 8601") from None
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
    if call.args.get("member") and call.args.get("tz"):
        raise InvalidRequestError("give member or tz, not both")
    return sequences.preview(call.svc, call.brand, call.args["sequence_id"], start=start, days=call.args["days"],
                             zone=call.args.get("tz", ""), member_id=call.args.get("member", ""),
                             channel=call.args["channel"], active=not call.args["silent"])


ENDPOINTS = (
    Endpoint("GET", "/sequences", list_sequences, "Every sequence, with members in it now", array(ROW),
             tag="sequences"),
    Endpoint("GET", "/sequences/{sequence_id}/stats", sequence_stats, "Funnel: per step and variant", STATS,
             tag="sequences", params=(SEQUENCE,)),
    Endpoint("POST", "/sequences/{sequence_id}/pause", pause_sequence,
             "Pause: no new members, due steps wait", ROW, write=True, tag="sequences", params=(SEQUENCE,)),
    Endpoint("POST", "/sequences/{sequence_id}/resume", resume_sequence,
             "Resume a paused sequence (waiting steps go on within the hour)", ROW, write=True, tag="sequences",
             params=(SEQUENCE,)),
    Endpoint("GET", "/sequences/{sequence_id}/preview", preview_sequence,
             "The timeline a member would get (simulated clock; nothing is sent)", array(PREVIEW_ROW),
             tag="sequences", params=(
                 SEQUENCE, query("member", {"type": "string", "maxLength": 200}, "Preview for this member."),
                 query("tz", {"type": "string", "maxLength": 64}, "IANA zone of a new follower."),
                 query("days", {"type": "integer", "minimum": 1, "maximum": 366, "default": 14}),
                 query("channel", {"type": "string", "enum": ["oa", "wecom", "kf"], "default": "oa"}),
                 query("silent", {"type": "boolean", "default": False}, "The member never writes."),
                 query("start", {"type": "string", "maxLength": 64}, "When the member joins (ISO 8601)."))),
)
