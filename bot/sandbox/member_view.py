"""What the bot knows of one sandbox persona, read from its stores: the send window and budget left, sequence
enrolments (a waiting step says why), parked deliveries and why, clicks. Read-only: the page shows it beside
the chat so a newcomer sees why a message did or did not arrive."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from bot.member import member_id_for
from bot.sandbox.events import DEFAULT_KF_ACCOUNT
from bot.sandbox.playground import Persona
from bot.services import Services
from bot.store.budget import (
    EVENT_QUOTA,
    EVENT_WINDOW_S,
    KF_QUOTA,
    KF_WINDOW_S,
    MESSAGE_QUOTA,
    MESSAGE_WINDOW_S,
    BudgetStore,
    open_trigger,
)
from bot.store.enrolments import DUE, WAITING
from bot.store.ledger import DeliveryLedger

RECENT_EVENTS = 500  # clicks are looked for among the brand's newest events


def member_id(services: Services, brand: str, persona: Persona) -> str:
    """The id the bot gives this persona: its channel identity, hashed as the webhook does (bot.member)."""
    settings = services.settings.brands[brand]
    account = {"oa": settings.oa.appid if settings.oa else "",
               "kf": settings.wecom.corp_id if settings.wecom else "",
               "wecom": settings.wecom.corp_id if settings.wecom else ""}[persona.channel]
    return member_id_for(f"{persona.channel}:{account}:{persona.user}")


def status(services: Services, brand: str, persona: Persona) -> dict[str, Any]:
    now = services.clock.now()
    mid = member_id(services, brand, persona)
    member = services.members.get(brand, mid)
    out: dict[str, Any] = {"member": mid, "known": member is not None, "tags": sorted(member.tags) if member else [],
                           "window": _window(services, brand, persona, member, now)}
    sequences = [s.id for s in services.content(brand).sequences] if member else []
    out["sequences"] = [
        {"sequence": e.sequence_id, "next": e.next,
         "state": {DUE: "due", WAITING: "waiting"}.get(e.state, "ended"),
         "at": _iso(e.due_s), "clicked": e.clicked,
         "why": ("waits for the member's next message (no route allows it now), until " + _iso(e.due_s))
         if e.state == WAITING else ""}
        for e in services.enrolments.of_member(brand, mid, sequences).values()] if sequences else []
    out["parked"] = [{"time": row["time"], "type": row.get("type", ""), "purpose": row.get("purpose", ""),
                      "reason": row.get("reason", "")}
                     for row in DeliveryLedger(services.redis, services.clock).parked_entries(brand, count=200)
                     if row.get("member") == mid]
    out["clicks"] = [{"time": _iso(int(e.get("at") or 0)), "campaign": e.get("campaign", "")}
                     for e in services.events.recent(brand, RECENT_EVENTS)
                     if e.get("type") == "click" and e.get("member") == mid]
    return out


def _window(services: Services, brand: str, persona: Persona, member: Any, now: datetime) -> dict[str, Any]:
    budget = BudgetStore(services.redis)
    if persona.channel == "wecom":
        return {"route": "staff confirm tasks", "open": None,
                "text": "WeCom customers get proactive messages only as mass-send tasks their staff contact "
                        "confirms (a limited number per period); the welcome goes with the WelcomeCode"}
    if persona.channel == "kf":
        trigger = budget.kf_trigger(brand, DEFAULT_KF_ACCOUNT, persona.user, now)
        left = budget.kf_remaining(brand, DEFAULT_KF_ACCOUNT, persona.user, now)
        closes = _iso(int(trigger[1:]) + KF_WINDOW_S) if trigger else ""
        return {"route": "kf/send_msg", "open": trigger is not None, "left": left, "quota": KF_QUOTA,
                "closes": closes}
    if member is None:
        return {"route": "customer-service messages", "open": False, "left": 0, "quota": MESSAGE_QUOTA, "closes": ""}
    opened = open_trigger(member, "oa", now)
    left = budget.remaining(brand, member, "oa", now)
    if opened is None:
        return {"route": "customer-service messages", "open": False, "left": 0, "quota": MESSAGE_QUOTA, "closes": ""}
    kind, opened_s = opened[0][0], int(opened[0][1:])
    quota, span = (EVENT_QUOTA, EVENT_WINDOW_S) if kind == "e" else (MESSAGE_QUOTA, MESSAGE_WINDOW_S)
    return {"route": "customer-service messages", "open": True, "left": left, "quota": quota,
            "closes": _iso(opened_s + span),
            "opened_by": "a follow, scan or click (3 in 1 minute)" if kind == "e" else "their message (5 in 48 h)"}


def _iso(epoch: int) -> str:
    if not epoch:
        return ""
    return (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=epoch)).isoformat(timespec="seconds")

