"""The one service context of a worker process: what every job uses, built once from Settings.

Jobs read it with `services()`; tests and the embedded demo `install()` their own. It holds only what
is meant to outlive a job (connections, the gateway and its token copy, stores), never per-job state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import redis

from bot.channels import RouteContext
from bot.clock import Clock
from bot.community.drops import Drops
from bot.gateway import Gateway
from bot.outbound import Queue
from bot.queueing import RQDeliveryQueue
from bot.sequences.engine import SequenceEngine
from bot.services import Services, build_services
from bot.settings import DeliveryTuning, Settings
from bot.store.budget import BudgetStore
from bot.store.ledger import DeliveryLedger
from bot.store.members import MemberStore
from bot.store.tasks import TaskStore
from bot.webhook.pipeline import WebhookPipeline


class LaterQueue(Protocol):
    """Where a delivery job hands back what it did not send (bot.queueing.RQDeliveryQueue.enqueue_later)."""

    def enqueue_later(self, deliveries: list[dict[str, Any]], *, queue: Queue, delay_s: float,
                      delays: int) -> str: ...

    def kick_tick(self, brand: str) -> None: ...


@dataclass(frozen=True, kw_only=True)
class JobServices:
    """Everything the jobs use. One per worker process, so connections and the token copy outlive a job.

    The delivery job uses clock, members, ledger, routes (gateway and budget), later and tuning; the kf
    pull uses settings, clock, gateway and the webhook pipeline its messages go through.
    """

    settings: Settings
    redis: redis.Redis
    clock: Clock
    gateway: Gateway
    members: MemberStore
    ledger: DeliveryLedger
    routes: RouteContext
    later: LaterQueue
    pipeline: WebhookPipeline
    tuning: DeliveryTuning
    sequences: SequenceEngine  # with the routes: ticks run here
    drops: Drops  # group tutorial drops (jobs/drops.py)


def build(settings: Settings, redis_client: redis.Redis | None = None, *, clock: Clock | None = None,
          gateway: Gateway | None = None, later: LaterQueue | None = None,
          core: Services | None = None) -> JobServices:
    """The jobs' services on `settings`, sharing the webhook's where given.

    `core` is the web side's Services when the jobs run beside it (the embedded demo, tests): kf pulls then
    go through its pipeline, and its Redis and clock are used. Without it one is built on `redis_client`
    (None: connect as Settings say). One gateway serves sends and pulls, so they share the token copy and
    the keep-alive connections; by default it uses the delivery tuning's retry delays and rate wait.
    """
    if core is not None and (redis_client is not None or clock is not None):
        raise ValueError("build(core=...) uses the core's Redis and clock: pass redis_client and clock, or core")
    tuning = settings.delivery
    if core is None:
        core = build_services(settings, redis_client=redis_client, clock=clock)
    gateway = gateway or Gateway(core.redis, settings, retry_delays_s=tuning.retry_delays_s,
                                 max_rate_wait_s=tuning.rate_wait_max_s)
    ledger = DeliveryLedger(core.redis, core.clock, claim_ttl_s=tuning.claim_ttl_s)
    routes = RouteContext(gateway=gateway, budget=BudgetStore(core.redis), tasks=TaskStore(core.redis), ledger=ledger)
    return JobServices(
        settings=settings, redis=core.redis, clock=core.clock, gateway=gateway, members=core.members,
        ledger=ledger, routes=routes,
        later=later or RQDeliveryQueue(core.redis, tuning), pipeline=core.pipeline, tuning=tuning,
        sequences=core.sequences.with_routes(routes), drops=core.drops)


_INSTALLED: JobServices | None = None


def services() -> JobServices:
    """The process's JobServices: the installed one, else built once from Settings.from_env()."""
    global _INSTALLED
    if _INSTALLED is None:
        _INSTALLED = build(Settings.from_env())
    return _INSTALLED


def services_on(redis_client: redis.Redis) -> JobServices:
    """The process's JobServices, built on `redis_client` unless installed already: a worker's jobs use the
    client its RQ worker dequeues with (one pool, and with Sentinel one view of where the master is)."""
    global _INSTALLED
    if _INSTALLED is None:
        _INSTALLED = build(Settings.from_env(), redis_client)
    return _INSTALLED


def install(value: JobServices | None) -> None:
    """Use `value` for every job in this process from now on (tests, the embedded demo, the e2e launcher).

    None forgets it: the next `services()` builds from the environment again.
    """
    global _INSTALLED
    _INSTALLED = value
