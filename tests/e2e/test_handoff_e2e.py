"""Handoff to a person on real processes (report 1): the real app on a real redis-server asks the worker,
a real `siyu worker` process, to tell the staff; the fake WeChat API over HTTP sees exactly one WeCom app
message to them, the member's next free text gets no answer, and `siyu handoffs --json` lists it."""

from __future__ import annotations

import json
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis

from bot.app import create_app
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, http_transport
from bot.services import build_services
from tests.support import e2e
from tests.support.factories import make_settings

pytestmark = pytest.mark.timeout(120)
STAFF = "lumi-service|lumi-adviser-van"  # config/handoff.yaml
APP_SEND = "/cgi-bin/message/send"


@pytest.fixture
def webhook(e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer) -> Iterator[tuple[str, Any]]:
    settings = make_settings(SIYU_REDIS_URL=redis_server.url, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_OA_API_ORIGIN=fake.origin, SIYU_LOG_LEVEL="WARNING",
                             SIYU_WECOM_SECRET=e2e.WECOM_SECRET)
    app = create_app(services=build_services(settings, redis_client=e2e_redis))  # the demo content in config/
    with e2e.served(app) as url:
        yield url, settings


def test_staff_are_told_exactly_once_and_the_member_is_left_to_them(redis_server, fake: FakeWeChatServer,
                                                                    webhook: tuple[str, Any], tmp_path: Path) -> None:
    url, settings = webhook
    simulator = Simulator(brand="default", oa=settings.brands["default"].oa, transport=http_transport(url))
    openid = "o_e2e_wants_a_person"
    assert simulator.oa_message(openid, "我的快递三天没动了").text
    asked = simulator.oa_message(openid, "人工", msg_id=990001)
    assert "温哥华时间" in asked.text or "这里回复你" in asked.text, asked.text
    assert simulator.oa_message(openid, "人工", msg_id=990001).text == asked.text  # WeChat's retry
    env = e2e.siyu_env(redis_server.url, fake.origin)
    with e2e.Workers(env, tmp_path, siyu=True) as workers:
        workers.start(1)
        e2e.wait_until(workers.running(lambda: any(r["errcode"] == 0 for r in fake.requests(APP_SEND))),
                       timeout_s=30, what="the staff notification", on_timeout=workers.logs)
        assert simulator.oa_message(openid, "运费多少").text == ""  # a person has it: no answer
        time.sleep(1.5)  # let anything extra (a second notification, a queued answer) land
    [told] = fake.requests(APP_SEND)
    assert told["errcode"] == 0 and told["body"]["touser"] == STAFF
    assert "我的快递三天没动了" in told["body"]["text"]["content"]
    assert fake.requests("/cgi-bin/message/custom/send") == []
    listed = subprocess.run([e2e.PYTHON, "-m", "bot", "handoffs", "--json"], env=env, cwd=e2e.REPO,
                            capture_output=True, text=True, timeout=30, check=True)
    [row] = json.loads(listed.stdout.strip().splitlines()[-1])
    assert row["text"] == "人工" and row["told"] == f"wecom_app:{STAFF}" and row["age_s"] >= 1
