"""Deliveries for managers: what failed for good and what is parked, each with its reason, and retrying
one or all of them. A retry goes back through the delivery layer (the queue, then the route chooser), so a
member's window, budget and opt-out are honoured again: a parked delivery whose route is still closed
parks again, with its reason."""

from __future__ import annotations

from typing import Any

from bot.manager.errors import NotFoundError
from bot.outbound import Delivery
from bot.services import Services
from bot.store.ledger import DeliveryLedger

LIST_MAX = 1_000
RETRY_ALL_MAX = 1_000  # one request retries at most this many (the newest); repeat it for more


def _ledger(svc: Services) -> DeliveryLedger:
    return DeliveryLedger(svc.redis, svc.clock)


def failed(svc: Services, brand: str, *, limit: int = 50) -> list[dict[str, Any]]:
    ledger = _ledger(svc)
    rows = ledger.failures(brand, count=max(1, min(limit, LIST_MAX)))
    retryable = ledger.retryable_failures(brand, [row.get("key", "") for row in rows])
    return [{**{k: row.get(k, "") for k in ("id", "time", "key", "member", "route", "errcode", "errmsg", "reason")},
             "retryable": can} for row, can in zip(rows, retryable, strict=True)]


def parked(svc: Services, brand: str, *, limit: int = 50) -> list[dict[str, Any]]:
    ledger = _ledger(svc)
    rows = ledger.parked_entries(brand, count=max(1, min(limit, LIST_MAX)))
    waiting = ledger.parked_waiting(brand, [(row.get("member", ""), row.get("key", "")) for row in rows])
    return [{**{k: row.get(k, "") for k in ("id", "time", "key", "member", "purpose", "type", "reason")},
             "waiting": can} for row, can in zip(rows, waiting, strict=True)]


def retry_failed(svc: Services, brand: str, key: str) -> dict[str, Any]:
    data = _ledger(svc).take_failed(brand, key)
    if data is None:
        raise NotFoundError(f"no retryable failed delivery {key!r} in brand {brand!r} (too old, retried already, "
                            "or failed before failures were kept)")
    svc.queue.enqueue([Delivery.from_data(data)])
    return {"key": key, "outcome": "queued"}


def retry_parked(svc: Services, brand: str, key: str) -> dict[str, Any]:
    rows = [row for row in _ledger(svc).parked_entries(brand, count=LIST_MAX) if row.get("key") == key]
    data = _ledger(svc).take_parked(brand, rows[0].get("member", ""), key) if rows else None
    if data is None:
        raise NotFoundError(f"no parked delivery {key!r} waiting in brand {brand!r}")
    svc.queue.enqueue([Delivery.from_data(data)])
    return {"key": key, "outcome": "queued"}


def retry_all_failed(svc: Services, brand: str) -> dict[str, Any]:
    """Every retryable failure among the newest RETRY_ALL_MAX: queued again, in one batch."""
    ledger = _ledger(svc)
    queued, keys_seen = [], set()
    for row in ledger.failures(brand, count=RETRY_ALL_MAX):
        key = row.get("key", "")
        if not key or key in keys_seen:
            continue
        keys_seen.add(key)
        data = ledger.take_failed(brand, key)
        if data is not None:
            queued.append(Delivery.from_data(data))
    if queued:
        svc.queue.enqueue(queued)
    return {"queued": len(queued), "keys": [d.key for d in queued][:100]}


def retry_all_parked(svc: Services, brand: str) -> dict[str, Any]:
    ledger = _ledger(svc)
    queued, seen = [], set()
    for row in ledger.parked_entries(brand, count=RETRY_ALL_MAX):
        pair = (row.get("member", ""), row.get("key", ""))
        if not all(pair) or pair in seen:
            continue
        seen.add(pair)
        data = ledger.take_parked(brand, *pair)
        if data is not None:
            queued.append(Delivery.from_data(data))
    if queued:
        svc.queue.enqueue(queued)
    return {"queued": len(queued), "keys": [d.key for d in queued][:100]}
