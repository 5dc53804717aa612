"""Redis outages under WeChat-style traffic, on real processes (issue 16, item 1).

The parts, each what production runs:
- `DurableRedis`: a redis-server with AOF (`appendfsync always`, so a SIGKILL loses no acknowledged
  write) on a fixed port and directory, which the harness stops (SIGTERM), kills (SIGKILL) or pauses
  (SIGSTOP ... SIGCONT) and starts again;
- `Stack`: `siyu serve` (gunicorn, as shipped) and one `siyu worker`, reading that Redis;
- `WeChatClient`: WeChat's side of a callback as PLATFORM.md §0 describes it: 5 s patience, 3 tries in
  total, a retry after a timeout or a non-200 (never sooner than 5 s after the previous try began), the
  same signed and encrypted request each time (bot/sandbox/simulator.py builds it);
- `tally`: what became of every callback, counted from the event stream (`siyu:{brand}:events`, one
  in.* event per callback whose handlers ran) and the fake WeChat API's record (welcomes sent).

Lost: a callback WeChat got 200 for, or gave up on, whose handlers never ran. Twice: a callback with two
in.* events, or two welcomes sent for it. WeChat's own giving up is counted apart (`gave_up`): with an
outage longer than its ~15 s retry window those are what WeChat stops retrying, and the target is only
that nothing else is lost.
"""

from __future__ import annotations

import contextlib
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import redis
import requests

from bot.clock import SystemClock
from bot.sandbox.simulator import Simulator, Transport
from bot.store import keys
from bot.store.members import MemberStore
from tests.support import e2e
from tests.support.redis_server import free_port, wait_until_answering
from tests.support.stack import ServedStack

PATIENCE_S = 5.0  # WeChat waits this long for an answer (PLATFORM.md §0)
TRIES = 3  # in total: the first and two retries
BRAND = "default"


