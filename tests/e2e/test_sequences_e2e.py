"""Issue 11's evidence on real processes: the demo's `newcomer` sequence for N followers over 8 simulated days.

gunicorn serves the webhook (`tests.support.e2e:clocked_app()`), 2 `siyu worker` processes run the ticks and the
deliveries (`python -m tests.support.e2e siyu-worker`), `siyu cron --interval 1` enqueues the ticks through RQ's
CronScheduler, all on a real redis-server, sending to the fake WeChat API over HTTP. Every process reads the
same simulated clock (tests/support/shared_clock.py), which the test moves: the followers follow on day 0 at
16:00 in Shanghai (signed callbacks), write a message every morning at 09:30, and the clock stops at each step's
time (lesson-1 day 1 10:00, product day 3 12:30, job day 5 19:00, checkin day 7 10:00).
"""

from __future__ import annotations

import json
import subprocess
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import redis
import requests

from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator
from bot.settings import Settings
from bot.store import keys
from tests.support import e2e
from tests.support.redis_server import free_port
from tests.support.shared_clock import ENV as CLOCK_ENV
from tests.support.shared_clock import SharedClock

pytestmark = pytest.mark.timeout(300)
MEMBERS = 1000
ZONE = ZoneInfo("Asia/Shanghai")
DAY0 = datetime(2026, 11, 23, tzinfo=ZONE)
CUSTOM_SEND = "/cgi-bin/message/custom/send"
TOKEN_EXPIRED = 42001  # the gateway fetches a new token and sends again
# newcomer's steps sent proactively, their local day and time (config/sequences.yaml)
STEPS = {"lesson-1": (1, "10:00"), "product": (3, "12:30"), "job": (5, "19:00"), "checkin": (7, "10:00")}


def local(day: int, hhmm: str) -> datetime:
    hour, minute = (int(x) for x in hhmm.split(":"))
    return DAY0 + timedelta(days=day, hours=hour, minutes=minute)


def step_of(body: dict[str, Any]) -> str | None:
    """Which step a customer-service message is the main message of (None: a step's attachment)."""
    text = body.get("text", {}).get("content", "") if body.get("msgtype") == "text" else ""
    if "认识你的肤质" in text or "Know your skin type" in text:
        return "lesson-1"
    if text.startswith("💼"):
        return "job"
    if "认识一周啦" in text or "It's been a week" in text:
        return "checkin"
    if "seq:newcomer:product" in json.dumps(body):  # the product card's tracked page (campaign seq:<seq>:<step>)
        return "product"
    return None


@pytest.fixture
def clock(tmp_path: Path) -> SharedClock:
    shared = SharedClock(tmp_path / "clock")
    shared.set(local(0, "15:59"))
    return shared


@pytest.fixture
def fake(clock: SharedClock) -> Iterator[FakeWeChatServer]:
    """The fake on the simulated clock: its tokens age with it, and its record says when each send arrived."""
    with FakeWeChatServer(apps=e2e.fake_apps(), clock=clock, max_records=200_000) as server:
        yield server


