"""A simulated clock that several processes share, for e2e runs that move time (days of a nurture sequence).

Test support only, never a production feature: the e2e launcher (`python -m tests.support.e2e`) installs it
into worker processes and the web app factory when E2E_CLOCK_FILE names a file. `now()` is the system time
plus the offset written in that file, so time flows as usual between two moves, and every process sees a
move as soon as the test writes it (the file is replaced atomically; a read costs ~10 µs).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

ENV = "E2E_CLOCK_FILE"


class SharedClock:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def offset_s(self) -> float:
        try:
            return float(self.path.read_text() or 0)
        except (OSError, ValueError):
            return 0.0

    def now(self) -> datetime:
        return datetime.now(UTC) + timedelta(seconds=self.offset_s())

    def set(self, moment: datetime) -> None:
        """From now on every process's `now()` reads `moment` (and runs on from there)."""
        offset = (moment - datetime.now(UTC)).total_seconds()
        partial = self.path.with_suffix(".new")
        partial.write_text(repr(offset))
        os.replace(partial, self.path)


def from_env() -> SharedClock | None:
    path = os.environ.get(ENV)
    return SharedClock(path) if path else None
