"""One way to make a manager write and audit it, for the admin API and the dashboard alike: who (the token's id
and label), when, what (the action, the brand, its target and arguments) and how it ended, refused writes too
(bot/store/audit.py keeps the log). The CLI's token changes record themselves (`cli:<user>`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from bot.manager.errors import ManagerError
from bot.services import Services
from bot.store.audit import AuditLog

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class Actor:
    """Who writes: an admin token's id (never the token) and its label."""

    token_id: str
    label: str = ""

    @property
    def who(self) -> str:
        return f"token:{self.token_id}" + (f" ({self.label})" if self.label else "")


def audited(svc: Services, actor: Actor, *, action: str, brand: str, what: dict[str, Any],
            write: Callable[[], T]) -> T:
    """Run `write` and record it: outcome `ok`, or `refused <status>: <reason>` when it raises a ManagerError
    (raised again for the caller to answer). `what` is the write's arguments, its first value the target; it is
    read once `write` has run, so a caller may add to it as it parses (the API adds the request's body)."""
    try:
        result = write()
    except ManagerError as exc:
        _record(svc, actor, action, brand, what, f"refused {exc.status}: {exc}")
        raise
    _record(svc, actor, action, brand, what, "ok")
    return result


def _record(svc: Services, actor: Actor, action: str, brand: str, what: dict[str, Any], outcome: str) -> None:
    AuditLog(svc.redis, svc.clock).record(who=actor.who, action=action, brand=brand,
                                          target=str(next(iter(what.values()), "")),
                                          detail=json.dumps(what, ensure_ascii=False, sort_keys=True),
                                          outcome=outcome)
