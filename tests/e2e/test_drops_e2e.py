"""Issue 13's evidence on real processes: four simulated weeks of tutorial drops over the demo's three groups, a
late joiner's catch-up, a missed drop, and newcomers attributed to the channel whose code brought them.

gunicorn serves the webhook, 2 `siyu worker` processes run the ticks and deliveries, `siyu cron --interval 1`
enqueues the drop ticks through RQ's CronScheduler, all on a real redis-server and one simulated clock
(tests/support/shared_clock.py) that the test moves to each drop's local time, sending to the fake WeChat API
over HTTP. Vancouver and Sydney have robots; Toronto has none, so its drops are group confirm tasks for its
owner. Sydney's third lesson is missed: the clock jumps past it by 3 hours (max_late 2 h).
"""

from __future__ import annotations

import json
import re
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis

from bot.community.drops import DropStore
from bot.community.schedule import DueDrop, schedule_of
from bot.content import load_content
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, http_transport
from bot.settings import Settings
from bot.store import keys
from tests.e2e.test_sequences_e2e import Deployment
from tests.support import e2e
from tests.support.shared_clock import ENV as CLOCK_ENV
from tests.support.shared_clock import SharedClock

pytestmark = pytest.mark.timeout(240)
START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # a Monday: every group's first lesson is later this week
WEEKS = 4
ROBOTS = {"SIYU_ROBOT_KEY_VAN_SKINCARE": "e2e-robot-van-skincare", "SIYU_ROBOT_KEY_SYD_CAREERS": "e2e-robot-syd"}
GROUP_OF_KEY = {"e2e-robot-van-skincare": "van-skincare", "e2e-robot-syd": "syd-careers"}
CONTENT = load_content(Path(e2e.REPO) / "config")
TOR = CONTENT.group("tor-skincare")
VAN = CONTENT.group("van-skincare")
MISSED = ("syd-careers", 3)
LESSON_RE = re.compile(r"第 (\d+)/\d+ 课")
ROBOT_SEND, TASK = "/cgi-bin/webhook/send", "/cgi-bin/externalcontact/add_msg_template"


@pytest.fixture
def clock(tmp_path: Path) -> SharedClock:
    shared = SharedClock(tmp_path / "clock")
    shared.set(START)
    return shared


@pytest.fixture
def fake(clock: SharedClock) -> Iterator[FakeWeChatServer]:
    with FakeWeChatServer(apps=e2e.fake_apps(), clock=clock, max_records=50_000) as server:
        yield server


def lesson_of(text: str) -> int | None:
    found = LESSON_RE.search(text)
    return int(found.group(1)) if found else None


def robot_drops(fake: FakeWeChatServer) -> Counter[tuple[str, int]]:
    """(group, lesson) of every lesson text a robot posted."""
    out: Counter[tuple[str, int]] = Counter()
    for record in fake.requests(ROBOT_SEND):
        text = (record["body"].get("text") or {}).get("content", "")
        lesson = lesson_of(text)
        if record["errcode"] == 0 and lesson is not None:
            out[(GROUP_OF_KEY[record["query"]["key"]], lesson)] += 1
    return out


def group_tasks(fake: FakeWeChatServer) -> Counter[tuple[str, int]]:
    out: Counter[tuple[str, int]] = Counter()
    for record in fake.requests(TASK):
        body = record["body"]
        if record["errcode"] == 0 and body.get("chat_type") == "group":
            out[(body["chat_id_list"][0], lesson_of(text_of(body)) or 0)] += 1
    return out


def catchup_tasks(fake: FakeWeChatServer, customer: str, since: int = 0) -> list[dict[str, Any]]:
    return [r["body"] for r in fake.requests(TASK)[since:] if r["errcode"] == 0
            and r["body"].get("chat_type") == "single" and r["body"].get("external_userid") == [customer]
            and lesson_of(text_of(r["body"]))]


def text_of(body: dict[str, Any]) -> str:
    """A mass send's text (a task may carry attachments only)."""
    return str((body.get("text") or {}).get("content", ""))


