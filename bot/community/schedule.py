"""When each lesson of a group's drop schedule is due: pure arithmetic on the content, no Redis.

Lesson k (1-based) of a group's series is due at the k-th time its cron names, in the group's zone, on or
after the schedule's start: its `start` date, or (without one) the moment the tick first saw the schedule
(stored once by bot.community.drops, so a demo started any day gets its first lesson at the next slot).
Being a pure function of the content and that start, the tick, `siyu drops preview` and the catch-up all
agree on it without storing a calendar.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from croniter import croniter

from bot.content.model import Content, Group


@dataclass(frozen=True)
class DueDrop:
    group: str
    lesson: int  # 1-based number in the series
    at: datetime  # aware, in the group's zone
    series: str


def start_of(group: Group, anchor: datetime | None) -> datetime | None:
    """Where the schedule starts: its `start` date at local midnight, else `anchor` (None: not known yet)."""
    schedule = group.drops
    if schedule is None:
        return None
    if schedule.start:
        return datetime.combine(date.fromisoformat(schedule.start), time(0, 0), tzinfo=ZoneInfo(schedule.timezone))
    return anchor


def drop_times(group: Group, lessons: int, start: datetime | None) -> Iterator[DueDrop]:
    """Every drop of `group`'s schedule from `start`, lesson 1 to `lessons`, in order."""
    schedule = group.drops
    if schedule is None or lessons <= 0 or start is None:
        return
    zone = ZoneInfo(schedule.timezone)
    # croniter walks local wall-clock times, DST included, when given an aware start in the zone
    begin = start.astimezone(zone)
    walker = croniter(schedule.cron, begin - _MINUTE, ret_type=datetime)
    for number in range(1, lessons + 1):
        at = walker.get_next(datetime)
        yield DueDrop(group=group.id, lesson=number, at=at.astimezone(zone), series=schedule.series)


Anchors = Mapping[str, datetime]  # group id -> when the tick first saw its start-less schedule


def schedule_of(content: Content, group: Group, anchors: Anchors) -> list[DueDrop]:
    """The group's whole drop calendar (a series has at most 12 lessons, so this is short)."""
    series = content.tutorial(group.drops.series) if group.drops is not None else None
    if series is None:
        return []
    return list(drop_times(group, len(series.lessons), start_of(group, anchors.get(group.id))))


def upcoming(content: Content, anchors: Anchors, *, now: datetime, until: datetime,
             group_id: str = "") -> list[DueDrop]:
    """Drops from `now` to `until`, every group (or one), in time order: what `siyu drops preview` shows.
    A group whose schedule has no start and no anchor yet is previewed as if anchored `now`."""
    found = [drop for group in content.groups if not group_id or group.id == group_id
             for drop in schedule_of(content, group, {group.id: now, **anchors}) if now <= drop.at <= until]
    return sorted(found, key=lambda d: (d.at, d.group))


def next_due_s(content: Content, anchors: Anchors, *, after_s: float) -> float | None:
    """The epoch second of the first drop after `after_s` in any group (the sandbox clock stops there)."""
    times = [drop.at.timestamp() for group in content.groups for drop in schedule_of(content, group, anchors)
             if drop.at.timestamp() > after_s]
    return min(times, default=None)


_MINUTE = timedelta(minutes=1)  # the start minute itself counts
