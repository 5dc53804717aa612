"""Leader scores over the rolling window, and the `leader` tag that follows them: the one place that reads
the activity log, the members' tenure and the tag, so `siyu leaders` and the periodic job agree.

Tagging is a diff: members at or above the threshold gain the tag, tag holders below `untag_below` lose it
(so the tag follows the window as it moves), each change logged and put in the event stream with its score. The
brand's leaders are tagged `leader`; each group's, scored on what they did in it, `leader:<group id>`.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import redis

from bot.clock import Clock
from bot.community.activity import BRAND_SCOPE, ActivityLog, day_of
from bot.community.archive import archive_points, pagerank
from bot.community.archive_export import ExportGraph, ParseStats, export_files
from bot.community.scoring import Score, Tally, candidates, rank
from bot.content.community import ArchiveSource, LeaderRules
from bot.content.model import Content
from bot.member import member_id_for
from bot.settings import Settings
from bot.store import keys
from bot.store.events import EventLog
from bot.store.member_codec import bucket_of, id_slot, slot_of, unpack_id
from bot.store.members import MemberStore

log = logging.getLogger("siyu.leaders")


@dataclass
class Refresh:
    """What one tagging pass changed in one scope (the brand, or a group), for logs and `siyu leaders --tag`."""

    leaders: int = 0
    tagged: list[str] = field(default_factory=list)
    untagged: list[str] = field(default_factory=list)
    groups: dict[str, Refresh] = field(default_factory=dict)  # the brand pass: each group's own, by group id


@dataclass(frozen=True)
class Scope:
    """Where a score is counted and what it earns: the brand's (`tag` leader) or one group's (`leader:<id>`,
    its own threshold), so the same tagging pass serves both."""

    scope: str  # BRAND_SCOPE or the group's chat id (the activity log's scope)
    tag: str
    threshold: float
    untag_at: float
    group: str = ""  # groups.yaml id

    @classmethod
    def brand(cls, rules: LeaderRules) -> Scope:
        return cls(BRAND_SCOPE, rules.tag, rules.threshold, rules.untag_at)

    @classmethod
    def of_group(cls, rules: LeaderRules, group_id: str, chat_id: str) -> Scope:
        return cls(chat_id, rules.group_tag(group_id), rules.group_threshold, rules.group_untag_at, group_id)


def scope_for(content: Content, group: str = "") -> Scope:
    """The brand's scope, or a group's by groups.yaml id or WeCom chat id. A chat id no group names is scored
    (its activity is logged all the same) but earns no tag: it has no id to name one."""
    rules = content.community.leaders
    if not group:
        return Scope.brand(rules)
    found = content.group(group) or content.group_for_chat(group)
    if found is None:
        return Scope(group, "", rules.group_threshold, rules.group_untag_at)
    return Scope.of_group(rules, found.id, found.chat_id)


class LeaderBoard:
    """`corp_of(brand)`: the brand's WeCom corp id, which names archive ids as the webhook names the same people
    (`wecom:<corp>:<id>`); without it a configured archive is not read (and the report says so)."""

    def __init__(self, redis_client: redis.Redis, members: MemberStore, clock: Clock,
                 events: EventLog | None = None, *, corp_of: Callable[[str], str] | None = None) -> None:
        self.redis = redis_client
        self.members = members
        self.clock = clock
        self.activity = ActivityLog(redis_client)
        self.events = events
        self.corp_of = corp_of
        self.archive_stats: ParseStats | None = None  # what the last scoring read of the archive, if any

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
        if content.community.archive.configured:
            self._add_archive(tally, brand, content, scope)
        return tally

    def _add_archive(self, tally: Tally, brand: str, content: Content, scope: str) -> None:
        """The archive's reply/mention PageRank over the window, as capped points of the members Siyu knows (a
        member the archive names but Siyu never saw still passes rank on, and earns none: no member, no score)."""
        source: ArchiveSource = content.community.archive
        corp = self.corp_of(brand) if self.corp_of is not None else ""
        if not corp:
            log.warning("%s: community.yaml has an archive but the brand has no WeCom corp id: archive not read", brand)
            self.archive_stats = None
            return
        graph = ExportGraph(lambda: export_files(source.file, source.export_dir),
                            lambda archive_id: member_id_for(f"wecom:{corp}:{archive_id}"))
        now = self.clock.now()
        edges = list(graph.edges(brand, scope=scope, since=now - timedelta(days=content.community.leaders.window_days),
                                 until=now))
        self.archive_stats = graph.stats
        ranks = pagerank(edges)
        uncapped = archive_points(ranks, weight=source.weight, cap=float("inf"))
        received = Counter(target for source_id, target, _ in edges if source_id != target)
        numbers = self._numbers(brand, list(uncapped))
        for member_id, points in uncapped.items():
            number = numbers.get(member_id)
            if number is None:
                continue
            tally.archive[number] = min(points, source.cap)
            tally.archive_edges[number] = received.get(member_id, 0)
            if points > source.cap:
                tally.archive_capped.add(number)

    def _numbers(self, brand: str, member_ids: list[str]) -> dict[str, int]:
        """Member numbers of the ids Siyu has seen, in one round trip."""
        pipe = self.redis.pipeline(transaction=False)
        for member_id in member_ids:
            bucket, slot = id_slot(member_id)
            pipe.hget(keys.member_numbers(brand, bucket), slot)
        found = pipe.execute() if member_ids else []
        return {m: int(n) for m, n in zip(member_ids, found, strict=True) if n is not None}

    def scores(self, brand: str, content: Content, *, scope: str = BRAND_SCOPE, limit: int | None = 20,
               untag_at: float | None = None) -> list[Score]:
        """The top members of `scope` (the brand, or a group's chat id) with their breakdown, best first;
        `limit` None: everyone who could be at the threshold (`untag_at`: the scope's, default the brand's).
        Each carries the groups the member leads now (their `leader:<group>` tags)."""
        rules = content.community.leaders
        tally = self.tally(brand, content, scope=scope)
        wanted = candidates(tally.base_scores(rules), rules, limit=limit, cut=untag_at)
        ids = self._ids(brand, wanted)
        tenure, led = self._members(brand, ids, prefix=rules.group_tag(""))
        ranked = rank(tally, rules, first_seen_days=tenure, candidates=wanted)
        for found in ranked:
            found.member_id = ids.get(found.number, "")
            found.leads = led.get(found.number, [])
        return ranked[:limit] if limit is not None else ranked

    def refresh(self, brand: str, content: Content) -> Refresh:
        """Tag members at or above the brand threshold (`leader`) and, per group of groups.yaml, those at or above
        the group threshold in it (`leader:<group id>`); untag holders below each `untag_below`."""
        rules = content.community.leaders
        report = self._refresh(brand, content, Scope.brand(rules))
        for group in content.groups:
            report.groups[group.id] = self._refresh(brand, content, Scope.of_group(rules, group.id, group.chat_id))
        self._untag_removed_groups(brand, content, report)
        return report

    def _untag_removed_groups(self, brand: str, content: Content, report: Refresh) -> None:
        """A group taken out of groups.yaml has nobody leading it any more: its `leader:<id>` tag is removed from
        everyone who holds it (a segment or condition naming it then matches nobody), reported under its id."""
        rules = content.community.leaders
        prefix = rules.group_tag("")
        kept = {rules.group_tag(group.id) for group in content.groups}
        for tag in self.members.tags_starting(brand, prefix):
            holders = self._tag_holders(brand, tag) if tag not in kept else set()
            if not holders:
                continue
            where = Scope("", tag, rules.group_threshold, rules.group_untag_at, tag.removeprefix(prefix))
            removed = report.groups.setdefault(where.group, Refresh())
            for number in sorted(holders):
                member_id = self.members.member_id_of(brand, number)
                if member_id:
                    self.members.update(brand, member_id, remove_tags=[tag])
                    removed.untagged.append(member_id)
                    self._note(brand, "leader.untagged", Score(number=number, member_id=member_id), where)

    def _refresh(self, brand: str, content: Content, where: Scope) -> Refresh:
        scored = {s.number: s for s in self.scores(brand, content, scope=where.scope, limit=None,
                                                   untag_at=where.untag_at)}
        holders = self._tag_holders(brand, where.tag)
        report = Refresh()
        for number, found in scored.items():
            if found.total >= where.threshold:
                report.leaders += 1
                if number not in holders and found.member_id:
                    self.members.update(brand, found.member_id, add_tags=[where.tag])
                    report.tagged.append(found.member_id)
                    self._note(brand, "leader.tagged", found, where)
        for number in holders:
            held = scored.get(number)
            if held is not None and held.total >= where.untag_at:
                if held.total < where.threshold:
                    report.leaders += 1  # kept by the margin below the threshold
                continue
            member_id = self.members.member_id_of(brand, number)
            if member_id:
                self.members.update(brand, member_id, remove_tags=[where.tag])
                report.untagged.append(member_id)
                self._note(brand, "leader.untagged", held or Score(number=number, member_id=member_id), where)
        return report

    def _note(self, brand: str, event: str, found: Score, where: Scope) -> None:
        parts = ", ".join(f"{k} {v:g}" for k, v in found.points.items() if v)
        log.info("%s: %s %s %s (score %.1f, threshold %g: %s)", brand, event, where.tag, found.member_id, found.total,
                 where.threshold, parts or "no activity in the window")
        if self.events is not None:
            fields = {"member": found.member_id, "score": f"{found.total:.1f}", "breakdown": parts, "tag": where.tag}
            if where.group:
                fields["group"] = where.group
            self.events.append(brand, event, fields)

    def _ids(self, brand: str, numbers: list[int]) -> dict[int, str]:
        pipe = self.redis.pipeline(transaction=False)
        for number in numbers:
            pipe.hget(keys.member_ids(brand, bucket_of(number)), slot_of(number))
        out: dict[int, str] = {}
        for number, packed in zip(numbers, pipe.execute() if numbers else [], strict=True):
            if packed is not None:
                out[number] = unpack_id(packed.decode() if isinstance(packed, bytes) else packed)
        return out

    def _members(self, brand: str, ids: dict[int, str], *, prefix: str) -> tuple[dict[int, int], dict[int, list[str]]]:
        """Per member number: days since first seen (tenure), and the groups they lead (tags `prefix<group>`)."""
        numbers = list(ids)
        now = self.clock.now()
        tenure: dict[int, int] = {}
        led: dict[int, list[str]] = {}
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            for number, member in zip(chunk, self.members.get_many(brand, [ids[n] for n in chunk]), strict=True):
                first = member.first_seen_at if member is not None else None
                tenure[number] = max(0, (now - first).days) if first is not None else 0
                if member is not None:
                    led[number] = sorted(t[len(prefix):] for t in member.tags if t.startswith(prefix))
        return tenure, led

    def _tag_holders(self, brand: str, tag: str) -> set[int]:
        """Member numbers whose bit is set in the tag's bitmap (bit n = member number n, most significant first)."""
        if not tag:
            return set()
        bitmap = self.redis.get(keys.tag_bitmap_key(brand, tag)) or b""
        out: set[int] = set()
        for index, byte in enumerate(bitmap if isinstance(bitmap, bytes) else bitmap.encode()):
            if byte:
                out.update(index * 8 + bit for bit in range(8) if byte & (0x80 >> bit))
        return out


def corp_of(settings: Settings) -> Callable[[str], str]:
    """A brand's WeCom corp id from the settings ("" without WeCom), for `LeaderBoard(corp_of=...)`."""
    def corp(brand: str) -> str:
        found = settings.brands.get(brand)
        return found.wecom.corp_id if found is not None and found.wecom is not None else ""
    return corp


def _zone(content: Content) -> ZoneInfo:
    return ZoneInfo(content.sequence_defaults.timezone or "Asia/Shanghai")


def leaders_report(board: LeaderBoard, brand: str, content: Content, *, group: str = "", limit: int = 20
                   ) -> dict[str, object]:
    """What `siyu leaders --json` and `GET /api/v1/leaders` answer: the scope's top members with their breakdown,
    `threshold` and `tag` the scope's (a group's: its threshold, `leader:<id>`), `leader` whether a member is at it,
    `leads` the groups each leads now."""
    where = scope_for(content, group)
    rows = board.scores(brand, content, scope=where.scope, limit=limit, untag_at=where.untag_at)
    found: dict[str, object] = {
        "scope": group or "brand", "window_days": content.community.leaders.window_days,
        "threshold": where.threshold, "tag": where.tag,
        "leaders": [{**row.as_json(), "leader": row.total >= where.threshold} for row in rows]}
    source = content.community.archive
    if source.configured:
        found["archive"] = {"source": source.file or source.export_dir, "weight": source.weight, "cap": source.cap,
                            **(board.archive_stats.as_json() if board.archive_stats is not None
                               else {"read": False, "why": "the brand has no WeCom corp id"})}
    return found
