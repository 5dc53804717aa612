"""Job-side services for tests: the delivery job's context installed on fakeredis and a given clock,
sending to the fake WeChat API over HTTP, with RQ's scheduled re-enqueue recorded instead of run."""

from __future__ import annotations

import fakeredis

from bot import gateway as gw
from bot.clock import ManualClock
from bot.settings import Settings
from jobs import context
from jobs.context import JobServices


class LaterRecorder:
    """Stands in for RQ's scheduled re-enqueue of slowed-down deliveries (bot.queueing)."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[dict[str, object]], str, float, int]] = []

    def enqueue_later(self, deliveries: list[dict[str, object]], *, queue: str, delay_s: float, delays: int) -> str:
        self.calls.append((deliveries, str(queue), delay_s, delays))
        return f"later-{len(self.calls)}"


def install_jobs(settings: Settings, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> JobServices:
    """Install (and return) the job context; retries do not sleep. `context.install(None)` undoes it."""
    gateway = gw.Gateway(fake_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
    svc = context.build(settings, fake_redis, clock=clock, gateway=gateway, later=LaterRecorder())
    context.install(svc)
    return svc
