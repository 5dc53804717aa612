"""An attempt whose client has gone (its first Redis answer came more than WeChat's 5 s after it began: Redis
stalled) lets WeChat's live retry go first, and processes the callback itself only when no retry did
(bot/webhook/pipeline.py, ABANDONED_AFTER_S; issue 16, item 1)."""

from __future__ import annotations

import time

import pytest

from bot.queueing import RecordingDeliveryQueue
from bot.services import Services
from bot.store import keys
from bot.webhook import pipeline as pipeline_module
from tests.support.factories import make_inbound


def _in_events(services: Services) -> list[dict[bytes, bytes]]:
    return [f for _, f in services.pipeline.events.redis.xrange(keys.events("default"))
            if f[b"type"].startswith(b"in.")]


def test_an_abandoned_attempt_whose_callback_nobody_retried_still_processes_it(
        services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """WeChat's third try is never retried: processed late, the callback is not lost."""
    monkeypatch.setattr(pipeline_module, "ABANDONED_DEFER_S", 0.0)
    services.pipeline.handle(make_inbound("ping", msg_id="late-1"), began=time.monotonic() - 12)
    assert len(_in_events(services)) == 1


def test_an_abandoned_attempt_leaves_the_callback_to_the_retry_that_came_meanwhile(
        services: Services, delivery_queue: RecordingDeliveryQueue, monkeypatch: pytest.MonkeyPatch) -> None:
    """While the stale attempt waits, WeChat's live retry claims, processes and answers; the stale one then finds it
    done and processes nothing (before, both ran the handlers and one commit was dropped)."""
    inbound = make_inbound("ping", msg_id="late-2")
    live_retries: list[float] = []

    def live_retry_meanwhile(seconds: float) -> None:
        live_retries.append(seconds)
        services.pipeline.handle(inbound, began=time.monotonic())

    monkeypatch.setattr(pipeline_module.time, "sleep", live_retry_meanwhile)
    routed = []
    original_route = services.pipeline._route
    monkeypatch.setattr(services.pipeline, "_route", lambda *a, **k: routed.append(1) or original_route(*a, **k))
    services.pipeline.handle(inbound, began=time.monotonic() - 6)
    assert live_retries == [pipeline_module.ABANDONED_DEFER_S]
    assert len(routed) == 1  # the handlers ran once, for the live retry
    assert len(_in_events(services)) == 1
    assert delivery_queue.deliveries  # the live retry's answer went out (queued: no passive split here)


def test_an_attempt_inside_wechats_patience_processes_at_once(services: Services,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    monkeypatch.setattr(pipeline_module.time, "sleep", slept.append)
    services.pipeline.handle(make_inbound("ping", msg_id="on-time"), began=time.monotonic() - 1)
    assert slept == []
    assert len(_in_events(services)) == 1