def siyu_json(env: dict[str, str], *argv: str) -> Any:
    done = subprocess.run([e2e.PYTHON, "-m", "bot", *argv, "--json"], env=env, cwd=e2e.REPO, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_four_weeks_of_drops_a_catch_up_a_missed_drop_and_channel_attribution(
        e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer, clock: SharedClock, tmp_path: Path) -> None:
    env = e2e.siyu_env(redis_server.url, fake.origin,
                       extra={CLOCK_ENV: str(clock.path), "E2E_DEMO_MEDIA": "1", **ROBOTS})
    brand = Settings.from_env(env).brands["default"]
    started = time.monotonic()
    catchup: list[dict[str, Any]] = []
    with Deployment(env, tmp_path) as deployed:
        simulator = Simulator(wecom=brand.wecom, group_bot=brand.group_bot, transport=http_transport(deployed.url),
                              now=lambda: int(clock.now().timestamp()))
        store = DropStore(e2e_redis)

        def jump(moment: datetime) -> None:
            """Move every process's clock. The shared access tokens' Redis TTLs run in real time, so a token
            cached before a jump of days would outlive its simulated expiry: expire them as time would have."""
            clock.set(moment)
            for key in e2e_redis.scan_iter(keys.access_token("*")):
                e2e_redis.delete(key)
        e2e.wait_until(lambda: len(store.anchors("default", CONTENT.groups)) == 3, timeout_s=20,
                       what="the first drop tick to anchor the schedules", on_timeout=deployed.logs)
        anchors = store.anchors("default", CONTENT.groups)
        until = START + timedelta(weeks=WEEKS)
        drops: list[DueDrop] = sorted((d for g in CONTENT.groups for d in schedule_of(CONTENT, g, anchors)
                                       if d.at <= until), key=lambda d: d.at)
        assert len(drops) == 3 * WEEKS

        # channel codes, created once against the API; two newcomers arrive by them
        codes = {row["channel"]: row for row in siyu_json(env, "channels", "sync")}
        assert all(row["created"] for row in codes.values()) and len(codes) == 3
        assert not any(row["created"] for row in siyu_json(env, "channels", "sync"))
        simulator.wecom_contact_added("wmFromXhs01", staff="zhangsan", state="ch_xhs-winter-note")
        fake.join_group(chat_id=VAN.chat_id, userid="wmPoster01", config_id=codes["richmond-poster"]["config_id"])
        simulator.wecom_group_join(VAN.chat_id, ["wmPoster01"])

        for drop in drops:
            if (drop.group, drop.lesson) == MISSED:
                jump(drop.at + timedelta(hours=3))  # nobody ran the tick for 3 hours: too late to post
                e2e.wait_until(deployed.workers.running(
                    lambda: store.states("default", MISSED[0]).get(MISSED[1]) is not None), timeout_s=20,
                    what="the missed drop to be skipped", on_timeout=deployed.logs)
                continue
            jump(drop.at + timedelta(seconds=20))
            route_done = (lambda d=drop: robot_drops(fake)[(d.group, d.lesson)] >= 1) if drop.group != TOR.id \
                else (lambda d=drop: group_tasks(fake)[(TOR.chat_id, d.lesson)] >= 1)
            e2e.wait_until(deployed.workers.running(route_done), timeout_s=20,
                           what=f"{drop.group} lesson {drop.lesson}",
                           on_timeout=lambda d=drop: f"{deployed.logs()}\n{store.states('default', d.group)}")
            if (drop.group, drop.lesson) == (VAN.id, 2):
                # a late joiner: adds the staff contact, then joins Vancouver after its lessons 1 and 2
                jump(drop.at + timedelta(hours=1))
                simulator.wecom_contact_added("wmLate01", staff="zhangsan")
                fake.add_contact("zhangsan", "wmLate01")
                simulator.wecom_group_join(VAN.chat_id, ["wmLate01"])
                before = len(fake.requests(TASK))
                for _ in range(2):  # asks twice: the lessons still come once each
                    simulator.group_mention("wmLate01", "补课", chat_id=VAN.chat_id)
                e2e.wait_until(deployed.workers.running(lambda: len(catchup_tasks(fake, "wmLate01")) >= 2),
                               timeout_s=20, what="the late joiner's catch-up", on_timeout=deployed.logs)
                time.sleep(1.5)  # a duplicate would land now
                # (later, the newcomer sequence's own day-1 lesson reaches them too: not a catch-up)
                catchup = catchup_tasks(fake, "wmLate01", since=before)
        time.sleep(2)  # anything extra (a duplicate) lands before counting
        status = siyu_json(env, "drops", "status")
        report = {row["channel"]: row for row in siyu_json(env, "channels", "report")}
    elapsed = time.monotonic() - started

    expected = {(d.group, d.lesson) for d in drops} - {MISSED}
    robots = robot_drops(fake)
    tasks = group_tasks(fake)
    assert set(robots) == {k for k in expected if k[0] != TOR.id} and set(robots.values()) == {1}, robots
    assert set(tasks) == {(TOR.chat_id, n) for g, n in expected if g == TOR.id} and set(tasks.values()) == {1}
    assert MISSED not in robots
    # robot limits held: no 130101, never more than 20 messages a minute per robot (on the simulated clock)
    sends = [r for r in fake.requests(ROBOT_SEND)]
    assert not [r for r in sends if r["errcode"] == 130101]
    for key in GROUP_OF_KEY:
        times = sorted(datetime.fromisoformat(r["at"]).timestamp() for r in sends if r["query"]["key"] == key)
        assert all(sum(1 for t in times if s <= t < s + 60) <= 20 for s in times)
    # the catch-up went 1:1 (a task for the customer's staff contact), lessons 1 and 2, once each
    assert sorted(lesson_of(text_of(b)) or 0 for b in catchup) == [1, 2]
    assert all(b["sender"] == "zhangsan" for b in catchup)
    # the missed drop is reported
    [missed] = [row for row in status if (row["group"], row["lesson"]) == MISSED]
    assert missed["state"] == "skipped" and missed["late_s"] > 7200
    # channel attribution end to end
    assert (report["xhs-winter-note"]["contacts"], report["xhs-winter-note"]["group_joins"]) == (1, 0)
    assert (report["richmond-poster"]["contacts"], report["richmond-poster"]["group_joins"]) == (0, 1)
    print(f"\n{len(expected)} drops over {WEEKS} simulated weeks, {len(sends)} robot sends, {len(catchup)} catch-up "
          f"tasks in {elapsed:.1f} s")
