"""The delivery ledger: one outcome per idempotency key, the failed ledger managers read, and parking.

A key is claimed ("sending", short TTL) before the call and settled after it, so a re-run job skips
what was sent and a crashed worker's claim expires. It must not decide routes or talk to WeChat.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys

SENDING = "sending"
SENT = "sent"
SENDING_TTL_S = 300  # a worker that dies mid-send frees the key after this (RQ's job timeout is 180 s)
OUTCOME_TTL_S = 30 * 86400  # keys.ledger: outcomes kept 30 days
FAILED_MAXLEN = 10_000  # the failed stream is capped (approximately) at this many entries
PARK_TTL_S = 7 * 86400  # a parked delivery waits this long for the member's next interaction by default


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

    def settle(self, brand: str, key: str, outcome: str, *, ttl_s: int = OUTCOME_TTL_S) -> None:
        """`sent`, `failed:<errcode>`, `parked:<reason>`, `maybe:<reason>` or `skipped:<reason>`."""
        self.redis.set(keys.ledger(brand, key), outcome, ex=ttl_s)

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
        """The newest permanent failures first: key, member, route, errcode, errmsg, reason, at, time."""
        entries = self.redis.xrevrange(keys.failed_ledger(brand), count=count)
        out = []
        for entry_id, fields in entries:
            row = {"id": _s(entry_id), **{_s(k): _s(v) for k, v in fields.items()}}
            row["time"] = datetime.fromtimestamp(int(row.get("at") or 0), UTC).isoformat()
            out.append(row)
        return out

    def park(self, brand: str, *, key: str, member_id: str, delivery: dict[str, Any], reason: str,
             ttl_s: int = PARK_TTL_S) -> None:
        """No route allows it now: keep it for the member's next interaction, for `ttl_s` at most."""
        self.settle(brand, key, f"parked:{reason[:200]}", ttl_s=ttl_s)
        if not member_id:
            return
        until = epoch_s(self.clock.now()) + ttl_s
        parked_key = keys.parked(brand, member_id)
        self.redis.hset(parked_key, key, json.dumps({"until": until, "delivery": delivery}))
        if self.redis.ttl(parked_key) < ttl_s:
            self.redis.expire(parked_key, ttl_s)

    def unpark(self, brand: str, member_id: str) -> list[dict[str, Any]]:
        """Take the member's parked deliveries that have not expired (as Delivery data) and free their
        ledger keys, so that enqueueing them again sends them. Call it when the member interacts."""
        parked_key = keys.parked(brand, member_id)
        pipe = self.redis.pipeline()
        pipe.hgetall(parked_key)
        pipe.delete(parked_key)
        entries, _ = pipe.execute()
        now_s = epoch_s(self.clock.now())
        out = []
        for key, raw in entries.items():
            item = json.loads(raw)
            if item["until"] > now_s:
                self.release(brand, _s(key))
                out.append(item["delivery"])
        return out


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
