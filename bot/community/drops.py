"""Tutorial drops into groups: the tick that hands each due lesson to delivery once, and the lessons a late
joiner missed. The schedule itself is pure (bot/community/schedule.py); this module owns its Redis state.

A lesson is claimed per group with HSETNX on `keys.drops(brand, group)`, so two ticks (two cron processes,
the demo clock and the cron at once) never hand it over twice; its delivery key `drop:<group>:<lesson>` makes
the ledger refuse a second send as well. A claim whose enqueue never happened (a crash between the two) is
handed over again after RECLAIM_S: the ledger drops the repeat if the first did go out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import redis

from bot.clock import Clock
from bot.community.schedule import DueDrop, schedule_of
from bot.community.tones import ToneStats
from bot.content.model import Content, Group, TutorialSeries
from bot.content.variants import GROUP_CHANNEL, LessonTone, Pick, campaign_for, choose
from bot.member import member_id_for
from bot.outbound import Delivery, DeliveryContext, Outbound, Queue, Text
from bot.settings import Settings
from bot.store import keys
from bot.store.events import EventLog
from bot.text import words_in_script
from handlers.common import brand_text
from handlers.tutorials import LESSON, lesson_extras

log = logging.getLogger("siyu.drops")

RECLAIM_S = 120  # a claim not marked queued by then was lost with its process: hand the lesson over again
ANCHOR = "anchor"
TONE_FIELD_PREFIX = "tone:"  # keys.drops field of a handed-over lesson's tone: "<item>|<arm>" (measured arms only)
CATCHUP_FIELD = "cu:"  # keys.group_joins field of a lesson already handed over as a catch-up
ROBOT, TASK = "group_robot", "wecom_task"
DROP_PURPOSE = "drop"
DROP_SKIPPED = "drop.skipped"  # event: {"group", "lesson", "due", "late_s"}
DROP_QUEUED = "drop.queued"  # event: {"group", "lesson", "route"}
CATCHUP_QUEUED = "catchup.queued"  # event: {"member", "group", "lesson"}
Sink = Callable[[Sequence[Delivery]], None]
Shorten = Callable[[str, str, Sequence[Outbound]], tuple[Outbound, ...]]


@dataclass
class TickReport:
    queued: list[tuple[str, int]] = field(default_factory=list)  # (group, lesson)
    skipped: list[tuple[str, int, int]] = field(default_factory=list)  # (group, lesson, seconds late)
    reclaimed: list[tuple[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class LessonState:
    group: str
    lesson: int
    state: str  # claimed, queued, skipped
    at_s: int
    detail: str = ""  # the route (queued) or seconds late (skipped)


def routes_for(group: Group) -> tuple[str, ...]:
    """The group's robot where it names one; else the owner's confirm task (a group mass send). A named robot
    whose key is not set here parks the drop with that reason (`siyu deliveries parked`) rather than turning it
    into a task nobody planned to confirm."""
    return (ROBOT,) if group.robot_key_env else ((TASK,) if group.owner else ())


def drop_tone(content: Content, group: Group, series: TutorialSeries, number: int) -> Pick[LessonTone]:
    """The series' tone for this group's lesson: the first whose audience fits the group (its `tags`, its
    locale), unless this (group, lesson) falls in the holdout, which posts the lesson as written. The holdout is
    per lesson, so a group reads most lessons in its tone and a few without: the comparison `siyu tones` makes
    (item `drop:<series>`)."""
    return choose(series.tones, member_id=f"{group.id}:{number}", tags=frozenset(group.tags), locale=group.locale,
                  channel=GROUP_CHANNEL, key=tone_item(series), holdout_pct=content.community.holdout_pct)


def tone_item(series: TutorialSeries) -> str:
    """What a series' drop tones are counted under (`siyu tones`), across the groups that read it."""
    return f"drop:{series.id}"


def lesson_messages(content: Content, group: Group, series: TutorialSeries, number: int, *,
                    where: str, tone: Pick[LessonTone] | None = None, measured: bool = True) -> list[Outbound]:
    """The lesson as a group reads it: header and body (with the tone's opening and closing lines), then its
    link (a group gets no image or card), its Chinese in the group's script (groups.yaml `script`). The link of a
    measured arm is tagged `drop:<series>~<arm>`, so its clicks count for the arm; otherwise
    `drop:<group>:<lesson>`."""
    locale = group.locale
    lesson = series.lessons[number - 1]
    header = brand_text(content, "lesson", locale, LESSON, series=series.name.get(locale), number=number,
                        total=len(series.lessons), title=lesson.title.get(locale))
    voice = tone.tone if tone is not None else None
    parts = [voice.intro.get(locale).strip() if voice is not None and voice.intro else "", header,
             lesson.body.get(locale).strip(), voice.outro.get(locale).strip() if voice is not None and voice.outro
             else ""]
    campaign = campaign_for(tone_item(series), tone.arm) if tone is not None and tone.measured and measured \
        else f"drop:{group.id}:{number}"
    messages = [Text(text="\n".join(p for p in parts if p)),
                *lesson_extras(content, lesson, locale, member=None, where=where, campaign=campaign, link_only=True)]
    return [words_in_script(message, group.script) for message in messages]  # a Hong Kong group's in its script


class DropStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def anchors(self, brand: str, groups: Sequence[Group]) -> dict[str, datetime]:
        pipe = self.redis.pipeline(transaction=False)
        for group in groups:
            pipe.hget(keys.drops(brand, group.id), ANCHOR)
        found = {}
        for group, value in zip(groups, pipe.execute(), strict=True):
            if value:
                found[group.id] = datetime.fromtimestamp(int(value), UTC)
        return found

    def anchor(self, brand: str, group: str, now_s: int) -> datetime:
        """The group's anchor, set to `now_s` if it has none (the first tick that sees the schedule)."""
        key = keys.drops(brand, group)
        self.redis.hsetnx(key, ANCHOR, now_s)
        return datetime.fromtimestamp(int(self.redis.hget(key, ANCHOR) or now_s), UTC)

    def states(self, brand: str, group: str) -> dict[int, LessonState]:
        found = {}
        for name, value in self.redis.hgetall(keys.drops(brand, group)).items():
            name, value = _s(name), _s(value)
            if not name.isdigit():
                continue
            state, _, rest = value.partition(":")
            at, _, detail = rest.partition(":")
            found[int(name)] = LessonState(group, int(name), state, int(at or 0), detail)
        return found

    def claim(self, brand: str, group: str, lesson: int, now_s: int) -> bool:
        return bool(self.redis.hsetnx(keys.drops(brand, group), str(lesson), f"claimed:{now_s}"))

    def reclaim(self, brand: str, group: str, lesson: int, seen: str, now_s: int) -> bool:
        """Take over a stale claim, if it still reads `seen` (compare-and-set in one script)."""
        return bool(self.redis.eval(_CAS, 1, keys.drops(brand, group), str(lesson), seen, f"claimed:{now_s}"))

    def mark(self, brand: str, group: str, lesson: int, value: str) -> None:
        self.redis.hset(keys.drops(brand, group), str(lesson), value)

    def set_tone(self, brand: str, group: str, lesson: int, item: str, arm: str) -> None:
        self.redis.hset(keys.drops(brand, group), f"{TONE_FIELD_PREFIX}{lesson}", f"{item}|{arm}")

    def tones(self, brand: str, group: str) -> dict[int, str]:
        """The arm each handed-over lesson of the group was posted in (measured arms only)."""
        found = {}
        for name, value in self.redis.hgetall(keys.drops(brand, group)).items():
            name = _s(name)
            if name.startswith(TONE_FIELD_PREFIX) and name[len(TONE_FIELD_PREFIX):].isdigit():
                found[int(name[len(TONE_FIELD_PREFIX):])] = _s(value).partition("|")[2]
        return found

    def count_posted(self, brand: str, key: str) -> None:
        """A drop's delivery went out (`drop:<group>:<lesson>` by task, or its first part
        `drop:<group>:<lesson>:0` by robot): its tone arm, if measured, counts as shown once."""
        parts = key.split(":")
        if parts[0] != "drop" or len(parts) not in (3, 4) or (len(parts) == 4 and parts[3] != "0"):
            return
        found = self.redis.hget(keys.drops(brand, parts[1]), f"{TONE_FIELD_PREFIX}{parts[2]}")
        item, _, arm = _s(found or b"").partition("|")
        if item and arm:
            ToneStats.count(self.redis, brand, item, arm, "shown")

    def record_join(self, brand: str, user_id: str, group: str, at_s: int) -> None:
        """The first time `user_id` joined `group` (a rejoin keeps the first: they saw the lessons since)."""
        self.redis.hsetnx(keys.group_joins(brand, user_id), group, at_s)

    def joins(self, brand: str, user_id: str) -> dict[str, int]:
        return {_s(k): int(v) for k, v in self.redis.hgetall(keys.group_joins(brand, user_id)).items()
                if not _s(k).startswith(CATCHUP_FIELD)}

    def claim_catchup(self, brand: str, user_id: str, group: str, lesson: int, now_s: int) -> bool:
        """Once per member, group and lesson, whoever asks how often and however fast (HSETNX)."""
        return bool(self.redis.hsetnx(keys.group_joins(brand, user_id), f"{CATCHUP_FIELD}{group}:{lesson}", now_s))


