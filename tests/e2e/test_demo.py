"""`siyu demo`, the README's first command, as a user runs it: one process, no Redis server, no
WeChat account. A follower's message is answered passively, and a WeCom welcome goes out through
the in-process worker to the fake WeChat API within the WelcomeCode's 20 seconds."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
import requests

from bot.sandbox.demo import DEMO_ENV
from bot.sandbox.simulator import Simulator, http_transport
from bot.settings import Settings
from tests.support.demo_process import running_demo


@pytest.fixture
def demo() -> Iterator[dict[str, str]]:
    with running_demo() as running:  # exits 0 within 15 s of Ctrl-C, or the test fails with its threads
        yield {"url": running.url, "fake": running.fake, "banner": running.banner}


def test_demo_answers_and_sends_a_welcome(demo: dict[str, str]) -> None:
    assert "siyudemotoken" in demo["banner"] and "/wechat/default/oa" in demo["banner"]
    assert "WARNING siyu.config" not in demo["banner"]  # the demo's settings leave nothing it shows unsendable
    assert requests.get(demo["url"] + "/healthz", timeout=5).json()["status"] == "ok"
    brand = Settings.from_env(DEMO_ENV).brands["default"]
    with requests.Session() as session:
        simulator = Simulator(oa=brand.oa, wecom=brand.wecom, transport=http_transport(demo["url"], session=session))
        assert simulator.oa_message("o_demo_test", "ping").text == "pong"
        code = session.post(demo["fake"] + "/_fake/welcome_codes", timeout=5, json={
            "userid": "zhangsan", "external_userid": "wmDEMOTEST", "corpid": brand.wecom.corp_id}).json()
        reply = simulator.wecom_contact_added("wmDEMOTEST", state="xhs", welcome_code=code["welcome_code"])
        assert reply.status == 200
        deadline = time.monotonic() + 15
        sent: list[dict] = []
        while not sent and time.monotonic() < deadline:
            time.sleep(0.2)
            sent = session.get(demo["fake"] + "/_fake/requests", timeout=5,
                               params={"path": "/cgi-bin/externalcontact/send_welcome_msg"}).json()["requests"]
    assert sent, "the demo's worker did not send the welcome"
    assert sent[0]["errcode"] == 0 and sent[0]["body"]["welcome_code"] == code["welcome_code"]


def test_the_demo_product_card_arrives_with_its_local_image(demo: dict[str, str]) -> None:
    """Issue 10 report 5: "点卡片进入小程序购买 👇" and then no card, the images living on an unreachable CDN."""
    brand = Settings.from_env(DEMO_ENV).brands["default"]
    with requests.Session() as session:
        simulator = Simulator(oa=brand.oa, wecom=brand.wecom, transport=http_transport(demo["url"], session=session))
        assert "点下方购买" in simulator.oa_message("o_demo_card", "神经酰胺面霜多少钱").text
        deadline = time.monotonic() + 15
        cards: list[dict] = []
        while not cards and time.monotonic() < deadline:
            time.sleep(0.2)
            sent = session.get(demo["fake"] + "/_fake/requests", timeout=5,
                               params={"path": "/cgi-bin/message/custom/send"}).json()["requests"]
            cards = [r for r in sent if r["body"].get("msgtype") == "miniprogrampage"]
    assert cards, "the demo's worker did not send the product card"
    assert cards[0]["errcode"] == 0 and cards[0]["body"]["miniprogrampage"]["thumb_media_id"]


def simulate(demo: dict[str, str], *args: str) -> str:
    """`siyu simulate` as a user types it in another terminal, against the running demo."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")} | {"PYTHONFAULTHANDLER": "1"}
    result = subprocess.run([sys.executable, "-m", "bot", "simulate", "--url", demo["url"], *args], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_simulated_events_reach_the_demo_and_its_worker(demo: dict[str, str]) -> None:
    """Issue 11: a newcomer starts from the command line: follow, add the WeCom contact, join a group. The
    command finds the demo's fake WeChat API by itself; the worker sends the welcomes there."""
    followed = simulate(demo, "--event", "subscribe")
    assert "sent: subscribe from o_demo_follower" in followed and "欢迎关注" in followed
    assert f"{demo['fake']}/_fake/requests" in followed
    added = simulate(demo, "--event", "contact-added:xhs")
    code = re.search(r"WelcomeCode (\S+)", added)
    assert code is not None, added
    joined = simulate(demo, "--event", "group-join")
    assert "/cgi-bin/webhook/send" in joined
    with requests.Session() as session:
        deadline = time.monotonic() + 15
        welcomes: list[dict] = []
        robot: list[dict] = []
        while not (welcomes and robot) and time.monotonic() < deadline:
            time.sleep(0.2)
            sent = session.get(demo["fake"] + "/_fake/requests", timeout=5).json()["requests"]
            welcomes = [r for r in sent if r["path"] == "/cgi-bin/externalcontact/send_welcome_msg"]
            robot = [r for r in sent if r["path"] == "/cgi-bin/webhook/send"]
    assert welcomes and welcomes[0]["errcode"] == 0 and welcomes[0]["body"]["welcome_code"] == code.group(1)
    assert robot and robot[0]["errcode"] == 0 and robot[0]["query"]["key"] == DEMO_ENV["SIYU_ROBOT_KEY_VAN_SKINCARE"]


def test_the_newcomer_sequence_arrives_on_the_days_the_preview_says(demo: dict[str, str]) -> None:
    """Issue 11's walk: follow, then a day at a time (POST /_sandbox/clock), the follower writing each day; the
    fake API's record shows each `newcomer` step on the local day `siyu sequences preview` gave for it."""
    from zoneinfo import ZoneInfo

    zone = ZoneInfo("Asia/Shanghai")  # the demo's members have no zone: the brand's default
    with requests.Session() as session:
        # the preview's member writes each morning at the end of the quiet hours (09:00); so does this one, whatever
        # the hour the suite runs at (a run after 21:00 Shanghai wrote in the quiet hours, and got lesson-1 a day late)
        now = datetime.fromisoformat(session.get(demo["url"] + "/_sandbox/clock", timeout=5).json()["now"])
        local = now.astimezone(zone)
        morning = local.replace(hour=9, minute=0, second=0, microsecond=0)
        if morning <= local:
            morning += timedelta(days=1)
        moved = session.post(demo["url"] + "/_sandbox/clock", json={"advance_s": (morning - local).total_seconds()},
                             timeout=60)
        joined = moved.json()["now"]
        assert "欢迎" in simulate(demo, "--event", "subscribe", "--user", "o_journey")  # the welcome: the first step
        preview = subprocess.run(
            [sys.executable, "-m", "bot", "sequences", "preview", "newcomer", "--tz", "Asia/Shanghai", "--days", "9",
             "--start", joined, "--json"], capture_output=True, text=True, timeout=60,
            env={k: v for k, v in os.environ.items() if not k.startswith("SIYU_")}, check=True)
        expected = {row["step"]: row["at"][:10] for row in __import__("json").loads(preview.stdout)
                    if row.get("route") == "oa_custom"}
        assert list(expected) == ["lesson-1", "product", "job", "checkin"]
        for _day in range(9):
            moved = session.post(demo["url"] + "/_sandbox/clock", json={"advance_s": 86400}, timeout=60)
            assert moved.status_code == 200
            assert "HTTP 200" in simulate(demo, "--user", "o_journey", "早上好")  # signed with the moved clock
        sends = session.get(demo["fake"] + "/_fake/requests", timeout=5,
                            params={"path": "/cgi-bin/message/custom/send"}).json()["requests"]
        robot = session.get(demo["fake"] + "/_fake/requests", timeout=5,
                            params={"path": "/cgi-bin/webhook/send"}).json()["requests"]
    # 9 days include a Tuesday: the Vancouver group's lesson its welcome promises, posted by its robot (issue 13)
    assert [r for r in robot if r["errcode"] == 0 and "认识你的肤质" in str(r["body"])]
    arrived: dict[str, str] = {}
    markers = {"lesson-1": "认识你的肤质", "product": "miniprogrampage", "job": "💼", "checkin": "认识一周啦"}
    for request in sends:
        if request["errcode"] != 0 or request["body"].get("touser") != "o_journey":
            continue
        day = datetime.fromtimestamp(request["at_s"], UTC).astimezone(zone).date().isoformat()
        for step, marker in markers.items():
            if marker in str(request["body"]):
                arrived.setdefault(step, day)
    assert arrived == expected
