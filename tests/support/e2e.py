"""End-to-end helpers: real `rq worker` processes, the fake WeChat API, markers, bounded waits.

Also a worker launcher, `python -m tests.support.e2e worker [rq worker options]`: the real `rq worker`
command (or `siyu-worker --name NAME`: siyu's own worker), with the jobs' services built first and
installed (jobs.context.install) for the knobs the settings lack on purpose (`_install_services`:
E2E_GATEWAY_UNLIMITED, E2E_CLOCK_FILE, E2E_DEMO_MEDIA). Every other knob is a SIYU_* setting
(bot/settings.py DeliveryTuning), set in the environment.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tests.support.factories import TEST_ENV, WECOM_CORP_ID

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable  # the venv's python; its `rq` script sits beside it
RQ = str(Path(sys.executable).parent / "rq")
OA_APPID = TEST_ENV["SIYU_OA_APPID"]
OA_SECRET = "e2eoasecret0123456789"
WECOM_SECRET = "e2eappsecret0123456789"
CONTACT_SECRET = "e2econtactsecret012345"
WORKER_QUEUES = ("welcome", "high", "default", "bulk")  # jobs.worker.QUEUE_ORDER
MARKER = re.compile(r"E2E[0-9a-z]+-[0-9]+")
# How long `siyu serve` may take to answer /healthz: each gunicorn worker loads the content (~2 s of CPU alone);
# two e2e stacks booting at once on the suite's two processes, on two shared cores, took over 30 s (stop 51)
SERVE_START_S = 60
# A 1x1 PNG: the fake checks the magic bytes of uploaded images.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
WELCOME_SEND = "/cgi-bin/externalcontact/send_welcome_msg"
# SIYU_RATE_LIMITS lifting every default bucket (bot/gateway/limits.py DEFAULT_LIMITS), for runs about
# something else than the buckets; the platforms' own limits are the fake's business.
LIFTED_LIMITS = ",".join(f"{platform}:{api}=1000000/s" for platform, api in (
    ("oa", "*"), ("oa", "message/custom/send"), ("oa", "message/template/send"), ("oa", "message/subscribe/bizsend"),
    ("oa", "media/upload"), ("wecom", "*"), ("wecom", "member"), ("robot", "webhook/send")))
SEND_PATHS = (
    "/cgi-bin/message/custom/send",
    "/cgi-bin/message/send",
    "/cgi-bin/externalcontact/send_welcome_msg",
    "/cgi-bin/webhook/send",
)


@contextlib.contextmanager
def served(app: Any) -> Iterator[str]:
    """The WSGI `app` on a free loopback port in a thread (the web side of an e2e run); yields its URL."""
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def fake_apps() -> dict[str, Any]:
    """The credentials the fake accepts: the OA appid's secret, the corp's app and contact secrets."""
    return {OA_APPID: OA_SECRET, WECOM_CORP_ID: [WECOM_SECRET, CONTACT_SECRET]}


def siyu_env(redis_url: str, origin: str, *, robots: Mapping[str, str] | None = None,
             extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The SIYU_* environment a worker process reads (Settings.from_env + SIYU_ROBOT_KEYS)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(("SIYU_", "E2E_"))}
    env.update(TEST_ENV)
    env.update({
        "SIYU_REDIS_URL": redis_url, "SIYU_OA_SECRET": OA_SECRET, "SIYU_WECOM_SECRET": WECOM_SECRET,
        "SIYU_WECOM_CONTACT_SECRET": CONTACT_SECRET, "SIYU_OA_API_ORIGIN": origin,
        "SIYU_WECOM_API_ORIGIN": origin, "SIYU_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(REPO), "PYTHONUNBUFFERED": "1",
    })
    if robots:
        env["SIYU_ROBOT_KEYS"] = ",".join(f"{name}={key}" for name, key in robots.items())
    env.update(extra or {})
    return env


class Workers:
    """Worker subprocesses, each in its own session so a SIGKILL takes its work horse too.

    Use as a context manager: every process is stopped on exit, also when the test failed.
    """

    def __init__(self, env: Mapping[str, str], log_dir: Path, *, launcher: bool = False, siyu: bool = False,
                 rq_args: Iterable[str] = ()) -> None:
        self.env = dict(env)
        self.log_dir = log_dir
        self.launcher = launcher
        self.siyu = siyu  # `siyu worker` itself: its SIYU_WORKER_* settings instead of rq options
        self.rq_args = list(rq_args)
        self.procs: list[subprocess.Popen[bytes]] = []
        self.killed: set[int] = set()

    def command(self, name: str) -> list[str]:
        if self.siyu and self.launcher:
            return [PYTHON, "-m", "tests.support.e2e", "siyu-worker", "--name", name]
        if self.siyu:
            return [PYTHON, "-m", "bot", "worker", "--name", name, *self.rq_args]  # rq_args: --burst, say
        args = ["worker", *WORKER_QUEUES, "--url", self.env["SIYU_REDIS_URL"], "--with-scheduler",
                "--name", name, "--quiet", *self.rq_args]
        if self.launcher:
            return [PYTHON, "-m", "tests.support.e2e", *args]
        return [RQ, *args]

    def start(self, count: int = 1) -> list[subprocess.Popen[bytes]]:
        started = []
        for _ in range(count):
            name = f"e2e-{os.getpid()}-{len(self.procs)}"
            log = (self.log_dir / f"{name}.log").open("wb")
            proc = subprocess.Popen(self.command(name), env=self.env, cwd=REPO, stdout=log,
                                    stderr=subprocess.STDOUT, start_new_session=True)
            log.close()
            self.procs.append(proc)
            started.append(proc)
        return started

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        """SIGKILL the worker and its work horse at once, as a lost machine would."""
        self.killed.add(proc.pid)
        for pid in (proc.pid, *_children(proc.pid)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pid, signal.SIGKILL)  # the horse calls setpgrp(): its own group
        proc.wait(timeout=10)

    def running(self, predicate: Callable[[], bool]) -> Callable[[], bool]:
        """`predicate`, failing at once when a worker we did not kill has exited (a bad start)."""

        def check() -> bool:
            dead = [p for p in self.procs if p.pid not in self.killed and p.poll() is not None]
            if dead:
                raise AssertionError(f"worker exited with {dead[0].returncode}\n{self.logs()}")
            return predicate()

        return check

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + 10
        for proc in self.procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                self.kill(proc)

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.log_dir.glob("*.log"))

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class Serve:
    """`siyu serve` (gunicorn, as shipped) on a free loopback port, in its own session; logs in `log_dir`.

    Use as a context manager: it waits for /healthz, and stops the server and its workers on exit.
    """

    def __init__(self, env: Mapping[str, str], log_dir: Path, *, workers: int = 2) -> None:
        from tests.support.redis_server import free_port

        self.env, self.log_dir, self.workers, self.port = dict(env), log_dir, workers, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Serve:
        with (self.log_dir / "serve.log").open("wb") as log:
            self.process = subprocess.Popen(
                [PYTHON, "-m", "bot", "serve", "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers)],
                env=self.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_until(self._healthy, timeout_s=SERVE_START_S, what="siyu serve to answer /healthz",
                       on_timeout=self.logs)
        except BaseException:
            self.__exit__()
            raise
        return self

    def _healthy(self) -> bool:
        import requests

        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"siyu serve exited with {self.process.returncode}\n{self.logs()}")
        try:
            return requests.get(self.url + "/healthz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def logs(self) -> str:
        path = self.log_dir / "serve.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else ""

    def __exit__(self, *exc: object) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def wait_until(predicate: Callable[[], bool], *, timeout_s: float, what: str, interval_s: float = 0.1,
               on_timeout: Callable[[], str] | None = None) -> float:
    """Poll `predicate` until true; seconds it took. Fails the test (naming `what`) at the deadline."""
    started = time.monotonic()
    while not predicate():
        if time.monotonic() - started > timeout_s:
            detail = on_timeout() if on_timeout else ""
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what}\n{detail}")
        time.sleep(interval_s)
    return time.monotonic() - started


def markers_in(body: Any) -> list[str]:
    return MARKER.findall(repr(body))


def delivered(fake: Any, paths: Iterable[str] = SEND_PATHS) -> Counter[str]:
    """How many times each marker reached the fake in a call it accepted (errcode 0)."""
    counts: Counter[str] = Counter()
    for path in paths:
        for record in fake.requests(path):
            if record["errcode"] == 0 and record["fault"] is None:
                counts.update(set(markers_in(record["body"])))
    return counts


def accepted_calls(fake: Any, paths: Iterable[str] = SEND_PATHS) -> int:
    """Accepted send calls, from the fake's never-truncated counters."""
    counts = fake.call_counts()
    return sum(counts.get(path, {}).get(0, 0) for path in paths)


