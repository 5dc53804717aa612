"""Account kinds (issue 10 report 4): on an unverified subscription account (订阅号) the passive reply is
the only way to answer. A whole conversation is answered passively, and what its worker delivers calls
no customer-service, template or subscribe-notice API of the fake WeChat API (over HTTP)."""

from __future__ import annotations

import fakeredis

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.services import build_services
from jobs import context, deliver
from tests.conftest import simulator_for
from tests.support.factories import demo_content, make_settings, router_with
from tests.support.jobs import install_jobs

CONTENT = demo_content()
SEND_APIS = ("/cgi-bin/message/custom/send", "/cgi-bin/message/template/send", "/cgi-bin/message/subscribe/bizsend")


def test_a_whole_conversation_on_an_unverified_subscription_account_is_answered_passively(
        fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret",
                             SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")
    queue = RecordingDeliveryQueue()
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=queue, router=router_with())
    simulator = simulator_for(create_app(services=services).test_client(), settings, clock)
    who = "o_subscription_follower"
    faq = CONTENT.faq[0]
    product = CONTENT.product("amino-cleanser")
    turns = {
        "帮助": "教程",
        "教程": "1. ",
        "1": "1/",
        "下一课": "2/",
        "洁面多少钱": product.price.format(),
        "jobs in Toronto": "Toronto",
        faq.questions.zh[0]: faq.answers.zh.strip()[:20],
        "TD": "退订",
    }
    for said, expected in turns.items():
        reply = simulator.oa_message(who, said)
        assert expected in reply.text or expected in str(reply.fields), (said, reply.fields)
    card = simulator.oa_message(who, "订阅")  # back in, then a product: its card is the tracked link
    assert card.text
    answer = simulator.oa_message(who, "洁面多少钱")
    assert answer.fields.get("MsgType") == "news" and "sy_s=oa.shop" in str(answer.fields)
    install_jobs(settings, fake_redis, clock)
    try:
        for delivery in queue.deliveries:
            deliver.deliver_batch([delivery.to_data()])
    finally:
        context.install(None)
    assert [r["path"] for r in fake.requests() if r["path"] in SEND_APIS] == []


def test_a_lesson_longer_than_a_card_shows_stays_text_with_its_link(fake_redis: fakeredis.FakeRedis,
                                                                     clock: ManualClock) -> None:
    """Judged from outside: lesson 2 (110 Chinese characters, with a product card) became a one-article news reply
    titled with the product, the lesson in its description, which a card shows two or three lines of: the
    lesson's end and its "reply 下一课" were cut. A card takes a description only as wide as those lines."""
    settings = make_settings(SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    simulator = simulator_for(create_app(services=services).test_client(), settings, clock)
    who = "o_subscription_lessons"
    for said in ("教程", "1"):
        simulator.oa_message(who, said)
    lesson = simulator.oa_message(who, "下一课")
    assert lesson.fields.get("MsgType") == "text", lesson.fields
    assert "2/5" in lesson.text and "回复【下一课】继续" in lesson.text and "sy_s=oa.tutorials" in lesson.text
    short = simulator.oa_message(who, "神经酰胺面霜多少钱")  # a line or two beside a card: the card
    assert short.fields.get("MsgType") == "news" and "sy_s=oa.shop" in short.text
