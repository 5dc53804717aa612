"""Fault injection: the rules a test sets through the control API and the per-call decision they give.

Knows nothing of HTTP or the platform's endpoints; the dispatcher applies the decision.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DEFAULT_TIMEOUT_S = 10.0  # a "timeout" fault holds the response this long unless the rule says otherwise
# A rule without `paths` matches every path but these: token fetches keep working unless a rule names them.
TOKEN_PATHS = frozenset({"/cgi-bin/token", "/cgi-bin/stable_token", "/cgi-bin/gettoken"})


@dataclass(slots=True)
class FaultRule:
    """One fault rule: errors at `rate`, timeouts at `timeout_rate`, latency on every matching call."""

    rate: float = 0.0
    errcodes: tuple[int, ...] = (-1,)
    latency_ms: float = 0.0
    timeout_rate: float = 0.0
    timeout_s: float = DEFAULT_TIMEOUT_S
    paths: tuple[str, ...] = ()
    http_status: int | None = None
    handle_before_timeout: bool = False

    def matches(self, path: str) -> bool:
        if self.paths:
            return path.startswith(self.paths)
        return path not in TOKEN_PATHS

    def as_dict(self) -> dict[str, Any]:
        return {
            "rate": self.rate,
            "errcodes": list(self.errcodes),
            "latency_ms": self.latency_ms,
            "timeout_rate": self.timeout_rate,
            "timeout_s": self.timeout_s,
            "paths": list(self.paths),
            "http_status": self.http_status,
            "handle_before_timeout": self.handle_before_timeout,
        }


@dataclass(slots=True)
class FaultDecision:
    """What happens to one call: added latency, then a timeout or an injected error (or neither)."""

    latency_s: float = 0.0
    timeout_s: float | None = None
    handle_before_timeout: bool = False
    errcode: int | None = None
    http_status: int | None = None


def parse_fault_rule(raw: Mapping[str, Any]) -> FaultRule:
    """Build a FaultRule from JSON, refusing unknown keys and out-of-range rates by name."""
    known = set(FaultRule.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown fault rule keys: {sorted(unknown)} (known: {sorted(known)})")
    rule = FaultRule(
        rate=float(raw.get("rate", 0.0)),
        errcodes=tuple(int(c) for c in raw.get("errcodes", (-1,))),
        latency_ms=float(raw.get("latency_ms", 0.0)),
        timeout_rate=float(raw.get("timeout_rate", 0.0)),
        timeout_s=float(raw.get("timeout_s", DEFAULT_TIMEOUT_S)),
        paths=tuple(str(p) for p in raw.get("paths", ())),
        http_status=int(raw["http_status"]) if raw.get("http_status") is not None else None,
        handle_before_timeout=bool(raw.get("handle_before_timeout", False)),
    )
    for name in ("rate", "timeout_rate"):
        value = getattr(rule, name)
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"fault rule {name}={value} must be between 0 and 1")
    if rule.rate > 0 and not rule.errcodes and rule.http_status is None:
        raise ValueError("fault rule with rate > 0 needs errcodes or http_status")
    return rule


def decide(rules: Sequence[FaultRule], path: str, rng: random.Random) -> FaultDecision | None:
    """Decide this call's fault; combined rules share one draw so their rates add up exactly."""
    matching = [r for r in rules if r.matches(path)]
    if not matching:
        return None
    decision = FaultDecision(latency_s=max(r.latency_ms for r in matching) / 1000.0)
    draw = rng.random()
    for rule in matching:
        if draw < rule.timeout_rate:
            decision.timeout_s = rule.timeout_s
            decision.handle_before_timeout = rule.handle_before_timeout
            break
        draw -= rule.timeout_rate
    if decision.timeout_s is None:
        draw = rng.random()
        for rule in matching:
            if draw < rule.rate:
                decision.http_status = rule.http_status
                decision.errcode = rng.choice(rule.errcodes) if rule.errcodes else -1
                break
            draw -= rule.rate
    if not decision.latency_s and decision.timeout_s is None and decision.errcode is None:
        return None
    return decision