# --- deliveries with markers -------------------------------------------------------------------------------


def oa_member(redis_client: Any, openid: str) -> str:
    """An Official Account follower who wrote just now (48 h window open, 5 sends): the member id."""
    from bot.clock import SystemClock
    from bot.store.members import MemberStore
    from tests.support.factories import make_inbound

    member = MemberStore(redis_client, SystemClock()).touch(make_inbound(user_id=openid, msg_id=f"e2e-{openid}"))
    assert member is not None
    return member.id


def mixed_deliveries(run: str, redis_client: Any, fake: Any, image: Path, *, oa: int = 60, wecom: int = 500,
                     welcome: int = 80, robot: int = 360) -> tuple[list[Any], dict[str, tuple[str, str]]]:
    """Deliveries over every route, each carrying one marker; marker -> (path, expected msgtype).

    Sized to the platform limits the gateway enforces by default: 4 OA messages per follower (5 per
    48 h window), 10 app messages per WeCom member (25 burst), 3 messages per robot (20 a minute).
    """
    from bot.outbound import Delivery, DeliveryContext, Link, Markdown, Menu, MenuChoice, MiniProgram, News, Queue, Text
    from bot.outbound import Image as ImageMsg

    deliveries: list[Delivery] = []
    expected: dict[str, tuple[str, str]] = {}
    serial = iter(range(10**9))

    def mark() -> str:
        return f"E2E{run}-{next(serial)}"

    for i in range(oa):
        openid = f"oE2E{run}follower{i // 4:04d}"
        if i % 4 == 0:
            member_id = oa_member(redis_client, openid)
        m = mark()
        kind = i % 4
        message = (Text(text=f"hello {m}") if kind == 0 else
                   News(articles=(Link(title=f"news {m}", url="https://example.com/a", description="d",
                                       image_url="https://example.com/p.png"),)) if kind == 1 else
                   Menu(header=f"pick {m}", choices=(MenuChoice(id="1", text="yes"), MenuChoice(id="2", text="no")))
                   if kind == 2 else
                   MiniProgram(title=f"shop {m}", appid="wxmini0123456789", page="pages/index", image=str(image)))
        expected[m] = ("/cgi-bin/message/custom/send", ("text", "news", "msgmenu", "miniprogrampage")[kind])
        deliveries.append(Delivery(brand="default", channel="oa", account=OA_APPID, member_id=member_id,
                                   user_id=openid, message=message, key=f"e2e:{m}", purpose="sequence",
                                   queue=Queue.DEFAULT))
    for i in range(wecom):
        m = mark()
        userid = f"staff{run}{i // 10:04d}"
        message = Text(text=f"app {m}") if i % 2 == 0 else Markdown(text=f"**app** {m}")
        expected[m] = ("/cgi-bin/message/send", "text" if i % 2 == 0 else "markdown")
        deliveries.append(Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="",
                                   user_id=userid, message=message, key=f"e2e:{m}", purpose="notice",
                                   queue=Queue.BULK))
    for i in range(welcome):
        m = mark()
        external = f"wmE2E{run}{i:05d}"
        code = fake.issue_welcome_code(userid="zhangsan", external_userid=external)
        expected[m] = ("/cgi-bin/externalcontact/send_welcome_msg", "welcome")
        deliveries.append(Delivery(
            brand="default", channel="wecom", account=WECOM_CORP_ID, member_id="", user_id=external,
            message=Text(text=f"welcome {m}"),
            attachments=(Link(title="guide", url="https://example.com/guide", description="start here"),
                         ImageMsg(source=str(image)),
                         MiniProgram(title="shop", appid="wxmini0123456789", page="pages/index", image=str(image))),
            key=f"e2e:{m}", purpose="welcome", queue=Queue.WELCOME,  # as the webhook queues it: first, one a job
            context=DeliveryContext(welcome_code=code)))
    for i in range(robot):
        m = mark()
        kind = i % 3
        message = (Text(text=f"drop {m}") if kind == 0 else Markdown(text=f"# drop {m}") if kind == 1 else
                   News(articles=(Link(title=f"drop {m}", url="https://example.com/d"),)))
        expected[m] = ("/cgi-bin/webhook/send", ("text", "markdown", "news")[kind])
        deliveries.append(Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="",
                                   message=message, key=f"e2e:{m}", purpose="drop", queue=Queue.BULK,
                                   context=DeliveryContext(robot=robot_name(run, i // 3))))
    return deliveries, expected


def robot_name(run: str, index: int) -> str:
    return f"r{run}x{index:04d}"


def robot_keys(run: str, count: int) -> dict[str, str]:
    """Robot name -> webhook key, for SIYU_ROBOT_KEYS (jobs/deliver.py reads it from the environment)."""
    return {robot_name(run, i): f"key-{run}-{i:04d}" for i in range(count)}


def enqueue_in_batches(queue: Any, deliveries: list[Any], size: int) -> int:
    """RQDeliveryQueue.enqueue per chunk (one RQ job per queue in each chunk); the number of chunks."""
    chunks = [deliveries[i:i + size] for i in range(0, len(deliveries), size)]
    for chunk in chunks:
        queue.enqueue(chunk)
    return len(chunks)


def _install_services() -> Any:
    """The jobs' services with the knobs the settings lack on purpose, installed (jobs.context.install) when
    any is set; the Redis client, or None when none is:
    E2E_GATEWAY_UNLIMITED=1 lifts every rate bucket (benchmarks, the crash test, runs on a moved clock);
    E2E_CLOCK_FILE runs the jobs on the clock the test moves (tests/support/shared_clock.py);
    E2E_DEMO_MEDIA=1 serves the demo content's image URLs from bot/sandbox/demo_media (no network)."""
    from tests.support import shared_clock

    clock = shared_clock.from_env()
    unlimited = os.environ.get("E2E_GATEWAY_UNLIMITED") == "1"
    demo_media = os.environ.get("E2E_DEMO_MEDIA") == "1"
    if not (unlimited or clock or demo_media):
        return None
    from bot.gateway import DEFAULT_LIMITS, Gateway, Rate
    from bot.sandbox.local_media import serve_demo_media
    from bot.settings import Settings
    from bot.store.connection import connect
    from jobs import context

    settings = Settings.from_env()
    client = connect(settings)
    tuning = settings.delivery
    gateway = Gateway(client, settings, limits={key: Rate(1_000_000, 1_000_000) for key in DEFAULT_LIMITS},
                      retry_delays_s=tuning.retry_delays_s, max_rate_wait_s=tuning.rate_wait_max_s) \
        if unlimited else None
    services = context.build(settings, client, clock=clock, gateway=gateway)
    if demo_media:
        serve_demo_media(services.gateway.http)
    context.install(services)
    return client


def clocked_app() -> Any:
    """gunicorn's app factory for e2e runs on a moved clock: `create_app()` with the services on E2E_CLOCK_FILE's
    clock (`gunicorn 'tests.support.e2e:clocked_app()'`)."""
    from bot.app import create_app
    from bot.services import build_services
    from bot.settings import Settings
    from tests.support import shared_clock

    return create_app(services=build_services(Settings.from_env(), clock=shared_clock.from_env()))


def _launch(argv: list[str]) -> None:
    """`python -m tests.support.e2e worker ...`: knobs first (through jobs.context.install), then rq's own
    worker command; `python -m tests.support.e2e siyu-worker --name NAME`: the same, then `siyu worker`'s
    worker (jobs/worker.py run_worker: jobs in the worker process)."""
    client = _install_services()
    if argv[:1] == ["siyu-worker"]:
        from bot.settings import Settings
        from bot.store.connection import connect
        from jobs.worker import run_worker

        settings = Settings.from_env()
        name = argv[argv.index("--name") + 1] if "--name" in argv else None
        run_worker(client or connect(settings), name=name, tuning=settings.delivery)
        return
    from rq.cli import main as rq_main

    rq_main(argv, prog_name="rq")


if __name__ == "__main__":
    _launch(sys.argv[1:])
