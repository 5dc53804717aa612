"""The lead's probing as a member in conversation (stop 46), through the webhook. Each ask failed before its fix;
guards beside.

Whether something runs out, asked of what was just answered: "and do they expire?" just after the points, "does it
expire" just after a promo code, got the products' shelf life: the answer that speaks of it (new follow-up aspect
`expire`, handlers/follow_up.py; only after an answer that speaks of expiry).

Vitamin C and a retinoid asked together: "can I use vitamin c and retinal together" got how to start retinal,
"vc和视黄醛可以一起用吗" "I don't know", and "能和A醛一起用吗" / "can I use it with the retinal serum" just after
the vitamin C serum was shown the same: the routine's order, which says which goes morning and which night
(config/faq.yaml routine-order; the shown product read with the question, handlers/qa.py `_with_shown_product`).

Buying said of nothing shown ("how do I buy it", "I want to buy it", "我要买这个") got the skin
quiz or "I don't know": how to order, with the products to pick from (handlers/shop.py HOW_TO_BUY_ASKS)."""

from __future__ import annotations

import pytest

from bot.outbound import Menu
from bot.sandbox.simulator import Simulator
from bot.text import simplified

POINTS_EN, POINTS_ZH = "100 points take 1 dollar off", "100 积分可抵 1 元"
PROMO_EN, PROMO_ZH = "Enter it in the", "在结算页「优惠码」"
SHELF_EN, SHELF_ZH = "Unopened products keep for 3 years", "未开封保质期 3 年"
ORDER_EN, ORDER_ZH = "Go from thinnest to thickest", '按"从稀到稠"的顺序'


@pytest.mark.parametrize("asked", ["and do they expire?", "do they expire", "when do they expire?", "does it expire?",
                                   "do they run out?", "is there an expiry date?", "how long do they last?"])
def test_whether_points_run_out_just_after_the_points_is_the_points(asked: str, simulator: Simulator) -> None:
    simulator.oa_message("o_expire_points", "how many points do I get per dollar")
    reply = simulator.oa_message("o_expire_points", asked)
    assert reply.text.startswith(POINTS_EN), reply.text


@pytest.mark.parametrize("asked", ["会过期吗", "那会过期吗？", "有效期多久", "多久过期", "会不会过期", "会唔会过期㗎"])
def test_whether_points_run_out_in_chinese_just_after_the_points_is_the_points(asked: str,
                                                                              simulator: Simulator) -> None:
    simulator.oa_message("o_expire_points_zh", "积分怎么用")
    reply = simulator.oa_message("o_expire_points_zh", asked)
    assert reply.text.startswith(POINTS_ZH), reply.text


@pytest.mark.parametrize(("first", "asked", "start"), [
    ("how do I use a promo code", "does it expire?", PROMO_EN),
    ("优惠码怎么用", "会过期吗", PROMO_ZH),
    ("how long does a product keep", "do they expire once opened?", SHELF_EN),
])
def test_expiry_asked_after_an_answer_that_speaks_of_it_is_that_answer(first: str, asked: str, start: str,
                                                                       simulator: Simulator) -> None:
    simulator.oa_message("o_expire_after", first)
    reply = simulator.oa_message("o_expire_after", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("asked", "start"), [("do they expire?", SHELF_EN),
                                              ("how long does it keep once opened", SHELF_EN)])
def test_expiry_asked_with_nothing_answered_before_is_the_shelf_life(asked: str, start: str,
                                                                    simulator: Simulator) -> None:
    reply = simulator.oa_message("o_expire_alone", asked)
    assert reply.text.startswith(start), reply.text


def test_expiry_asked_after_an_answer_that_does_not_speak_of_it_is_read_alone(simulator: Simulator) -> None:
    """The shipping times say nothing of expiry: "do they expire?" next is read alone (the shelf life)."""
    simulator.oa_message("o_expire_other", "how long does shipping take to canada")
    reply = simulator.oa_message("o_expire_other", "do they expire?")
    assert reply.text.startswith(SHELF_EN), reply.text


