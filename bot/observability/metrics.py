"""Siyu's Prometheus metrics: counters and a histogram bumped in process memory on the hot paths, and gauges
read from Redis only when /metrics is scraped (StateCollector).

Names start `siyu_`; counters end `_total`, durations are `_seconds`. Labels are bounded (brand, channel,
kind, route, outcome, queue): never a member id. With several processes (gunicorn workers, `siyu worker`),
set PROMETHEUS_MULTIPROC_DIR for all of them: each process writes its own memory-mapped file, and /metrics
adds them up (docs/admin-api.md says why this and not counters in Redis). Bumping a counter is ~1 us and no
Redis round trip.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

if TYPE_CHECKING:
    from bot.services import Services

CALLBACKS = Counter("siyu_callbacks_total", "Inbound callbacks (and pulled kf messages) by channel and kind",
                    ["brand", "channel", "kind"])
PASSIVE_REPLIES = Counter("siyu_passive_replies_total", "Answers given in the callback's HTTP response",
                          ["channel", "type"])
DELIVERIES = Counter("siyu_deliveries_total", "Deliveries by route and outcome (sent, task, failed, parked, "
                     "skipped, maybe, retry, slow, busy); route '-' where none was chosen", ["route", "outcome"])
FAQ = Counter("siyu_faq_total", "FAQ questions by outcome: answered, did_you_mean, unanswered", ["brand", "outcome"])
# WeChat retries a callback not answered within 5 s: the buckets look closely below and around that.
WEBHOOK_SECONDS = Histogram("siyu_webhook_seconds", "Time to answer a callback POST, by endpoint kind",
                            ["kind"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 10.0))
FAQ_OUTCOMES = {"answered": "answered", "suggested": "did_you_mean", "unanswered": "unanswered"}


def multiprocess_dir() -> str | None:
    """prometheus-client's own setting: read at its import, so it must be in the environment at start."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


class StateCollector(Collector):
    """Gauges read from Redis at scrape time: queue depth and oldest job age, failed and scheduled jobs,
    workers, each brand's sequence tick lag and backlog, and the failed and parked ledgers' sizes."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def collect(self) -> Iterator[Metric]:
        from bot.manager.queues import health  # at scrape time only
        from bot.store import keys

        state = health(self.services)
        depth = GaugeMetricFamily("siyu_queue_depth", "Jobs waiting in each RQ queue", labels=["queue"])
        oldest = GaugeMetricFamily("siyu_queue_oldest_job_age_seconds", "Age of the oldest waiting job",
                                   labels=["queue"])
        failed = GaugeMetricFamily("siyu_queue_failed_jobs", "Jobs in RQ's failed registry", labels=["queue"])
        scheduled = GaugeMetricFamily("siyu_queue_scheduled_jobs", "Jobs scheduled for later", labels=["queue"])
        for queue in state["queues"]:
            depth.add_metric([queue["name"]], queue["depth"])
            oldest.add_metric([queue["name"]], queue["oldest_age_s"])
            failed.add_metric([queue["name"]], queue["failed"])
            scheduled.add_metric([queue["name"]], queue["scheduled"])
        yield from (depth, oldest, failed, scheduled)
        yield GaugeMetricFamily("siyu_workers", "RQ workers registered", value=len(state["workers"]))
        lag = GaugeMetricFamily("siyu_sequence_tick_lag_seconds", "How long the oldest due sequence step has "
                                "waited for a tick", labels=["brand"])
        backlog = GaugeMetricFamily("siyu_sequence_due_backlog", "Sequence steps due and not yet claimed",
                                    labels=["brand"])
        for row in state["sequences"]:
            lag.add_metric([row["brand"]], row["tick_lag_s"])
            backlog.add_metric([row["brand"]], row["due_backlog"])
        yield from (lag, backlog)
        failed_ledger = GaugeMetricFamily("siyu_failed_deliveries", "Entries in the failed ledger (capped stream)",
                                          labels=["brand"])
        parked_ledger = GaugeMetricFamily("siyu_parked_deliveries", "Entries in the parked ledger (capped stream)",
                                          labels=["brand"])
        pipe = self.services.redis.pipeline(transaction=False)
        brands = list(self.services.settings.brands)
        for brand in brands:
            pipe.xlen(keys.failed_ledger(brand))
            pipe.xlen(keys.parked_ledger(brand))
        counts = pipe.execute()
        for index, brand in enumerate(brands):
            failed_ledger.add_metric([brand], counts[2 * index])
            parked_ledger.add_metric([brand], counts[2 * index + 1])
        yield from (failed_ledger, parked_ledger)


class _ThisProcess(Collector):
    """The default registry's metrics, when no multiprocess directory is set (the demo, tests, one process)."""

    def collect(self) -> Iterator[Metric]:
        yield from REGISTRY.collect()


def exposition(services: Services) -> bytes:
    """The text /metrics serves: every process's counters (or this one's), then the Redis-read gauges."""
    registry = CollectorRegistry()
    directory = multiprocess_dir()
    if directory:
        MultiProcessCollector(registry, path=directory)
    else:
        registry.register(_ThisProcess())
    registry.register(StateCollector(services))
    return generate_latest(registry)