_CAS = "if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then redis.call('HSET', KEYS[1], ARGV[1], ARGV[3]) " \
       "return 1 end return 0"


class Drops:
    """The tick and the catch-up, over one deployment's content, store, clock and delivery sink."""

    def __init__(self, *, store: DropStore, content: Callable[[str], Content], settings: Settings, clock: Clock,
                 sink: Sink, events: EventLog, shorten: Shorten | None = None) -> None:
        self.store, self.content, self.settings, self.clock = store, content, settings, clock
        self.sink, self.events, self.shorten = sink, events, shorten

    def calendar(self, brand: str) -> dict[str, list[DueDrop]]:
        content = self.content(brand)
        anchors = self.store.anchors(brand, content.groups)
        return {g.id: schedule_of(content, g, anchors) for g in content.groups if g.drops is not None}

    def next_due_s(self, brand: str, *, after_s: float) -> float | None:
        """The epoch second of the next drop after `after_s` (the sandbox clock stops there)."""
        times = [d.at.timestamp() for drops in self.calendar(brand).values() for d in drops
                 if d.at.timestamp() > after_s]
        return min(times, default=None)

    def tick(self, brand: str) -> TickReport:
        """Hand every lesson that came due to delivery once, or skip it (reported) when it is too late now."""
        now = self.clock.now()
        now_s = int(now.timestamp())
        content = self.content(brand)
        report = TickReport()
        for group in content.groups:
            if group.drops is None:
                continue
            anchors = {group.id: self.store.anchor(brand, group.id, now_s)} if not group.drops.start else {}
            states = self.store.states(brand, group.id)
            for drop in schedule_of(content, group, anchors):
                if drop.at > now:
                    break
                state = states.get(drop.lesson)
                if state is None:
                    if self.store.claim(brand, group.id, drop.lesson, now_s):
                        self._hand_over(brand, content, group, drop, now_s, report)
                elif state.state == "claimed" and now_s - state.at_s > RECLAIM_S and self.store.reclaim(
                        brand, group.id, drop.lesson, f"claimed:{state.at_s}", now_s):
                    report.reclaimed.append((group.id, drop.lesson))  # claimed in time: not judged late again
                    self._hand_over(brand, content, group, drop, now_s, report, late_ok=True)
        return report

    def _hand_over(self, brand: str, content: Content, group: Group, drop: DueDrop, now_s: int,
                   report: TickReport, *, late_ok: bool = False) -> None:
        assert group.drops is not None
        late_s = now_s - int(drop.at.timestamp())
        if late_s > group.drops.max_late_s and not late_ok:
            self.store.mark(brand, group.id, drop.lesson, f"skipped:{now_s}:{late_s}")
            self.events.append(brand, DROP_SKIPPED, {"group": group.id, "lesson": str(drop.lesson),
                                                     "due": drop.at.isoformat(), "late_s": str(late_s)})
            log.warning("drop skipped: group %s lesson %d was due %s and is %d s late (max_late %d s)", group.id,
                        drop.lesson, drop.at.isoformat(), late_s, group.drops.max_late_s)
            report.skipped.append((group.id, drop.lesson, late_s))
            return
        series = content.tutorial(drop.series)
        routes = routes_for(group)
        if series is None or not routes:  # the validator refuses both; a stale version could still say so
            self.store.mark(brand, group.id, drop.lesson, f"skipped:{now_s}:0")
            log.warning("drop skipped: group %s lesson %d has no series or no route", group.id, drop.lesson)
            report.skipped.append((group.id, drop.lesson, 0))
            return
        tone = drop_tone(content, group, series, drop.lesson)
        messages = lesson_messages(content, group, series, drop.lesson, where="wecom.drop", tone=tone)
        if self.shorten is not None:
            messages = list(self.shorten(brand, "", messages))
        if tone.measured:  # before the hand-over: the delivery job reads it when the post goes out
            self.store.set_tone(brand, group.id, drop.lesson, tone_item(series), tone.arm)
        self.sink(self.deliveries(brand, group, drop.lesson, messages, routes))
        self.store.mark(brand, group.id, drop.lesson, f"queued:{now_s}:{'|'.join(routes)}")
        self.events.append(brand, DROP_QUEUED, {"group": group.id, "lesson": str(drop.lesson), "route": routes[0]})
        log.info("drop: group %s lesson %d handed to %s", group.id, drop.lesson, "/".join(routes))
        report.queued.append((group.id, drop.lesson))

    def deliveries(self, brand: str, group: Group, lesson: int, messages: Sequence[Outbound],
                   routes: tuple[str, ...]) -> list[Delivery]:
        """By robot, one delivery per message (`drop:<group>:<lesson>:<n>`): a robot call carries one message, and
        a part slowed down by the robot's 20-a-minute limit is sent later alone, never the parts before it again.
        By confirm task, one delivery: the text and its attachments are one task the owner confirms once."""
        context = DeliveryContext(chat_id=group.chat_id, robot=group.robot_key_env, staff_id=group.owner)

        def one(message: Outbound, attachments: Sequence[Outbound], key: str) -> Delivery:
            return Delivery(brand=brand, channel="wecom", account=self._corp(brand), member_id="",
                            user_id=group.chat_id, message=message, attachments=tuple(attachments), key=key,
                            purpose=DROP_PURPOSE, queue=Queue.BULK, routes=routes, context=context)

        if routes[0] == ROBOT:
            return [one(message, (), f"drop:{group.id}:{lesson}:{n}") for n, message in enumerate(messages)]
        return [one(messages[0], messages[1:], f"drop:{group.id}:{lesson}")]

    def _corp(self, brand: str) -> str:
        found = self.settings.brands.get(brand)
        return found.wecom.corp_id if found is not None and found.wecom is not None else ""

    # -- late joiners ---------------------------------------------------------------------------------------

    def missed(self, brand: str, user_id: str) -> list[DueDrop]:
        """The drops that came before this customer joined each of their groups (posted or skipped alike)."""
        joins = self.store.joins(brand, user_id)
        if not joins:
            return []
        content = self.content(brand)
        calendar = self.calendar(brand)
        now = self.clock.now()
        out = []
        for group_id, joined_s in joins.items():
            group = content.group(group_id)
            if group is None:
                continue
            out += [d for d in calendar.get(group_id, []) if d.at.timestamp() < joined_s and d.at <= now]
        return out

    def catch_up(self, brand: str, user_id: str, *, staff_id: str = "") -> list[Delivery]:
        """The missed lessons 1:1 to a WeCom customer: a confirm task for their staff contact each (the one
        1:1 route to a customer: docs/groups.md), claimed per member and lesson (HSETNX) so that asking twice
        never queues a lesson twice, whichever process handles each request (the delivery key is per member
        and lesson too, so the ledger would refuse a second send anyway)."""
        content = self.content(brand)
        corp = self._corp(brand)
        member_id = member_id_for(f"wecom:{corp}:{user_id}")
        out = []
        now_s = int(self.clock.now().timestamp())
        for drop in self.missed(brand, user_id):
            group = content.group(drop.group)
            series = content.tutorial(drop.series)
            if group is None or series is None or not self.store.claim_catchup(brand, user_id, drop.group,
                                                                                drop.lesson, now_s):
                continue
            # the lesson as the group read it (its tone), not measured: a catch-up is no post to the group
            messages = lesson_messages(content, group, series, drop.lesson, where="wecom.catchup",
                                       tone=drop_tone(content, group, series, drop.lesson), measured=False)
            if self.shorten is not None:
                messages = list(self.shorten(brand, member_id, messages))
            out.append(Delivery(
                brand=brand, channel="wecom", account=corp, member_id=member_id, user_id=user_id,
                message=messages[0], attachments=tuple(messages[1:]),
                key=f"catchup:{drop.group}:{drop.lesson}:{member_id}", purpose="catchup", queue=Queue.DEFAULT,
                routes=(TASK,), context=DeliveryContext(staff_id=staff_id)))
            self.events.append(brand, CATCHUP_QUEUED, {"member": member_id, "group": drop.group,
                                                       "lesson": str(drop.lesson)})
        return out


def status_rows(calendar: Mapping[str, list[DueDrop]], states: Mapping[str, Mapping[int, LessonState]],
                now: datetime, tones: Mapping[str, Mapping[int, str]] | None = None) -> list[dict[str, object]]:
    """One row per scheduled lesson: group, lesson, at, state (queued, skipped, claimed, due, upcoming), and the
    measured tone arm a handed-over lesson went out in (`tones`, DropStore.tones per group)."""
    rows: list[dict[str, object]] = []
    for group_id, drops in calendar.items():
        for drop in drops:
            found = states.get(group_id, {}).get(drop.lesson)
            state = found.state if found is not None else ("due" if drop.at <= now else "upcoming")
            row: dict[str, object] = {"group": group_id, "lesson": drop.lesson, "at": drop.at.isoformat(),
                                      "state": state}
            if found is not None and found.state == "queued":
                row["route"] = found.detail
            if found is not None and found.state == "skipped":
                row["late_s"] = int(found.detail or 0)
            arm = (tones or {}).get(group_id, {}).get(drop.lesson)
            if arm:
                row["tone"] = arm
            rows.append(row)
    return rows


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
