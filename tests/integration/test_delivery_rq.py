"""A batch queued through RQDeliveryQueue is delivered by a SimpleWorker in burst mode, on real Redis."""

from __future__ import annotations

import redis

from bot import gateway as gw
from bot.clock import ManualClock
from bot.outbound import Delivery, DeliveryContext, Text
from bot.queueing import RQDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.ledger import DeliveryLedger
from jobs import context
from jobs.worker import run_worker
from tests.support.factories import make_settings


def test_worker_delivers_a_batch_once(real_redis: redis.Redis, clock: ManualClock) -> None:
    with FakeWeChatServer() as fake:
        settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                                 SIYU_GROUP_ROBOT_KEYS="ops=robotkey-0001")
        gateway = gw.Gateway(real_redis, settings, retry_delays_s=(0.0,), sleep=lambda s: None)
        context.install(context.build(settings, real_redis, clock=clock, gateway=gateway))
        try:
            batch = [Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="",
                              message=Text(text=f"drop {i}"), key=f"drop:{i}", purpose="drop",
                              context=DeliveryContext(robot="ops")) for i in range(3)]
            queue = RQDeliveryQueue(real_redis)
            queue.enqueue(batch)
            run_worker(real_redis, burst=True, in_process=True)
            queue.enqueue(batch)  # same job id: not queued twice; the ledger would skip it anyway
            run_worker(real_redis, burst=True, in_process=True)
        finally:
            context.install(None)
        assert len(fake.requests("/cgi-bin/webhook/send")) == 3
        assert DeliveryLedger(real_redis, clock).state("default", "drop:2") == "sent"
