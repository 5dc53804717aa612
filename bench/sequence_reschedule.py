"""The pass that moves members due at a step a published edit moved earlier (issue 11): how long it takes over
N enrolments on a real redis-server, against a plain scan of the same record buckets in Python.

    .venv/bin/python bench/sequence_reschedule.py [--members 100000] [--buckets-per-call 512]

Starts a throwaway redis-server and writes N Official Account followers with one `newcomer` enrolment each,
waiting for `product` (day 3 at 12:30, enrolled 2026-11-23 16:00 in Shanghai); a tenth of them are at
`job` instead, so the pass filters. Then `product` moves to day 2 and `SequenceEngine.reschedule_earlier`
runs (what `jobs.sequences.reschedule` runs after `siyu config apply`), timed, with the Redis server's CPU.
The baseline in the same run: every bucket read with a pipelined HGETALL (512 per round trip) and filtered
in Python, which is what the pass would cost without its scan script (no member reads, no writes).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bench.proc import process_cpu_s  # noqa: E402
from tests.support.redis_server import RedisServer  # noqa: E402

ENROLLED = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # day 1, 20:00 in Shanghai: product is a day or two away
BRAND = "default"


def populate(redis_url: str, members: int) -> None:
    import redis

    from bot.clock import ManualClock, epoch_s
    from bot.inbound import Channel, Inbound, Kind
    from bot.store.enrolments import DUE, Enrolment, EnrolmentStore, Write
    from bot.store.members import MemberStore
    from tests.support.factories import OA_APPID

    client = redis.Redis.from_url(redis_url)
    store, member_store = EnrolmentStore(client), MemberStore(client, ManualClock(ENROLLED))
    enrolled_s = epoch_s(ENROLLED)
    product_s = epoch_s(datetime(2026, 11, 26, 4, 30, tzinfo=UTC))  # day 3, 12:30 in Shanghai
    for start in range(0, members, 1000):
        pipe = client.pipeline(transaction=False)
        pending = []
        for i in range(start, min(members, start + 1000)):
            inbound = Inbound(brand=BRAND, channel=Channel.OA, account=OA_APPID, kind=Kind.SUBSCRIBE,
                              sent_at=ENROLLED, user_id=f"oRESCHED{i:08d}")
            pending.append((i, member_store.queue_touch(pipe, inbound)))
        results = pipe.execute()
        writes = []
        for i, touched in pending:
            assert touched is not None
            step = "job" if i % 10 == 0 else "product"
            due = product_s + (2 * 86400 if step == "job" else 0)
            writes.append(Write(new=Enrolment(member_id=touched(results).id, sequence_id="newcomer", next=step,
                                              anchor_s=enrolled_s, last_s=enrolled_s, due_s=due, gen=1, state=DUE,
                                              version=1), expected_gen=0, schedule=True))
        store.commit(BRAND, writes)
    client.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--buckets-per-call", type=int, default=512)
    args = parser.parse_args()
    binary = RedisServer.find_binary()
    if binary is None:
        print("redis-server not found on PATH (or set SIYU_REDIS_SERVER)", file=sys.stderr)
        return 2
    from bot.clock import ManualClock
    from bot.sequences.edits import moved_steps
    from bot.store import keys
    from bot.store.connection import connect
    from bot.store.enrolments import BUCKETS
    from jobs import context
    from tests.support.factories import demo_content, make_settings
    from tests.support.sequences import with_newcomer_steps

    with tempfile.TemporaryDirectory(prefix="siyu-bench-") as tmp:
        server = RedisServer(Path(tmp), binary).start()
        try:
            populate(server.url, args.members)
            client = server.client()
            redis_pid = server.process.pid if server.process else 0
            demo = demo_content()
            spec = demo.sequence("newcomer")
            assert spec is not None
            edited = with_newcomer_steps(demo, [replace(s, day=2) if s.id == "product" else s for s in spec.steps])
            moved = moved_steps(demo, edited)
            settings = make_settings(SIYU_REDIS_URL=server.url)
            svc = context.build(settings, connect(settings), clock=ManualClock(NOW))

            started, cpu0 = time.perf_counter(), process_cpu_s(redis_pid)
            report = svc.sequences.reschedule_earlier(BRAND, moved, content=edited,
                                                      buckets_per_call=args.buckets_per_call)
            elapsed, redis_cpu = time.perf_counter() - started, process_cpu_s(redis_pid) - cpu0
            print(f"reschedule pass over {args.members:,} enrolments ({moved}): {elapsed:.2f} s, redis-server CPU "
                  f"{redis_cpu:.2f} s; found {report.found:,}, moved {report.moved:,}, stale {report.stale}")
            started = time.perf_counter()
            again = svc.sequences.reschedule_earlier(BRAND, moved, content=edited)
            print(f"  again (idempotent): {time.perf_counter() - started:.2f} s, moved {again.moved}")

            started, cpu0 = time.perf_counter(), process_cpu_s(redis_pid)
            matches = 0
            for first in range(0, BUCKETS, 512):
                pipe = client.pipeline(transaction=False)
                for bucket in range(first, first + 512):
                    pipe.hgetall(keys.enrolments(BRAND, f"{bucket:04x}"))
                for found in pipe.execute():
                    matches += sum(1 for f, v in found.items() if f.endswith(b":newcomer") and
                                   v.startswith(b"product|") and v.split(b"|")[5] == b"d")
            baseline, base_cpu = time.perf_counter() - started, process_cpu_s(redis_pid) - cpu0
            print(f"baseline, pipelined HGETALL of every bucket filtered in Python (reads only): {baseline:.2f} s, "
                  f"redis-server CPU {base_cpu:.2f} s; {matches:,} records at product")
            print(f"ratio pass/baseline: {elapsed / baseline:.2f}x (the pass also reads the members and writes)")
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