@pytest.mark.parametrize(("asked", "start"), [
    ("can I use vitamin c and retinal together", ORDER_EN),
    ("Can I use the vitamin C serum with the retinal serum?", ORDER_EN),
    ("vc和视黄醛可以一起用吗", ORDER_ZH),
    ("维C精华能和A醛一起用吗", ORDER_ZH),
    ("維C同A醛可唔可以一齊用", '按"從稀到稠"的順序'),
])
def test_two_actives_asked_together_get_the_routines_order(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_actives", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("asked", "start"), [
    ("Can I use niacinamide with vitamin C?", "Yes, modern stable formulas"),
    ("烟酰胺和维C能一起用吗", "可以一起用"),
    ("can I use the retinal serum while pregnant?", "Everything except the Retinal Night Serum"),
    ("can i use niacinamide with retinol", "Yes, modern stable formulas"),
    ("睡前涂A醛 早上涂VC 会打架吗", "可以一起用"),
])
def test_niacinamide_with_vitamin_c_and_pregnancy_keep_their_entries(asked: str, start: str,
                                                                     simulator: Simulator) -> None:
    reply = simulator.oa_message("o_actives_guard", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("shown", "asked", "start"), [
    ("维C精华", "能和A醛一起用吗", ORDER_ZH),
    ("vitamin c serum", "can I use it with the retinal serum", ORDER_EN),
    ("vitamin c serum", "can I use it with retinol?", ORDER_EN),
    ("A醛精华", "可以和维C一起用吗", ORDER_ZH),
])
def test_an_active_asked_with_the_product_just_shown_gets_the_routines_order(shown: str, asked: str, start: str,
                                                                            simulator: Simulator) -> None:
    simulator.oa_message("o_actives_shown", shown)
    reply = simulator.oa_message("o_actives_shown", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("said", "header"), [
    ("how do I buy it", "To order: reply with a number"),
    ("I want to buy it", "To order: reply with a number"),
    ("ok I'll buy it", "To order: reply with a number"),
    ("我要买这个", "这样下单"),
    ("想买 怎么下单", "这样下单"),
])
def test_buying_said_of_nothing_shown_gets_how_to_order(said: str, header: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_buy_nothing_shown", said)
    assert reply.text.startswith(header) and "\n1. " in reply.text, reply.text


@pytest.mark.parametrize("said", ["how do I buy it", "I want to buy it", "我要买这个", "where can I buy it?"])
def test_buying_said_just_after_a_product_is_that_products_card(said: str, simulator: Simulator) -> None:
    simulator.oa_message("o_buy_shown", "sunscreen")
    reply = simulator.oa_message("o_buy_shown", said)
    assert reply.text.startswith(("Mineral Sunscreen SPF 50 | CAD 32.00", "物理防晒乳 SPF50｜CAD 32.00")), reply.text


@pytest.mark.parametrize(("city", "asked", "header"), [
    ("悉尼有什么工作", "一周要上几天班", "你问的是哪个职位？"),
    ("悉尼有什么工作", "每周工作几个小时", "你问的是哪个职位？"),
    ("悉尼有什么工作", "上班地点在哪", "你问的是哪个职位？"),
    ("jobs in sydney", "how many days a week", "Which opening do you mean?"),
    ("jobs in sydney", "how many hours a week is it?", "Which opening do you mean?"),
    ("jobs in sydney", "what are the hours like", "Which opening do you mean?"),
])
def test_a_postings_kind_asked_after_a_list_asks_which_posting(city: str, asked: str, header: str,
                                                               simulator: Simulator) -> None:
    """"一周要上几天班" / "how many days a week" just after a city's openings got the shipping times ("几天", "days"):
    the list does not say, each posting does, so which one (numbered as shown: a number next picks it)."""
    simulator.oa_message("o_job_kind_listed", city)
    reply = simulator.oa_message("o_job_kind_listed", asked)
    assert reply.text.startswith(header) and "\n1. " in reply.text and "\n2. " in reply.text, reply.text
    picked = simulator.oa_message("o_job_kind_listed", "2")
    assert picked.text.startswith(("电商数据分析师", "E-commerce Analyst")), picked.text


@pytest.mark.parametrize(("asked", "start"), [("一周要上几天班", "这个职位的说明是这样写的："),
                                              ("how many days a week?", "Here is what the posting says:")])
def test_a_schedule_asked_after_a_posting_is_picked_is_what_it_says(asked: str, start: str,
                                                                    simulator: Simulator) -> None:
    simulator.oa_message("o_job_schedule_picked", "jobs in vancouver")
    simulator.oa_message("o_job_schedule_picked", "1")
    reply = simulator.oa_message("o_job_schedule_picked", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("asked", ["工资怎么算", "工资怎么计算的", "薪水怎么发"])
def test_how_pay_is_counted_after_a_list_is_what_they_pay(asked: str, simulator: Simulator) -> None:
    """"工资怎么算" just after a city's openings got "I don't know" ("工资多少" got each one's pay)."""
    simulator.oa_message("o_job_pay_how", "悉尼有什么工作")
    reply = simulator.oa_message("o_job_pay_how", asked)
    assert reply.text.startswith("薪资：") and "AUD 85,000" in reply.text, reply.text


@pytest.mark.parametrize(("asked", "start"), [("一周要上几天班", "你问的是哪个职位？"),
                                              ("how many days a week do I work", "Which opening do you mean?")])
def test_a_schedule_asked_with_no_postings_shown_asks_which_posting(asked: str, start: str,
                                                                           simulator: Simulator) -> None:
    reply = simulator.oa_message("o_job_schedule_alone", asked)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("first", "asked", "start"), [
    ("how do I become a member", "what do I get", "Sign up in the Mini Program"),
    ("how do I become a member", "what are the perks?", "Sign up in the Mini Program"),
    ("how do I invite a friend", "what does she get", "Get your personal code"),
    ("how do I invite a friend", "what's in it for me", "Get your personal code"),
    ("邀请朋友怎么弄", "我能拿到什么", "小程序「我的 → 邀请好友」"),
    ("怎么成为会员", "有什么福利", "在小程序注册即成为会员"),
])
def test_what_one_gets_just_after_an_answer_that_says_is_that_answer(first: str, asked: str, start: str,
                                                                     simulator: Simulator) -> None:
    """"what do I get" just after the membership got the skin quiz, "what does she get" after the referral and
    "我能拿到什么" "I don't know": the answer that says (new follow-up aspect `get`)."""
    simulator.oa_message("o_get", first)
    reply = simulator.oa_message("o_get", asked)
    assert reply.text.startswith(start), reply.text


def test_what_one_gets_asked_with_nothing_before_is_read_alone(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_get_alone", "what do I get")
    assert reply.text.startswith("Take the 1-minute skin quiz"), reply.text


@pytest.mark.parametrize(("said", "header"), [
    ("my budget is like 50 dollars", "Up to 50,"),
    ("budget is 50 dollars", "Up to 50,"),
    ("my budget is around $40, what can I get?", "Up to 40,"),
    ("i only have $30", "Up to 30,"),
    ("something cheaper than 40", "Up to 40,"),
    ("我预算100左右", "100 以内的产品"),
    ("預算大概40蚊", "40 以内的产品"),
    ("预算只有30块 有什么推荐", "30 以内的产品"),
])
def test_a_budget_said_gets_what_it_buys(said: str, header: str, simulator: Simulator) -> None:
    """"my budget is like 50 dollars", "我预算100左右" got "I don't know", "budget is 50 dollars" the currencies,
    "something cheaper than 40" the authenticity answer: what costs at most that (handlers/shop.py UNDER_ASKS)."""
    reply = simulator.oa_message("o_budget", said)
    assert simplified(reply.text).startswith(header), reply.text  # in the writer's script


@pytest.mark.parametrize("said", ["hello, can you recommend something for dry skin",
                                  "hi! what would you recommend for oily skin?",
                                  "hey can you suggest something for combination skin"])
def test_a_skin_type_told_with_a_greeting_still_gets_its_products(said: str, simulator: Simulator,
                                                                  delivery_queue) -> None:
    """A greeting or "something" beside the skin type left it unread: the answer asked for the skin type just said."""
    simulator.oa_message("o_skin_hello", said)
    sent = [d.message for d in delivery_queue.deliveries if d.user_id == "o_skin_hello"]
    assert any(isinstance(m, Menu) for m in sent), sent


@pytest.mark.parametrize(("said", "start"), [
    ("thanks anyway", "You're welcome"), ("thank you anyway", "You're welcome"), ("ok thanks anyway", "You're welcome"),
    ("cheers anyway", "You're welcome"), ("thanks for trying", "You're welcome"),
    ("oh well, thanks anyway!", "You're welcome"), ("好吧 还是谢谢", "不客气"), ("算了 还是谢谢你", "不客气"),
])
def test_thanks_anyway_gets_youre_welcome(said: str, start: str, simulator: Simulator) -> None:
    """"thanks anyway" got "I don't know the answer to that yet, I've noted the question", "thanks for trying" the
    stores (where one can try products)."""
    reply = simulator.oa_message("o_thanks_anyway", said)
    assert reply.text.startswith(start), reply.text


def test_thanks_anyway_before_a_question_answers_the_question(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_thanks_anyway_q", "thanks anyway, how much is shipping?")
    assert reply.text.startswith("· Canada: free over CAD 59"), reply.text


def test_a_question_naming_nothing_to_use_with_is_not_read_with_the_product_shown(simulator: Simulator) -> None:
    simulator.oa_message("o_actives_shown_guard", "vitamin c serum")
    reply = simulator.oa_message("o_actives_shown_guard", "do you ship with canada post?")
    assert not reply.text.startswith(("10% Vitamin C", ORDER_EN)), reply.text
