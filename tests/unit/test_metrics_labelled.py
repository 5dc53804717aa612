"""labelled(): a remembered `metric.labels(...)`, counting where `labels` counts."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter

from bot.observability.metrics import labelled


def test_labelled_is_the_metrics_own_child() -> None:
    registry = CollectorRegistry()
    counter = Counter("siyu_test_labelled_total", "test", ["brand", "kind"], registry=registry)
    labelled(counter, "lumi", "text").inc()
    labelled(counter, "lumi", "text").inc()
    labelled(counter, "lumi", "image").inc()
    assert labelled(counter, "lumi", "text") is counter.labels("lumi", "text")
    assert registry.get_sample_value("siyu_test_labelled_total", {"brand": "lumi", "kind": "text"}) == 2
    assert registry.get_sample_value("siyu_test_labelled_total", {"brand": "lumi", "kind": "image"}) == 1
