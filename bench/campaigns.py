"""Campaign benchmarks (issue 12), each next to its baseline measured in the same run:

1. fan-out: messages/s a campaign sends to the fake WeChat API with 2 `siyu worker` processes (N Official
   Account followers, a text campaign, rate buckets lifted as in bench/delivery.py), next to the delivery
   benchmark's one-RQ-job-per-message baseline (bench/delivery.py `measure`, batch 1);
2. `/l/<code>` under gunicorn (Siyu's app: resolve the code, count the click, 302) next to a bare Flask app
   answering the same 302, both under `siyu serve`'s gunicorn options (2 gevent workers); closed loop from
   `--clients` load processes on keep-alive connections; req/s and p50/p99. Target: Siyu >= 0.5x bare.
   Both servers run side by side and are loaded in turn, `--rounds` slices of `--seconds`/`--rounds` each
   (bare, siyu, then siyu, bare, ...), so a change in the machine's load (other programs on a shared VM)
   falls on both alike; the ratio is the median of each round's ratio. The CPU each side's gunicorn workers
   (and redis-server) spent per request is printed too: it hardly depends on what else runs.

    .venv/bin/python bench/campaigns.py [--members 5000] [--seconds 8] [--rounds 4] [--clients 8] [--skip-fanout]
                                        [--skip-links]
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.delivery import measure  # noqa: E402
from bench.proc import process_cpu_s, tree_cpu_s  # noqa: E402
from bench.webhook import HOST, Gunicorn, app_env, free_port  # noqa: E402
from bot.sandbox.fake_wechat import FakeWeChatServer  # noqa: E402
from tests.support import e2e  # noqa: E402
from tests.support.redis_server import RedisServer  # noqa: E402

OA_SEND = "/cgi-bin/message/custom/send"
TARGET = "https://shop.example.com/p/1001?sy_m=m0123456789abcdef"


def bare_redirect_app() -> Any:
    """The floor: Flask under the same gunicorn, answering every /l/<code> with the same 302."""
    from flask import Flask, redirect

    app = Flask("bare")

    @app.get("/l/<code>")
    def follow(code: str) -> Any:
        return redirect(TARGET, 302)

    return app


def fan_out(redis_server: RedisServer, fake: FakeWeChatServer, members: int, workdir: Path) -> float:
    from bot.campaigns import service
    from bot.campaigns.queue import RQCampaignQueue
    from bot.clock import SystemClock
    from bot.content.campaigns import Campaign
    from bot.content.localized import LocalizedText
    from bot.content.sequences import StepContent
    from bot.store.enrolments import EnrolmentStore
    from bot.store.members import MemberStore
    from tests.support.campaigns import BRAND, bulk_audience
    from tests.support.factories import demo_content

    client = redis_server.client()
    client.flushall()
    fake.reset(keep_tokens=True)
    clock = SystemClock()
    bulk_audience(MemberStore(client, clock), EnrolmentStore(client), datetime.now(UTC),
                  counts={"reachable": members}, tag="bench")
    ctx = service.CampaignContext(redis=client, clock=clock, content=lambda brand: demo_content(),
                                  queue=RQCampaignQueue(client))
    service.create(ctx, BRAND, Campaign(id="bench", name=LocalizedText(zh="b", en="b"), segment="tag:bench",
                                        send=StepContent(kind="text", text=LocalizedText(zh="新品", en="new"))))
    env = e2e.siyu_env(redis_server.url, fake.origin, extra={"SIYU_RATE_LIMITS": e2e.LIFTED_LIMITS})
    logdir = workdir / "fanout"
    logdir.mkdir()
    with e2e.Workers(env, logdir, siyu=True) as procs:
        procs.start(2)
        time.sleep(2.0)  # workers up before the launch (start-up excluded, as in bench/delivery.py)
        service.launch(ctx, BRAND, "bench")
        e2e.wait_until(procs.running(lambda: e2e.accepted_calls(fake, [OA_SEND]) >= members), timeout_s=600,
                       interval_s=0.2, what=f"{members} campaign messages", on_timeout=procs.logs)
    records = [r for r in fake.requests(OA_SEND) if r["errcode"] == 0]
    span = records[-1]["at_s"] - records[0]["at_s"]
    rate = members / span if span > 0 else float("inf")
    report = service.report(ctx, BRAND, "bench")
    print(f"campaign fan-out        {members:>7} msgs  {span:7.2f} s  {rate:8.0f} msg/s  (report: {report['sent']})",
          flush=True)
    client.close()
    return rate


def load(port: int, paths: list[str], seconds: float, out: Any) -> None:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    latencies: list[float] = []
    bad = 0
    end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < end:
        started = time.perf_counter()
        conn.request("GET", paths[i % len(paths)])
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - started)
        bad += response.status != 302
        i += 1
    conn.close()
    out.put((latencies, bad))


def closed_loop(port: int, paths: list[str], clients: int, seconds: float) -> tuple[list[float], int]:
    """Latencies (s) of every request `clients` processes made in `seconds`, and how many were not a 302."""
    out: Any = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=load, args=(port, paths, seconds, out)) for _ in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    return [x for lat, _ in results for x in lat], sum(b for _, b in results)


@dataclass
class Side:
    """One app under test: its server and what its slices measured."""

    name: str
    server: Gunicorn
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    bad: int = 0
    cpu_s: float = 0.0  # gunicorn master and workers
    redis_cpu_s: float = 0.0
    rates: list[float] = field(default_factory=list)  # per slice

    def measure(self, paths: list[str], clients: int, seconds: float, redis_pid: int) -> None:
        cpu, redis_cpu = tree_cpu_s(self.server.process.pid), process_cpu_s(redis_pid)  # type: ignore[union-attr]
        latencies, bad = closed_loop(self.server.port, paths, clients, seconds)
        self.cpu_s += tree_cpu_s(self.server.process.pid) - cpu  # type: ignore[union-attr]
        self.redis_cpu_s += process_cpu_s(redis_pid) - redis_cpu
        self.latencies += latencies
        self.seconds += seconds
        self.bad += bad
        self.rates.append(len(latencies) / seconds)

    def report(self) -> None:
        ordered = sorted(self.latencies)
        n = len(ordered)
        p50, p99 = (ordered[n // 2] * 1000, ordered[int(n * 0.99)] * 1000) if n else (0.0, 0.0)
        print(f"{self.name:<22} {n / self.seconds:8.0f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  "
              f"cpu/req: app {self.cpu_s / max(n, 1) * 1e3:.3f} ms, redis {self.redis_cpu_s / max(n, 1) * 1e3:.3f} ms"
              f"  non-302: {self.bad}", flush=True)


def links(redis_server: RedisServer, workdir: Path, clients: int, seconds: float, rounds: int) -> float:
    from bot.cli.server import WORKER_CONNECTIONS
    from bot.store.links import LinkStore

    client = redis_server.client()
    codes = LinkStore(client).codes_for("default", [(f"{TARGET}&n={i}", f"m{i:016x}", "camp:bench")
                                                    for i in range(1000)])
    paths = [f"/l/{code}" for code in codes]
    options = ["--workers", "2", "--worker-class", "gevent", "--keep-alive", "30", "--backlog", "2048",
               "--worker-connections", str(WORKER_CONNECTIONS)]
    env = app_env(redis_server.url) | {"SIYU_PUBLIC_URL": "https://go.example.com"}
    sides = [Side(name, Gunicorn(app, free_port(), env, options, workdir / f"{name.split()[0]}.log"))
             for name, app in (("bare Flask redirect", "bench.campaigns:bare_redirect_app()"),
                               ("siyu /l/<code>", "bot.app:create_app()"))]
    assert redis_server.process is not None
    try:
        for side in sides:
            side.server.start()
        for side in sides:
            side.server.wait_ready()
            closed_loop(side.server.port, paths, clients, 1.0)  # warm-up
        for r in range(rounds):  # bare, siyu; siyu, bare; ...: a drift in load falls on both alike
            for side in sides if r % 2 == 0 else sides[::-1]:
                side.measure(paths, clients, seconds / rounds, redis_server.process.pid)
    finally:
        for side in sides:
            side.server.stop()
    for side in sides:
        side.report()
    bare, siyu = sides
    ratios = sorted(s / b for s, b in zip(siyu.rates, bare.rates, strict=True))
    clicks = int(client.hget("siyu:default:clicks:camp:bench", "n") or 0)
    ratio = statistics.median(ratios)
    print(f"ratio siyu/bare: {ratio:.2f} (median of {rounds} rounds: {', '.join(f'{x:.2f}' for x in ratios)}; "
          f"overall {len(siyu.latencies) / len(bare.latencies):.2f}); target >= 0.5; clicks counted: {clicks}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--skip-fanout", action="store_true")
    parser.add_argument("--skip-links", action="store_true")
    args = parser.parse_args()
    print(f"campaign bench: python {platform.python_version()}, {os.cpu_count()} cpus, "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="siyu-bench-") as tmp:
        workdir = Path(tmp)
        redis_server = RedisServer(workdir).start()
        try:
            if not args.skip_fanout:
                with FakeWeChatServer(apps=e2e.fake_apps(), max_records=max(50_000, args.members * 3)) as fake:
                    baseline = measure("one job per message", redis_server=redis_server, fake=fake,
                                       count=args.members, batch=1, workers=2, workdir=workdir, extra_env={},
                                       fork=False, latency_ms=0.0)
                    campaign = fan_out(redis_server, fake, args.members, workdir)
                print(f"ratio campaign fan-out / one job per message: {campaign / baseline:.1f}x")
            if not args.skip_links:
                links(redis_server, workdir, args.clients, args.seconds, args.rounds)
        finally:
            redis_server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