class Deployment:
    """gunicorn, 2 siyu workers and siyu cron on one environment; logs in `log_dir`."""

    def __init__(self, env: dict[str, str], log_dir: Path) -> None:
        self.env, self.log_dir, self.port = env, log_dir, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = e2e.Workers(env, log_dir, siyu=True, launcher=True)
        self.procs: list[subprocess.Popen[bytes]] = []

    def _spawn(self, name: str, argv: list[str]) -> None:
        log = (self.log_dir / f"{name}.log").open("wb")
        self.procs.append(subprocess.Popen(argv, env=self.env, cwd=e2e.REPO, stdout=log, stderr=subprocess.STDOUT,
                                           start_new_session=True))
        log.close()

    def __enter__(self) -> Deployment:
        gunicorn = str(Path(e2e.PYTHON).parent / "gunicorn")
        self._spawn("gunicorn", [gunicorn, "tests.support.e2e:clocked_app()", "--bind", f"127.0.0.1:{self.port}",
                                 "--workers", "2", "--worker-class", "gthread", "--threads", "4"])
        try:
            self._spawn("cron", [e2e.PYTHON, "-m", "bot", "cron", "--interval", "1"])
            self.workers.start(2)
            e2e.wait_until(self.workers.running(self._healthy), timeout_s=e2e.SERVE_START_S,
                           what="gunicorn to answer /healthz", on_timeout=self.logs)
        except BaseException:
            self.__exit__()  # a deployment that never came up must not outlive its test
            raise
        return self

    def _healthy(self) -> bool:
        if any(p.poll() is not None for p in self.procs):
            raise AssertionError(f"gunicorn or cron exited\n{self.logs()}")
        try:
            return requests.get(self.url + "/healthz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}" for p in self.log_dir.glob("*.log"))

    def __exit__(self, *exc: object) -> None:
        self.workers.stop()
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_newcomer_for_many_followers_over_eight_days(e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer,
                                                     clock: SharedClock, tmp_path: Path) -> None:
    env = e2e.siyu_env(redis_server.url, fake.origin, extra={
        CLOCK_ENV: str(clock.path), "E2E_DEMO_MEDIA": "1", "E2E_GATEWAY_UNLIMITED": "1", "SIYU_LOG_LEVEL": "WARNING"})
    brand = Settings.from_env(env).brands["default"]
    openids = [f"oNEWCOMER{i:05d}" for i in range(MEMBERS)]
    started = time.monotonic()
    wrote: dict[str, list[datetime]] = defaultdict(list)
    with Deployment(env, tmp_path) as deployed, ThreadPoolExecutor(8) as pool:
        sessions: dict[int, Simulator] = {}

        def fresh_connection(path: str, body: bytes) -> tuple[int, bytes]:
            """One connection per callback, as WeChat's servers post: a kept-alive one idle across a simulated
            day can be closed by gunicorn (keep-alive 2 s) just as it is reused (RemoteDisconnected)."""
            answer = requests.post(deployed.url + path, data=body, timeout=10,
                                   headers={"Content-Type": "text/xml", "Connection": "close"})
            return answer.status_code, answer.content

        def simulator() -> Simulator:
            import threading

            found = sessions.get(threading.get_ident())
            if found is None:
                found = sessions[threading.get_ident()] = Simulator(
                    oa=brand.oa, transport=fresh_connection, now=lambda: int(clock.now().timestamp()))
            return found

        def everyone(send: Any) -> None:
            replies = list(pool.map(send, openids))
            assert all(r.status == 200 for r in replies), [r for r in replies if r.status != 200][:3]

        def sent(step: str) -> int:
            return sum(1 for r in fake.requests(CUSTOM_SEND) if r["errcode"] == 0 and step_of(r["body"]) == step)

        clock.set(local(0, "16:00"))
        everyone(lambda openid: simulator().oa_event(openid, "subscribe"))
        for day in range(1, 9):
            clock.set(local(day, "09:30"))

            def write(openid: str) -> Any:
                wrote[openid].append(clock.now())
                return simulator().oa_message(openid, "你好")

            everyone(write)
            for step, (step_day, hhmm) in STEPS.items():
                if step_day == day:
                    clock.set(local(day, hhmm))
                    e2e.wait_until(deployed.workers.running(lambda step=step: sent(step) >= MEMBERS), timeout_s=90,
                                   what=f"{step} for {MEMBERS} members", on_timeout=deployed.logs)
        time.sleep(2)  # anything extra (a duplicate) lands before counting
        stats = json.loads(subprocess.run([e2e.PYTHON, "-m", "bot", "sequences", "stats", "newcomer", "--json"],
                                          env=env, cwd=e2e.REPO, capture_output=True, text=True, check=True).stdout)
    elapsed = time.monotonic() - started

    got: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    sends: dict[str, list[datetime]] = defaultdict(list)
    for record in fake.requests(CUSTOM_SEND):
        if record["errcode"] == TOKEN_EXPIRED:
            continue  # the gateway's token cache ages in real time, the fake's tokens on the simulated clock
        assert record["errcode"] == 0, record
        at = datetime.fromisoformat(record["at"]).astimezone(ZONE)
        sends[record["body"]["touser"]].append(at)
        step = step_of(record["body"])
        if step is not None:
            got[record["body"]["touser"]].append((step, at))

    def on_time(steps: list[tuple[str, datetime]]) -> bool:
        """Exactly the expected steps, in order, each within 5 minutes after its local time."""
        return [s for s, _ in steps] == list(STEPS) and all(
            timedelta(0) <= at - local(*STEPS[s]) < timedelta(minutes=5) for s, at in steps)

    wrong = {openid: steps for openid, steps in got.items() if not on_time(steps)}
    assert set(got) == set(openids) and not wrong, list(wrong.items())[:3]
    # the Official Account budget: at most 5 customer-service messages in the 48 h after each message
    over = {}
    for openid, moments in sends.items():
        per_trigger = Counter(max(w for w in wrote[openid] if w <= at) for at in moments)
        late = [at for at in moments if at - max(w for w in wrote[openid] if w <= at) > timedelta(hours=48)]
        if max(per_trigger.values()) > 5 or late:
            over[openid] = (per_trigger, late)
    assert over == {}
    steps = {row["step"]: row for row in stats["steps"] if row["variant"] == "-"}
    checkins = [row for row in stats["steps"] if row["step"] == "checkin"]
    assert stats["enrolled"] == MEMBERS and stats["completed"] == MEMBERS
    for step in ("lesson-1", "product", "job"):
        assert steps[step]["sent"] == {"oa_custom": MEMBERS}, steps[step]
        assert steps[step]["handed"] == {"oa_custom": MEMBERS}, steps[step]
    assert sum(row["sent"].get("oa_custom", 0) for row in checkins) == MEMBERS
    assert {row["variant"] for row in checkins if row["sent"]} == {"question", "offer"}
    print(f"\n{MEMBERS} followers, 8 simulated days, {sum(len(v) for v in sends.values())} customer-service sends "
          f"in {elapsed:.0f} s")


