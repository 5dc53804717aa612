"""Instructions per callback of Siyu and its peers, called as WSGI apps in process: a count the load does not move.

bench/peers.py's req/s and CPU swing with whatever else runs on the shared 2-core VM; callgrind's count of this
process's instructions does not (it leaves out the kernel and redis-server, which bench/peers.py measures). Each
app answers the same pre-signed safe-mode callbacks as in bench/peers.py (its WSGI callable is called directly,
no HTTP), against its own throwaway redis-server, 400 warm-up callbacks, then the measured ones:

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/peers_instructions.py APP [--content ping|faq] [--callbacks 300] [--tree DIR] \\
        [--log-level INFO]

    .venv/bin/python bench/peers_instructions.py APP --redis-count [--content ping|faq] [--callbacks 300]

APP: siyu, werobot-redis, werobot, flask-wechatpy. Prints nothing itself: valgrind's "Collected" line divided by
--callbacks is the count per callback. --log-level keeps logging on at that level, to /dev/null (a new user's
default is INFO: one line per callback); without it logging is disabled. --tree DIR imports Siyu from another
checkout (a `git archive` of main, say) to compare two trees on the same messages.

--redis-count counts the other side instead (branch hot6): redis-server runs under callgrind, switched on for the
measured callbacks only, and the script prints its instructions per callback (the whole server: command dispatch,
Lua, networking) and, with callgrind_annotate, the inclusive share of reading and running the commands (all but
the server's cron, which runs for as long as the slowed run takes: ±10 k a callback between runs), of FCALL and of
EVALSHA, `INFO commandstats` calls per callback, and round trips per callback: the app's sends through
redis-py (a pipeline's commands go in one) and redis-server's socket reads (`total_reads_processed`; the two INFO
calls between the counts add 2 in all). Run it without valgrind around Python.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

WARM_UP = 400


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("app", choices=("siyu", "werobot-redis", "werobot", "flask-wechatpy"))
    parser.add_argument("--content", choices=("ping", "faq"), default="faq")
    parser.add_argument("--callbacks", type=int, default=300)
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--log-level", default="", help="SIYU_LOG_LEVEL, logging kept on (stderr to /dev/null); "
                        "by default logging is disabled")
    parser.add_argument("--senders", type=int, default=1000,
                        help="distinct openids, in turn (the default makes every measured callback a new member's; "
                        "bench/peers.py sends 30,000 callbacks from 1,000: --senders 100 counts known members)")
    parser.add_argument("--redis-count", action="store_true",
                        help="count redis-server's instructions per callback (run without valgrind around Python)")
    parser.add_argument("--redis-out", type=Path, default=None,
                        help="with --redis-count: keep redis-server's callgrind output there (callgrind_annotate)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree))
    from bench.peers import FAQ_QUESTION
    from bench.webhook import app_env, simulator
    from tests.support.redis_server import RedisServer

    content = "ping" if args.content == "ping" else FAQ_QUESTION
    with tempfile.TemporaryDirectory() as workdir:
        redis_out = (args.redis_out or Path(workdir) / "redis.cg").resolve()
        binary = "redis-server"
        if args.redis_count:
            wrapper = Path(workdir) / "redis-under-callgrind"
            wrapper.write_text(f"#!/bin/sh\nexec valgrind --tool=callgrind --instr-atstart=no "
                               f"--callgrind-out-file={redis_out} redis-server \"$@\"\n")
            wrapper.chmod(0o755)
            binary = str(wrapper)
        server = RedisServer(Path(workdir), binary=binary).start()
        try:
            os.environ.update(app_env(server.url) | ({"SIYU_LOG_LEVEL": args.log_level} if args.log_level else {}))
            os.chdir(args.tree)
            app = load(args.app)
            if args.log_level:  # a new user's default is INFO: one line per callback, counted here
                sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the whole run
                for handler in logging.getLogger().handlers:
                    if isinstance(handler, logging.StreamHandler):
                        handler.setStream(sys.stderr)
            else:
                logging.disable(logging.WARNING)
            sim = simulator()
            requests = []
            for i in range(WARM_UP + args.callbacks):
                path, body = sim.oa_request(sim.oa_fields(f"o_bench_{i % args.senders}", MsgType="text",
                                                          Content=content, MsgId=5_000_000 + i), mode="safe")
                requests.append((urlsplit(path), body))
            for parts, body in requests[:WARM_UP]:
                call(app, parts.path, parts.query, body)
            counted = str(server.process.pid if args.redis_count and server.process else os.getpid())
            before = commandstats(server.url) if args.redis_count else {}
            sends = count_sends() if args.redis_count else [0]
            subprocess.run(["callgrind_control", "-i", "on", counted], capture_output=True, check=False)
            for parts, body in requests[WARM_UP:]:
                call(app, parts.path, parts.query, body)
            subprocess.run(["callgrind_control", "-i", "off", counted], capture_output=True, check=False)
            trips = sends[0]
            after = commandstats(server.url) if args.redis_count else {}
        finally:
            server.stop()
        if args.redis_count:
            report_redis(redis_out, before, after, args.callbacks)
            print(f"round trips per callback (redis-py sends): {trips / args.callbacks:.2f}; redis-server reads "
                  f"{(after['_reads'] - before['_reads']) / args.callbacks:.2f}")


def commandstats(url: str) -> dict[str, int]:
    import redis

    client = redis.Redis.from_url(url)
    try:
        reads = int(client.info("stats")["total_reads_processed"])  # socket reads: a round trip's commands come in one
        return {name.removeprefix("cmdstat_"): int(stats["calls"])
                for name, stats in client.info("commandstats").items()} | {"_reads": reads}
    finally:
        client.close()


def count_sends() -> list[int]:
    """From now on, count the app's writes to Redis (one per round trip: a pipeline's commands go in one send)."""
    from redis.connection import AbstractConnection

    sends = [0]
    send = AbstractConnection.send_packed_command

    def counted(self: Any, command: Any, check_health: bool = True) -> None:
        sends[0] += 1
        send(self, command, check_health)

    AbstractConnection.send_packed_command = counted  # type: ignore[method-assign]
    return sends


def report_redis(out: Path, before: dict[str, int], after: dict[str, int], callbacks: int) -> None:
    """redis-server's instructions per measured callback (callgrind's totals line) and its commands per callback
    (INFO commandstats, the inner calls of scripts included; the INFO calls themselves left out)."""
    totals = [line for line in out.read_text().splitlines() if line.startswith(("summary:", "totals:"))]
    instructions = int(totals[-1].split()[1]) if totals else 0
    print(f"redis-server instructions per callback: {instructions / callbacks:,.0f}")
    pieces = inclusive(out, ("readQueryFromClient", "fcallCommand", "evalShaCommand", "serverCron"))
    if pieces:  # the cron runs for as long as the slowed run takes (±10 k a callback): the rest is steadier
        print("  of which (inclusive, per callback): " + ", ".join(
            f"{PIECES[name]} {count / callbacks:,.0f}" for name, count in pieces.items()))
    calls = {name: (after.get(name, 0) - before.get(name, 0)) / callbacks for name in after
             if name not in ("info", "_reads")}
    print("commands per callback: " + ", ".join(f"{name} {count:.2f}" for name, count in sorted(calls.items())
                                                  if count))


PIECES = {"readQueryFromClient": "reading and running the commands (all but the cron)", "fcallCommand": "FCALL",
          "evalShaCommand": "EVALSHA", "serverCron": "the server's cron"}


def inclusive(out: Path, names: tuple[str, ...]) -> dict[str, int]:
    """Inclusive instructions of these redis-server functions (callgrind_annotate; {} without it)."""
    try:
        text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
                              capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    found: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split()
        for name in names:
            if len(parts) >= 3 and parts[-2].endswith(f":{name}") and name not in found:
                found[name] = int(parts[0].replace(",", ""))
    return {name: found[name] for name in names if name in found}


def load(name: str) -> Callable[..., Any]:
    if name == "siyu":
        from bot.app import create_app

        return create_app()
    from bench import peers_apps

    return {"werobot-redis": peers_apps.werobot_redis, "werobot": peers_apps.werobot_stateless,
            "flask-wechatpy": peers_apps.flask_wechatpy}[name]()


def call(app: Callable[..., Any], path: str, query: str, body: bytes) -> bytes:
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": path, "QUERY_STRING": query, "SERVER_NAME": "127.0.0.1",
               "SERVER_PORT": "8000", "SERVER_PROTOCOL": "HTTP/1.1", "HTTP_HOST": "127.0.0.1:8000",
               "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(body), "wsgi.input_terminated": True,
               "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": "text/xml", "wsgi.errors": sys.stderr,
               "wsgi.multithread": True, "wsgi.multiprocess": True, "wsgi.run_once": False, "wsgi.version": (1, 0)}
    status: list[str] = []
    out = app(environ, lambda line, headers, exc_info=None: status.append(line))
    data = b"".join(out)
    getattr(out, "close", lambda: None)()
    if not status or not status[0].startswith("200"):
        raise SystemExit(f"{path}: {status} {data[:200]!r}")
    return data


if __name__ == "__main__":
    main()
