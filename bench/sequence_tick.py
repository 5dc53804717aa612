"""Sequence tick throughput: due steps claimed, rendered and handed to delivery per second by 2 worker
processes on a real redis-server, against one RQ job per member doing the same work (issue 11).

    .venv/bin/python bench/sequence_tick.py [--members 100000] [--step lesson-1] [--batch 500]
                                            [--workers 2] [--baseline-jobs 3000]

Starts a throwaway redis-server and writes N Official Account followers of the demo brand (member hash,
three tags, a message an hour ago: their 48 h window is open) with one `newcomer` enrolment each, due now
at `--step` (lesson-1: text + image, and the tutorial progress written back to the member; checkin: an
A/B text), enrolled 2026-11-23 16:00 in Shanghai; "now" is that step's due time, on a fixed clock in every
process.

The tick: `--workers` processes each run `SequenceEngine.tick` (the engine the `jobs.sequences.tick` job
runs, built by jobs.context with the real route chooser, which reads each member's send budget) until
nothing is due; the engine's sink, where deliveries would go to the delivery queue, only counts them.
Timed from a common start signal to the last process's end (imports, content load excluded).

The baseline: the same enrolments, one RQ job per member (`bench.sequence_tick.one_member`: claim that
member's ref, run the engine's batch on it), run by `--workers` real `siyu worker` processes; timed from
the first job's end to the last one's. Target: >= 20,000 steps/s for the tick.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bench.proc import process_cpu_s  # noqa: E402
from tests.support.redis_server import RedisServer  # noqa: E402

ENROLLED = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # 16:00 in Shanghai
BRAND = "default"
DONE_KEY, FIRST_KEY, LAST_KEY = "bench:seq:done", "bench:seq:first", "bench:seq:last"


def settings_for(redis_url: str) -> Any:
    from tests.support.factories import make_settings

    return make_settings(SIYU_REDIS_URL=redis_url, SIYU_OA_SECRET="benchsecret")


def due_at(step: str) -> datetime:
    """When `newcomer`'s `step` falls due for the bench's members (lesson-1: day 1 at 10:00 in Shanghai)."""
    from zoneinfo import ZoneInfo

    from bot.clock import epoch_s
    from bot.sequences.timing import step_due
    from tests.support.factories import demo_content

    spec = demo_content().sequence("newcomer")
    found = spec.step(step) if spec else None
    assert found is not None, step
    enrolled_s = epoch_s(ENROLLED)
    due = step_due(found, anchor_s=enrolled_s, last_s=enrolled_s, zone=ZoneInfo("Asia/Shanghai"))
    return datetime.fromtimestamp(due, UTC)


def populate(redis_url: str, members: int, step: str) -> None:
    """N followers with an open window and three tags, each enrolled in `newcomer` and due now at `step`. The
    members are written through MemberStore (its compact encoding), their last message an hour before."""
    from datetime import timedelta

    import redis

    from bot.clock import ManualClock, epoch_s
    from bot.inbound import Channel, Inbound, Kind
    from bot.store.enrolments import DUE, Enrolment, EnrolmentStore, Write
    from bot.store.members import MemberStore
    from tests.support.factories import OA_APPID

    client = redis.Redis.from_url(redis_url)
    store = EnrolmentStore(client)
    now = due_at(step)
    now_s, enrolled_s = epoch_s(now), epoch_s(ENROLLED)
    member_store = MemberStore(client, ManualClock(now - timedelta(hours=1)))
    chunk = 1000
    for start in range(0, members, chunk):
        pipe = client.pipeline(transaction=False)
        pending = []
        for i in range(start, min(members, start + chunk)):
            openid = f"oBENCH{i:08d}"
            inbound = Inbound(brand=BRAND, channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT,
                              sent_at=now - timedelta(hours=1), user_id=openid, msg_id=f"b{i}", text="hi")
            pending.append((i, member_store.queue_touch(pipe, inbound)))
        results = pipe.execute()
        pipe = client.pipeline(transaction=False)
        writes = []
        for i, touched in pending:
            assert touched is not None
            member = touched(results)
            member_store.update(BRAND, member.id, set_fields={"lc": "zh" if i % 3 else "en", "ci": "shanghai"},
                                add_tags=("skin:sensitive", "src:qr", f"cohort:{i % 7}"), pipe=pipe)
            record = Enrolment(member_id=member.id, sequence_id="newcomer", next=step, anchor_s=enrolled_s,
                               last_s=enrolled_s, due_s=now_s - 60, gen=1, state=DUE, version=1)
            writes.append(Write(new=record, expected_gen=0, schedule=True))
        pipe.execute()
        store.commit(BRAND, writes)
    client.close()


def counting_engine(redis_url: str, step: str) -> tuple[Any, list[int]]:
    """The job context's sequence engine on a clock fixed where `step` is due, its sink a counter: (engine, the
    counter's one-item list of deliveries handed). Shared with bench/sequence_tick_instructions.py."""
    from bot.clock import ManualClock
    from bot.sequences.engine import SequenceEngine
    from bot.store.connection import connect
    from jobs import context

    settings = settings_for(redis_url)
    svc = context.build(settings, connect(settings), clock=ManualClock(due_at(step)))
    handed = [0]

    def count(deliveries: list[Any]) -> None:
        handed[0] += len(deliveries)

    job_engine = svc.sequences
    engine = SequenceEngine(store=job_engine.store, members=job_engine.members, content=job_engine.content,
                            clock=svc.clock, sink=count, routes=svc.routes, content_version=job_engine.content_version)
    return engine, handed


