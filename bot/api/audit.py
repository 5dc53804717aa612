"""Admin API: the audit log of writes (who, when, what, outcome), newest first."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import STR, array, obj
from bot.api.spec import Call, Endpoint, limit_param
from bot.store.audit import AuditLog

ENTRY = obj(("id", "time", "who", "action"), id=STR, time=STR, at=STR, who=STR, action=STR, brand=STR, target=STR,
            detail=STR, outcome=STR)


def list_audit(call: Call) -> list[dict[str, Any]]:
    """The brand's writes (and token changes, which belong to no brand)."""
    return AuditLog(call.svc.redis, call.svc.clock).recent(count=call.args["limit"], brand=call.brand)


ENDPOINTS = (Endpoint("GET", "/audit", list_audit, "Writes made through the API and `siyu admin`",
                      array(ENTRY), tag="operations", params=(limit_param(100, 1000),)),)
