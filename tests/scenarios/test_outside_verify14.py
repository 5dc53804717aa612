"""Judged from outside (verify14): what a follower meets when a message is only punctuation, when they ask about
the product they were just shown ("how much?", "link?"), and when they answer the week's check-in."""

from __future__ import annotations

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, make_settings, router_with


def serve(fake_redis: fakeredis.FakeRedis, clock: ManualClock, **env: str) -> tuple[Simulator, Services]:
    settings = make_settings(**env)
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), services


@pytest.mark.parametrize("said", ["？？？", "???", "。。。", "!!!", "..."])
def test_a_message_of_punctuation_only_is_answered(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                   said: str) -> None:
    """Before: "？？？" (a follower wondering whether anyone is there), "。。。" or "..." got no answer at all, while
    "👍" got the hello; after: the same hello, which says how to ask."""
    simulator, services = serve(fake_redis, clock)
    assert "直接问我问题" in simulator.oa_message("o_only_punctuation", said).text
    assert not services.unanswered.top("default", 10)


@pytest.mark.parametrize(("first", "then", "product"), [
    (("what do you sell", "the third one"), "how much?", "5% Niacinamide Serum | CAD 36.00"),
    (("what do you sell", "3"), "link?", "5% Niacinamide Serum | CAD 36.00"),
    (("产品", "第二个"), "多少钱", "玻尿酸保湿水｜CAD 24.00"),
    (("产品", "2"), "有链接吗", "玻尿酸保湿水｜CAD 24.00"),
    (("sunscreen",), "buy", "Mineral Sunscreen SPF 50 | CAD 32.00"),
    (("防晒",), "怎么买", "物理防晒乳 SPF50｜CAD 32.00"),
])
def test_asking_to_buy_right_after_a_product_asks_about_that_product(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, first: tuple[str, ...], then: str, product: str) -> None:
    """Before: shown the niacinamide serum, "how much?" got "I don't know the answer to that yet" (counted
    unanswered), "link?" the referral programme's answer, "多少钱" the whole price list again and "buy" the skin quiz;
    after: the product just shown, its price and its card again."""
    simulator, services = serve(fake_redis, clock)
    for said in first:
        simulator.oa_message("o_product_follow_up", said)
    assert simulator.oa_message("o_product_follow_up", then).text.startswith(product)
    assert not services.unanswered.top("default", 10)


