"""Delivery end to end: real redis-server, real `rq worker` processes, the fake WeChat API over HTTP.

Workers are RQ's forking `Worker` (what `siyu worker` runs): a job that kills its horse cannot take
the worker down, and a crash test must kill what production runs. The fork costs ~ms per job, which a
batch of deliveries amortises (bench/delivery.py measures it).
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
import redis

from bot.queueing import RQDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from tests.support import e2e

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]


def _shape_ok(path: str, kind: str, body: dict) -> bool:
    if path == "/cgi-bin/externalcontact/send_welcome_msg":
        return ([a["msgtype"] for a in body.get("attachments", [])] == ["link", "image", "miniprogram"]
                and "welcome" in body["text"]["content"])
    if path == "/cgi-bin/message/custom/send" and kind == "miniprogrampage":
        return body["msgtype"] == kind and bool(body[kind]["thumb_media_id"]) and body[kind]["pagepath"]
    if path == "/cgi-bin/message/custom/send" and kind == "msgmenu":
        return body["msgtype"] == kind and len(body[kind]["list"]) == 2
    if path == "/cgi-bin/message/send":
        return body["msgtype"] == kind and body["agentid"] == 1000002 and body["touser"].startswith("staff")
    return body.get("msgtype") == kind


def test_1000_mixed_messages_arrive_exactly_once(e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer,
                                                  image: Path, tmp_path: Path) -> None:
    run = "a"
    deliveries, expected = e2e.mixed_deliveries(run, e2e_redis, fake, image)
    assert len(deliveries) == 1000
    random.Random(4).shuffle(deliveries)
    e2e.enqueue_in_batches(RQDeliveryQueue(e2e_redis), deliveries, 50)
    env = e2e.siyu_env(redis_server.url, fake.origin, robots=e2e.robot_keys(run, 120))
    started = time.monotonic()
    with e2e.Workers(env, tmp_path) as workers:
        workers.start(2)
        e2e.wait_until(lambda: len(e2e.delivered(fake)) >= len(expected), timeout_s=120,
                       what="1,000 messages at the fake", on_timeout=workers.logs)
        time.sleep(1.0)  # let anything extra (a duplicate) land before counting
    elapsed = time.monotonic() - started
    counts = e2e.delivered(fake)
    print(f"\n1,000 mixed messages delivered in {elapsed:.1f} s by 2 rq workers; calls {fake.call_counts()}")
    assert set(counts) == set(expected)
    assert [m for m, n in counts.items() if n != 1] == []
    bad = []
    for path in e2e.SEND_PATHS:
        for record in fake.requests(path):
            for m in e2e.markers_in(record["body"]):
                if record["errcode"] == 0 and (expected[m][0] != path or not _shape_ok(path, expected[m][1],
                                                                                         record["body"])):
                    bad.append((m, path, record["body"]))
    assert bad == []
