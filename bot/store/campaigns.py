"""Campaign state in Redis: the frozen spec and status, counters, which members were handled, the fan-out's
unfinished ranges, members waiting for their local time, and the WeCom mass tasks. Keys in keys.py."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import redis

from bot.content.campaigns import Campaign
from bot.content.codec import decode_value, encode_value
from bot.store import keys

DRAFT, RUNNING, PAUSED, CANCELLED, DONE = "draft", "running", "paused", "cancelled", "done"
STATUSES = (DRAFT, RUNNING, PAUSED, CANCELLED, DONE)


class CampaignStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    # -- the campaign -------------------------------------------------------------------------------------

    def save(self, brand: str, spec: Campaign, *, source: str, now_s: int) -> None:
        """Create or replace a draft (a launched campaign's spec is frozen: the caller checks the status)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(keys.campaign(brand, spec.id), mapping={
            "spec": json.dumps(encode_value(spec), ensure_ascii=False), "source": source, "status": DRAFT,
            "created_s": now_s})
        pipe.zadd(keys.campaigns_index(brand), {spec.id: now_s}, nx=True)
        pipe.execute()

    def get(self, brand: str, campaign_id: str) -> dict[str, str]:
        return {_s(k): _s(v) for k, v in self.redis.hgetall(keys.campaign(brand, campaign_id)).items()}

    def spec(self, record: Mapping[str, str]) -> Campaign:
        return decode_value(Campaign, json.loads(record["spec"]))

    def ids(self, brand: str) -> list[str]:
        return [_s(i) for i in self.redis.zrange(keys.campaigns_index(brand), 0, -1)]

    def status(self, brand: str, campaign_id: str) -> str:
        return _s(self.redis.hget(keys.campaign(brand, campaign_id), "status") or b"")

    def set_fields(self, brand: str, campaign_id: str, **values: str | int) -> None:
        self.redis.hset(keys.campaign(brand, campaign_id), mapping=values)

    def transition(self, brand: str, campaign_id: str, allowed: Iterable[str], new: str, **values: str | int
                   ) -> str | None:
        """Set status `new` when the current one is in `allowed` (atomically); the status it had, or None when
        it was not allowed (the caller says why)."""
        key = keys.campaign(brand, campaign_id)
        allowed = tuple(allowed)
        with self.redis.pipeline(transaction=True) as pipe:
            while True:
                try:
                    pipe.watch(key)
                    current = _s(pipe.hget(key, "status") or b"")
                    if current not in allowed:
                        pipe.unwatch()
                        return None
                    pipe.multi()
                    pipe.hset(key, mapping={"status": new, **values})
                    pipe.execute()
                    return current
                except redis.WatchError:
                    continue

    # -- counters -----------------------------------------------------------------------------------------

    def bump(self, brand: str, campaign_id: str, counts: Mapping[str, int], pipe: Any = None) -> None:
        target = pipe if pipe is not None else self.redis.pipeline(transaction=False)
        for name, delta in counts.items():
            if delta:
                target.hincrby(keys.campaign_stats(brand, campaign_id), name, delta)
        if pipe is None:
            target.execute()

    def stats(self, brand: str, campaign_id: str) -> dict[str, int]:
        return {_s(k): int(v) for k, v in self.redis.hgetall(keys.campaign_stats(brand, campaign_id)).items()}

    # -- members handled ----------------------------------------------------------------------------------

    def handled_in(self, brand: str, campaign_id: str, numbers: Sequence[int]) -> list[bool]:
        pipe = self.redis.pipeline(transaction=False)
        for n in numbers:
            pipe.getbit(keys.campaign_handled(brand, campaign_id), n)
        return [bool(b) for b in pipe.execute()] if numbers else []

    def mark_handled(self, brand: str, campaign_id: str, decided: Mapping[int, str]) -> dict[str, int]:
        """Set each member's handled bit and count its outcome ONLY where the bit was not set yet, so two runs
        over the same member (a resumed range beside a late continuation) count it once. Returns the counts."""
        numbers = list(decided)
        if not numbers:
            return {}
        pipe = self.redis.pipeline(transaction=False)
        for n in numbers:
            pipe.setbit(keys.campaign_handled(brand, campaign_id), n, 1)
        before = pipe.execute()
        counts: dict[str, int] = {}
        for n, was in zip(numbers, before, strict=True):
            if not was:
                counts[decided[n]] = counts.get(decided[n], 0) + 1
        self.bump(brand, campaign_id, counts)
        return counts

    # -- ranges and waiting members -----------------------------------------------------------------------

    def open_ranges(self, brand: str, campaign_id: str, starts: Sequence[int]) -> None:
        if starts:
            self.redis.sadd(keys.campaign_ranges(brand, campaign_id), *starts)

    def close_range(self, brand: str, campaign_id: str, start: int) -> int:
        """Mark a range finished; how many are left."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.srem(keys.campaign_ranges(brand, campaign_id), start)
        pipe.scard(keys.campaign_ranges(brand, campaign_id))
        return int(pipe.execute()[1])

    def ranges_left(self, brand: str, campaign_id: str) -> list[int]:
        return sorted(int(s) for s in self.redis.smembers(keys.campaign_ranges(brand, campaign_id)))

    def defer(self, brand: str, campaign_id: str, due: Mapping[int, int]) -> None:
        if due:
            self.redis.zadd(keys.campaign_later(brand, campaign_id), {str(n): s for n, s in due.items()})

    def take_due(self, brand: str, campaign_id: str, now_s: int, limit: int) -> list[int]:
        """Members whose moment has come, removed from the waiting set (only the caller that removes one
        gets it: ZREM answers per member)."""
        key = keys.campaign_later(brand, campaign_id)
        found = [_s(n) for n in self.redis.zrangebyscore(key, "-inf", now_s, start=0, num=limit)]
        if not found:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for n in found:
            pipe.zrem(key, n)
        return [int(n) for n, removed in zip(found, pipe.execute(), strict=True) if removed]

    def waiting(self, brand: str, campaign_id: str) -> tuple[int, int | None]:
        """(members waiting for a later moment, the earliest moment or None)."""
        key = keys.campaign_later(brand, campaign_id)
        first = self.redis.zrange(key, 0, 0, withscores=True)
        return int(self.redis.zcard(key)), (int(first[0][1]) if first else None)

    # -- WeCom mass tasks ---------------------------------------------------------------------------------

    def queue_mass(self, brand: str, campaign_id: str, items: Sequence[str]) -> None:
        if items:
            self.redis.rpush(keys.campaign_mass_queue(brand, campaign_id), *items)

    def drain_mass(self, brand: str, campaign_id: str) -> list[str]:
        key = keys.campaign_mass_queue(brand, campaign_id)
        pipe = self.redis.pipeline(transaction=True)
        pipe.lrange(key, 0, -1)
        pipe.delete(key)
        return [_s(i) for i in pipe.execute()[0]]

    def save_task(self, brand: str, campaign_id: str, msgid: str, task: Mapping[str, Any]) -> None:
        self.redis.hset(keys.campaign_tasks(brand, campaign_id), msgid, json.dumps(task, ensure_ascii=False))

    def tasks(self, brand: str, campaign_id: str) -> dict[str, dict[str, Any]]:
        return {_s(k): json.loads(v) for k, v in self.redis.hgetall(keys.campaign_tasks(brand, campaign_id)).items()}


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
