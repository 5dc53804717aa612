"""Issue 10, on real processes: `siyu serve` (gunicorn), `siyu worker`, a real redis-server and the fake WeChat
API over HTTP. A welcome with only the WeCom app secret is sent (report 2); on an unverified subscription account
a whole conversation is answered passively and the fake records no customer-service send (report 4)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from rq import Queue as RQQueue

from bot.clock import SystemClock
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.ledger import DeliveryLedger
from tests.support import e2e
from tests.support.factories import demo_content
from tests.support.stack import ServedStack

pytestmark = pytest.mark.timeout(120)
CONTENT = demo_content()
PROACTIVE_OA = ("/cgi-bin/message/custom/send", "/cgi-bin/message/template/send", "/cgi-bin/message/subscribe/bizsend")


Served = ServedStack


@pytest.fixture
def served(e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer,
           tmp_path: Path) -> Iterator[Callable[..., Served]]:
    opened: list[Served] = []

    def serve(**extra: str) -> Served:
        env = e2e.siyu_env(redis_server.url, fake.origin, extra={"SIYU_LOG_LEVEL": "INFO", **extra})
        opened.append(Served(env, tmp_path).__enter__())
        return opened[-1]

    yield serve
    for s in opened:
        s.__exit__(None, None, None)


def test_a_welcome_with_only_the_app_secret_is_sent(served: Callable[..., Served], fake: FakeWeChatServer) -> None:
    run = served(SIYU_WECOM_CONTACT_SECRET="")
    code = fake.issue_welcome_code(userid="zhangsan", external_userid="wmE2Eappsecret")
    assert run.simulator().wecom_contact_added("wmE2Eappsecret", state="xhs", welcome_code=code).status == 200
    e2e.wait_until(run.workers.running(lambda: any(r["errcode"] == 0 for r in fake.requests(e2e.WELCOME_SEND))),
                   timeout_s=60, what="the welcome sent with the app secret", on_timeout=run.logs)
    assert "WeCom welcomes use the app secret" in (run.log_dir / "serve.log").read_text()


def test_an_unverified_subscription_account_answers_a_whole_conversation_passively(
        served: Callable[..., Served], fake: FakeWeChatServer, e2e_redis: redis.Redis) -> None:
    run = served(SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")
    simulator = run.simulator()
    faq = CONTENT.faq[0]
    turns = ["帮助", "教程", "1", "下一课", "神经酰胺面霜多少钱", "jobs in Toronto", faq.questions.zh[0], "TD"]
    for said in turns:
        reply = simulator.oa_message("o_e2e_subscription", said)
        assert reply.status == 200 and (reply.text or reply.fields.get("MsgType") == "news"), (said, reply.fields)

    ledger = DeliveryLedger(e2e_redis, SystemClock())

    def settled() -> bool:  # the lesson's image (a URL, no passive form) is what the worker gets: parked, not sent
        parked = ledger.parked_entries("default")
        return any(p["type"] == "image" for p in parked) and all(
            RQQueue(name, connection=e2e_redis).count == 0 for name in e2e.WORKER_QUEUES)

    e2e.wait_until(run.workers.running(settled), timeout_s=60, what="the worker to park the lesson image",
                   on_timeout=run.logs)
    assert [r["path"] for r in fake.requests() if r["path"] in PROACTIVE_OA] == []
    assert "unverified subscription account" in (run.log_dir / "serve.log").read_text()
