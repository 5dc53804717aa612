"""Per-callback counts of Siyu and WeRoBot + Redis under gunicorn: what callgrind leaves out, counted, not timed.

Why (issue 10): bench/peers_instructions.py counts Siyu's in-process userland instructions per `ping` within 3 % of
WeRoBot + Redis's, yet under gunicorn Siyu's server CPU is ~1.25x and its throughput ~0.7x (bench/peers.py).
Callgrind leaves out the kernel, redis-server, gunicorn's threads and logging; this counts those per callback, for
one app at a time under the same gunicorn (gthread 2 x 4) and wrk load as bench/peers.py:

- the workers' user and system CPU apart (/proc/PID/stat), and their threads' context switches;
- redis-server's CPU and `INFO commandstats` (calls and usec per command) per callback;
- with --strace, the workers' system calls per callback (`strace -c -f`; strace slows the server ~10x, so the
  counts of futex and other waits are inflated by it; compare apps under the same conditions).

    .venv/bin/python bench/peers_counts.py siyu-ping [--strace] [--log-level INFO] [--duration 6]
    .venv/bin/python bench/peers_counts.py werobot-redis

The CPU figures move with the machine's load; the counts (commands, syscalls, context switches) much less.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.peers import FAQ_QUESTION, Requests, wrk_phase  # noqa: E402
from bench.proc import TICK_S, _stat  # noqa: E402
from bench.webhook import Gunicorn, app_env, free_port, gunicorn_options  # noqa: E402

APPS = {
    "siyu-ping": ("bot.app:create_app()", "ping"),
    "siyu-faq": ("bot.app:create_app()", FAQ_QUESTION),
    "werobot-redis": ("bench.peers_apps:werobot_redis()", FAQ_QUESTION),
    "werobot": ("bench.peers_apps:werobot_stateless()", FAQ_QUESTION),
    "flask-wechatpy": ("bench.peers_apps:flask_wechatpy()", FAQ_QUESTION),
}


def children(root: int) -> list[int]:
    return [int(p) for p in os.listdir("/proc") if p.isdigit() and _parent(p) == root]


def _parent(pid: str) -> int:
    try:
        return int(_stat(pid)[1])
    except OSError:
        return -1


def snapshot(pids: list[int]) -> dict[str, float]:
    """utime, stime (s) of the processes, and their threads' voluntary / involuntary context switches."""
    out = {"user": 0.0, "sys": 0.0, "vcs": 0.0, "ivcs": 0.0}
    for pid in pids:
        for task in os.listdir(f"/proc/{pid}/task"):  # per thread: where a worker's CPU goes
            fields = Path(f"/proc/{pid}/task/{task}/stat").read_text().rsplit(")", 1)[1].split()
            out[f"thread {pid}/{task}"] = (int(fields[11]) + int(fields[12])) * TICK_S
            status = Path(f"/proc/{pid}/task/{task}/status").read_text()
            out[f"switches {pid}/{task}"] = int(re.search(r"^voluntary_ctxt_switches:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
        fields = _stat(pid)
        out["user"] += int(fields[11]) * TICK_S
        out["sys"] += int(fields[12]) * TICK_S
        for task in os.listdir(f"/proc/{pid}/task"):
            status = Path(f"/proc/{pid}/task/{task}/status").read_text()
            out["vcs"] += int(re.search(r"^voluntary_ctxt_switches:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
            out["ivcs"] += int(re.search(r"^nonvoluntary_ctxt_switches:\s+(\d+)", status, re.M).group(1))  # type: ignore[union-attr]
    return out


def commandstats(client: object) -> dict[str, tuple[int, int]]:
    info = client.info("commandstats")  # type: ignore[attr-defined]
    return {name.removeprefix("cmdstat_"): (int(v["calls"]), int(v["usec"])) for name, v in info.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", choices=sorted(APPS))
    parser.add_argument("--duration", type=float, default=6.0)
    parser.add_argument("--requests", type=int, default=30000)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--worker-class", default="gthread", choices=("gthread", "gevent"))
    parser.add_argument("--log-level", default="WARNING", help="SIYU_LOG_LEVEL (bench/peers.py: WARNING)")
    parser.add_argument("--strace", action="store_true", help="count the workers' system calls (slows them)")
    args = parser.parse_args()
    import redis

    from tests.support.redis_server import RedisServer

    target, content = APPS[args.app]
    with tempfile.TemporaryDirectory(prefix="siyu-counts-") as tmp:
        workdir = Path(tmp)
        server = RedisServer(workdir).start()
        assert server.process is not None
        env = app_env(server.url) | {"SIYU_LOG_LEVEL": args.log_level}
        gunicorn = Gunicorn(target, free_port(), env, gunicorn_options(args), workdir / "gunicorn.log").start()
        requests = Requests()
        try:
            gunicorn.wait_ready()
            assert gunicorn.process is not None
            wrk_phase(gunicorn.port, requests.build(gunicorn.port, 8000, content), workdir, args.connections, 4.0)
            workers = children(gunicorn.process.pid)
            client = redis.Redis.from_url(server.url)
            chunks = requests.build(gunicorn.port, args.requests, content)
            tracer = None
            if args.strace:
                command = ["strace", "-c", "-f", "-o", str(workdir / "strace.txt")]
                for pid in workers:
                    command += ["-p", str(pid)]
                tracer = subprocess.Popen(command, stderr=subprocess.DEVNULL)
                time.sleep(1.0)
            before, redis_before, stats_before = snapshot(workers), server.process.pid, commandstats(client)
            redis_cpu_before = sum(int(v) for v in _stat(redis_before)[11:13]) * TICK_S
            done, seconds, errors, wrapped = wrk_phase(gunicorn.port, chunks, workdir, args.connections, args.duration)
            after, stats_after = snapshot(workers), commandstats(client)
            redis_cpu = sum(int(v) for v in _stat(redis_before)[11:13]) * TICK_S - redis_cpu_before
            if tracer is not None:
                tracer.send_signal(signal.SIGINT)
                tracer.wait(timeout=30)
        finally:
            requests.close()
            gunicorn.stop()
            server.stop()
        n = max(1, done)
        print(f"{args.app}: {done} callbacks in {seconds:.1f} s ({done / seconds:,.0f}/s), errors {errors}, "
              f"wrapped {wrapped}, log level {args.log_level}, load average {os.getloadavg()[0]:.2f}")
        print(f"  workers per callback: user {(after['user'] - before['user']) * 1000 / n:.3f} ms, "
              f"sys {(after['sys'] - before['sys']) * 1000 / n:.3f} ms, voluntary context switches "
              f"{(after['vcs'] - before['vcs']) / n:.2f}, involuntary {(after['ivcs'] - before['ivcs']) / n:.2f}")
        threads = sorted(k for k in after if k.startswith("thread"))
        print("  CPU ms per callback by worker thread: " + ", ".join(
            f"{k[7:]} {(after[k] - before.get(k, 0.0)) * 1000 / n:.3f}" for k in threads))
        print("  voluntary context switches per callback by worker thread: " + ", ".join(
            f"{k[9:]} {(after[k] - before.get(k, 0.0)) / n:.2f}" for k in sorted(after) if k.startswith("switches")))
        print(f"  redis-server CPU per callback {redis_cpu * 1000 / n:.3f} ms; commands per callback (calls, usec):")
        for name in sorted(stats_after):
            calls = stats_after[name][0] - stats_before.get(name, (0, 0))[0]
            usec = stats_after[name][1] - stats_before.get(name, (0, 0))[1]
            if calls > n // 100 and name != "info":
                print(f"    {name:<12} {calls / n:6.2f} calls {usec / n:7.2f} usec")
        if args.strace:
            text = (workdir / "strace.txt").read_text() if (workdir / "strace.txt").exists() else ""
            print(f"  system calls per callback (strace -c -f on the {len(workers)} workers):")
            for line in text.splitlines():
                parts = line.split()
                if len(parts) >= 5 and parts[0][0].isdigit() and parts[-1] not in ("total",):
                    calls = int(parts[3])
                    if calls >= n // 50:
                        print(f"    {parts[-1]:<16} {calls / n:6.2f}")
                elif parts and parts[-1] == "total":
                    print(f"    {'total':<16} {int(parts[3]) / n:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
