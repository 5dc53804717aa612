"""Segment evaluation over a million members: a three-term segment counted, and counted and materialised
(the campaign fan-out's first step), on a real redis-server (issue 12: target under 100 ms).

It starts its own redis-server on a free port, writes the bitmaps the member store keeps (one per tag, one
per city, one per day of activity) directly with SETRANGE (creating a million members through the webhook's
script takes minutes and is bench/members_memory.py's subject, not this one's), at realistic densities, then
times `Segments.evaluate` end to end from Python (parse, compile, one EVALSHA, the answer), best and median of
`--repeat` runs, plus a seven-term segment for scale.

    .venv/bin/python bench/segments.py [--members 1000000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import ManualClock, epoch_s
from bot.member import F_CHANNEL, F_CITY, F_LOCALE
from bot.segments.evaluate import Segments
from bot.store import keys
from tests.support.redis_server import throwaway_redis

BRAND = "bench"
THREE = "tag:vip & !tag:churned & city:toronto"
SEVEN = ("tag:vip & !tag:churned & (city:toronto | city:vancouver) & active:<30d & channel:wecom & locale:zh "
         "& joined:>2026-01-01")


def bitmap(rng: random.Random, members: int, share: float) -> bytes:
    """A bitmap of `members` bits with about `share` of them set (bit 0 unused, as member numbers start at 1)."""
    size = members // 8 + 1
    if share >= 0.5:
        raw = bytearray(rng.randbytes(size))
        extra = [b for b in range(size) if rng.random() < (share - 0.5) * 2]
        for b in extra:
            raw[b] = 0xFF
        return bytes(raw)
    bits = bytearray(size)
    for n in rng.sample(range(1, members + 1), int(members * share)):
        bits[n >> 3] |= 0x80 >> (n & 7)
    return bytes(bits)


def load(client: redis.Redis, clock: ManualClock, members: int) -> None:
    rng = random.Random(12)
    client.set(keys.member_seq(BRAND), members)
    for key, share in ((keys.tag_bitmap_key(BRAND, "vip"), 0.2), (keys.tag_bitmap_key(BRAND, "churned"), 0.1),
                       (keys.attr_bitmap(BRAND, F_CITY, "toronto"), 0.3),
                       (keys.attr_bitmap(BRAND, F_CITY, "vancouver"), 0.2),
                       (keys.attr_bitmap(BRAND, F_CHANNEL, "wecom"), 0.4),
                       (keys.attr_bitmap(BRAND, F_LOCALE, "zh"), 0.6)):
        client.set(key, bitmap(rng, members, share))
    today = epoch_s(clock.now()) // 86400
    for day in range(30):
        client.set(keys.activity_day(BRAND, today - day), bitmap(rng, members, 0.03))
    first = today - 400
    client.hset(keys.join_days(BRAND), mapping={str(first + d): str(1 + d * members // 400) for d in range(400)})


def timed(segments: Segments, expression: str, repeat: int, *, into: str) -> tuple[list[float], int]:
    times, count = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        count = segments.evaluate(BRAND, expression, into=into).count
        times.append((time.perf_counter() - start) * 1000)
    return times, count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with throwaway_redis() as client:
        clock = ManualClock(datetime(2026, 12, 1, tzinfo=UTC))
        load(client, clock, args.members)
        segments = Segments(client, clock)
        print(f"{args.members:,} members; times in ms over {args.repeat} runs (best / median / worst)")
        for name, expression in (("three terms", THREE), ("seven terms", SEVEN)):
            for mode, into in (("counted", ""), ("counted + materialised", "bench")):
                times, count = timed(segments, expression, args.repeat, into=into)
                print(f"  {name:<12} {mode:<24} {min(times):7.2f} {statistics.median(times):7.2f} "
                      f"{max(times):7.2f}   count {count:,}")
        print(f"  three-term target: < 100 ms; expression: {THREE}")

if __name__ == "__main__":
    main()
