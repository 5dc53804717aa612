"""Siyu next to its peers: WeRoBot (with and without its Redis session storage), Flask + wechatpy, bare Flask.

Why: issue 10 asks that a Siyu callback cost about what a peer's costs, measured as a new user would: each
app under the same gunicorn (gthread, 2 workers x 4 threads) and the same load, side by side in one run,
three repetitions (this VM's capacity swings by +-30 % between runs, so ratios are taken within one
repetition). Targets: Siyu answering a demo FAQ question >= 0.9x the req/s of WeRoBot with its Redis
session storage, Siyu `ping` >= 1.0x, in every repetition; server CPU per FAQ callback <= 1.0 ms.

Load: wrk (`apt-get install wrk`; c=16 keep-alive connections over 2 threads, 8 s) replaying pre-built,
unique, safe-mode AES callbacks from a Lua script (bench/peers_replay.lua); without wrk, the asyncio load
processes of bench/webhook.py. Server CPU per request is read from /proc for gunicorn's master and workers
before and after each phase (redis-server's is printed beside it). Every app's reply to one request is
decrypted and checked before the load (Siyu's FAQ reply against the demo FAQ's answer).

    .venv/bin/python bench/peers.py          # or: ./dev bench peers   (about 4 minutes)
    .venv/bin/python bench/peers.py --repetitions 1 --duration 4 --apps "Siyu, ping" "Siyu, FAQ question"
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing as mp
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bench.proc import process_cpu_s, tree_cpu_s  # noqa: E402
from bench.webhook import HOST, Gunicorn, Loader, app_env, free_port, gunicorn_options, simulator  # noqa: E402

FAQ_QUESTION = "可以寄到美国吗？"  # config/faq.yaml, entry shipping-destinations, asked as written there
REPLAY_LUA = Path(__file__).with_name("peers_replay.lua")
WRK_THREADS = 2
OPENIDS = 1000  # senders the callbacks come from (Siyu keeps a member hash, WeRoBot a session, per sender)


@dataclass(frozen=True)
class App:
    name: str
    target: str  # gunicorn app
    content: str  # the text message every callback carries
    server: str = ""  # the name of the App whose gunicorn serves this one ("" = its own)


PEER_REPLY = "peers_apps.REPLY"
APPS = (
    App("bare Flask (answers success)", "bench.webhook:bare_app()", "ping"),
    App("WeRoBot 1.13.1, no state", "bench.peers_apps:werobot_stateless()", FAQ_QUESTION),
    App("WeRoBot 1.13.1 + Redis session", "bench.peers_apps:werobot_redis()", FAQ_QUESTION),
    App("Flask + wechatpy, no state", "bench.peers_apps:flask_wechatpy()", FAQ_QUESTION),
    App("Siyu, ping", "bot.app:create_app()", "ping"),
    App("Siyu, FAQ question", "", FAQ_QUESTION, server="Siyu, ping"),
)
BARE, WEROBOT_REDIS, SIYU_PING, SIYU_FAQ = APPS[0].name, APPS[2].name, APPS[4].name, APPS[5].name


@dataclass
class Result:
    requests: int
    seconds: float
    errors: int
    server_cpu_s: float
    redis_cpu_s: float
    wrapped: bool = False  # the load ran out of unique callbacks and replayed some

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def cpu_ms(self, seconds: float) -> float:
        return seconds * 1000 / max(1, self.requests)


# --------------------------------------------------------------------------- requests
def build_chunk(args: tuple[int, int, int, str]) -> list[bytes]:
    """Raw HTTP/1.1 requests, each a unique safe-mode callback (Siyu drops a repeated MsgId)."""
    port, first, count, content = args
    sim = simulator()
    raw = []
    for msg_id in range(first, first + count):
        fields = sim.oa_fields(f"o_bench_{msg_id % OPENIDS}", MsgType="text", Content=content, MsgId=msg_id)
        path, body = sim.oa_request(fields, mode="safe")
        head = (f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nContent-Type: text/xml\r\n"
                f"Content-Length: {len(body)}\r\n\r\n")
        raw.append(head.encode() + body)
    return raw


class Requests:
    """Builds each phase's callbacks just before it runs (WeChat timestamps are checked for freshness)."""

    def __init__(self) -> None:
        self.next_msg_id = 20_000_000 + int(time.time()) % 1_000_000 * 1000
        self.pool = mp.get_context("spawn").Pool(2)

    def build(self, port: int, count: int, content: str) -> list[list[bytes]]:
        """`count` unique requests, split into one list per wrk thread."""
        per = count // WRK_THREADS
        jobs = [(port, self.next_msg_id + i * per, per, content) for i in range(WRK_THREADS)]
        self.next_msg_id += count
        return self.pool.map(build_chunk, jobs)

    def close(self) -> None:
        self.pool.terminate()


# --------------------------------------------------------------------------- load
RESULT_LINE = re.compile(r"^RESULT requests=(\d+) duration_us=(\d+) errors=(\d+) wrapped=(\d+)$", re.M)


