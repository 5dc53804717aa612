"""Campaign state in Redis: the frozen spec and status, counters, which members were handled, the fan-out's
unfinished ranges, members waiting for their local time, and the WeCom mass tasks. Keys in keys.py."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import redis

from bot.content.campaigns import Campaign
from bot.content.codec import decode_value, encode_value
from bot.inbound import MassResult
from bot.store import keys
from bot.store.links import ATTRIBUTION_S, LINK_TTL_S

DRAFT, RUNNING, PAUSED, CANCELLED, DONE = "draft", "running", "paused", "cancelled", "done"
STATUSES = (DRAFT, RUNNING, PAUSED, CANCELLED, DONE)
ENDED = (DONE, CANCELLED)
# A campaign's working keys (the audience and handled bitmaps, 125 KB each at a million members, the ranges,
# the waiting members) are read by nothing once it has ended (every job reads the status first); they expire
# this long after, left for a look in the meantime.
WORKING_TTL_S = 2 * 86400
# The keys its report reads live (outcomes, WeCom tasks, clicks, unique clickers) change for as long as its
# links answer (LINK_TTL_S, 180 days: also how long WeCom keeps its own statistics) and a conversion may be
# credited to a click (ATTRIBUTION_S); after that the daily snapshot job takes a last snapshot and deletes them
# (bot/campaigns/retention.py), and the report is the snapshot's.
REPORT_LIVE_S = LINK_TTL_S + ATTRIBUTION_S + 86400


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
        it was not allowed (the caller says why). Ending it (done, cancelled: `stopped_s` required) retires its
        keys in the same transaction (`retire`), so no way of ending forgets them."""
        key = keys.campaign(brand, campaign_id)
        allowed = tuple(allowed)
        if new in ENDED and "stopped_s" not in values:
            raise ValueError("ending a campaign needs stopped_s")
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
                    if new in ENDED:
                        self.retire(brand, campaign_id, int(values["stopped_s"]), cancelled=new == CANCELLED,
                                    pipe=pipe)
                    pipe.execute()
                    return current
                except redis.WatchError:
                    continue

    # -- retention ----------------------------------------------------------------------------------------

    def retire(self, brand: str, campaign_id: str, stopped_s: int, *, cancelled: bool, pipe: Any = None) -> None:
        """An ended campaign: its working keys expire in WORKING_TTL_S, and its live report keys are due for
        archiving at `report_until_s` (the campaign hash says when). A cancelled campaign's queue of WeCom
        customers goes too (no task is made for it); a done one's is drained by the mass-task job."""
        target = pipe if pipe is not None else self.redis.pipeline(transaction=True)
        working = [keys.segment_result(brand, f"camp:{campaign_id}"), keys.campaign_handled(brand, campaign_id),
                   keys.campaign_ranges(brand, campaign_id), keys.campaign_later(brand, campaign_id)]
        if cancelled:
            working += [keys.campaign_mass_queue(brand, campaign_id), keys.campaign_oa_queue(brand, campaign_id)]
        for name in working:
            target.expire(name, WORKING_TTL_S)
        target.hset(keys.campaign(brand, campaign_id), "report_until_s", stopped_s + REPORT_LIVE_S)
        if pipe is None:
            target.execute()

    def save_snapshot(self, brand: str, campaign_id: str, day: str, report: Mapping[str, Any]) -> None:
        """The day's snapshot of the report (one per UTC day, the day's last look wins)."""
        self.redis.hset(keys.campaign_snapshots(brand, campaign_id), day,
                        json.dumps(report, ensure_ascii=False, sort_keys=True))

    def snapshots(self, brand: str, campaign_id: str) -> dict[str, dict[str, Any]]:
        return {_s(k): json.loads(v) for k, v in
                self.redis.hgetall(keys.campaign_snapshots(brand, campaign_id)).items()}

    def last_snapshot(self, brand: str, campaign_id: str) -> tuple[str, dict[str, Any]] | None:
        days = self.redis.hkeys(keys.campaign_snapshots(brand, campaign_id))
        if not days:
            return None
        day = max(_s(d) for d in days)
        raw = self.redis.hget(keys.campaign_snapshots(brand, campaign_id), day)
        return (day, json.loads(raw)) if raw is not None else None

    def archive(self, brand: str, campaign_id: str, day: str, live_keys: Sequence[str]) -> None:
        """Delete the live report keys (the caller has just saved `day`'s snapshot): the report is the
        snapshot's from now on (`archived` names its day)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(keys.campaign_stats(brand, campaign_id), keys.campaign_tasks(brand, campaign_id),
                    keys.campaign_mass_queue(brand, campaign_id), keys.campaign_oa_queue(brand, campaign_id),
                    keys.campaign_reached(brand, campaign_id), *live_keys)
        pipe.hset(keys.campaign(brand, campaign_id), "archived", day)
        pipe.execute()

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

    def queue_oa_mass(self, brand: str, campaign_id: str, items: Sequence[str]) -> None:
        if items:
            self.redis.rpush(keys.campaign_oa_queue(brand, campaign_id), *items)

    def oa_mass_items(self, brand: str, campaign_id: str) -> list[tuple[str, str, str]]:
        """(locale, openid, member id) queued for the mass send by tag; left queued until it is sent."""
        rows = (_s(i).split("|", 2) for i in self.redis.lrange(keys.campaign_oa_queue(brand, campaign_id), 0, -1))
        return list(dict.fromkeys((r[0], r[1], r[2]) for r in rows if len(r) == 3))

    def keep_oa_mass_items(self, brand: str, campaign_id: str, items: Sequence[tuple[str, str, str]]) -> None:
        """Only `items` stay queued (those a send that must wait did not reach)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(keys.campaign_oa_queue(brand, campaign_id))
        if items:
            pipe.rpush(keys.campaign_oa_queue(brand, campaign_id), *("|".join(i) for i in items))
        pipe.execute()

    def drop_oa_mass_items(self, brand: str, campaign_id: str) -> None:
        self.redis.delete(keys.campaign_oa_queue(brand, campaign_id))

    def save_task(self, brand: str, campaign_id: str, msgid: str, task: Mapping[str, Any]) -> None:
        self.redis.hset(keys.campaign_tasks(brand, campaign_id), msgid, json.dumps(task, ensure_ascii=False))

    def replace_task(self, brand: str, campaign_id: str, old: str, msgid: str | None,
                     task: Mapping[str, Any] | None) -> None:
        """Swap a task's record for another id's (an adopted mass send), or drop it (`msgid` None)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.hdel(keys.campaign_tasks(brand, campaign_id), old)
        if msgid is not None and task is not None:
            pipe.hset(keys.campaign_tasks(brand, campaign_id), msgid, json.dumps(task, ensure_ascii=False))
        pipe.execute()

    def tasks(self, brand: str, campaign_id: str) -> dict[str, dict[str, Any]]:
        return {_s(k): json.loads(v) for k, v in self.redis.hgetall(keys.campaign_tasks(brand, campaign_id)).items()}

    def first_reached(self, brand: str, campaign_id: str, customers: Sequence[str]) -> list[str]:
        """The customers among `customers` not reported reached by this campaign's mass tasks before (each is
        recorded once, however often the tracker looks)."""
        key = keys.campaign_reached(brand, campaign_id)
        pipe = self.redis.pipeline(transaction=False)
        for customer in customers:
            pipe.sadd(key, customer)
        pipe.expire(key, REPORT_LIVE_S)
        added = pipe.execute()[:-1]
        return [c for c, new in zip(customers, added, strict=True) if new]

    @staticmethod
    def queue_mass_result(pipe: redis.client.Pipeline, brand: str, result: MassResult) -> None:
        """Keep what MASSSENDJOBFINISH said of a mass send, for the report of the campaign that made it. Kept by
        msg_id, not joined to the task here: the callback may come before or after the worker's follow-up job
        (message/mass/get) saves the task, and neither then overwrites the other."""
        record = {"status": result.status, "total": result.total, "filtered": result.filtered,
                  "sent": result.sent, "errors": result.errors}
        pipe.set(keys.oa_mass_result(brand, result.msg_id), json.dumps(record), ex=REPORT_LIVE_S)

    def mass_results(self, brand: str, msg_ids: Sequence[str]) -> dict[str, MassResult]:
        """msg_id -> what MASSSENDJOBFINISH said, for the msg_ids WeChat has reported on."""
        if not msg_ids:
            return {}
        found = self.redis.mget([keys.oa_mass_result(brand, m) for m in msg_ids])
        return {m: MassResult(msg_id=m, **json.loads(v)) for m, v in zip(msg_ids, found, strict=True) if v}


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
