"""Sequences for managers: list, funnel stats, pause and resume, preview, enrol and exit.

Pause and resume write the set the engine reads (keys.sequences_paused, SequenceEngine.paused_by_manager):
a paused sequence takes no new members and its due steps wait; resumed, they go on within
PAUSED_RECHECK_S. sequences.yaml's own `paused: true` stays in force whatever the set says.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.content.model import Content
from bot.content.sequences import Sequence, Trigger
from bot.content.variants import HOLD
from bot.errors import ContentError
from bot.manager.errors import ConflictError, InvalidRequestError, NotFoundError
from bot.sequences.preview import as_json as preview_json
from bot.sequences.preview import preview as run_preview
from bot.services import Services
from bot.store import keys
from bot.store.enrolments import DUE, ENDED, WAITING

STATE_NAMES = {DUE: "due", WAITING: "waiting", ENDED: "ended"}


def content_of(svc: Services, brand: str) -> Content:
    try:
        return svc.content(brand)
    except ContentError as exc:
        raise ConflictError(f"no content for brand {brand!r}: {exc}") from exc


def spec_of(content: Content, sequence_id: str) -> Sequence:
    found = content.sequence(sequence_id)
    if found is None:
        known = ", ".join(s.id for s in content.sequences) or "none"
        raise NotFoundError(f"no sequence {sequence_id!r}; known: {known}")
    return found


def trigger_text(trigger: Trigger) -> str:
    value = trigger.value or ",".join(trigger.keywords)
    return f"{trigger.kind}:{value}" if value else trigger.kind


def list_sequences(svc: Services, brand: str) -> list[dict[str, Any]]:
    content = content_of(svc, brand)
    paused = svc.sequences.paused_by_manager(brand)
    rows = []
    for spec in content.sequences:
        stats = svc.enrolments.stats(brand, spec.id)
        rows.append({"id": spec.id, "name": spec.name.get(content.brand.default_locale),
                     "triggers": [trigger_text(t) for t in spec.triggers], "steps": [s.id for s in spec.steps],
                     "days": max((s.day or 0) for s in spec.steps) if spec.steps else 0,
                     "active": sum(v for k, v in stats.items() if k.endswith("|-|at")),
                     "waiting": sum(v for k, v in stats.items() if k.endswith("|-|waiting")),
                     "paused": spec.paused or spec.id in paused, "paused_in_content": spec.paused,
                     "paused_by_manager": spec.id in paused})
    return rows


def stats(svc: Services, brand: str, sequence_id: str) -> dict[str, Any]:
    spec = spec_of(content_of(svc, brand), sequence_id)
    return summarise(spec, svc.enrolments.stats(brand, sequence_id))


def set_paused(svc: Services, brand: str, sequence_id: str, paused: bool) -> dict[str, Any]:
    spec_of(content_of(svc, brand), sequence_id)
    if paused:
        svc.redis.sadd(keys.sequences_paused(brand), sequence_id)
    else:
        svc.redis.srem(keys.sequences_paused(brand), sequence_id)
    [row] = [r for r in list_sequences(svc, brand) if r["id"] == sequence_id]
    return row


def preview(svc: Services, brand: str, sequence_id: str, *, start: datetime, days: int = 14, zone: str = "",
            member_id: str = "", channel: str = "oa", active: bool = True) -> list[dict[str, Any]]:
    content = content_of(svc, brand)
    spec_of(content, sequence_id)
    if not 1 <= days <= 366:
        raise InvalidRequestError("days must be from 1 to 366")
    if channel not in ("oa", "wecom", "kf"):
        raise InvalidRequestError("channel must be oa, wecom or kf")
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise InvalidRequestError(f"{zone!r} is not an IANA time zone (e.g. Asia/Shanghai)") from exc
    member = None
    if member_id:
        member = svc.members.get(brand, member_id)
        if member is None:
            raise NotFoundError(f"no member {member_id!r} in brand {brand!r}")
    rows = run_preview(content, svc.settings, brand, sequence_id, start=start, days=days, zone=zone, member=member,
                       channel=channel, active=active)
    return [dict(row) for row in preview_json(rows)]


def enrol(svc: Services, brand: str, sequence_id: str, member_id: str) -> dict[str, Any]:
    spec_of(content_of(svc, brand), sequence_id)
    member = svc.members.get(brand, member_id)
    if member is None:
        raise NotFoundError(f"no member {member_id!r} in brand {brand!r}")
    decision = svc.sequences.enrol(brand, member, sequence_id, reason="manager")[0]
    if decision.outcome != "entered":
        raise ConflictError(f"not enrolled: {decision.reason}")
    svc.queue.kick_tick(brand)
    return {"sequence": sequence_id, "member": member_id, "outcome": decision.outcome, "step": decision.step}


def exit_member(svc: Services, brand: str, sequence_id: str, member_id: str) -> dict[str, Any]:
    if not svc.sequences.exit(brand, member_id, sequence_id, "manager"):
        raise ConflictError(f"{member_id} is not in sequence {sequence_id!r} now")
    return {"sequence": sequence_id, "member": member_id, "outcome": "ended"}


def summarise(spec: Sequence, counters: dict[str, int]) -> dict[str, Any]:
    """The stats hash (`<step>|<variant>|<metric>` -> n) as one report, steps in the sequence's order."""
    rows: dict[tuple[str, str], dict[str, Any]] = {}

    def row(step: str, variant: str) -> dict[str, Any]:
        return rows.setdefault((step, variant), {
            "step": step, "variant": variant, "at": 0, "waiting": 0, "sent": {}, "handed": {}, "deferred": {},
            "skipped": {}, "failed": {}, "expired": 0, "parked": 0, "clicked": 0, "woken": 0, "waited": 0})

    exited: dict[str, int] = defaultdict(int)
    enrolled = completed = 0
    for spec_step in spec.steps:
        for variant in [v.id for v in spec_step.variants] or ["-"]:
            row(spec_step.id, variant)
        for tone in spec_step.tones:  # tone per segment beside its holdout (bot/content/variants.py)
            row(spec_step.id, tone.id)
            row(spec_step.id, tone.id + HOLD)
    for name, count in counters.items():
        step, _, rest = name.partition("|")
        variant, _, metric = rest.partition("|")
        kind, _, detail = metric.partition(":")
        if step == "-":
            if metric == "enrolled":
                enrolled = count
            elif metric == "completed":
                completed = count
            continue
        if kind == "exited":
            exited[detail] += count
            continue
        target = row(step, variant if variant != "-" or kind in ("at", "waiting") else "-")
        if kind in ("sent", "handed", "deferred", "skipped", "failed"):
            target[kind][detail] = target[kind].get(detail, 0) + count
        elif kind in target:
            target[kind] += count
    order = {step.id: i for i, step in enumerate(spec.steps)}
    steps = sorted(rows.values(), key=lambda r: (order.get(r["step"], len(order)), r["variant"]))
    return {"sequence": spec.id, "enrolled": enrolled, "completed": completed, "exited": dict(exited),
            "steps": steps}


