"""The welcome lane (jobs/worker.py WelcomeLane) on a real redis-server: its threads take welcome jobs and
nothing else, while no main worker runs at all, and stop when asked, leaving no registration behind."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import redis
from rq import Queue as RQQueue
from rq import Worker

from bot.clock import ManualClock
from bot.inbound import Channel
from bot.outbound import Delivery, DeliveryContext, Queue, Text
from bot.queueing import RQDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.settings import DeliveryTuning
from jobs import context
from jobs.worker import LANE_POLL_S, WelcomeLane
from tests.support.factories import WECOM_CORP_ID, make_settings
from tests.support.jobs import install_jobs

WELCOME = "/cgi-bin/externalcontact/send_welcome_msg"


@pytest.fixture
def lane_env(fake: FakeWeChatServer, real_redis: redis.Redis, clock: ManualClock) -> Iterator[None]:
    settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_WECOM_SECRET="appsecret",
                             SIYU_WECOM_CONTACT_SECRET="contactsecret")
    install_jobs(settings, real_redis, clock)
    yield
    context.install(None)


def delivery(key: str, queue: Queue, code: str = "") -> Delivery:
    return Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="", user_id="wmLane",
                    message=Text(text=key), key=key, purpose="welcome" if code else "qa", queue=queue,
                    context=DeliveryContext(welcome_code=code))


def test_lane_threads_send_welcomes_take_nothing_else_and_stop_when_asked(
        lane_env: None, real_redis: redis.Redis, fake: FakeWeChatServer) -> None:
    queue = RQDeliveryQueue(real_redis)
    codes = [fake.issue_welcome_code(userid="alice", external_userid=f"wmLane{i}") for i in range(3)]
    queue.enqueue([delivery("reply:1:0", Queue.HIGH)])
    queue.enqueue([delivery(f"welcome:{i}", Queue.WELCOME, code) for i, code in enumerate(codes)])
    lane = WelcomeLane(real_redis, threads=2, name="t-lane", tuning=DeliveryTuning()).start()
    try:
        deadline = time.monotonic() + 10
        while len([r for r in fake.requests(WELCOME) if r["errcode"] == 0]) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert sorted(r["body"]["welcome_code"] for r in fake.requests(WELCOME)) == sorted(codes)
        assert {w.name for w in Worker.all(connection=real_redis)} == {"t-lane.welcome0", "t-lane.welcome1"}
    finally:
        started = time.monotonic()
        lane.stop()
        stopped_in_s = time.monotonic() - started
    assert RQQueue("high", connection=real_redis).count == 1  # the reply waits for a main worker
    assert stopped_in_s < LANE_POLL_S + 1.5
    assert Worker.all(connection=real_redis) == []  # each lane worker registered its death