def wrk_phase(port: int, chunks: list[list[bytes]], workdir: Path, connections: int,
              duration_s: float) -> tuple[int, float, int, bool]:
    """(answered, seconds, errors incl. non-2xx, wrapped) of one wrk run replaying `chunks`."""
    prefix = workdir / "requests"
    for i, chunk in enumerate(chunks):
        Path(f"{prefix}.{i}").write_bytes(b"".join(chunk))
        Path(f"{prefix}.{i}.lengths").write_text("\n".join(str(len(r)) for r in chunk))
    command = ["wrk", f"-t{WRK_THREADS}", f"-c{connections}", f"-d{duration_s:g}s", "--timeout", "10s",
               "-s", str(REPLAY_LUA), f"http://{HOST}:{port}/", "--", str(prefix)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=duration_s + 60, check=False)
    found = RESULT_LINE.search(out.stdout)
    if out.returncode != 0 or found is None:
        raise RuntimeError(f"wrk failed ({out.returncode}): {out.stdout[-1500:]} {out.stderr[-1500:]}")
    requests, duration_us, errors, wrapped = map(int, found.groups())
    return requests, duration_us / 1e6, errors, bool(wrapped)


def python_phase(loader: Loader, port: int, content: str, count: int, connections: int,
                 duration_s: float) -> tuple[int, float, int, bool]:
    phase = loader.run("phase", port, count=count, connections=connections, duration_s=duration_s, content=content)
    return phase.done, max(o.elapsed_s for o in phase.outcomes), phase.non_200, any(o.exhausted for o in phase.outcomes)


# --------------------------------------------------------------------------- checks
def reply_text(port: int, request: bytes) -> str:
    """Sends one pre-built request and opens the reply as WeChat would."""
    from bot.sandbox.simulator import Simulator

    head, body = request.split(b"\r\n\r\n", 1)
    path = head.split(b" ", 2)[1].decode()
    connection = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        connection.request("POST", path, body=body, headers={"Content-Type": "text/xml"})
        response = connection.getresponse()
        status, answer = response.status, response.read()
    finally:
        connection.close()
    if status != 200 or answer in (b"", b"success"):
        return f"HTTP {status} {answer[:40]!r}"
    return Simulator._open(status, answer, simulator()._oa_cipher()).text or ""


def expected_reply(app: App) -> str:
    from bench import peers_apps
    from bot.content.publish import load_directory

    if app.name == BARE:
        return "HTTP 200 b'success'"
    if app.content == "ping":
        return "pong"
    if app.name == SIYU_FAQ:
        found = load_directory(ROOT / "config").faq_index.match(FAQ_QUESTION, locale_hint="zh")
        assert found.best is not None, "the demo FAQ no longer answers the bench question"
        return found.best.answers.get(found.locale).strip()
    return peers_apps.REPLY


