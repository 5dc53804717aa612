"""Admin API: what waits for a person (unanswered questions, open handoffs, closing one)."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import HANDOFF, INT, STR, array, obj
from bot.api.spec import Call, Endpoint, limit_param, path
from bot.manager import members


def list_unanswered(call: Call) -> list[dict[str, Any]]:
    return members.unanswered(call.svc, call.brand, limit=call.args["limit"])


def list_handoffs(call: Call) -> list[dict[str, Any]]:
    return members.open_handoffs(call.svc, call.brand)


def close_handoff(call: Call) -> dict[str, Any]:
    return members.close_handoff(call.svc, call.brand, call.args["handoff_id"])


ENDPOINTS = (
    Endpoint("GET", "/unanswered", list_unanswered, "Questions the bot could not answer, most asked first",
             array(obj(("question", "count"), question=STR, count=INT)), tag="inbox",
             params=(limit_param(50, 1000),)),
    Endpoint("GET", "/handoffs", list_handoffs, "Open handoffs, oldest first", array(HANDOFF), tag="inbox"),
    Endpoint("POST", "/handoffs/{handoff_id}/close", close_handoff, "Close a handoff: the bot answers again",
             HANDOFF, write=True, tag="inbox", params=(path("handoff_id"),)),
)
