"""The lead's probing as a member in conversation (stop 42), through the webhook. Each ask failed before its fix;
guards beside.

The tracking answer tells the member where to look and offers a person ('For a colleague to look it up, reply
"agent" with your order number'). A member who then wrote "it's been 10 days already" got the customs answer, and
"已经10天了还没到" got "I don't know": saying it is still not settled is taking up that offer, as the order number
alone or "can someone check?" are (handlers/handoff.py `STILL_WAITING_EN` / `STILL_WAITING_ZH`)."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Settings
from bot.store.handoffs import HandoffStore
from tests.support.factories import make_settings

IN_OFFICE_HOURS = 10 * 3600  # from the fixtures' clock (Monday 08:00 UTC): Monday 10:00 in Vancouver
PROMISED = ("reply here shortly", "同事会在这里回复你", "同事會在這裡回覆你")


@pytest.fixture
def settings() -> Settings:
    """The WeCom app is set up, so the staff (config/handoff.yaml) can be told."""
    return make_settings(SIYU_WECOM_SECRET="appsecret")


def handoffs_told(queue: RecordingDeliveryQueue) -> list:
    return [d for d in queue.deliveries if d.purpose == "handoff"]


def opened_after(first: str, then: str, simulator: Simulator, clock: ManualClock, services: Services) -> str:
    """In office hours, `first` then `then` from one member: `then` is promised a person, and the one handoff open
    is returned by its reason."""
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_opened", first)
    reply = simulator.oa_message("o_opened", then)
    assert any(said in reply.text for said in PROMISED), reply.text
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    return opened.reason


@pytest.mark.parametrize(("first", "then", "entry"), [
    ("where's my order", "it's been 10 days already", "order-tracking"),
    ("where's my order", "still not here", "order-tracking"),
    ("where is my parcel", "hmm its been 2 weeks and still nothing!!", "order-tracking"),
    ("where is my parcel", "i still haven't received it", "order-tracking"),
    ("where is my parcel", "the tracking hasn't moved at all", "order-tracking"),
    ("我的快递到哪了", "已经10天了还没到", "order-tracking"),
    ("我的快递到哪了", "都两个星期了还没收到😡", "order-tracking"),
    ("我的快递到哪了", "物流一直没更新", "order-tracking"),
    ("我的包裹到哪裏了", "已經兩個禮拜了還沒收到", "order-tracking"),
    ("投了简历一直没消息", "都一个月了", "job-application-status"),
    ("how do i know if my application went through", "been waiting for three weeks now", "job-application-status"),
])
def test_saying_it_is_still_not_settled_after_an_answer_offering_a_person_opens_the_handoff(
        first: str, then: str, entry: str, simulator: Simulator, clock: ManualClock,
        delivery_queue: RecordingDeliveryQueue, services: Services) -> None:
    assert opened_after(first, then, simulator, clock, services) == f"offer:{entry}"
    [told] = handoffs_told(delivery_queue)
    assert then in told.message.text  # type: ignore[union-attr]


@pytest.mark.parametrize(("first", "then", "says"), [
    # a question of its own after the waiting: the FAQ reads it
    ("where's my order", "it's been 10 days, can i still return it?", "returned within 30 days"),
    ("我的快递到哪了", "已经10天了可以退吗", "30 天内可无理由退货"),
    # a number of days alone is not yet a complaint
    ("我的快递到哪了", "10天", None),
    # where we ship offers no person and says to wait for nothing (handoff.yaml waiting_on): read as before
    ("do you ship to the us", "still not here", None),
])
def test_a_question_after_the_wait_or_no_offer_is_read_as_before(
        first: str, then: str, says: str | None, simulator: Simulator, clock: ManualClock,
        delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_not_still", first)
    reply = simulator.oa_message("o_not_still", then)
    assert not handoffs_told(delivery_queue), reply.text
    if says:
        assert says in reply.text, reply.text


# "can someone check?" out of the blue got the authenticity answer ("check" read as checking a code). Asking us to
# check, with nothing named to check, is something only a person can do: it asks for one (`_asks_someone_to_check`),
# after any answer (lead32's guard that read it as before after the cruelty-free answer, which offers nobody, is gone);
# after an answer offering a person it takes that offer up (reason offer:<entry>, lead32).
@pytest.mark.parametrize("asked", ["can someone check?", "could you look into it please", "please check",
                                   "有人能帮我查一下吗", "同事帮我看一下"])
def test_asking_us_to_check_with_nothing_named_asks_for_a_person(asked: str, simulator: Simulator,
                                                                 clock: ManualClock,
                                                                 delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(IN_OFFICE_HOURS)
    reply = simulator.oa_message("o_check", asked)
    assert any(said in reply.text for said in PROMISED), reply.text
    [told] = handoffs_told(delivery_queue)
    assert asked in told.message.text  # type: ignore[union-attr]


@pytest.mark.parametrize(("asked", "says"), [
    ("can someone check if this is real", "anti-counterfeit code"),  # the thing named: the FAQ answers it
    ("帮我查一下", "实时物流"),  # in Chinese, naming nobody: the tracking answer, which offers a person itself
])
def test_a_check_naming_what_to_check_is_the_faqs(asked: str, says: str, simulator: Simulator, clock: ManualClock,
                                                  delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(IN_OFFICE_HOURS)
    assert says in simulator.oa_message("o_check_faq", asked).text
    assert not handoffs_told(delivery_queue)


# The samples answer ends with the travel kit's card; "那我买一个" then got "I don't know". An answer's card is the
# product shown last (handlers/qa.py `_answer`), as a card the shop sent is, unless the question named another.
@pytest.mark.parametrize(("first", "then", "says"), [
    ("有小样吗", "那我买一个", "敏感肌旅行装套盒｜CAD 35.00"),
    ("do you have samples", "how much is it", "Sensitive Skin Travel Kit | CAD 35.00"),
    ("do you have samples", "ok i'll take it", "Sensitive Skin Travel Kit | CAD 35.00"),
])
def test_the_card_an_answer_ends_with_is_the_product_shown_last(first: str, then: str, says: str,
                                                                simulator: Simulator) -> None:
    simulator.oa_message("o_card_last", first)
    reply = simulator.oa_message("o_card_last", then)
    assert says in reply.text, reply.text


# "I bought the ceramide cream last week" got "I don't know", and "how do I use it" next the same. Saying a product
# was bought or has come gets how to use it, no price and no card; it is the product shown last (handlers/shop.py
# `_bought`).
@pytest.mark.parametrize(("said", "then", "says"), [
    ("I bought the ceramide cream last week", "how often should i use it", "How to use your Ceramide Barrier Cream"),
    ("我上周买了神经酰胺面霜", "怎么用", "神经酰胺修护霜怎么用"),
    ("just got my vitamin c serum!", "how much do i use", "How to use your 10% Vitamin C Brightening Serum"),
    ("收到了维C精华", "早上用还是晚上用", "10%维C亮肤精华怎么用"),
])
def test_saying_a_product_came_gets_how_to_use_it_and_it_is_shown_last(
        said: str, then: str, says: str, simulator: Simulator, delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.oa_message("o_bought", said)
    assert says in reply.text, reply.text
    assert "CAD" not in reply.text and not delivery_queue.deliveries  # they have it: no price, no card
    follow = simulator.oa_message("o_bought", then)
    assert says.split("How to use your ")[-1].removesuffix("怎么用") in follow.text, follow.text


@pytest.mark.parametrize("said", ["I bought the ceramide cream last week, can I still return it?",
                                  "我上周买了神经酰胺面霜，可以退吗"])
def test_a_question_beside_the_purchase_is_not_answered_with_the_usage(said: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_bought_more", said)
    assert "How to use your" not in reply.text and "怎么用：" not in reply.text, reply.text


# "again" after a lesson got "Hi", "say that again" after the tracking answer the damaged-parcel answer, "再说一遍"
# "I don't know". Asking to hear it again gets the lesson shown last, or the last answer (handlers/follow_up.py
# REPEAT_ASKS).
@pytest.mark.parametrize(("before", "asked", "says"), [
    (["tutorial", "1"], "again", "Lesson 1/5"),
    (["教程", "1", "下一课"], "再说一遍", "第 2/5 课"),
    (["tutorial", "2"], "sorry can you repeat that", "Lesson 1/4"),
    (["where's my order"], "say that again", "live tracking"),
    (["我的快递到哪了"], "没看懂，再说一遍", "实时物流"),
    (["tutorial", "1", "where's my order"], "again please", "live tracking"),  # the answer came after the lesson
])
def test_asking_to_hear_it_again_repeats_the_last_lesson_or_answer(before: list[str], asked: str, says: str,
                                                                   simulator: Simulator) -> None:
    for said in before:
        simulator.oa_message("o_again", said)
    reply = simulator.oa_message("o_again", asked)
    assert says in reply.text, reply.text


def test_again_with_nothing_before_is_not_an_answer_again(simulator: Simulator) -> None:
    assert "live tracking" not in simulator.oa_message("o_again_alone", "say that again").text


# "it's been 2 weeks" just after the refund's time got "I don't know", and "都两个星期了还没到账" the refund's time
# again. An answer that tells the member to wait (handoff.yaml `waiting_on`), then word that it is still not done:
# a person looks (reason waiting:<entry>). And "ok how long does it take" after it got the shipping times
# (faq.yaml `follow_ups`: the refund's own time).
@pytest.mark.parametrize(("first", "then", "entry"), [
    ("I want a refund", "it's been 2 weeks", "refund-time"),
    ("退款多久到账", "都两个星期了还没到账", "refund-time"),
    ("我要取消订单", "钱还没退回来", "order-cancel"),
    ("how long does shipping take to toronto", "still not here", "shipping-time"),
])
def test_saying_it_is_still_not_done_after_an_answer_that_says_to_wait_opens_the_handoff(
        first: str, then: str, entry: str, simulator: Simulator, clock: ManualClock,
        services: Services) -> None:
    assert opened_after(first, then, simulator, clock, services) == f"waiting:{entry}"


@pytest.mark.parametrize(("first", "then", "says"), [
    ("I want a refund", "ok how long does it take", "We refund within 2 business days"),
    ("我要取消订单", "要多久", "2 个工作日内审核并退款"),
])
def test_how_long_after_a_refund_or_a_cancel_is_the_refunds_time(first: str, then: str, says: str,
                                                                 simulator: Simulator) -> None:
    simulator.oa_message("o_refund_time", first)
    assert says in simulator.oa_message("o_refund_time", then).text


# "here are the photos" just after the damaged-parcel answer (which asks for photos and offers a person) got the
# resume answer ("without photo"): the photos it asked for are the offer taken up.
@pytest.mark.parametrize(("first", "then"), [
    ("my parcel arrived damaged", "here are the photos"),
    ("my parcel arrived damaged", "ok sending pics of the box now"),
    ("收到的瓶子碎了", "照片发你了"),
])
def test_the_photos_an_answer_asked_for_take_up_its_offer(first: str, then: str, simulator: Simulator,
                                                          clock: ManualClock, services: Services) -> None:
    assert opened_after(first, then, simulator, clock, services) == "offer:package-problem"


def test_an_order_number_alone_is_answered_in_the_members_language(simulator: Simulator) -> None:
    """"LM12345678" after a question in Chinese got the tracking answer in English: a reference's letters are no
    language (bot/text.py REFERENCE)."""
    simulator.oa_message("o_ref_lang", "我要取消订单")
    assert "实时物流" in simulator.oa_message("o_ref_lang", "LM12345678").text


def test_how_to_apply_after_the_work_permit_answer_is_how_to_apply(simulator: Simulator) -> None:
    """"ok how do i apply" after the work permit's answer got that answer again: its questions ask whether one can
    apply on a study permit, but its answer says nothing of applying (handlers/follow_up.py `speaks_of` reads the
    answers only)."""
    simulator.oa_message("o_permit_apply", "do I need a work permit")
    assert "apply link" in simulator.oa_message("o_permit_apply", "ok how do i apply").text
