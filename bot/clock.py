"""The one source of "now": production reads the system clock, tests and the sandbox move time.

Everything that needs the time asks a Clock, so a 7-day nurture sequence can be watched in seconds.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware UTC datetime."""
        ...


BEIJING = timezone(timedelta(hours=8))  # the platform's day and month (daily API quotas, mass-send limits)


def next_beijing_day_s(now: datetime) -> int:
    """The epoch second the next Beijing day starts, when WeChat's daily quotas are renewed."""
    local = now.astimezone(BEIJING)
    midnight = datetime(local.year, local.month, local.day, tzinfo=BEIJING) + timedelta(days=1)
    return int(midnight.timestamp())


def epoch_s(moment: datetime) -> int:
    """Whole seconds since the epoch, the unit WeChat uses (CreateTime, timestamps)."""
    return int(moment.timestamp())


class SystemClock:
    """Wall-clock time in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """A clock that only moves when told to: tests and `siyu demo`'s "skip ahead" button.

    `offset_from_system=True` starts at the real time and keeps ticking with it, plus whatever
    `advance()` has added, which is what the sandbox wants (real waits still pass).
    """

    def __init__(self, start: datetime | None = None, *, offset_from_system: bool = False) -> None:
        if start is not None and start.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime (e.g. datetime(..., tzinfo=UTC))")
        self._lock = threading.Lock()
        self._ticking = offset_from_system
        self._base = start or datetime(2026, 1, 1, tzinfo=UTC)
        self._offset = timedelta()

    def now(self) -> datetime:
        with self._lock:
            base = datetime.now(UTC) if self._ticking else self._base
            return base + self._offset

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            self._offset += timedelta(seconds=seconds)
        return self.now()

    @property
    def offset_s(self) -> float:
        return self._offset.total_seconds()
