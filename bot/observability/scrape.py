"""What /metrics serves: every process's counters (metrics.py), then gauges read from Redis at scrape time."""

from __future__ import annotations

import os
from collections.abc import Iterator

from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from bot.manager.queues import health
from bot.services import Services
from bot.store import keys


def multiprocess_dir() -> str | None:
    """prometheus-client's own setting: read at its import, so it must be in the environment at start."""
    return os.environ.get("PROMETHEUS_MULTIPROC_DIR") or None


class StateCollector(Collector):
    """Gauges read from Redis at scrape time: queue depth and oldest job age, failed and scheduled jobs,
    workers, each brand's sequence tick lag and backlog, and the failed and parked ledgers' sizes."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def collect(self) -> Iterator[Metric]:
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
