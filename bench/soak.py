"""Soak: N mixed callbacks through the real webhook and a real worker, Redis memory sampled (issue 16, item 6).

Why: a key written per callback or per delivery and never trimmed or expired grows Redis without bound, and
with `noeviction` a full Redis answers every callback 503. The target: after 100,000 mixed callbacks and their
deliveries, Redis memory is flat apart from members and their state.

One run: starts a throwaway redis-server (no persistence), the fake WeChat API (in this process), `siyu serve`
(gunicorn, 2 workers) and one `siyu worker`, then sends N callbacks (default 100,000) from a fixed pool of
followers, cycling through: OA `ping`, an FAQ question, a question nobody answers (a new wording each time, so
the unanswered list is exercised), a product question and a jobs question (each queues a delivery for the
worker), a menu click, a subscribe, a WeCom app `ping`, and a WeCom contact added with a WelcomeCode (a new
external contact each time: a queued welcome, and a new member). Every `--sample-every` callbacks it reads
Redis INFO memory and, per key prefix (`siyu:{brand}:<kind>`, `rq:<kind>`), the key count, the bytes
(MEMORY USAGE) and how many keys have no TTL. At the end it waits for the queues to drain and prints the
growth per callback between the first sample and the last, split into members and their state, keys that
expire (bounded by their TTL, however long the run), and everything else (must be ~0 B: that is unbounded).

    .venv/bin/python bench/soak.py                    # or: ./dev bench soak   (100,000: ~10 min on 2 cores)
    .venv/bin/python bench/soak.py --callbacks 20000 --sample-every 2000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

import redis  # noqa: E402
import requests  # noqa: E402

from bot.sandbox.fake_wechat import FakeWeChatServer  # noqa: E402
from bot.sandbox.simulator import Simulator  # noqa: E402
from bot.settings import Settings  # noqa: E402
from tests.support import e2e  # noqa: E402
from tests.support.factories import demo_content  # noqa: E402
from tests.support.redis_server import RedisServer, free_port  # noqa: E402

# Keys that exist per member: their number follows the members, not the callbacks (bot/store/keys.py).
MEMBER_KINDS = {"mseq", "mid", "mnum", "mf", "mfields", "mtags", "mvcode", "mvalue", "tagid", "tagname", "tagbits",
                "union", "budget", "subgrant", "parked", "kfwin",
                "enr", "due"}  # sequence enrolments (every new contact starts `newcomer`) and their due refs

# Kinds without a TTL whose size is capped by count or cleaned by time, and by what (they grow until then,
# so a run shorter than their cap shows growth that stops there).
CAPPED = {
    "events": "the event stream: XADD MAXLEN ~100,000 entries (bot/store/events.py STREAM_MAXLEN)",
    "qa": "unanswered questions: 5,000 wordings, hash trimmed with its index (bot/store/unanswered.py)",
    "rq:finished": "RQ's finished registry: its maintenance drops entries past the 60 s result TTL",
    "rq:failed": "RQ's failed registry: entries past the failure TTL (7 days) dropped by its maintenance",
    "rq:workers": "one entry per running worker", "rq:queues": "one entry per queue",
    "seqstat": "sequence funnel counters: one field per step, variant and outcome (bot/store/enrolments.py)",
    "parkedlog": "parked deliveries, a capped stream (bot/store/ledger.py)",
    "failed": "failed deliveries, a stream capped at ~10,000 (bot/store/ledger.py FAILED_MAXLEN)",
}


@dataclass
class Sample:
    callbacks: int
    used_memory: int
    keys: dict[str, int]
    bytes: dict[str, int]
    no_ttl: dict[str, int]


def kind_of(key: bytes) -> str:
    """`siyu:<brand>:m:...` -> `m`; `siyu:token:...` -> `token`; `rq:job:...` -> `rq:job`."""
    parts = key.decode(errors="replace").split(":")
    if parts[0] == "rq":
        return ":".join(parts[:2]) + (":intermediate" if parts[-1] == "intermediate" else "")
    if parts[0] == "siyu" and len(parts) > 2 and parts[1] not in ("token", "token-lock", "rate", "media",
                                                                    "token-force", "token-force-n"):
        return parts[2]
    return ":".join(parts[:2])


def sample(client: redis.Redis, callbacks: int) -> Sample:
    counts: dict[str, int] = defaultdict(int)
    sizes: dict[str, int] = defaultdict(int)
    no_ttl: dict[str, int] = defaultdict(int)
    batch: list[bytes] = []

    def flush() -> None:
        pipe = client.pipeline(transaction=False)
        for key in batch:
            pipe.memory_usage(key, samples=0)
            pipe.ttl(key)
        results = pipe.execute()
        for index, key in enumerate(batch):
            kind = kind_of(key)
            counts[kind] += 1
            sizes[kind] += results[2 * index] or 0
            no_ttl[kind] += results[2 * index + 1] == -1
        batch.clear()

    for key in client.scan_iter(count=1000):
        batch.append(key)
        if len(batch) >= 1000:
            flush()
    flush()
    return Sample(callbacks, int(client.info("memory")["used_memory"]), dict(counts), dict(sizes), dict(no_ttl))


class Callbacks:
    """The mixed callbacks, built on demand (signed and encrypted as WeChat would, by the simulator)."""

    def __init__(self, simulator: Simulator, fake: FakeWeChatServer, followers: int) -> None:
        self.simulator, self.fake, self.followers = simulator, fake, followers
        content = demo_content()
        self.faq_question = content.faq[0].questions.zh[0]

    def build(self, index: int) -> tuple[str, bytes]:
        sim = self.simulator
        openid = f"oSOAK{index % self.followers:05d}"
        msg_id = 10**12 + index
        slot = index % 10
        if slot == 6:
            return sim.wecom_request(sim.wecom_fields(FromUserName=f"staff{index % 50:02d}", MsgType="text",
                                                      Content="ping", MsgId=str(msg_id), AgentID=1000002))
        if slot == 7:
            external = f"wmSOAK{index:07d}"
            code = self.fake.issue_welcome_code(userid="zhangsan", external_userid=external)
            return sim.wecom_request(sim.wecom_fields(
                FromUserName="sys", MsgType="event", Event="change_external_contact", ChangeType="add_external_contact",
                UserID="zhangsan", ExternalUserID=external, WelcomeCode=code))
        if slot == 5:
            return sim.oa_request(sim.oa_fields(openid, MsgType="event", Event="CLICK", EventKey="MENU_JOBS"))
        if slot == 9:
            return sim.oa_request(sim.oa_fields(openid, MsgType="event", Event="subscribe"))
        text = {0: "ping", 1: "ping", 2: self.faq_question, 3: f"what about gadget number {index}",
                4: "神经酰胺面霜多少钱", 8: "jobs in Toronto"}[slot]
        return sim.oa_request(sim.oa_fields(openid, MsgType="text", Content=text, MsgId=msg_id))


def send_all(url: str, callbacks: Callbacks, total: int, *, threads: int, every: int, client: redis.Redis,
             samples: list[Sample]) -> int:
    """Send `total` callbacks from `threads` keep-alive clients, sampling every `every`; non-200 answers."""
    local = threading.local()
    failures = 0
    lock = threading.Lock()

    def post(index: int) -> None:
        nonlocal failures
        if not hasattr(local, "session"):
            local.session = requests.Session()
        path, body = callbacks.build(index)
        try:
            status = local.session.post(url + path, data=body, timeout=10).status_code
        except requests.RequestException:
            status = 0
        if status != 200:
            with lock:
                failures += 1

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for chunk_start in range(0, total, every):
            list(pool.map(post, range(chunk_start, min(total, chunk_start + every))))
            samples.append(sample(client, min(total, chunk_start + every)))
            rate = samples[-1].callbacks / (time.monotonic() - started)
            print(f"  {samples[-1].callbacks:>7,} callbacks  used_memory {samples[-1].used_memory / 1e6:7.1f} MB  "
                  f"keys {sum(samples[-1].keys.values()):>7,}  ({rate:.0f}/s)", flush=True)
    return failures


def drained(client: redis.Redis) -> bool:
    return all(client.llen(f"rq:queue:{name}") == 0 for name in e2e.WORKER_QUEUES) and all(
        client.zcard(f"rq:wip:{name}") == 0 for name in e2e.WORKER_QUEUES)


def report(first: Sample, last: Sample, callbacks: int) -> None:
    span = max(1, last.callbacks - first.callbacks)
    kinds = sorted(set(first.bytes) | set(last.bytes), key=lambda k: -(last.bytes.get(k, 0) - first.bytes.get(k, 0)))
    groups: dict[str, int] = defaultdict(int)
    print(f"\ngrowth from {first.callbacks:,} to {last.callbacks:,} callbacks, per callback (MEMORY USAGE of keys):")
    print(f"  {'kind':<22}{'keys':>10}{'bytes':>14}{'B/callback':>12}{'keys w/o TTL':>14}  group")
    for kind in kinds:
        grown = last.bytes.get(kind, 0) - first.bytes.get(kind, 0)
        group = ("members" if kind in MEMBER_KINDS else "expiring" if last.no_ttl.get(kind, 0) == 0 else
                 "capped" if kind in CAPPED else "other")
        groups[group] += grown
        print(f"  {kind:<22}{last.keys.get(kind, 0):>10,}{last.bytes.get(kind, 0):>14,}{grown / span:>12.1f}"
              f"{last.no_ttl.get(kind, 0):>14,}  {group}")
    used = (last.used_memory - first.used_memory) / span
    print(f"\nused_memory: {first.used_memory / 1e6:.1f} MB -> {last.used_memory / 1e6:.1f} MB, "
          f"{used:.1f} B per callback")
    for group in ("members", "expiring", "capped", "other"):
        print(f"  {group:<9}{groups[group] / span:>8.1f} B per callback")
    print("  (members: members and their state; expiring: every key of the kind has a TTL, so it is bounded by time,\n"
          "   not by the number of callbacks; capped: no TTL but a cap, below; other: none of these, so it must\n"
          "   stay ~0)")
    for kind in sorted(set(last.bytes) & set(CAPPED)):
        print(f"  capped {kind}: {CAPPED[kind]}")


@dataclass
class Stack:
    server: subprocess.Popen[bytes]
    workers: e2e.Workers
    url: str


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--callbacks", type=int, default=100_000)
    parser.add_argument("--sample-every", type=int, default=5_000)
    parser.add_argument("--followers", type=int, default=2_000, help="OA followers the callbacks come from")
    parser.add_argument("--threads", type=int, default=8, help="concurrent keep-alive clients")
    parser.add_argument("--settle-s", type=float, default=65,
                        help="wait after draining before the last sample (RQ keeps a finished job 60 s)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="siyu-soak-") as tmp, running(Path(tmp)) as (stack, fake, client):
        print(f"soak: {args.callbacks:,} mixed callbacks, {args.followers:,} OA followers, sample every "
              f"{args.sample_every:,}; siyu serve at {stack.url}")
        simulator = simulator_for(stack)
        samples: list[Sample] = []
        failures = send_all(stack.url, Callbacks(simulator, fake, args.followers), args.callbacks,
                            threads=args.threads, every=args.sample_every, client=client, samples=samples)
        deadline = time.monotonic() + 600
        while not drained(client) and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(args.settle_s)  # RQ keeps a finished job 60 s (bot/queueing.py JOB_RESULT_TTL_S)
        samples.append(sample(client, args.callbacks))
        report(samples[0], samples[-1], args.callbacks)
        sends = sum(sum(codes.values()) for codes in fake.call_counts().values())
        print(f"\nnon-200 answers: {failures}; calls at the fake WeChat API: {sends:,}; "
              f"queues drained: {drained(client)}")
        return 1 if failures else 0


def simulator_for(stack: Stack) -> Simulator:
    brand = Settings.from_env(stack.workers.env).brands["default"]
    return Simulator(oa=brand.oa, wecom=brand.wecom, transport=lambda path, body: (0, b""))


class running:
    """redis-server, the fake WeChat API, `siyu serve` and one `siyu worker`; all stopped on exit."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp

    def __enter__(self) -> tuple[Stack, FakeWeChatServer, redis.Redis]:
        binary = RedisServer.find_binary()
        if binary is None:
            raise SystemExit("redis-server not found on PATH")
        self.redis = RedisServer(self.tmp, binary).start()
        self.fake = FakeWeChatServer(apps=e2e.fake_apps()).__enter__()
        env = e2e.siyu_env(self.redis.url, self.fake.origin, extra={"SIYU_RATE_LIMITS": e2e.LIFTED_LIMITS})
        port = free_port()
        log = (self.tmp / "serve.log").open("wb")
        server = subprocess.Popen([e2e.PYTHON, "-m", "bot", "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
                                  env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        workers = e2e.Workers(env, self.tmp, siyu=True)
        workers.start(1)
        self.stack = Stack(server, workers, f"http://127.0.0.1:{port}")
        e2e.wait_until(lambda: _healthy(self.stack.url), timeout_s=30, what="siyu serve")
        return self.stack, self.fake, self.redis.client()

    def __exit__(self, *exc: object) -> None:
        self.stack.workers.stop()
        self.stack.server.terminate()
        self.stack.server.wait(timeout=15)
        self.fake.__exit__(None, None, None)
        self.redis.stop()


def _healthy(url: str) -> bool:
    try:
        return requests.get(url + "/healthz", timeout=1).status_code == 200
    except requests.RequestException:
        return False


if __name__ == "__main__":
    sys.exit(main())
