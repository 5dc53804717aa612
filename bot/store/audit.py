"""The audit log of manager writes (admin API and `siyu admin`): who, when, what, on which brand, and how
it ended. A capped stream, newest read first. It records; it never decides."""

from __future__ import annotations

from datetime import UTC, datetime

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys

AUDIT_MAXLEN = 10_000  # approximate cap (XADD MAXLEN ~): a few months of a busy team's writes
DETAIL_MAX_CHARS = 500  # what a write's arguments keep; never a secret (callers pass ids and names)


class AuditLog:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    def record(self, *, who: str, action: str, brand: str, target: str = "", detail: str = "",
               outcome: str = "ok") -> None:
        self.redis.xadd(keys.admin_audit(), {
            "at": str(epoch_s(self.clock.now())), "who": who, "action": action, "brand": brand, "target": target,
            "detail": detail[:DETAIL_MAX_CHARS], "outcome": outcome[:DETAIL_MAX_CHARS],
        }, maxlen=AUDIT_MAXLEN, approximate=True)

    def recent(self, *, count: int = 100, brand: str | None = None) -> list[dict[str, str]]:
        """Newest first; with `brand`, that brand's writes only (of the newest `count` * 10 looked at)."""
        rows = self.redis.xrevrange(keys.admin_audit(), count=count if brand is None else count * 10)
        out = []
        for entry_id, fields in rows:
            row = {_s(k): _s(v) for k, v in fields.items()}
            if brand is not None and row.get("brand") not in (brand, ""):
                continue
            row["id"] = _s(entry_id)
            row["time"] = datetime.fromtimestamp(int(row.get("at") or 0), UTC).isoformat()
            out.append(row)
            if len(out) >= count:
                break
        return out


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
