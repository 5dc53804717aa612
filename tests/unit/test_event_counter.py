"""EventLog's day counter: bumped per event type, its TTL renewed at most every COUNTER_RENEW_S per process."""

from __future__ import annotations

import fakeredis
import pytest

from bot.clock import ManualClock
from bot.store import events as events_module
from bot.store import keys
from bot.store.events import COUNTER_RENEW_S, COUNTER_TTL_S, EventLog


def test_the_day_counter_ttl_is_renewed_once_a_minute_not_on_every_callback(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each callback's writes carried an EXPIRE of the day's counter; a renewal a minute late is the same 400-day
    TTL, so a process renews it at most every COUNTER_RENEW_S (branch hot7: one redis command less per callback)."""
    now = [1000.0]
    monkeypatch.setattr(events_module.time, "monotonic", lambda: now[0])
    log = EventLog(fake_redis, clock)
    counter = keys.counter("default", "events", clock.now().date().isoformat())

    def expires_queued() -> int:
        pipe = fake_redis.pipeline(transaction=False)
        log.append_all("default", (("in.text", {"member": "m1"}),), pipe=pipe)
        queued = sum(1 for args, _ in pipe.command_stack if args[0] == "EXPIRE")
        pipe.execute()
        return queued

    assert expires_queued() == 1 and 0 < fake_redis.ttl(counter) <= COUNTER_TTL_S
    now[0] += COUNTER_RENEW_S / 2
    assert expires_queued() == 0 and fake_redis.hget(counter, "in.text") == b"2"
    fake_redis.delete(counter)  # gone meanwhile: the next renewal gives it its TTL back
    now[0] += COUNTER_RENEW_S / 2
    assert expires_queued() == 1 and 0 < fake_redis.ttl(counter) <= COUNTER_TTL_S
    assert fake_redis.hget(counter, "in.text") == b"1"
    log.append("default", "in.click", {"member": "m1"})  # without a pipeline: the same rule
    assert fake_redis.hget(counter, "in.click") == b"1"
