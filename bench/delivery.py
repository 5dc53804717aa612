"""Delivery throughput: messages/s that 2 `rq worker` processes deliver to the fake WeChat API, sent as
batches vs one RQ job per message (RQDeliveryQueue.enqueue per chunk of --batch; it caps a bulk job at
its own BATCH_SIZE), with the CPU each side spent per message (workers, fake server, redis).

    .venv/bin/python bench/delivery.py [--messages 5000] [--batch 100] [--workers 2] [--fork] [--latency-ms 0]

Starts a throwaway redis-server and the fake WeChat API (in this process), enqueues the same N WeCom
app text messages both ways through RQDeliveryQueue, and times each run from the first to the last
message the fake accepted (worker start-up excluded). Workers are `siyu worker` processes (jobs in the
worker, jobs/worker.py DeliveryWorker) with every rate bucket lifted through SIYU_RATE_LIMITS (the
buckets are still taken; the platform's 100/s per WeCom app would otherwise be the whole measurement).
`--fork` runs RQ's forking `rq worker` instead (a work horse per job), for comparison; `--latency-ms`
makes the fake answer each send that much later, as a real WeChat ~50-100 ms away does.
Targets (default options): >= 1,500 msg/s batched, >= 5x.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bench.proc import process_cpu_s  # noqa: E402
from bot.outbound import Delivery, Queue, Text  # noqa: E402
from bot.queueing import RQDeliveryQueue  # noqa: E402
from bot.sandbox.fake_wechat import FakeWeChatServer  # noqa: E402
from tests.support import e2e  # noqa: E402
from tests.support.factories import WECOM_CORP_ID  # noqa: E402
from tests.support.redis_server import RedisServer  # noqa: E402

APP_SEND = "/cgi-bin/message/send"


def cpu_s(pid: int) -> float:
    """CPU seconds of a worker and its reaped children (finished work horses, with --fork) so far."""
    return process_cpu_s(pid, reaped_children=True)


def self_cpu_s() -> float:
    times = os.times()
    return times.user + times.system


def deliveries(run: str, count: int) -> list[Delivery]:
    return [Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="",
                     user_id=f"user{i % 1000:04d}", message=Text(text=f"bench E2E{run}-{i}"), key=f"bench:{run}:{i}",
                     purpose="campaign", queue=Queue.BULK) for i in range(count)]


def measure(label: str, *, redis_server: RedisServer, fake: FakeWeChatServer, count: int, batch: int, workers: int,
            workdir: Path, extra_env: dict[str, str], fork: bool, latency_ms: float) -> float:
    client = redis_server.client()
    client.flushall()
    fake.reset(keep_tokens=True)
    if latency_ms:
        fake.set_faults(latency_ms=latency_ms, paths=[APP_SEND])
    run = label[0]
    queue = RQDeliveryQueue(client)
    started = time.monotonic()
    e2e.enqueue_in_batches(queue, deliveries(run, count), batch)
    enqueue_s = time.monotonic() - started
    jobs = queue.queue(Queue.BULK).count  # RQDeliveryQueue also caps a job at its BATCH_SIZE
    lifted = {"E2E_GATEWAY_UNLIMITED": "1"} if fork else {"SIYU_RATE_LIMITS": e2e.LIFTED_LIMITS}
    env = e2e.siyu_env(redis_server.url, fake.origin, extra={**lifted, **extra_env})
    logdir = workdir / f"workers-{run}"
    logdir.mkdir()
    redis_pid = redis_server.process.pid if redis_server.process else os.getpid()
    with e2e.Workers(env, logdir, launcher=fork, siyu=not fork) as procs:
        started_procs = procs.start(workers)
        e2e.wait_until(procs.running(lambda: e2e.accepted_calls(fake, [APP_SEND]) > 0), timeout_s=60,
                       interval_s=0.01, what=f"the first message ({label})", on_timeout=procs.logs)
        cpu0 = (sum(cpu_s(p.pid) for p in started_procs), self_cpu_s(), cpu_s(redis_pid))
        e2e.wait_until(procs.running(lambda: e2e.accepted_calls(fake, [APP_SEND]) >= count), timeout_s=600,
                       interval_s=0.2, what=f"{count} messages ({label})", on_timeout=procs.logs)
        cpu1 = (sum(cpu_s(p.pid) for p in started_procs), self_cpu_s(), cpu_s(redis_pid))
    records = [r for r in fake.requests(APP_SEND) if r["errcode"] == 0]
    seen = e2e.delivered(fake, [APP_SEND])
    duplicates = sum(n - 1 for n in seen.values())
    span = records[-1]["at_s"] - records[0]["at_s"]
    rate = count / span if span > 0 else float("inf")
    workers_ms, fake_ms, redis_ms = ((b - a) * 1000 / count for a, b in zip(cpu0, cpu1, strict=True))
    print(f"{label:<22} {count:>7} msgs in {jobs:>5} jobs  {span:7.2f} s  {rate:8.0f} msg/s  "
          f"(enqueue {enqueue_s:.2f} s, duplicates {duplicates}); CPU ms/msg: workers {workers_ms:.2f}, "
          f"fake server {fake_ms:.2f}, redis {redis_ms:.2f}", flush=True)
    client.close()
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--fork", action="store_true", help="RQ's forking `rq worker` instead of `siyu worker`")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="the fake answers each send this much later")
    parser.add_argument("--send-threads", type=int, default=None, help="SIYU_SEND_THREADS for the workers")
    args = parser.parse_args()
    extra_env = {} if args.send_threads is None else {"SIYU_SEND_THREADS": str(args.send_threads)}
    binary = RedisServer.find_binary()
    if binary is None:
        print("redis-server not found on PATH (or set SIYU_REDIS_SERVER)", file=sys.stderr)
        return 2
    kind = "forking rq worker" if args.fork else "siyu worker, jobs in process"
    latency = f", fake latency {args.latency_ms:g} ms" if args.latency_ms else ""
    latency += f", SIYU_SEND_THREADS={args.send_threads}" if args.send_threads is not None else ""
    print(f"delivery bench: {args.messages} messages, {args.workers} worker processes ({kind}){latency}, "
          f"python {platform.python_version()}, {os.cpu_count()} cpus")
    with tempfile.TemporaryDirectory(prefix="siyu-bench-") as tmp:
        workdir = Path(tmp)
        redis_server = RedisServer(workdir, binary).start()
        try:
            with FakeWeChatServer(apps=e2e.fake_apps(), max_records=max(50_000, args.messages * 2 + 100)) as fake:
                batched = measure("batched", redis_server=redis_server, fake=fake,
                                  count=args.messages, batch=args.batch, workers=args.workers, workdir=workdir,
                                  extra_env=extra_env, fork=args.fork,
                                  latency_ms=args.latency_ms)
                single = measure("one job per message", redis_server=redis_server, fake=fake, count=args.messages,
                                 batch=1, workers=args.workers, workdir=workdir, extra_env=extra_env, fork=args.fork,
                                 latency_ms=args.latency_ms)
        finally:
            redis_server.stop()
    ratio = batched / single
    print(f"ratio batched/single: {ratio:.1f}x  (targets: >= 1,500 msg/s batched, >= 5x)")
    return 0 if batched >= 1500 and ratio >= 5 else 1


if __name__ == "__main__":
    raise SystemExit(main())
