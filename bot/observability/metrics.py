"""Siyu's Prometheus metrics: counters and a histogram bumped in process memory on the hot paths, and gauges
read from Redis only when /metrics is scraped (scrape.py). This module imports nothing of Siyu's: the
webhook and the jobs import it.

Names start `siyu_`; counters end `_total`, durations are `_seconds`. Labels are bounded (brand, channel,
kind, route, outcome, queue): never a member id. With several processes (gunicorn workers, `siyu worker`),
set PROMETHEUS_MULTIPROC_DIR for all of them: each process writes its own memory-mapped file, and /metrics
adds them up (docs/admin-api.md says why this and not counters in Redis). Bumping a counter is ~1 us and no
Redis round trip.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import Counter, Histogram
from prometheus_client.metrics import MetricWrapperBase

CALLBACKS = Counter("siyu_callbacks_total", "Inbound callbacks (and pulled kf messages) by channel and kind",
                    ["brand", "channel", "kind"])
PASSIVE_REPLIES = Counter("siyu_passive_replies_total", "Answers given in the callback's HTTP response",
                          ["channel", "type"])
DELIVERIES = Counter("siyu_deliveries_total", "Deliveries by route and outcome (sent, task, failed, parked, "
                     "skipped, maybe, retry, slow, busy); route '-' where none was chosen", ["route", "outcome"])
FAQ = Counter("siyu_faq_total", "FAQ questions by outcome: answered, did_you_mean, unanswered, spam",
              ["brand", "outcome"])
# WeChat retries a callback not answered within 5 s: the buckets look closely below and around that.
WEBHOOK_SECONDS = Histogram("siyu_webhook_seconds", "Time to answer a callback POST, by endpoint kind",
                            ["kind"], buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 5.0, 10.0))
FAQ_OUTCOMES = {"answered": "answered", "suggested": "did_you_mean", "unanswered": "unanswered", "spam": "spam"}


_CHILDREN: dict[tuple[int, tuple[str, ...]], Any] = {}


def labelled(metric: MetricWrapperBase, *values: str) -> Any:
    """`metric.labels(*values)`, remembered: the webhook bumps four labelled metrics per callback, and `labels`
    checks and converts its values and takes a lock every time (~3 µs each under cProfile, issue 10). A child
    stays valid while nobody calls the metric's `remove` or `clear` (Siyu never does); the labels are bounded
    (module doc), and so is this table. Thread-safe: a race builds the same child twice, `labels` returns one."""
    key = (id(metric), values)
    child = _CHILDREN.get(key)
    if child is None:
        child = _CHILDREN[key] = metric.labels(*values)
    return child