# --------------------------------------------------------------------------- main
def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--duration", type=float, default=8.0, help="seconds per app per repetition (default 8)")
    parser.add_argument("--connections", type=int, default=16, help="keep-alive connections (default 16)")
    parser.add_argument("--requests", type=int, default=30000, help="unique callbacks per phase (default 30000)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    # issue 10 measures every app under gthread 2 x 4; bench/webhook.py's default is `siyu serve`'s gevent
    parser.add_argument("--worker-class", default="gthread", choices=("gthread", "gevent"))
    parser.add_argument("--load", choices=("wrk", "python"), default="wrk" if shutil.which("wrk") else "python",
                        help="load generator (default wrk when installed)")
    parser.add_argument("--apps", nargs="*", default=None, help="only these apps (names as in the table)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    try:
        import werobot  # noqa: F401
    except ImportError:
        print("WeRoBot is a benchmark-only extra: .venv/bin/pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from tests.support.redis_server import RedisServer

    apps = [a for a in APPS if args.apps is None or a.name in args.apps]
    options = gunicorn_options(args)
    servers: dict[str, Gunicorn] = {}
    requests = Requests()
    loader = Loader(WRK_THREADS)
    results: list[dict[str, Result]] = []
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="siyu-peers-") as tmp:
        workdir = Path(tmp)
        redis_server = RedisServer(workdir)
        try:
            redis_server.start()
            assert redis_server.process is not None
            redis_pid = redis_server.process.pid
            env = app_env(redis_server.url)
            for app in apps:
                if not app.server and app.name not in servers:
                    servers[app.name] = Gunicorn(app.target, free_port(), env, options,
                                                 workdir / f"{len(servers)}.log").start()
                elif app.server and app.server not in servers:
                    target = next(a.target for a in APPS if a.name == app.server)
                    servers[app.server] = Gunicorn(target, free_port(), env, options,
                                                   workdir / f"{len(servers)}.log").start()
            for server in servers.values():
                server.wait_ready()

            def port_of(app: App) -> int:
                return servers[app.server or app.name].port

            def pid_of(app: App) -> int:
                process = servers[app.server or app.name].process
                assert process is not None
                return process.pid

            for app in apps:  # each app's answer, checked once; also warms every worker
                got = reply_text(port_of(app), requests.build(port_of(app), WRK_THREADS, app.content)[0][0])
                if got != expected_reply(app):
                    failures.append(f"{app.name}: replied {got[:60]!r}, expected {expected_reply(app)[:60]!r}")
            if failures:
                print("\n".join(failures), file=sys.stderr)
                return 1

            def phase(app: App, duration_s: float, count: int) -> Result:
                port = port_of(app)
                chunks = requests.build(port, count, app.content) if args.load == "wrk" else []
                server_before, redis_before = tree_cpu_s(pid_of(app)), process_cpu_s(redis_pid)
                if args.load == "wrk":
                    done, seconds, errors, wrapped = wrk_phase(port, chunks, workdir, args.connections, duration_s)
                else:
                    done, seconds, errors, wrapped = python_phase(loader, port, app.content, count,
                                                                  args.connections, duration_s)
                return Result(done, seconds, errors, tree_cpu_s(pid_of(app)) - server_before,
                              process_cpu_s(redis_pid) - redis_before, wrapped)

            for app in apps:
                phase(app, 1.0, 4000)  # warm-up: imports, connection pools, lazily built indexes
            for repetition in range(args.repetitions):
                results.append({app.name: phase(app, args.duration, args.requests) for app in apps})
                print(f"repetition {repetition + 1}: " + ", ".join(
                    f"{name} {r.rate:,.0f}/s" for name, r in results[-1].items()), file=sys.stderr, flush=True)
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        finally:
            requests.close()
            loader.stop()
            for server in servers.values():
                server.stop()
            redis_server.stop()
    return report(args, options, apps, results)


def report(args: argparse.Namespace, options: list[str], apps: list[App], results: list[dict[str, Result]]) -> int:
    def ratios(name: str, to: str) -> str:
        if to not in results[0]:
            return "-"
        return " / ".join(f"{rep[name].rate / rep[to].rate:.2f}" for rep in results)

    def each(values: list[float]) -> str:  # per repetition: the CPU of two apps compares within one
        return " / ".join(f"{value:.2f}" for value in values)

    print()
    print(f"gunicorn {' '.join(options)}, same for every app, 127.0.0.1; load: "
          f"{'wrk -t2' if args.load == 'wrk' else 'bench/webhook.py asyncio load, 2 processes'}, "
          f"c={args.connections}, {args.duration:g} s per app, {args.requests:,} unique safe-mode callbacks per "
          f"phase; nproc={len(os.sched_getaffinity(0))}, python {sys.version.split()[0]}; FAQ question "
          f"{FAQ_QUESTION!r}")
    print()
    print("| app (safe-mode AES) | req/s per repetition | ÷ bare Flask | ÷ WeRoBot + Redis session "
          "| server CPU ms per request, per repetition | redis-server CPU ms per request |")
    print("|---|---|---|---|---|---|")
    for app in apps:
        runs = [rep[app.name] for rep in results]
        print(f"| {app.name} | {' / '.join(f'{r.rate:,.0f}' for r in runs)} | {ratios(app.name, BARE)} | "
              f"{ratios(app.name, WEROBOT_REDIS)} | {each([r.cpu_ms(r.server_cpu_s) for r in runs])} | "
              f"{each([r.cpu_ms(r.redis_cpu_s) for r in runs])} |")
    verdicts: list[tuple[str, bool]] = []
    if WEROBOT_REDIS in results[0]:
        for name, target in ((SIYU_FAQ, 0.9), (SIYU_PING, 1.0)):
            if name in results[0]:
                worst = min(rep[name].rate / rep[WEROBOT_REDIS].rate for rep in results)
                verdicts.append((f"{name} ÷ WeRoBot + Redis session >= {target} in every repetition "
                                 f"(worst {worst:.2f})", worst >= target))
    if SIYU_FAQ in results[0]:
        worst_cpu = max(rep[SIYU_FAQ].cpu_ms(rep[SIYU_FAQ].server_cpu_s) for rep in results)
        verdicts.append((f"server CPU per FAQ callback <= 1.0 ms (worst {worst_cpu:.2f})", worst_cpu <= 1.0))
    errors = sum(r.errors for rep in results for r in rep.values())
    verdicts.append((f"non-2xx or failed answers: {errors}", errors == 0))
    # Only Siyu drops a repeated callback (its dedupe), so only its rows would be flattered by a replay.
    wrapped = sorted({name for rep in results for name, r in rep.items() if r.wrapped and name.startswith("Siyu")})
    if wrapped:
        print(f"\nWARNING: ran out of unique callbacks and replayed some for: {', '.join(wrapped)} "
              "(its dedupe answered those cheaply; raise --requests)")
    print()
    for text, ok in verdicts:
        print(f"{'ok  ' if ok else 'MISS'} {text}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