def test_asking_the_price_after_another_question_is_not_about_the_earlier_product(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    """The product shown last is what "多少钱" asks about only until the member asks something else."""
    simulator, _ = serve(fake_redis, clock)
    simulator.oa_message("o_product_then_faq", "防晒")
    simulator.oa_message("o_product_then_faq", "运费多少")
    assert not simulator.oa_message("o_product_then_faq", "多少钱").text.startswith("物理防晒乳")


@pytest.mark.parametrize(("stop", "resume", "lessons", "how"), [("退订", "恢复订阅", "小课堂", "教程"),
                                                                ("stop", "resume", "lessons", "tutorial")])
def test_resuming_after_an_opt_out_promises_no_lessons_from_the_ended_sequence(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, stop: str, resume: str, lessons: str, how: str) -> None:
    """Before: a new follower who sent 退订 then 恢复订阅 was told "露米 Lumi的新品、活动和护肤小课堂会继续发给你",
    but the opt-out had ended their newcomer sequence for good (CONTRACTS: it exits on opt-out) and no lesson ever
    came again. After: the confirmation promises what still comes (launches, events) and says how to get the lessons."""
    from bot.store.enrolments import EnrolmentStore

    simulator, _ = serve(fake_redis, clock)
    simulator.oa_subscribe("o_resume_lessons")
    simulator.oa_message("o_resume_lessons", stop)
    reply = simulator.oa_message("o_resume_lessons", resume).text
    promised = reply.split("；")[0].split(";")[0]  # what it says will be sent, before how to ask for more
    assert reply and lessons not in promised and how in reply, reply
    member_id = member_id_for(f"oa:{OA_APPID}:o_resume_lessons")
    enrolments = EnrolmentStore(fake_redis).of_member("default", member_id, ["newcomer"])
    assert enrolments and not any(e.active for e in enrolments.values())  # nothing will send them a lesson


@pytest.mark.parametrize("between", [("温哥华有工作吗",), ("jobs in Toronto",), ("下一课",)])
def test_asking_for_a_link_after_something_else_was_shown_is_not_about_the_earlier_product(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, between: tuple[str, ...]) -> None:
    """Shown the sunscreen, then Vancouver's jobs (or the next lesson), "link?" got the sunscreen's card again: the
    product is what a buy word asks about only while it is the last thing shown."""
    simulator, _ = serve(fake_redis, clock)
    simulator.oa_message("o_product_then_jobs", "教程")
    simulator.oa_message("o_product_then_jobs", "1")  # a lesson begun, so 下一课 is the next one
    simulator.oa_message("o_product_then_jobs", "防晒")
    for said in between:
        simulator.oa_message("o_product_then_jobs", said)
    for said in ("link?", "多少钱"):
        reply = simulator.oa_message("o_product_then_jobs", said).text
        assert "SPF" not in reply.split("\n")[0], (said, reply)


@pytest.mark.parametrize(("said", "city"), [("那温哥华呢", "温哥华目前有"), ("那多伦多呢", "多伦多目前有"),
                                            ("温哥华那边呢", "温哥华目前有"), ("还有温哥华的吗", "温哥华目前有"),
                                            ("what about Vancouver?", "in Vancouver"),
                                            ("how about Sydney", "in Sydney"), ("and Toronto?", "in Toronto")])
def test_another_city_asked_after_a_job_list_gets_that_city_s_jobs(fake_redis: fakeredis.FakeRedis,
                                                                   clock: ManualClock, said: str, city: str) -> None:
    """Before: after Sydney's openings, "那温哥华呢" got "I don't know", "那多伦多呢" a did-you-mean about delivery
    times, "what about Vancouver?" and "and Toronto?" the pop-up stores, while "温哥华" or "Toronto?" alone list a
    city's jobs. After: the words that only move the question to another city say nothing more than the city."""
    simulator, _ = serve(fake_redis, clock)
    simulator.oa_message("o_jobs_other_city", "悉尼有什么工作" if city.endswith("目前有") else "jobs in Sydney")
    assert city in simulator.oa_message("o_jobs_other_city", said).text


@pytest.mark.parametrize(("said", "bot"), [("你是机器人吗", "自动助手"), ("你是真人吗？", "自动助手"),
                                           ("是自动回复吗", "自动助手"), ("are you a bot?", "automated assistant"),
                                           ("am I talking to a robot", "automated assistant"),
                                           ("who are you", "automated assistant"),
                                           ("who made you?", "automated assistant"),  # stop 31: a did-you-mean
                                           ("what are u", "automated assistant")])
def test_asking_whether_the_bot_is_a_person_gets_an_honest_answer(fake_redis: fakeredis.FakeRedis,
                                                                  clock: ManualClock, said: str, bot: str) -> None:
    """Before: "你是机器人吗", "你是真人吗", "are you a bot?" got "你好 👋 直接问我问题就好" / "Hi 👋 Just ask me a
    question": no answer to what was asked. After: the bot says it is the brand's automated assistant (and, where
    staff can be told, how to reach a person)."""
    simulator, services = serve(fake_redis, clock)
    reply = simulator.oa_message("o_asks_if_bot", said).text
    assert bot in reply and "Lumi" in reply, reply
    assert not services.unanswered.top("default", 10)


def test_every_question_about_the_bot_is_small_talk_to_the_faq_matcher() -> None:
    """ASKS_IF_BOT changes what qa answers, not what the matcher sees: each is among the ACKNOWLEDGEMENTS too."""
    from bot.content.lexicon import ACKNOWLEDGEMENTS, ASKS_IF_BOT

    assert set(ASKS_IF_BOT) <= set(ACKNOWLEDGEMENTS)


@pytest.mark.parametrize(("said", "header"), [("best seller?", "Our best sellers"), ("bestseller", "Our best sellers"),
                                              ("what's your best seller", "Our best sellers"), ("热销", "热卖产品"),
                                              ("爆款", "热卖产品"), ("畅销款", "热卖产品")])
def test_asking_for_the_best_seller_lists_the_best_sellers(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                           said: str, header: str) -> None:
    """Before: "best seller?" and "what's your best seller" got the answer about resellers (we don't work with personal
    resellers...), "bestseller", "热销", "爆款" and "畅销款" "I don't know"; only "best sellers" listed them."""
    simulator, services = serve(fake_redis, clock)
    assert simulator.oa_message("o_best_seller", said).text.startswith(header)
    assert not services.unanswered.top("default", 10)
