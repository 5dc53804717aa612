"""`siyu sequences preview`'s speed: time per 14-day timeline of the demo's `newcomer` (issue 11: < 50 ms).

    .venv/bin/python bench/sequence_preview.py [--runs 200] [--days 14] [--tz Asia/Shanghai] [--silent]

Calls bot.sequences.preview.preview (what the command runs after reading the content: the same engine on a
private in-memory Redis and a simulated clock) `--runs` times after 20 warm-up runs, with the demo content
loaded once, and prints the mean, p50, p95 and p99 in ms, and the ratio of the p99 to the 50 ms target.
`--silent` previews a member who never writes again (steps wait and expire: more ticks).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bot.sequences.preview import preview  # noqa: E402
from tests.support.factories import demo_content, make_settings  # noqa: E402

TARGET_MS = 50.0
WARM_UP = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--days", type=int, default=14)
    parser.add_argument("--tz", default="Asia/Shanghai")
    parser.add_argument("--silent", action="store_true", help="a member who never writes again")
    args = parser.parse_args()
    content, settings = demo_content(), make_settings()
    start = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def once() -> int:
        rows = preview(content, settings, "default", "newcomer", start=start, days=args.days, zone=args.tz,
                       active=not args.silent)
        return len(rows)

    rows = once()
    for _ in range(WARM_UP):
        once()
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        once()
        times.append(1000 * (time.perf_counter() - started))
    times.sort()
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    print(f"preview bench: newcomer, {args.days} days, {args.tz}, {'silent' if args.silent else 'active'} member "
          f"({rows} rows), {args.runs} runs after {WARM_UP} warm-up; python {platform.python_version()}, "
          f"{os.cpu_count()} cpus")
    print(f"  per preview: mean {statistics.fmean(times):.1f} ms, p50 {times[len(times) // 2]:.1f} ms, "
          f"p95 {times[int(0.95 * len(times))]:.1f} ms, p99 {p99:.1f} ms, max {times[-1]:.1f} ms")
    print(f"  p99 / target ({TARGET_MS:.0f} ms): {p99 / TARGET_MS:.2f}  ({'met' if p99 < TARGET_MS else 'NOT met'})")
    return 0 if p99 < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