def tick_process(redis_url: str, step: str, batch: int, go: Any, ready: Any, out: Any) -> None:
    """One worker process: the job context's engine on a fixed clock, its sink a counter."""
    engine, handed = counting_engine(redis_url, step)
    engine.content(BRAND)  # load and deploy the content before the clock starts
    ready.set()
    go.wait()
    started = time.monotonic()
    report = engine.tick(BRAND, limit=batch)
    out.put({"handed": handed[0], "claimed": report.claimed, "stale": report.stale,
             "seconds": time.monotonic() - started})


def one_member(ref: str, step: str) -> int:
    """The baseline's RQ job: one member's due step, the same engine work as a tick's batch of one."""
    from bot.clock import ManualClock, epoch_s
    from bot.sequences.engine import SequenceEngine
    from jobs import context

    svc = context.services()
    handed = [0]

    def count(deliveries: list[Any]) -> None:
        handed[0] += len(deliveries)

    job_engine = svc.sequences
    engine = SequenceEngine(store=job_engine.store, members=job_engine.members, content=job_engine.content,
                            clock=ManualClock(due_at(step)), sink=count, routes=svc.routes,
                            content_version=job_engine.content_version)
    engine.run_batch(BRAND, [ref], epoch_s(due_at(step)))
    pipe = svc.redis.pipeline(transaction=False)
    pipe.incrby(DONE_KEY, handed[0])
    pipe.set(FIRST_KEY, time.time(), nx=True)
    pipe.set(LAST_KEY, time.time())
    pipe.execute()
    return handed[0]


def cpu_s(pid: int) -> float:
    return process_cpu_s(pid)


