"""The brand's event stream (joins, messages, clicks, opt-outs: what members did; sends are the ledger's, keys.sends)

A capped Redis Stream: analytics read it, the dashboard reads the counters.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Mapping

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys
from bot.store.stack import push, push_xadd

STREAM_MAXLEN = 100_000  # approximate cap (XADD MAXLEN ~): recent history, bounded memory
COUNTER_TTL_S = 400 * 24 * 3600
# A day's counter has its TTL renewed by each process at most this often (seconds), not on every callback: a TTL of
# 400 days set a minute late is the same TTL, and the EXPIRE was one of a `ping` callback's five writes (~10 k
# redis-server instructions of ~355 k, bench/peers_instructions.py --redis-count; branch hot7). A counter that
# disappears (deleted by hand) gets its TTL back from the next renewal, within this time.
COUNTER_RENEW_S = 60.0
NEW_MEMBER_PREFIX = "new:"  # the day's counter field new:<channel> counts members first seen that day


class EventLog:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock
        self._renewed: dict[str, float] = {}  # counter key -> when this process last queued its EXPIRE (monotonic)

    def append(self, brand: str, event_type: str, fields: Mapping[str, str],
               pipe: redis.client.Pipeline | None = None) -> None:
        """Add one event; pass a pipeline to batch it with other writes (the caller executes it)."""
        self.append_all(brand, ((event_type, fields),), pipe=pipe)

    def append_all(self, brand: str, events: Iterable[tuple[str, Mapping[str, str]]],
                   pipe: redis.client.Pipeline | None = None) -> None:
        """Add several events at one time (a callback's own and its handler's): one XADD each, but the
        day's counter is bumped once per event type, so a callback's write pipeline carries a command or two fewer
        per event (each costs redis-py ~4 us, bench/peers.py), and its TTL renewed at most every COUNTER_RENEW_S."""
        now = self.clock.now()
        at = str(epoch_s(now))
        target = pipe if pipe is not None else self.redis.pipeline(transaction=False)
        counts: dict[str, int] = {}
        for event_type, fields in events:
            entry = {"type": event_type, "at": at, **{k: v for k, v in fields.items() if v}}
            push_xadd(target, keys.events(brand), entry, STREAM_MAXLEN)  # target.xadd(..., approximate=True)
            counts[event_type] = counts.get(event_type, 0) + 1
            if fields.get("new") == "1":  # a member seen for the first time: the dashboard's newcomers by channel
                new_key = f"{NEW_MEMBER_PREFIX}{fields.get('channel', '')}"
                counts[new_key] = counts.get(new_key, 0) + 1
        if counts:
            counter = keys.counter(brand, "events", now.date().isoformat())  # YYYY-MM-DD; strftime costs ~10x more
            for event_type, count in counts.items():
                push(target, "HINCRBY", counter, event_type, count)
            self._renew(target, counter)
        if pipe is None:
            target.execute()

    def _renew(self, pipe: redis.client.Pipeline, counter: str) -> None:
        """Queue the counter's EXPIRE unless this process queued it less than COUNTER_RENEW_S ago (a write dropped
        by a lost commit only delays the next renewal by that long)."""
        now = time.monotonic()
        last = self._renewed.get(counter)
        if last is not None and now - last < COUNTER_RENEW_S:
            return
        if len(self._renewed) > 64:  # one key per brand and day: forget the old days
            self._renewed.clear()
        self._renewed[counter] = now
        push(pipe, "EXPIRE", counter, COUNTER_TTL_S)

    def recent(self, brand: str, count: int = 50) -> list[dict[str, str]]:
        rows = self.redis.xrevrange(keys.events(brand), count=count)
        return [{_s(k): _s(v) for k, v in fields.items()} | {"id": _s(entry_id)} for entry_id, fields in rows]


def newest_entries(redis_client: redis.Redis, stream: str, limit: int, chunk: int = 1_000) -> Iterator[dict[str, str]]:
    """A stream's entries newest first, `limit` at most, read `chunk` at a time (a caller that stops early reads
    no more), each with its entry id as `id`. For a member's timeline, which looks through recent history."""
    last = "+"
    seen = 0
    while seen < limit:
        rows = redis_client.xrevrange(stream, max=last, count=min(chunk, limit - seen))
        if not rows:
            return
        for entry_id, fields in rows:
            seen += 1
            yield {_s(k): _s(v) for k, v in fields.items()} | {"id": _s(entry_id)}
        if len(rows) < chunk:
            return
        last = "(" + _s(rows[-1][0])


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
