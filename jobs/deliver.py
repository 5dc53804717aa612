"""RQ job: send a batch of deliveries. Thin: ledger check -> opt-out -> route -> send -> record.

Retryable failures raise after the batch, so RQ's Retry re-runs the job; the ledger makes the
re-run skip what was already sent. Permanent failures go to the failed ledger.
"""

from __future__ import annotations

import logging
import os
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import redis

from bot.channels import RouteContext, choose
from bot.clock import Clock, SystemClock
from bot.errors import AlreadyDoneError, GatewayError, MaybeSentError, RetryLaterError, SiyuError, SlowDownError
from bot.gateway import Gateway
from bot.outbound import Delivery
from bot.settings import Settings
from bot.store.budget import BudgetStore
from bot.store.connection import connect
from bot.store.ledger import SENDING, DeliveryLedger
from bot.store.members import MemberStore

log = logging.getLogger(__name__)

ANSWERS_MEMBER = frozenset({"reply", "welcome"})  # purposes sent even to opted-out members (Delivery doc)


@dataclass
class DeliveryServices:
    clock: Clock
    members: MemberStore
    ledger: DeliveryLedger
    routes: RouteContext


def build(settings: Settings, redis_client: redis.Redis, *, clock: Clock | None = None,
          gateway: Gateway | None = None, robot_keys: Mapping[str, str] | None = None) -> DeliveryServices:
    clock = clock or SystemClock()
    gateway = gateway or Gateway(redis_client, settings)
    routes = RouteContext(gateway=gateway, budget=BudgetStore(redis_client),
                          robot_keys=dict(robot_keys if robot_keys is not None else _robot_keys_from_env()))
    return DeliveryServices(clock=clock, members=MemberStore(redis_client, clock),
                            ledger=DeliveryLedger(redis_client, clock), routes=routes)


def _robot_keys_from_env() -> dict[str, str]:
    """SIYU_ROBOT_KEYS="name=key,name2=key2" until Settings carries robots (left for settings' owner)."""
    pairs = (item.split("=", 1) for item in os.environ.get("SIYU_ROBOT_KEYS", "").split(",") if "=" in item)
    return {name.strip(): key.strip() for name, key in pairs}


_SERVICES: DeliveryServices | None = None


def services() -> DeliveryServices:
    """Built once per worker process from Settings.from_env()."""
    global _SERVICES
    if _SERVICES is None:
        settings = Settings.from_env()
        _SERVICES = build(settings, connect(settings))
    return _SERVICES


def use_services(value: DeliveryServices | None) -> None:
    """Tests and the embedded demo inject their own services (None resets)."""
    global _SERVICES
    _SERVICES = value


def deliver_batch(deliveries: list[dict[str, Any]]) -> dict[str, int]:
    """Send each delivery at most once; counts by outcome. Raises RetryLaterError when any must be retried."""
    svc = services()
    counts: Counter[str] = Counter()
    retry: list[GatewayError] = []
    for data in deliveries:
        outcome, error = deliver_one(svc, Delivery.from_data(data))
        counts[outcome] += 1
        if error is not None:
            retry.append(error)
    if retry:
        raise RetryLaterError(f"{len(retry)} of {len(deliveries)} deliveries must be retried; first: {retry[0]}")
    return dict(counts)


def deliver_one(svc: DeliveryServices, delivery: Delivery) -> tuple[str, GatewayError | None]:
    """(outcome, error to retry or None). Outcomes: sent, skipped, parked, failed, maybe, retry, busy."""
    brand, key = delivery.brand, delivery.key
    previous = svc.ledger.claim(brand, key)
    if previous is not None:
        return ("busy" if previous == SENDING else "skipped"), None
    member = svc.members.get(brand, delivery.member_id)
    if member is not None and member.opted_out and delivery.purpose not in ANSWERS_MEMBER:
        svc.ledger.settle(brand, key, "skipped:opted_out")
        return "skipped", None
    now = svc.clock.now()
    choice = choose(svc.routes, delivery, member, now)
    if choice.route is None:
        reason = "; ".join(choice.reasons)
        svc.ledger.settle(brand, key, f"parked:{reason[:200]}")
        log.info("delivery %s parked: %s", key, reason)
        return "parked", None
    try:
        choice.route.send(svc.routes, delivery, member, now)
    except AlreadyDoneError:
        pass
    except (RetryLaterError, SlowDownError) as exc:
        svc.ledger.release(brand, key)
        return "retry", exc
    except MaybeSentError as exc:
        svc.ledger.settle(brand, key, "maybe:timeout")
        log.warning("delivery %s may have been sent: %s", key, exc)
        return "maybe", None
    except GatewayError as exc:
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=exc.errcode, errmsg=exc.errmsg or str(exc), reason=type(exc).__name__)
        return "failed", None
    except SiyuError as exc:  # content our routes cannot send: our bug, never retried
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=None, errmsg=str(exc), reason=type(exc).__name__)
        return "failed", None
    svc.ledger.settle(brand, key, "sent")
    return "sent", None
