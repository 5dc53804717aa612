"""RQ job: send a batch of deliveries. Thin: ledger check -> opt-out -> route -> send -> record.

Retryable failures raise after the batch, so RQ's Retry re-runs the job; the ledger makes the
re-run skip what was already sent. A slow-down (a rate limit, ours or WeChat's) is not a failure:
those deliveries are scheduled again after the wait, without using RQ's retries. Permanent
failures go to the failed ledger; deliveries no route allows now are parked.
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
from collections import Counter
from dataclasses import dataclass
from typing import Any, Protocol

import redis
from rq import get_current_job

from bot.channels import RouteContext, choose
from bot.clock import Clock, SystemClock
from bot.errors import AlreadyDoneError, GatewayError, MaybeSentError, RetryLaterError, SiyuError, SlowDownError
from bot.gateway import Gateway
from bot.outbound import Delivery, Queue
from bot.queueing import IN_JOB_RETRY_DELAYS_S, MAX_DELAYS, RQDeliveryQueue
from bot.settings import Settings
from bot.store.budget import BudgetStore
from bot.store.connection import connect
from bot.store.ledger import PARK_TTL_S, SENDING_TTL_S, ClaimHolder, DeliveryLedger, is_claim
from bot.store.members import MemberStore

log = logging.getLogger(__name__)

ANSWERS_MEMBER = frozenset({"reply", "welcome"})  # purposes sent even to opted-out members (Delivery doc)


class LaterQueue(Protocol):
    def enqueue_later(self, deliveries: list[dict[str, Any]], *, queue: Queue, delay_s: float,
                      delays: int) -> str: ...


@dataclass
class DeliveryServices:
    clock: Clock
    members: MemberStore
    ledger: DeliveryLedger
    routes: RouteContext
    later: LaterQueue


def build(settings: Settings, redis_client: redis.Redis, *, clock: Clock | None = None,
          gateway: Gateway | None = None, later: LaterQueue | None = None) -> DeliveryServices:
    clock = clock or SystemClock()
    gateway = gateway or Gateway(redis_client, settings)
    routes = RouteContext(gateway=gateway, budget=BudgetStore(redis_client))
    return DeliveryServices(clock=clock, members=MemberStore(redis_client, clock),
                            ledger=DeliveryLedger(redis_client, clock), routes=routes,
                            later=later or RQDeliveryQueue(redis_client))


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


def deliver_batch(deliveries: list[dict[str, Any]], delays: int = 0) -> dict[str, int]:
    """Send each delivery at most once; counts by outcome. Raises RetryLaterError when any must be retried.

    `delays` counts how often this batch was put off by a slow-down (bot.queueing.enqueue_later).
    """
    svc = services()
    job = get_current_job()
    holder = ClaimHolder(job.id, secrets.token_hex(6)) if job is not None else None
    counts: Counter[str] = Counter()
    retry: list[GatewayError] = []
    slow: list[tuple[dict[str, Any], SlowDownError]] = []
    for data in deliveries:
        outcome, error = deliver_one(svc, Delivery.from_data(data), holder)
        counts[outcome] += 1
        if isinstance(error, SlowDownError) and delays < MAX_DELAYS:
            slow.append((data, error))
        elif error is not None:
            retry.append(error)
    if retry:  # RQ re-runs the whole batch, the slowed ones included (their claims are released)
        raise RetryLaterError(f"{len(retry)} of {len(deliveries)} deliveries must be retried; first: {retry[0]}")
    if slow:
        delay_s = max(error.retry_after for _, error in slow)
        job_id = svc.later.enqueue_later([data for data, _ in slow], queue=Queue(slow[0][0].get("queue", "high")),
                                         delay_s=delay_s, delays=delays + 1)
        log.info("%d deliveries slowed down (%s); again in %.1f s as %s", len(slow), slow[0][1], delay_s, job_id)
    return dict(counts)


def deliver_one(svc: DeliveryServices, delivery: Delivery,
                holder: ClaimHolder | None = None) -> tuple[str, GatewayError | None]:
    """(outcome, error to retry or None). Outcomes: sent, skipped, parked, failed, maybe, retry, slow, busy."""
    brand, key = delivery.brand, delivery.key
    previous = svc.ledger.claim(brand, key, holder=holder)
    if is_claim(previous):  # another worker is sending it, or died doing so: look again after its claim
        return "busy", RetryLaterError(f"delivery {key} is claimed by another worker (claims expire after "
                                       f"{SENDING_TTL_S} s)")
    if previous is not None:
        return "skipped", None
    member = svc.members.get(brand, delivery.member_id)
    if member is not None and member.opted_out and delivery.purpose not in ANSWERS_MEMBER:
        svc.ledger.settle(brand, key, "skipped:opted_out")
        return "skipped", None
    now = svc.clock.now()
    ctx = dataclasses.replace(svc.routes, retry_delays_s=IN_JOB_RETRY_DELAYS_S.get(delivery.queue))
    choice = choose(ctx, delivery, member, now)
    if choice.route is None:
        reason = "; ".join(choice.reasons)
        ttl_s = int(delivery.context.get("park_ttl_s") or PARK_TTL_S)
        svc.ledger.park(brand, key=key, member_id=delivery.member_id, delivery=delivery.to_data(), reason=reason,
                        ttl_s=ttl_s)
        log.info("delivery %s parked: %s", key, reason)
        return "parked", None
    try:
        choice.route.send(ctx, delivery, member, now)
    except AlreadyDoneError:
        pass
    except SlowDownError as exc:
        svc.ledger.release(brand, key)
        return "slow", exc
    except RetryLaterError as exc:
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

