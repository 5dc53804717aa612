"""Leader scoring at scale (issue 13): 1,000,000 activity events over 100,000 members and 30 days, on a real
redis-server with its default encoding limits: time and memory to write the activity log, to score the whole
brand (`siyu cron`'s tagging pass) and the top 20 (`siyu leaders`), and the peak Python memory of scoring.

The baseline, measured in the same run: the same scoring (bot/community/scoring.py's Tally) over the same
daily counts already in Python memory, i.e. the arithmetic alone, without reading Redis. The ratio says what
reading the bucketed log costs on top of it.

Events: members drawn with a skew (a few very active, most rarely: Zipf-like), activities drawn with the
frequencies a community shows (questions and lessons common, conversions rare), one day in 30, a third of
them in one of 3 groups (counted in the group and the brand).

    .venv/bin/python bench/leaders.py [--events 1000000] [--members 100000] [--seed 13]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
import tracemalloc
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import ManualClock
from bot.community.activity import BRAND_SCOPE, LETTER, ActivityLog, day_of
from bot.community.leaders import LeaderBoard
from bot.community.scoring import Tally, candidates
from bot.content import load_content
from bot.content.community import ACTIVITIES
from bot.inbound import Channel, Inbound, Kind
from bot.store.members import MemberStore
from tests.support.redis_server import RedisServer

BRAND = "default"
NOW = datetime(2026, 12, 3, 4, 0, tzinfo=UTC)
GROUPS = ("wrBenchGroup01", "wrBenchGroup02", "wrBenchGroup03")
MIX = {"asked": 30, "lesson": 25, "clicked": 20, "helpful": 12, "brought": 6, "stayed": 5, "converted": 2}


def create_members(client, count: int, clock: ManualClock) -> None:
    store = MemberStore(client, clock)
    pipe = client.pipeline(transaction=False)
    for i in range(count):
        store.queue_touch(pipe, Inbound(brand=BRAND, channel=Channel.OA, account="wx5f3c2b1a0e9d8c7b",
                                        kind=Kind.TEXT, sent_at=clock.now(), user_id=f"o_bench_{i:08d}",
                                        msg_id=str(i), text="hi"))
        if len(pipe) >= 2000:
            pipe.execute()
    pipe.execute()


def events(count: int, members: int, days: list[str], seed: int) -> list[tuple[str, str, int, str, int]]:
    rng = random.Random(seed)
    names, weights = zip(*MIX.items(), strict=True)
    picked = rng.choices(names, weights=weights, k=count)
    out = []
    for i in range(count):
        number = min(members, int(rng.paretovariate(1.1))) if rng.random() < 0.3 else rng.randint(1, members)
        day = days[rng.randrange(len(days))]
        out.append((day, BRAND_SCOPE, number, picked[i], 1))
        if rng.random() < 0.33 and picked[i] in ("asked", "helpful"):
            out.append((day, GROUPS[number % len(GROUPS)], number, picked[i], 1))
    return out


def used_memory(client) -> int:
    return int(client.info("memory")["used_memory"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    demo = load_content(Path(__file__).resolve().parent.parent / "config")
    # the demo's groups serve the bench's chat ids, so the tagging pass tags each group's leaders too
    content = replace(demo, groups=tuple(replace(group, chat_id=chat) for group, chat in zip(demo.groups, GROUPS,
                                                                                            strict=False)))
    rules = content.community.leaders
    zone = ZoneInfo(content.sequence_defaults.timezone)
    days = [day_of(NOW - timedelta(days=i), zone) for i in range(rules.window_days)]
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir)).start()
        try:
            client = server.client()
            clock = ManualClock(NOW - timedelta(days=90))
            started = time.perf_counter()
            create_members(client, args.members, clock)
            clock.advance(90 * 86400)
            print(f"{args.members:,} members created in {time.perf_counter() - started:.1f} s")

            rows = events(args.events, args.members, days, args.seed)
            brand_events = sum(1 for r in rows if r[1] == BRAND_SCOPE)
            before = used_memory(client)
            started = time.perf_counter()
            ActivityLog(client).record_numbers(BRAND, rows)
            wrote_s = time.perf_counter() - started
            log_bytes = used_memory(client) - before
            active = len({r[2] for r in rows})
            print(f"activity log: {brand_events:,} events ({len(rows):,} counter increments with group scopes) "
                  f"by {active:,} members written in {wrote_s:.1f} s; Redis +{log_bytes / 2**20:.1f} MiB = "
                  f"{log_bytes / brand_events:.1f} B per event, {log_bytes / active:.0f} B per active member")
            encodings = Counter(client.object("encoding", k).decode()
                                for k in client.scan_iter(match=f"siyu:{BRAND}:act:*", count=1000))
            print(f"  activity hashes by encoding: {dict(encodings)}")

            # the baseline: the same daily counts, already in Python memory
            by_day: dict[str, list[tuple[int, str, int]]] = {d: [] for d in days}
            merged = Counter((d, n, a) for d, scope, n, a, _ in rows if scope == BRAND_SCOPE)
            for (d, n, a), c in merged.items():
                by_day[d].append((n, LETTER[a], c))
            gc.collect()
            started = time.perf_counter()
            tally = Tally(rules)
            for d in days:
                tally.add_day(by_day[d])
            base = tally.base_scores(rules)
            candidates(base, rules, limit=None)
            baseline_s = time.perf_counter() - started
            del tally, base, by_day, merged, rows
            gc.collect()

            board = LeaderBoard(client, MemberStore(client, clock), clock)
            started = time.perf_counter()
            everyone = board.scores(BRAND, content, limit=None)
            whole_s = time.perf_counter() - started
            tracemalloc.start()  # a second pass for memory only: tracemalloc slows Python several times
            board.scores(BRAND, content, limit=None)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            started = time.perf_counter()
            top = board.scores(BRAND, content, limit=20)
            top_s = time.perf_counter() - started
            started = time.perf_counter()
            board.scores(BRAND, content, scope=GROUPS[0], limit=20)
            group_s = time.perf_counter() - started
            started = time.perf_counter()
            refreshed = board.refresh(BRAND, content)
            refresh_s = time.perf_counter() - started

            print(f"\nscoring {brand_events:,} events of {active:,} members over {rules.window_days} days "
                  f"({len(ACTIVITIES)} activities, daily and window caps):")
            print(f"  baseline (the same arithmetic over counts already in memory): {baseline_s:.2f} s")
            print(f"  whole brand, read from Redis + scored + tenure of {len(everyone):,} candidates: {whole_s:.2f} s "
                  f"(ratio to baseline {whole_s / baseline_s:.2f}); Python peak {peak / 2**20:.1f} MiB (tracemalloc, "
                  "second pass)")
            print(f"  top 20 (siyu leaders): {top_s:.2f} s; one group's top 20: {group_s:.2f} s")
            print(f"  tagging pass (siyu cron), the brand and {len(refreshed.groups)} groups: {refresh_s:.2f} s, "
                  f"{refreshed.leaders:,} leaders, {len(refreshed.tagged):,} tagged; group leaders tagged "
                  + ", ".join(f"{g} {len(r.tagged):,}" for g, r in refreshed.groups.items()))
            print(f"  best: {top[0].member_id} {top[0].total:.1f} "
                  f"({', '.join(f'{k} {v:g}' for k, v in top[0].points.items() if v)})")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
