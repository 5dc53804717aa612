"""When a step is due, in the member's own time zone: pure functions of epoch seconds, a zone and the content.

"day 3 at 10:00" is anchored to the local date the member enrolled on; "after 2h" to the moment the previous
step was handled. Quiet hours move a step to the end of the quiet period; the daily cap to the next local day.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.content.sequences import QuietHours, Sequence, SequenceDefaults, Step, Variant


def zone_for(member_zone: str, sequence: Sequence | None, defaults: SequenceDefaults) -> ZoneInfo:
    """The member's zone when known and valid, else the sequence's, else the brand's default."""
    for name in (member_zone, sequence.timezone if sequence else "", defaults.timezone, "Asia/Shanghai"):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def local(epoch: int, zone: ZoneInfo) -> datetime:
    return datetime.fromtimestamp(epoch, zone)  # as fromtimestamp(epoch, UTC).astimezone(zone), in one call


def step_due(step: Step, *, anchor_s: int, last_s: int, zone: ZoneInfo) -> int:
    """Epoch seconds the step falls due: `day` days after the enrolment's local date (at `time`, else at the
    enrolment's time of day), or `after` the previous step."""
    if step.day is None:
        return last_s + step.after_s
    if step.time_min < 0:
        return anchor_s + step.day * 86400
    day = local(anchor_s, zone).date() + timedelta(days=step.day)
    moment = datetime(day.year, day.month, day.day, step.time_min // 60, step.time_min % 60, tzinfo=zone)
    return int(moment.timestamp())


class DueTimes:
    """`step_due` for many records at once (a tick's batch): the same result, with the zone arithmetic done once
    per (zone, local date) instead of once per record. A "day N at HH:MM" step's time depends only on the local
    date the member enrolled on; that date is found from the local day's span [midnight, next midnight) in
    epoch seconds, remembered per zone. A span is remembered only when it is a plain 24 h day with the same UTC
    offset at both ends (no DST change inside: the local date is then the same at every instant of it); other
    days are worked out per record, as step_due does."""

    def __init__(self) -> None:
        self._spans: dict[str, list[tuple[int, int, date]]] = {}
        self._due: dict[tuple[date, str, int, int], int] = {}

    def local_date(self, epoch: int, zone: ZoneInfo) -> date:
        spans = self._spans.setdefault(zone.key, [])
        for start, end, day in spans:
            if start <= epoch < end:
                return day
        day = local(epoch, zone).date()
        after = day + timedelta(days=1)
        start = int(datetime(day.year, day.month, day.day, tzinfo=zone).timestamp())
        end = int(datetime(after.year, after.month, after.day, tzinfo=zone).timestamp())
        first, last = local(start, zone), local(end - 1, zone)
        if (end - start == 86400 and first.utcoffset() == last.utcoffset() and first.date() == day
                and last.date() == day and start <= epoch < end and len(spans) < 16):
            spans.append((start, end, day))
        return day

    def __call__(self, step: Step, *, anchor_s: int, last_s: int, zone: ZoneInfo) -> int:
        if step.day is None:
            return last_s + step.after_s
        if step.time_min < 0:
            return anchor_s + step.day * 86400
        enrolled = self.local_date(anchor_s, zone)
        key = (enrolled, zone.key, step.day, step.time_min)
        found = self._due.get(key)
        if found is None:
            day = enrolled + timedelta(days=step.day)
            moment = datetime(day.year, day.month, day.day, step.time_min // 60, step.time_min % 60, tzinfo=zone)
            found = self._due[key] = int(moment.timestamp())
        return found


def _minute_of_day(moment: datetime) -> int:
    return moment.hour * 60 + moment.minute


def _at_minute(moment: datetime, minute: int, *, days: int = 0) -> int:
    day = (moment + timedelta(days=days)).date()
    return int(datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=moment.tzinfo).timestamp())


def quiet_until(now_s: int, zone: ZoneInfo, quiet: QuietHours) -> int | None:
    """The end of the quiet period `now_s` falls in (epoch s), or None outside quiet hours."""
    if quiet.start == quiet.end:
        return None
    moment = local(now_s, zone)
    minute = _minute_of_day(moment)
    if quiet.start > quiet.end:  # spans midnight, e.g. 21:00-09:00
        if minute >= quiet.start:
            return _at_minute(moment, quiet.end, days=1)
        if minute < quiet.end:
            return _at_minute(moment, quiet.end)
        return None
    if quiet.start <= minute < quiet.end:
        return _at_minute(moment, quiet.end)
    return None


def next_day_start(now_s: int, zone: ZoneInfo, quiet: QuietHours) -> int:
    """The first moment of the next local day that is outside quiet hours (the daily cap's deferral)."""
    moment = local(now_s, zone)
    midnight = _at_minute(moment, 0, days=1)
    return quiet_until(midnight, zone, quiet) or midnight


def candidate_days(now_s: int) -> list[str]:
    """Every YYYYMMDD that `now_s` is somewhere between UTC-12 and UTC+14 (2 or 3 dates): a tick reads the
    daily-cap counters of all of them at once, before it knows each member's zone."""
    return sorted({datetime.fromtimestamp(now_s + offset, UTC).strftime("%Y%m%d")
                   for offset in (-12 * 3600, 0, 14 * 3600)})


def local_day(now_s: int, zone: ZoneInfo) -> str:
    """YYYYMMDD of `now_s` in `zone`: the daily cap counts per member per local day."""
    return local(now_s, zone).strftime("%Y%m%d")


def variant_for(member_id: str, sequence_id: str, step: Step) -> Variant | None:
    """The member's arm of a split step: sticky (a hash of member, sequence and step), by weight."""
    if not step.variants:
        return None
    total = sum(v.weight for v in step.variants)
    digest = hashlib.blake2b(f"{sequence_id}|{step.id}|{member_id}".encode(), digest_size=8).digest()
    point = int.from_bytes(digest, "big") % total
    for variant in step.variants:
        point -= variant.weight
        if point < 0:
            return variant
    return step.variants[-1]


def iso_local(epoch: int, zone: ZoneInfo) -> str:
    """ISO 8601 with the zone's UTC offset, as `siyu sequences preview --json` prints `at`."""
    return local(epoch, zone).isoformat(timespec="seconds")
