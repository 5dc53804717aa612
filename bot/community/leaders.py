"""Leader scores over the rolling window, and the `leader` tag that follows them: the one place that reads
the activity log, the members' tenure and the tag, so `siyu leaders` and the periodic job agree.

Tagging is a diff: members at or above the threshold gain the tag, tag holders below `untag_below` lose it
(so the tag follows the window as it moves), each change logged and put in the event stream with its score.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import redis

from bot.clock import Clock
from bot.community.activity import BRAND_SCOPE, ActivityLog, day_of
from bot.community.scoring import Score, Tally, candidates, rank
from bot.content.community import LeaderRules
from bot.content.model import Content
from bot.store import keys
from bot.store.events import EventLog
from bot.store.member_codec import bucket_of, slot_of, unpack_id
from bot.store.members import MemberStore

log = logging.getLogger("siyu.leaders")


@dataclass
class Refresh:
    """What one tagging pass changed, for logs and `siyu leaders --tag`."""

    leaders: int = 0
    tagged: list[str] = field(default_factory=list)
    untagged: list[str] = field(default_factory=list)


class LeaderBoard:
    def __init__(self, redis_client: redis.Redis, members: MemberStore, clock: Clock,
                 events: EventLog | None = None) -> None:
        self.redis = redis_client
        self.members = members
        self.clock = clock
        self.activity = ActivityLog(redis_client)
        self.events = events

    def window_days(self, content: Content, now: datetime | None = None) -> list[str]:
        """The local days of the rolling window, today included."""
        zone = _zone(content)
        now = now or self.clock.now()
        return [day_of(now - timedelta(days=i), zone) for i in range(content.community.leaders.window_days)]

    def tally(self, brand: str, content: Content, *, scope: str = BRAND_SCOPE) -> Tally:
        rules = content.community.leaders
        tally = Tally(rules)
        for day in self.window_days(content):
            tally.add_day(self.activity.day(brand, day, scope))
        return tally

    def scores(self, brand: str, content: Content, *, scope: str = BRAND_SCOPE, limit: int | None = 20
               ) -> list[Score]:
        """The top members of `scope` (the brand, or a group's chat id) with their breakdown, best first;
        `limit` None: everyone who could be at the threshold."""
        rules = content.community.leaders
        tally = self.tally(brand, content, scope=scope)
        wanted = candidates(tally.base_scores(rules), rules, limit=limit)
        ids = self._ids(brand, wanted)
        tenure = self._tenure_days(brand, ids)
        ranked = rank(tally, rules, first_seen_days=tenure, candidates=wanted)
        for found in ranked:
            found.member_id = ids.get(found.number, "")
        return ranked[:limit] if limit is not None else ranked

    def refresh(self, brand: str, content: Content) -> Refresh:
        """Tag members at or above the threshold, untag tag holders below `untag_below`."""
        rules = content.community.leaders
        scored = {s.number: s for s in self.scores(brand, content, limit=None)}
        holders = self._tag_holders(brand, rules.tag)
        report = Refresh()
        for number, found in scored.items():
            if found.total >= rules.threshold:
                report.leaders += 1
                if number not in holders and found.member_id:
                    self.members.update(brand, found.member_id, add_tags=[rules.tag])
                    report.tagged.append(found.member_id)
                    self._note(brand, "leader.tagged", found, rules)
        for number in holders:
            held = scored.get(number)
            if held is not None and held.total >= rules.untag_at:
                if held.total < rules.threshold:
                    report.leaders += 1  # kept by the margin below the threshold
                continue
            member_id = self.members.member_id_of(brand, number)
            if member_id:
                self.members.update(brand, member_id, remove_tags=[rules.tag])
                report.untagged.append(member_id)
                self._note(brand, "leader.untagged", held or Score(number=number, member_id=member_id), rules)
        return report

    def _note(self, brand: str, event: str, found: Score, rules: LeaderRules) -> None:
        parts = ", ".join(f"{k} {v:g}" for k, v in found.points.items() if v)
        log.info("%s: %s %s (score %.1f, threshold %g: %s)", brand, event, found.member_id, found.total,
                 rules.threshold, parts or "no activity in the window")
        if self.events is not None:
            self.events.append(brand, event, {"member": found.member_id, "score": f"{found.total:.1f}",
                                              "breakdown": parts})

    def _ids(self, brand: str, numbers: list[int]) -> dict[int, str]:
        pipe = self.redis.pipeline(transaction=False)
        for number in numbers:
            pipe.hget(keys.member_ids(brand, bucket_of(number)), slot_of(number))
        out: dict[int, str] = {}
        for number, packed in zip(numbers, pipe.execute() if numbers else [], strict=True):
            if packed is not None:
                out[number] = unpack_id(packed.decode() if isinstance(packed, bytes) else packed)
        return out

    def _tenure_days(self, brand: str, ids: dict[int, str]) -> dict[int, int]:
        numbers = list(ids)
        now = self.clock.now()
        out: dict[int, int] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            for number, member in zip(chunk, self.members.get_many(brand, [ids[n] for n in chunk]), strict=True):
                first = member.first_seen_at if member is not None else None
                out[number] = max(0, (now - first).days) if first is not None else 0
        return out

    def _tag_holders(self, brand: str, tag: str) -> set[int]:
        """Member numbers whose bit is set in the tag's bitmap (bit n = member number n, most significant first)."""
        bitmap = self.redis.get(keys.tag_bitmap_key(brand, tag)) or b""
        out: set[int] = set()
        for index, byte in enumerate(bitmap if isinstance(bitmap, bytes) else bitmap.encode()):
            if byte:
                out.update(index * 8 + bit for bit in range(8) if byte & (0x80 >> bit))
        return out


def _zone(content: Content) -> ZoneInfo:
    return ZoneInfo(content.sequence_defaults.timezone or "Asia/Shanghai")
