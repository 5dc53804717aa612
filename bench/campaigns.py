"""Campaign benchmarks (issue 12), each next to its baseline measured in the same run:

1. fan-out: messages/s a campaign sends to the fake WeChat API with 2 `siyu worker` processes (N Official
   Account followers, a text campaign, rate buckets lifted as in bench/delivery.py), next to the delivery
   benchmark's one-RQ-job-per-message baseline (bench/delivery.py `measure`, batch 1);
2. `/l/<code>` under gunicorn (Siyu's app: resolve the code, count the click, 302) next to a bare Flask app
   answering the same 302, both under `siyu serve`'s gunicorn options (2 gevent workers); closed loop from
   `--clients` load processes on keep-alive connections; req/s and p50/p99. Target: Siyu >= 0.5x bare.

    .venv/bin/python bench/campaigns.py [--members 5000] [--seconds 8] [--clients 8] [--skip-fanout] [--skip-links]
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
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.delivery import measure  # noqa: E402
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


def closed_loop(port: int, paths: list[str], clients: int, seconds: float) -> tuple[float, float, float, int]:
    out: Any = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=load, args=(port, paths, seconds, out)) for _ in range(clients)]
    for p in procs:
        p.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    latencies = sorted(x for lat, _ in results for x in lat)
    bad = sum(b for _, b in results)
    rate = len(latencies) / seconds
    p99 = latencies[int(len(latencies) * 0.99)] * 1000 if latencies else 0.0
    return rate, statistics.median(latencies) * 1000 if latencies else 0.0, p99, bad


def links(redis_server: RedisServer, workdir: Path, clients: int, seconds: float) -> float:
    from bot.cli.server import WORKER_CONNECTIONS
    from bot.store.links import LinkStore

    client = redis_server.client()
    codes = LinkStore(client).codes_for("default", [(f"{TARGET}&n={i}", f"m{i:016x}", "camp:bench")
                                                    for i in range(1000)])
    paths = [f"/l/{code}" for code in codes]
    options = ["--workers", "2", "--worker-class", "gevent", "--keep-alive", "30", "--backlog", "2048",
               "--worker-connections", str(WORKER_CONNECTIONS)]
    env = app_env(redis_server.url) | {"SIYU_PUBLIC_URL": "https://go.example.com"}
    rates = {}
    for name, app in (("bare Flask redirect", "bench.campaigns:bare_redirect_app()"),
                      ("siyu /l/<code>", "bot.app:create_app()")):
        server = Gunicorn(app, free_port(), env, options, workdir / f"{name.split()[0]}.log").start()
        try:
            server.wait_ready()
            closed_loop(server.port, paths, clients, 1.0)  # warm-up
            rate, p50, p99, bad = closed_loop(server.port, paths, clients, seconds)
        finally:
            server.stop()
        rates[name] = rate
        print(f"{name:<22} {rate:8.0f} req/s  p50 {p50:6.2f} ms  p99 {p99:6.2f} ms  non-302: {bad}", flush=True)
    clicks = int(client.hget("siyu:default:clicks:camp:bench", "n") or 0)
    ratio = rates["siyu /l/<code>"] / rates["bare Flask redirect"]
    print(f"ratio siyu/bare: {ratio:.2f}  (target >= 0.5); clicks counted: {clicks}")
    return ratio


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--skip-fanout", action="store_true")
    parser.add_argument("--skip-links", action="store_true")
    args = parser.parse_args()
    print(f"campaign bench: python {platform.python_version()}, {os.cpu_count()} cpus")
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
                links(redis_server, workdir, args.clients, args.seconds)
        finally:
            redis_server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
