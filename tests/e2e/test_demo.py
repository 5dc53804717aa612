"""`siyu demo`, the README's first command, as a user runs it: one process, no Redis server, no
WeChat account. A follower's message is answered passively, and a WeCom welcome goes out through
the in-process worker to the fake WeChat API within the WelcomeCode's 20 seconds."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import requests

from bot.sandbox.demo import DEMO_ENV
from bot.sandbox.simulator import Simulator, http_transport
from bot.settings import Settings
from tests.support.redis_server import free_port


@pytest.fixture
def demo() -> Iterator[dict[str, str]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")}
    process = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    banner = ""
    deadline = time.monotonic() + 60
    try:
        while "fake WeChat API:" not in banner:
            line = process.stdout.readline()  # type: ignore[union-attr]
            if not line or time.monotonic() > deadline:
                raise AssertionError(f"siyu demo did not start:\n{banner}")
            banner += line
        fake = re.search(r"(http://127\.0\.0\.1:\d+)/_fake/requests", banner)
        assert fake is not None, banner
        yield {"url": f"http://127.0.0.1:{port}", "fake": fake.group(1), "banner": banner}
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
        try:
            assert process.wait(timeout=15) == 0, "siyu demo did not exit cleanly on Ctrl-C"
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


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
        assert "点卡片" in simulator.oa_message("o_demo_card", "神经酰胺面霜多少钱").text
        deadline = time.monotonic() + 15
        cards: list[dict] = []
        while not cards and time.monotonic() < deadline:
            time.sleep(0.2)
            sent = session.get(demo["fake"] + "/_fake/requests", timeout=5,
                               params={"path": "/cgi-bin/message/custom/send"}).json()["requests"]
            cards = [r for r in sent if r["body"].get("msgtype") == "miniprogrampage"]
    assert cards, "the demo's worker did not send the product card"
    assert cards[0]["errcode"] == 0 and cards[0]["body"]["miniprogrampage"]["thumb_media_id"]
