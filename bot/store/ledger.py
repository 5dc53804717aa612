"""The delivery ledger: one outcome per idempotency key, and the failed ledger managers read.

A key is claimed ("sending", short TTL) before the call and settled after it, so a re-run job skips
what was sent and a crashed worker's claim expires. It must not decide routes or talk to WeChat.
"""

from __future__ import annotations

from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys

SENDING = "sending"
SENT = "sent"
SENDING_TTL_S = 300  # a worker that dies mid-send frees the key after this (RQ's job timeout is 180 s)
OUTCOME_TTL_S = 30 * 86400  # keys.ledger: outcomes kept 30 days
FAILED_MAXLEN = 10_000  # the failed stream is capped (approximately) at this many entries


class DeliveryLedger:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    def claim(self, brand: str, key: str) -> str | None:
        """Claim `key` for sending; None when claimed now, else the state already recorded."""
        if self.redis.set(keys.ledger(brand, key), SENDING, nx=True, ex=SENDING_TTL_S):
            return None
        return self.state(brand, key) or SENDING

    def state(self, brand: str, key: str) -> str | None:
        value = self.redis.get(keys.ledger(brand, key))
        return value.decode() if isinstance(value, bytes) else value

    def release(self, brand: str, key: str) -> None:
        """Give the claim back after a retryable failure, so the retried job can send."""
        self.redis.delete(keys.ledger(brand, key))

    def settle(self, brand: str, key: str, outcome: str) -> None:
        """`sent`, `failed:<errcode>`, `parked:<reason>` or `maybe:<reason>` (not retried)."""
        self.redis.set(keys.ledger(brand, key), outcome, ex=OUTCOME_TTL_S)

    def record_failure(self, brand: str, *, key: str, member_id: str, route: str, errcode: int | None,
                       errmsg: str, reason: str) -> None:
        """Append to the failed ledger (a capped stream) and settle the key as failed."""
        code = "" if errcode is None else str(errcode)
        self.redis.xadd(keys.failed_ledger(brand), {
            "key": key, "member": member_id, "route": route, "errcode": code, "errmsg": errmsg[:200],
            "reason": reason, "at": str(epoch_s(self.clock.now())),
        }, maxlen=FAILED_MAXLEN, approximate=True)
        self.settle(brand, key, f"failed:{code or reason}")

    def failures(self, brand: str, *, count: int = 100) -> list[dict[str, Any]]:
        """The newest permanent failures first, for the dashboard."""
        entries = self.redis.xrevrange(keys.failed_ledger(brand), count=count)
        return [{"id": _s(entry_id), **{_s(k): _s(v) for k, v in fields.items()}} for entry_id, fields in entries]


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