def measure_tick(redis_server: RedisServer, *, members: int, step: str, batch: int, workers: int) -> float:
    redis_server.client().flushall()
    populate(redis_server.url, members, step)
    ctx = multiprocessing.get_context("fork")
    go, out = ctx.Event(), ctx.Queue()
    readies = [ctx.Event() for _ in range(workers)]
    procs = [ctx.Process(target=tick_process, args=(redis_server.url, step, batch, go, ready, out))
             for ready in readies]
    for proc in procs:
        proc.start()
    for ready in readies:
        ready.wait(60)
    redis_pid = redis_server.process.pid if redis_server.process else os.getpid()
    cpu0 = (sum(cpu_s(p.pid) for p in procs if p.pid), cpu_s(redis_pid))
    started = time.monotonic()
    go.set()
    results = [out.get(timeout=600) for _ in procs]
    elapsed = time.monotonic() - started
    cpu1 = (sum(cpu_s(p.pid) for p in procs if p.pid), cpu_s(redis_pid))
    for proc in procs:
        proc.join(30)
    handed = sum(r["handed"] for r in results)
    rate = handed / elapsed
    per = [f"{r['handed']:,} in {r['seconds']:.2f} s" for r in results]
    print(f"tick ({workers} processes, batch {batch}): {handed:,} steps handed in {elapsed:.2f} s = {rate:,.0f}/s "
          f"({'; '.join(per)}); stale {sum(r['stale'] for r in results)}")
    print(f"  CPU per step: workers {1e6 * (cpu1[0] - cpu0[0]) / max(1, handed):.1f} µs, "
          f"redis-server {1e6 * (cpu1[1] - cpu0[1]) / max(1, handed):.1f} µs")
    if handed != members:
        print(f"  !! expected {members:,} steps handed, got {handed:,}")
    return rate


def measure_baseline(redis_server: RedisServer, *, jobs: int, step: str, workers: int, workdir: Path) -> float:
    from rq import Queue

    from bot.store.enrolments import EnrolmentStore
    from tests.support import e2e

    client = redis_server.client()
    client.flushall()
    populate(redis_server.url, jobs, step)
    refs = EnrolmentStore(client).claim(BRAND, int(due_at(step).timestamp()), limit=jobs, token="baseline",
                                        lease_s=3600)
    queue = Queue("default", connection=client)
    for chunk in range(0, len(refs), 500):
        queue.enqueue_many([Queue.prepare_data("bench.sequence_tick.one_member", args=(ref, step), result_ttl=0)
                            for ref in refs[chunk:chunk + 500]])
    env = e2e.siyu_env(redis_server.url, "http://127.0.0.1:9", extra={"SIYU_OA_SECRET": "benchsecret"})
    logdir = workdir / "baseline-workers"
    logdir.mkdir()
    with e2e.Workers(env, logdir, siyu=True) as procs:
        procs.start(workers)
        e2e.wait_until(procs.running(lambda: int(client.get(DONE_KEY) or 0) >= len(refs)), timeout_s=600,
                       interval_s=0.05, what="the baseline's jobs", on_timeout=procs.logs)
    first, last = float(client.get(FIRST_KEY) or 0), float(client.get(LAST_KEY) or 0)
    rate = (len(refs) - 1) / max(1e-9, last - first)
    print(f"baseline, one RQ job per member ({workers} siyu workers): {len(refs):,} jobs, {last - first:.2f} s from "
          f"the first to the last = {rate:,.0f}/s")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--step", default="lesson-1", choices=("lesson-1", "product", "job", "checkin"))
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--baseline-jobs", type=int, default=3000, help="0: skip the baseline")
    args = parser.parse_args()
    binary = RedisServer.find_binary()
    if binary is None:
        print("redis-server not found on PATH (or set SIYU_REDIS_SERVER)", file=sys.stderr)
        return 2
    print(f"sequence tick bench: {args.members:,} due `newcomer` steps ({args.step}), real route chooser (windows "
          f"open), sink = counter; python {platform.python_version()}, {os.cpu_count()} cpus")
    with tempfile.TemporaryDirectory(prefix="siyu-bench-") as tmp:
        redis_server = RedisServer(Path(tmp), binary).start()
        try:
            rate = measure_tick(redis_server, members=args.members, step=args.step, batch=args.batch,
                                workers=args.workers)
            baseline = measure_baseline(redis_server, jobs=args.baseline_jobs, step=args.step, workers=args.workers,
                                        workdir=Path(tmp)) if args.baseline_jobs else 0.0
        finally:
            redis_server.stop()
    if baseline:
        print(f"ratio tick/baseline: {rate / baseline:.1f}x")
    print(f"target: >= 20,000 steps/s: {'met' if rate >= 20_000 else 'NOT met'}")
    return 0 if rate >= 20_000 else 1


if __name__ == "__main__":
    raise SystemExit(main())
