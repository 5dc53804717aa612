"""The lead's probing as a member in conversation (stop 41), through the webhook. Each ask failed before its fix;
guards beside.

"怎么申请" just after the answer on the Mandarin a job needs got that answer again: a "how" follow-up was read as how
to do what the last answer spoke of, whatever doing it named. A "how" that names a doing (apply, join, sign up,
request) continues the last answer only when that answer speaks of it (handlers/follow_up.py `how_verb`,
`speaks_of`); otherwise the message is read alone: how to apply for a job. And "运费谁出" just after the return
policy got the shipping costs of an order: just after the returns or an exchange, what it costs is theirs
(config/faq.yaml `follow_ups`)."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.content.faq import FOLLOW_UP_ASPECTS
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Settings
from bot.store.handoffs import HandoffStore
from handlers.follow_up import EN_ASPECTS, ZH_ASPECTS
from tests.support.factories import OA_APPID, make_settings

JOB_APPLY = "tap a job's apply link"
JOB_APPLY_ZH = "点职位的申请链接"
JOB_LANGUAGE_ZH = "门店和客服岗位需要中英双语"
RETURNS = "Unopened products can be returned within 30 days"
RETURNS_ZH = "未拆封产品 30 天内可无理由退货"
EXCHANGE = "Unopened items can be exchanged within 30 days"
EXCHANGE_ZH = "未拆封产品 30 天内可以换成同价或补差价的其他产品"
SHIPPING_COST_ZH = "满 CAD 59 包邮"
SHIPPING_COST = "free over CAD 59"


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("要会英语吗", "怎么申请", JOB_APPLY_ZH),
    ("普通话不太好可以去你们店工作吗", "那怎么申请", JOB_APPLY_ZH),
    ("do you have part time jobs", "how do i apply", JOB_APPLY),
    ("do i need to speak mandarin to work at your store", "how do i apply?", JOB_APPLY),
])
def test_how_naming_a_doing_the_last_answer_did_not_speak_of_is_read_alone(first: str, then: str, expected: str,
                                                                          simulator: Simulator) -> None:
    simulator.oa_message("o_how_verb", first)
    reply = simulator.oa_message("o_how_verb", then)
    assert expected in reply.text, reply.text


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("我想退货", "怎么申请", RETURNS_ZH),  # the returns answer says 申请售后: how to request it
    ("what's your return policy", "how do i request it", RETURNS),
    ("会员有什么好处", "怎么加入", "在小程序注册即成为会员"),
    ("要会英语吗", "那要怎么弄", JOB_LANGUAGE_ZH),  # a bare "how", no doing named: that answer again
])
def test_how_naming_a_doing_the_last_answer_spoke_of_continues_it(first: str, then: str, expected: str,
                                                                  simulator: Simulator) -> None:
    simulator.oa_message("o_how_same", first)
    reply = simulator.oa_message("o_how_same", then)
    assert expected in reply.text, reply.text


@pytest.mark.parametrize(("first", "then", "expected"), [
    ("我想退货", "运费谁出", RETURNS_ZH),
    ("what's your return policy", "who pays?", RETURNS),
    ("what's your return policy", "do i have to pay for it", RETURNS),
    ("可以换货吗", "要补钱吗", EXCHANGE_ZH),
    ("can i exchange a product", "how much?", EXCHANGE),
    ("can i exchange a product", "how long?", EXCHANGE),
])
def test_what_a_return_or_an_exchange_costs_just_after_it_is_its_own(first: str, then: str, expected: str,
                                                                    simulator: Simulator) -> None:
    simulator.oa_message("o_return_cost", first)
    reply = simulator.oa_message("o_return_cost", then)
    assert expected in reply.text and SHIPPING_COST_ZH not in reply.text, reply.text


def test_who_pays_the_shipping_alone_or_after_shipping_is_the_shipping_cost(simulator: Simulator) -> None:
    assert SHIPPING_COST_ZH in simulator.oa_message("o_who_pays", "运费谁出").text
    simulator.oa_message("o_who_pays_en", "do you ship to the us")
    assert SHIPPING_COST in simulator.oa_message("o_who_pays_en", "who pays?").text


def test_every_follow_up_aspect_is_read_in_both_languages() -> None:
    # an aspect named in config/faq.yaml `follow_ups` but read in one language only would never be asked in the other
    assert set(FOLLOW_UP_ASPECTS) == set(EN_ASPECTS) == set(ZH_ASPECTS)


# Taking up an answer's offer of a person: the tracking answer ends 'For a colleague to look it up, reply "agent" with
# your order number'. A member who then sent only "LM12345678" got the same answer again, and "can someone check?"
# the authenticity answer. Just after such an answer, the details alone or a request to check open the handoff
# (handlers/handoff.py `_takes_up_offer`), told to the staff once, with the reason.

OFFER_STAFF = "lumi-service|lumi-adviser-van"
IN_OFFICE_HOURS = 10 * 3600  # from the fixtures' clock (Monday 08:00 UTC): Monday 10:00 in Vancouver


@pytest.fixture
def settings() -> Settings:
    """The WeCom app is set up, so the staff (config/handoff.yaml) can be told."""
    return make_settings(SIYU_WECOM_SECRET="appsecret")


def handoffs_told(queue: RecordingDeliveryQueue) -> list:
    return [d for d in queue.deliveries if d.purpose == "handoff"]


@pytest.mark.parametrize(("first", "then"), [
    ("hey! my order hasn't arrived yet", "LM12345678"),
    ("where is my order", "order number LM12345678"),
    ("where is my order", "can someone check?"),
    ("where is my parcel", "could you look into it please"),
    ("我的快递到哪了", "单号LM12345678"),
    ("我的快递到哪了", "帮我查一下"),
    ("我的包裹到哪裏了", "麻煩幫我查下"),
    ("快递员让我付关税怎么办", "LM12345678"),
    ("投了简历一直没消息", "可以帮我催一下吗"),
])
def test_the_details_or_a_request_to_check_after_an_answer_offering_a_person_open_the_handoff(
        first: str, then: str, simulator: Simulator, clock: ManualClock,
        delivery_queue: RecordingDeliveryQueue, services: Services) -> None:
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_offer", first)
    reply = simulator.oa_message("o_offer", then)
    promised = ("reply here shortly", "同事会在这里回复你", "同事會在這裡回覆你")
    assert any(said in reply.text for said in promised), reply.text
    [told] = handoffs_told(delivery_queue)
    assert told.user_id == OFFER_STAFF and then in told.message.text  # type: ignore[union-attr]
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    assert opened.reason.startswith("offer:"), opened


@pytest.mark.parametrize(("first", "then"), [
    ("LM12345678", "LM12345678"),  # the tracking answer to a number alone, then the number again: read as before
    ("where is my order", "LM12345678 arrived broken, the bottle leaked"),  # more than the details: the FAQ reads it
    ("where is my order", "ok thanks"),
    ("我的快递到哪了", "看看"),  # said to oneself, asking nobody
])
def test_without_an_offer_or_with_more_than_the_details_the_message_is_read_as_before(
        first: str, then: str, simulator: Simulator, clock: ManualClock,
        delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(IN_OFFICE_HOURS)
    if first != then:
        simulator.oa_message("o_no_offer", first)
        simulator.oa_message("o_no_offer", then)
    else:
        simulator.oa_message("o_no_offer_alone", then)
    assert not handoffs_told(delivery_queue)


def test_half_an_hour_after_the_offer_the_number_alone_is_read_as_before(simulator: Simulator, clock: ManualClock,
                                                                          delivery_queue: RecordingDeliveryQueue
                                                                          ) -> None:
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_offer_late", "where is my order")
    clock.advance(31 * 60)
    assert "live tracking" in simulator.oa_message("o_offer_late", "LM12345678").text
    assert not handoffs_told(delivery_queue)


# The recommendation answer asks "tell me your skin type (dry / oily / combination / sensitive) and your main
# concern"; "combination" then got "I don't know", "oily" the same answer again, "normal skin" the retinal serum's
# how-to. Just after it, the skin type and concern told get their products from config/routines.yaml, numbered; a
# number shows that product's card (handlers/routine.py).

ASKED = "what do you recommend for me"
ASKED_ZH = "不知道买哪个"


@pytest.mark.parametrize(("first", "then", "says", "lists"), [
    (ASKED, "combination", "Combination skin", ["Amino Gentle Cleanser", "5% Niacinamide Serum", "Ceramide Barrier"]),
    (ASKED, "oily", "Oily skin still needs water", ["5% Niacinamide Serum"]),
    (ASKED, "normal skin", "Normal skin", ["Hyaluronic Hydrating Toner"]),
    (ASKED, "dry, and a bit sensitive", "Sensitive skin", ["Ceramide Barrier Cream"]),
    (ASKED, "I have combination skin and my main concern is dark spots", "vitamin C in the morning",
     ["10% Vitamin C Brightening Serum"]),
    (ASKED, "dry skin what should i use", "For dry skin", ["Ceramide Barrier Cream"]),
    (ASKED_ZH, "油皮 容易长痘", "长痘加 5% 烟酰胺精华", ["5%烟酰胺精华"]),
    (ASKED_ZH, "混合皮", "混合皮分区护理", ["神经酰胺修护霜"]),
    (ASKED_ZH, "乾性皮膚，有點細紋", "乾性皮膚的重點", ["視黃醛晚間精華"]),  # answered in the member's script
])
def test_the_skin_type_told_after_the_recommendation_gets_its_products(
        first: str, then: str, says: str, lists: list[str], simulator: Simulator, services: Services) -> None:
    simulator.oa_message("o_routine", first)
    reply = simulator.oa_message("o_routine", then)
    assert says in reply.text and all(name in reply.text for name in lists), reply.text
    assert "I don't know" not in reply.text and "还不会回答" not in reply.text


def test_a_number_then_shows_the_product_and_the_member_is_tagged(simulator: Simulator, services: Services) -> None:
    simulator.oa_message("o_routine_pick", ASKED)
    listed = simulator.oa_message("o_routine_pick", "oily, with acne")
    assert "3. 5% Niacinamide Serum" in listed.text, listed.text
    picked = simulator.oa_message("o_routine_pick", "3")
    assert "5% Niacinamide Serum" in picked.text and "CAD 36.00" in picked.text, picked.text
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_routine_pick"))
    assert member is not None and {"skin:oily", "concern:acne"} <= set(member.tags)
    simulator.oa_message("o_routine_pick", ASKED)  # told again, another skin type: it replaces the first
    simulator.oa_message("o_routine_pick", "actually more combination")
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_routine_pick"))
    assert member is not None and "skin:combination" in member.tags and "skin:oily" not in member.tags
    assert "concern:acne" in member.tags


@pytest.mark.parametrize(("first", "then"), [
    ("are your products cruelty free", "combination"),  # no answer asked for it
    (ASKED, "oily skin, do you ship to australia"),  # says something else too: read as before
    (ASKED, "dry, is the ceramide cream ok for me?"),  # a product's question
    (ASKED, "ok thanks"),
])
def test_without_the_question_or_with_more_than_the_skin_type_the_message_is_read_as_before(
        first: str, then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_no_routine", first)
    reply = simulator.oa_message("o_no_routine", then)
    assert "Reply with a number to see a product" not in reply.text, reply.text


# "hi, i just bought the vitamin c serum" got the shelf-life answer (it names the serum's 6 months), then "how do i
# use it" "I don't know" and "how much?" the best sellers: the product a question the FAQ answers names is the product
# shown last, as the shop's card would make it (handlers/qa.py `one_product_named`).

@pytest.mark.parametrize(("first", "then", "expected"), [
    ("hi, i just bought the vitamin c serum", "how do i use it", "3–4 drops"),
    ("hi, i just bought the vitamin c serum", "how much?", "Vitamin C Brightening Serum | CAD 39.00"),
    ("维C精华孕妇能用吗", "怎么用", "取 3–4 滴"),
])
def test_the_product_a_question_named_is_the_one_asked_about_next(first: str, then: str, expected: str,
                                                                    simulator: Simulator) -> None:
    simulator.oa_message("o_named", first)
    reply = simulator.oa_message("o_named", then)
    assert expected in reply.text, reply.text


def test_a_product_asked_about_in_the_same_words_next_is_still_the_answer_s(simulator: Simulator) -> None:
    simulator.oa_message("o_named_per_product", "维C精华孕妇能用吗")
    reply = simulator.oa_message("o_named_per_product", "那个A醛精华呢")  # the pregnancy answer holds per product
    assert "除视黄醛晚间精华外" in reply.text, reply.text


# After a list (the jobs in a city, the products), "tell me about 1" got "I don't know" and "I'll take the third one"
# the privacy answer (its "third"): a number said the ways followers ask about it picks it (handlers/common.py
# `number_typed`).

@pytest.mark.parametrize(("first", "then", "expected"), [
    ("any jobs in sydney?", "tell me about 1", "Community Manager · Lumi Skin Australia"),
    ("any jobs in sydney?", "more info on the second one", "E-commerce Analyst ·"),
    ("products", "I'll take the third one", "5% Niacinamide Serum | CAD 36.00"),
    ("产品", "介绍一下第二个", "玻尿酸保湿水｜CAD 24.00"),
    ("产品", "第三个详细说说", "5%烟酰胺精华｜CAD 36.00"),
])
def test_a_number_asked_about_after_a_list_picks_it(first: str, then: str, expected: str,
                                                    simulator: Simulator) -> None:
    simulator.oa_message("o_pick", first)
    reply = simulator.oa_message("o_pick", then)
    assert expected in reply.text, reply.text


# The details with more words: after the address answer ('reply 人工 with the order number and the new address'),
# "订单号LM12345678，新地址是多伦多Yonge街100号" got "I don't know". A message carrying a reference just after an answer
# offering a person opens the handoff where the FAQ would answer nothing or that answer again (handlers/qa.py,
# handlers/handoff.py `offer_detailed`); another entry's answer still comes first.

@pytest.mark.parametrize(("first", "then"), [
    ("我要改地址", "订单号LM12345678，新地址是多伦多Yonge街100号"),
    ("where is my order", "my order LM12345678 from last week still not here"),
])
def test_the_details_with_more_words_open_the_handoff(first: str, then: str, simulator: Simulator,
                                                     clock: ManualClock, delivery_queue: RecordingDeliveryQueue,
                                                     services: Services) -> None:
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_details", first)
    reply = simulator.oa_message("o_details", then)
    promised = ("reply here shortly", "同事会在这里回复你")
    assert any(said in reply.text for said in promised), reply.text
    [told] = handoffs_told(delivery_queue)
    assert then in told.message.text  # type: ignore[union-attr]
    [opened] = HandoffStore(services.redis, clock).list_open("default")
    assert opened.reason == f"offer:{'order-change-address' if first == '我要改地址' else 'order-tracking'}"


def test_another_entry_s_answer_comes_first(simulator: Simulator, clock: ManualClock,
                                            delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(IN_OFFICE_HOURS)
    simulator.oa_message("o_details_other", "where is my order")
    reply = simulator.oa_message("o_details_other", "LM12345678 arrived broken, the bottle leaked")
    assert "resend" in reply.text and not handoffs_told(delivery_queue), reply.text