CUSTOMERS = 100
ADD_TASK = "/cgi-bin/externalcontact/add_msg_template"
REMIND = "/cgi-bin/externalcontact/remind_groupmsg_send"
CANCEL = "/cgi-bin/externalcontact/cancel_groupmsg_send"
CONFIRMS, IGNORES = "zhangsan", "lisi"  # the staff member who confirms every task, and the one who never does


def test_wecom_customers_steps_are_confirm_tasks_reminded_then_branched(
        e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer, clock: SharedClock, tmp_path: Path) -> None:
    """`newcomer` for WeCom customers: each step is a task the customer's staff contact confirms in WeCom
    (config/sequences.yaml: default timing, remind after 4 h, give up after 24 h, then skip the step).

    Half the customers added `zhangsan`, who confirms each task at once; the other half added `lisi`, who
    never does: their tasks are reminded once after 4 h, cancelled after 24 h, and the journey goes on to the
    next step, which is again a task (nothing is sent twice, nobody is skipped twice)."""
    env = e2e.siyu_env(redis_server.url, fake.origin, extra={
        CLOCK_ENV: str(clock.path), "E2E_DEMO_MEDIA": "1", "E2E_GATEWAY_UNLIMITED": "1"})
    brand = Settings.from_env(env).brands["default"]
    staff = {f"wmCUSTOMER{i:04d}": (CONFIRMS if i % 2 == 0 else IGNORES) for i in range(CUSTOMERS)}
    with Deployment(env, tmp_path) as deployed, ThreadPoolExecutor(8) as pool:
        def fresh_connection(path: str, body: bytes) -> tuple[int, bytes]:
            answer = requests.post(deployed.url + path, data=body, timeout=10,
                                   headers={"Content-Type": "text/xml", "Connection": "close"})
            return answer.status_code, answer.content

        simulator = Simulator(wecom=brand.wecom, transport=fresh_connection, now=lambda: int(clock.now().timestamp()))

        def added(customer: str) -> Any:
            code = fake.issue_welcome_code(userid=staff[customer], external_userid=customer)
            return simulator.wecom_contact_added(customer, staff=staff[customer], welcome_code=code)

        def tasks_for(step_text: str) -> list[dict[str, Any]]:
            return [r for r in fake.requests(ADD_TASK) if r["errcode"] == 0
                    and step_text in json.dumps(r["body"], ensure_ascii=False)]

        def waited(what: str, ready: Any) -> None:
            e2e.wait_until(deployed.workers.running(ready), timeout_s=90, what=what, on_timeout=deployed.logs)

        def jump(moment: datetime) -> None:
            """Move every process's clock. The shared access tokens' Redis TTLs run in real time, so a token
            cached before a jump of hours would outlive its simulated expiry: expire them as time would have
            (otherwise every process meets 42001 at once, and a tracking look refused is only retried 10
            simulated minutes later)."""
            clock.set(moment)
            for key in e2e_redis.scan_iter(keys.access_token("*")):
                e2e_redis.delete(key)

        def tracked(at: datetime, what: str, ready: Any) -> None:
            """Move the clock to `at` and wait for the tracker; a look WeCom refused anyway is looked at again 10
            minutes later, as in production: the clock moves on by that much if needed."""
            jump(at)
            deadline = time.monotonic() + 20
            while not ready() and time.monotonic() < deadline:
                time.sleep(0.2)
            if not ready():
                jump(at + timedelta(minutes=11))
                waited(what, ready)

        clock.set(local(0, "16:00"))
        assert all(reply.status == 200 for reply in pool.map(added, staff))
        waited("the welcomes", lambda: len(fake.requests("/cgi-bin/externalcontact/send_welcome_msg")) >= CUSTOMERS)

        jump(local(1, "10:00"))  # lesson-1 falls due: one task per customer, from their own staff contact
        waited("lesson-1's tasks", lambda: len(tasks_for("认识你的肤质")) >= CUSTOMERS)
        lesson = tasks_for("认识你的肤质")
        assert sorted((r["body"]["sender"], r["body"]["external_userid"][0]) for r in lesson) == sorted(
            (s, c) for c, s in staff.items())
        for record in lesson:
            if record["body"]["sender"] == CONFIRMS:
                confirmed = requests.post(f"{fake.origin}/_fake/wecom/tasks/{record['response']['msgid']}/confirm",
                                          json={}, timeout=5)
                assert confirmed.status_code == 200, confirmed.text

        # 4 h on: lisi is reminded, once per task; 24 h on, lisi's tasks are cancelled and the step skipped
        def done(path: str) -> int:
            return sum(1 for r in fake.requests(path) if r["errcode"] == 0)

        tracked(local(1, "14:01"), "the reminders", lambda: done(REMIND) >= CUSTOMERS // 2)
        tracked(local(2, "10:01"), "the cancellations", lambda: done(CANCEL) >= CUSTOMERS // 2)

        jump(local(3, "12:30"))  # the journey goes on for everyone: product is a task again
        waited("product's tasks", lambda: len([r for r in fake.requests(ADD_TASK) if r["errcode"] == 0])
               >= 2 * CUSTOMERS)
        time.sleep(2)  # anything extra (a duplicate) lands before counting
        stats = json.loads(subprocess.run([e2e.PYTHON, "-m", "bot", "sequences", "stats", "newcomer", "--json"],
                                          env=env, cwd=e2e.REPO, capture_output=True, text=True, check=True).stdout)

    by_msgid = {r["response"]["msgid"]: r["body"]["sender"] for r in fake.requests(ADD_TASK) if r["errcode"] == 0}
    reminded = Counter(by_msgid[r["body"]["msgid"]] for r in fake.requests(REMIND) if r["errcode"] == 0)
    cancelled = Counter(by_msgid[r["body"]["msgid"]] for r in fake.requests(CANCEL) if r["errcode"] == 0)
    lesson_ids = {r["response"]["msgid"] for r in lesson}
    assert reminded == {IGNORES: CUSTOMERS // 2} and cancelled == {IGNORES: CUSTOMERS // 2}
    assert all(r["body"]["msgid"] in lesson_ids for r in fake.requests(REMIND) + fake.requests(CANCEL))
    per_customer = Counter(r["body"]["external_userid"][0] for r in fake.requests(ADD_TASK) if r["errcode"] == 0)
    assert set(per_customer.values()) == {2}, per_customer.most_common(3)  # lesson-1 and product, once each
    assert fake.requests(CUSTOM_SEND) == []  # a WeCom customer is never sent an Official Account message
    steps = {row["step"]: row for row in stats["steps"] if row["variant"] == "-"}
    assert steps["lesson-1"]["handed"] == {"wecom_task": CUSTOMERS}, steps["lesson-1"]
    assert steps["lesson-1"]["sent"] == {"wecom_task": CUSTOMERS // 2}, steps["lesson-1"]  # confirmed by zhangsan
    assert steps["lesson-1"]["skipped"] == {"unconfirmed": CUSTOMERS // 2}, steps["lesson-1"]  # lisi never did
    assert steps["product"]["handed"] == {"wecom_task": CUSTOMERS}, steps["product"]
