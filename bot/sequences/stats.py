"""A sequence's stats counters as one report (steps in the sequence's order): `siyu sequences stats` prints it,
the dashboard draws it as a funnel."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from bot.content.sequences import Sequence


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
