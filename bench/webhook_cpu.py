"""CPU per callback: Siyu's webhook vs a bare Flask app, in one process, through Flask's test client.

Wall-clock benchmarks on a 2-core machine swing with whatever else runs (bench/webhook.py shares the
cores with its load generator); process CPU time does not, so this is the number to watch when
changing the hot path. It starts its own redis-server on a free port (no persistence), posts
pre-built AES-encrypted (safe mode) Official Account `ping` messages that Siyu answers passively,
and prints milliseconds of CPU per callback for both apps and their difference (Siyu's own work).
It also times one Redis round trip through redis-py and through a raw socket, the floor under the
two round trips every callback makes.

    .venv/bin/python bench/webhook_cpu.py [--callbacks 2000] [--faq]

--faq posts follower questions (every message of tests/data/faq_*.yaml, in turn) instead of `ping`, each
answered by the FAQ: more distinct messages than the FAQ memo holds, visited in a cycle, so every
callback is matched afresh (the memo's worst case; real followers repeat themselves more).

--texts A B ... posts each message in turn as its own series (the same senders, rounds interleaved) and prints
each one's CPU per callback and its ratio to the first: e.g. a simplified FAQ question against the same question in
traditional characters, whose reply is converted (bot.text.in_script):

    .venv/bin/python bench/webhook_cpu.py --texts 运费多少 運費多少 --callbacks 2000

`siyu serve` runs each web worker with the standard library patched by gevent (bot/cli/server.py), so
redis-py's socket calls go through gevent's hub. The same run, patched as a gevent web worker is:

    .venv/bin/python -c "from gevent import monkey; monkey.patch_all(); import runpy; \
        runpy.run_path('bench/webhook_cpu.py', run_name='__main__')"
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.proc import process_cpu_s
from bench.webhook import bare_app
from bot.app import create_app
from bot.sandbox.simulator import Simulator
from bot.services import build_services
from tests.support.factories import make_settings
from tests.support.redis_server import RedisServer


def cpu_ms_per_call(client: object, requests: list[tuple[str, bytes]], redis_pid: int) -> tuple[float, float]:
    """(this process's CPU ms per callback, redis-server's CPU ms per callback)."""
    started, redis_started = time.process_time(), process_cpu_s(redis_pid)
    for path, body in requests:
        response = client.post(path, data=body)  # type: ignore[attr-defined]
        if response.status_code != 200:
            raise SystemExit(f"unexpected HTTP {response.status_code}: {response.data[:200]!r}")
    return ((time.process_time() - started) / len(requests) * 1000,
            (process_cpu_s(redis_pid) - redis_started) / len(requests) * 1000)


def redis_round_trip_us(url: str, port: int, count: int = 3000) -> tuple[float, float]:
    client = redis.Redis.from_url(url)
    client.ping()
    started = time.process_time()
    for _ in range(count):
        client.ping()
    via_client = (time.process_time() - started) / count * 1e6
    with socket.create_connection(("127.0.0.1", port)) as raw:
        started = time.process_time()
        for _ in range(count):
            raw.sendall(b"*1\r\n$4\r\nPING\r\n")
            raw.recv(64)
        via_socket = (time.process_time() - started) / count * 1e6
    return via_client, via_socket


TEST_DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def follower_questions(root: Path = TEST_DATA) -> list[str]:
    """Every distinct answerable message of the FAQ test sets in `root`, in file order (not those asking for a
    person: a handoff would quiet their member, and the bench would measure silence)."""
    texts: dict[str, None] = {}
    for path in sorted(root.glob("faq_*.yaml")):
        for item in yaml.safe_load(path.read_text("utf-8"))["questions"]:
            if item.get("expected") not in (None, "human-agent"):
                texts[str(item["q"])] = None
    return list(texts)


@contextmanager
def siyu_on_redis() -> Iterator[tuple[Any, RedisServer, Simulator]]:
    """Siyu's app (a Flask test client) on a throwaway redis-server, and a simulator that signs and encrypts for
    its Official Account: the set-up this bench and bench/webhook_instructions.py share."""
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir)).start()
        try:
            settings = make_settings(SIYU_REDIS_URL=server.url)
            brand = settings.brands["default"]
            yield (create_app(services=build_services(settings)).test_client(), server,
                   Simulator(oa=brand.oa, transport=lambda path, body: (0, b"")))
        finally:
            server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--callbacks", type=int, default=2000)
    parser.add_argument("--faq", action="store_true", help="post follower FAQ questions instead of ping")
    parser.add_argument("--texts", nargs="+", help="messages timed one against another (see the docstring)")
    args = parser.parse_args()
    logging.disable(logging.INFO)
    if args.texts:
        compare_texts(args.texts, args.callbacks)
        return
    with siyu_on_redis() as (siyu, server, simulator):
        bare = bare_app().test_client()
        total = args.callbacks * 3 + 200
        texts = follower_questions() if args.faq else ["ping"]
        requests = [simulator.oa_request(simulator.oa_fields(f"o{i % 50}", MsgType="text",
                                                             Content=texts[i % len(texts)],
                                                             MsgId=1_000_000 + i)) for i in range(total)]
        pid = server.process.pid if server.process else os.getpid()
        cpu_ms_per_call(siyu, requests[:100], pid)
        cpu_ms_per_call(bare, requests[:100], pid)
        rows = []
        for round_no in range(3):
            chunk = requests[200 + round_no * args.callbacks: 200 + (round_no + 1) * args.callbacks]
            rows.append((cpu_ms_per_call(bare, chunk, pid)[0], *cpu_ms_per_call(siyu, chunk, pid)))
        client_us, socket_us = redis_round_trip_us(server.url, server.port)
    bare_ms = min(b for b, _, _ in rows)
    siyu_ms = min(s for _, s, _ in rows)
    redis_ms = min(r for _, _, r in rows)
    patched = "gevent" in sys.modules and sys.modules["gevent"].monkey.is_module_patched("socket")
    print(f"CPU per callback (best of 3 x {args.callbacks}, Flask test client, same process, "
          f"{'patched by gevent' if patched else 'standard library unpatched'})")
    print(f"  bare Flask app            {bare_ms:6.3f} ms")
    print(f"  Siyu webhook ({'FAQ questions' if args.faq else 'ping'})  {siyu_ms:6.3f} ms")
    print(f"  Siyu's own work           {siyu_ms - bare_ms:6.3f} ms   (ratio bare/Siyu {bare_ms / siyu_ms:.2f})")
    print(f"  redis-server, for Siyu    {redis_ms:6.3f} ms   (its CPU over the same callbacks)")
    print(f"one Redis round trip (PING): redis-py {client_us:.0f} us CPU, raw socket {socket_us:.0f} us CPU")


def compare_texts(texts: list[str], callbacks: int) -> None:
    """CPU per callback of each message in `texts` (best of 3 rounds, the texts interleaved within a round), each
    from its own 50 senders, who asked it before the timed rounds: a known member's callbacks, in the steady state
    (the same member answered in the same script, nothing of theirs to update)."""
    with siyu_on_redis() as (siyu, server, simulator):
        pid = server.process.pid if server.process else os.getpid()
        numbers = iter(range(2_000_000, 10_000_000))

        def requests(text: str, count: int) -> list[tuple[str, bytes]]:
            senders = f"o{texts.index(text)}_"
            return [simulator.oa_request(simulator.oa_fields(f"{senders}{i % 50}", MsgType="text", Content=text,
                                                             MsgId=next(numbers))) for i in range(count)]

        for text in texts:
            cpu_ms_per_call(siyu, requests(text, 200), pid)  # warm: members, memo, caches
        best: dict[str, tuple[float, float]] = {}
        for _ in range(3):
            for text in texts:
                siyu_ms, redis_ms = cpu_ms_per_call(siyu, requests(text, callbacks), pid)
                old = best.get(text)
                best[text] = (min(siyu_ms, old[0]), min(redis_ms, old[1])) if old else (siyu_ms, redis_ms)
    first = best[texts[0]][0]
    print(f"CPU per callback (best of 3 x {callbacks}, Flask test client, same process, same run)")
    for text in texts:
        siyu_ms, redis_ms = best[text]
        print(f"  {text:<16} Siyu {siyu_ms:6.3f} ms  redis-server {redis_ms:6.3f} ms  ratio to the first "
              f"{siyu_ms / first:.3f}")


if __name__ == "__main__":
    main()