class DurableRedis:
    """redis-server with AOF, restartable on the same port and data; the harness's outage switch."""

    def __init__(self, workdir: Path, binary: str) -> None:
        self.workdir, self.binary, self.port = workdir, binary, free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> DurableRedis:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes",
             "--appendfsync", "always", "--dir", str(self.workdir), "--logfile", str(self.workdir / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until_answering(redis.Redis(port=self.port, socket_connect_timeout=0.2), self.process,
                             what="redis-server", log=self.workdir / "redis.log")
        return self

    def signal(self, signum: int) -> None:
        assert self.process is not None
        self.process.send_signal(signum)

    def outage(self, kind: str, seconds: float) -> None:
        """One outage of `kind` (stop | kill | pause) lasting about `seconds`, then Redis is back."""
        assert self.process is not None
        if kind == "pause":
            self.signal(signal.SIGSTOP)
            time.sleep(seconds)
            self.signal(signal.SIGCONT)
            return
        self.signal(signal.SIGTERM if kind == "stop" else signal.SIGKILL)
        self.process.wait(timeout=30)
        time.sleep(seconds)
        self.start()

    def outages(self, kind: str, seconds: float, times: int, *, gap_s: float = 1.0) -> None:
        """`times` outages of `kind`, `gap_s` of Redis up between them."""
        for index in range(times):
            if index:
                time.sleep(gap_s)
            self.outage(kind, seconds)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a paused server cannot act on SIGTERM
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


class Stack(ServedStack):
    """`siyu serve` (2 gunicorn workers, as the Procfile) and one `siyu worker` on one environment; its simulator
    only builds the signed requests, which the harness posts itself, WeChat-style."""

    def __init__(self, env: Mapping[str, str], log_dir: Path) -> None:
        super().__init__(env, log_dir, web_workers=2, brand=BRAND)

    def simulator(self, transport: Transport | None = None) -> Simulator:
        return super().simulator(transport or (lambda path, body: (0, b"")))


@dataclass
class Callback:
    """One callback as WeChat holds it: the request it re-sends, who sent it, and how each try went."""

    user_id: str
    path: str
    body: bytes
    kind: str  # "ping" (answered passively) or "welcome" (a welcome queued for the worker)
    welcome_code: str = ""
    tries: list[str] = field(default_factory=list)  # "200" / "503" / "timeout" / "error" per try
    spans: list[tuple[float, float]] = field(default_factory=list)  # (began, ended) per try, wall clock (s)

    @property
    def answered(self) -> bool:
        return bool(self.tries) and self.tries[-1] == "200"


class WeChatClient:
    """Sends callbacks as WeChat does: each gets 5 s, and up to 3 tries spaced at least 5 s apart."""

    def __init__(self, base_url: str, *, patience_s: float = PATIENCE_S, tries: int = TRIES) -> None:
        self.base_url, self.patience_s, self.tries = base_url.rstrip("/"), patience_s, tries
        self._local = threading.local()

    def _session(self) -> requests.Session:
        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        session: requests.Session = self._local.session
        return session

    def send(self, callback: Callback) -> Callback:
        for attempt in range(self.tries):
            began, wall = time.monotonic(), time.time()
            try:
                response = self._session().post(self.base_url + callback.path, data=callback.body,
                                                timeout=self.patience_s, headers={"Content-Type": "text/xml"})
                callback.tries.append(str(response.status_code))
                if response.status_code == 200:
                    return callback
            except requests.Timeout:
                callback.tries.append("timeout")
            except requests.RequestException:
                callback.tries.append("error")
            finally:
                callback.spans.append((wall, time.time()))
            # A retry is a new request on a new connection: one kept alive 5 s would meet gunicorn's 2 s keep-alive
            # close half-way (a reset counted as a failed try that WeChat's own retry never sees)
            self._local.__dict__.pop("session", None)
            if attempt + 1 < self.tries:
                time.sleep(max(0.0, self.patience_s - (time.monotonic() - began)))
        return callback


def make_callbacks(simulator: Simulator, fake: Any, run: str, count: int) -> list[Callback]:
    """`count` callbacks, one sender each: 2 of 3 an OA `ping` (the reply is passive), 1 of 3 a WeCom
    contact added with a WelcomeCode (the welcome is queued, so the worker's side is counted too)."""
    callbacks = []
    for i in range(count):
        if i % 3 == 2:
            external = f"wmOUT{run}{i:05d}"
            code = fake.issue_welcome_code(userid="zhangsan", external_userid=external)
            path, body = simulator.wecom_request(simulator.wecom_fields(
                FromUserName="sys", MsgType="event", Event="change_external_contact",
                ChangeType="add_external_contact", UserID="zhangsan", ExternalUserID=external, WelcomeCode=code))
            callbacks.append(Callback(external, path, body, "welcome", welcome_code=code))
        else:
            openid = f"oOUT{run}{i:05d}"
            path, body = simulator.oa_request(simulator.oa_fields(openid, MsgType="text", Content="ping",
                                                                  MsgId=int(f"9{i:06d}")))
            callbacks.append(Callback(openid, path, body, "ping"))
    return callbacks


@dataclass
class Tally:
    sent: int
    answered: int  # WeChat got 200 (in the end)
    gave_up: int  # WeChat got no 200 in 3 tries
    lost: list[str]  # got 200 or given up on, and no handler ran
    twice: list[str]  # two in.* events, or two welcomes sent
    welcomes_queued: int
    welcomes_settled: int  # sent, or failed with the platform's code in the failed ledger
    welcomes_missing: list[str]  # handled, and the welcome never reached the fake nor failed

    def line(self, label: str) -> str:
        return (f"{label}: {self.sent} callbacks, {self.answered} answered 200, {self.gave_up} given up by WeChat, "
                f"lost {len(self.lost)}, handled twice {len(self.twice)}; welcomes {self.welcomes_settled} of "
                f"{self.welcomes_queued} settled, {len(self.welcomes_missing)} missing")


def handled_users(client: redis.Redis) -> Counter[str]:
    """user id -> in.* events recorded for that sender (one callback each in this harness)."""
    counts: Counter[str] = Counter()
    member_ids: list[str] = []
    for _, fields in client.xrange(keys.events(BRAND)):
        if fields[b"type"].startswith(b"in.") and fields.get(b"member"):
            member_ids.append(fields[b"member"].decode())
    members = MemberStore(client, SystemClock())
    for member_id in member_ids:
        member = members.get(BRAND, member_id)
        counts[member.user_id if member is not None else "?"] += 1
    return counts


def welcomes(fake: Any) -> tuple[Counter[str], set[str]]:
    """(accepted welcome sends per WelcomeCode, codes the fake refused): from the fake's record."""
    sent: Counter[str] = Counter()
    refused: set[str] = set()
    for record in fake.requests(e2e.WELCOME_SEND):
        code = str(record["body"].get("welcome_code", "")) if isinstance(record["body"], dict) else ""
        if record["errcode"] == 0 and record["fault"] is None:
            sent[code] += 1
        else:
            refused.add(code)
    return sent, refused


def tally(callbacks: list[Callback], client: redis.Redis, fake: Any) -> Tally:
    codes = {c.user_id: c.welcome_code for c in callbacks if c.welcome_code}
    handled = handled_users(client)
    sent, refused = welcomes(fake)
    lost = [c.user_id for c in callbacks if handled[c.user_id] == 0]
    twice = [c.user_id for c in callbacks if handled[c.user_id] > 1]
    twice += [user for user, code in codes.items() if sent[code] > 1]
    queued = [c.user_id for c in callbacks if c.kind == "welcome" and handled[c.user_id]]
    missing = [user for user in queued if sent[codes[user]] == 0 and codes[user] not in refused]
    answered = sum(1 for c in callbacks if c.answered)
    return Tally(sent=len(callbacks), answered=answered, gave_up=len(callbacks) - answered, lost=lost, twice=twice,
                 welcomes_queued=len(queued), welcomes_settled=len(queued) - len(missing), welcomes_missing=missing)


def given_up(callbacks: list[Callback], *, since: float) -> str:
    """Each callback WeChat gave up on, with its tries and their spans in seconds after the outage began: what a
    failure of the outage tests prints, to tell a slow answer from a refused one."""
    def tries(c: Callback) -> str:
        return ", ".join(f"{outcome} {began - since:+.2f}..{ended - since:+.2f}s"
                         for outcome, (began, ended) in zip(c.tries, c.spans, strict=False))

    lines = [f"{c.user_id} ({c.kind}): {tries(c)}" for c in callbacks if not c.answered]
    return "given up by WeChat (tries, seconds after the outage began):\n" + "\n".join(lines) + "\n"


def run_traffic(client: WeChatClient, callbacks: list[Callback], *, rate_per_s: float, senders: int = 400,
                during: Callable[[], None] | None = None, outage_after_s: float = 0.0) -> None:
    """Send every callback at `rate_per_s` from `senders` threads (each callback retried in its thread);
    `during` (the outage) starts `outage_after_s` into the traffic, in its own thread."""
    outage = threading.Thread(target=lambda: (time.sleep(outage_after_s), during and during()), daemon=True)
    with ThreadPoolExecutor(max_workers=senders) as pool:
        outage.start()
        started = time.monotonic()
        futures = []
        for index, callback in enumerate(callbacks):
            delay = started + index / rate_per_s - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            futures.append(pool.submit(client.send, callback))
        for future in futures:
            future.result()
    outage.join()


@contextlib.contextmanager
def durable_redis(workdir: Path) -> Iterator[DurableRedis]:
    binary = e2e_redis_binary()
    server = DurableRedis(workdir, binary).start()
    try:
        yield server
    finally:
        server.stop()


def e2e_redis_binary() -> str:
    from tests.support.redis_server import RedisServer

    binary = RedisServer.find_binary()
    if binary is None:
        raise RuntimeError("redis-server not found on PATH")
    return binary
