"""The lead's probing as a member in conversation (stop 44), through the webhook. Each ask failed before its fix;
guards beside.

A member who picked a posting and then asked a job question the FAQ answers ("can I apply with a student visa",
"要会英语吗") lost the posting: "how do I apply for it" / "怎么申请" next got the FAQ's general how-to-apply answer and
"what's the pay" every opening's pay. A careers answer now leaves the posting picked (handlers/qa.py); any other
answer still clears it.

"有温哥华的群吗" / "do you have one for sydney?" just after the list of groups got the FAQ's answer about every group or
the stores: a city's group asked of the list just shown is that group's line; and the list stays pending after a group
is picked, so "what about toronto" next is Toronto's group (it got Toronto's jobs; handlers/community.py).

After products were shown: "can I use it every day" got a did-you-mean (how often: its usage); after a routine's
products, "how much is all of it" / "一共多少钱" got "I don't know" (their prices added up, handlers/shop.py
TOTAL_ASKS) and "which one first" / "先用哪个" the skin quiz (the FAQ's question about the order of products,
handlers/qa.py ORDER_ASKS). "退到哪里" / "where does it go" just after the refund's time got the return policy or the
shelf life: the refund's answer says where the money goes (config/faq.yaml refund-time `follow_ups: where`). "I only
used it twice" / "已经拆开用了一次" just after the return policy got "I don't know": the product's state told after the
returns or the exchange is their matter (new aspect `opened`)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

APPLY_LINK = "careers/van-customer-service"


@pytest.mark.parametrize(("between", "then"), [
    ("can I apply with a student visa", "ok how do I apply for it"),
    ("do I need a work permit?", "how do I apply"),
    ("can I apply with a student visa", "apply"),
])
def test_a_careers_answer_leaves_the_picked_posting_to_apply_to(between: str, then: str,
                                                                simulator: Simulator) -> None:
    simulator.oa_message("o_keep_posting", "any jobs in vancouver?")
    simulator.oa_message("o_keep_posting", "2")
    assert "right to work" in simulator.oa_message("o_keep_posting", between).text
    reply = simulator.oa_message("o_keep_posting", then)
    assert APPLY_LINK in reply.text and "Bilingual Customer Service" in reply.text, reply.text


def test_in_chinese_too(simulator: Simulator) -> None:
    simulator.oa_message("o_keep_posting_zh", "温哥华有什么工作")
    simulator.oa_message("o_keep_posting_zh", "2")
    simulator.oa_message("o_keep_posting_zh", "没有工签可以申请吗")
    reply = simulator.oa_message("o_keep_posting_zh", "怎么申请")
    assert APPLY_LINK in reply.text and "双语客服" in reply.text, reply.text


def test_the_pay_after_a_careers_answer_is_the_picked_postings(simulator: Simulator) -> None:
    simulator.oa_message("o_keep_pay", "jobs in sydney")
    simulator.oa_message("o_keep_pay", "1")
    simulator.oa_message("o_keep_pay", "should my resume be in english?")
    reply = simulator.oa_message("o_keep_pay", "what's the pay")
    assert "AUD 85,000" in reply.text and "CAD" not in reply.text, reply.text


def test_another_answer_still_clears_the_posting(simulator: Simulator) -> None:
    simulator.oa_message("o_clear_posting", "any jobs in vancouver?")
    simulator.oa_message("o_clear_posting", "2")
    simulator.oa_message("o_clear_posting", "how long does shipping to toronto take")
    reply = simulator.oa_message("o_clear_posting", "how do I apply")
    assert APPLY_LINK not in reply.text, reply.text


def test_a_language_asked_of_a_posting_stays_the_faqs_and_the_posting_stays_picked(simulator: Simulator) -> None:
    """The FAQ's job-language answer holds for every posting (tests/scenarios/test_outside_lead23.py); the posting
    it was asked of is still the one "怎么申请" applies to."""
    simulator.oa_message("o_posting_language", "悉尼有什么工作")
    simulator.oa_message("o_posting_language", "1")
    assert simulator.oa_message("o_posting_language", "要会英语吗").text.startswith("门店和客服岗位需要中英双语")
    reply = simulator.oa_message("o_posting_language", "怎么申请")
    assert "careers/syd-community-manager" in reply.text, reply.text


@pytest.mark.parametrize(("asked", "says"), [
    ("有温哥华的群吗", "groups/van-skincare"),
    ("is there a toronto group?", "groups/tor-skincare"),
    ("do you have one for sydney?", "groups/syd-careers"),
])
def test_a_citys_group_asked_of_the_groups_just_listed_is_that_groups_line(asked: str, says: str,
                                                                           simulator: Simulator) -> None:
    """"有温哥华的群吗" just after the list of groups got the FAQ's answer about all the groups (reply 进群 for their
    links), one more turn for the link just listed."""
    simulator.oa_message("o_city_group", "我想进群" if not asked.isascii() else "I want to join a group")
    reply = simulator.oa_message("o_city_group", asked)
    assert says in reply.text and reply.text.count("groups/") == 1, reply.text


def test_a_citys_group_asked_with_no_list_shown_stays_the_faqs(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_city_group_alone", "有温哥华的群吗")
    assert "groups/" not in reply.text, reply.text


def test_another_city_after_a_group_picked_is_that_citys_group(simulator: Simulator) -> None:
    """"what about toronto" after Sydney's group was picked from the list got Toronto's job openings: the picked
    group left no list pending."""
    simulator.oa_message("o_group_then", "进群")
    assert "syd-careers" in simulator.oa_message("o_group_then", "那悉尼呢").text
    reply = simulator.oa_message("o_group_then", "what about toronto")
    assert "groups/tor-skincare" in reply.text and "careers/" not in reply.text, reply.text


@pytest.mark.parametrize(("product", "asked", "says"), [
    ("vitamin c serum", "can I use it every day", "In the morning after cleansing"),
    ("retinal serum", "can I use this daily?", "Retinal"),
    ("维C精华", "可以每天用吗", "早上"),
    ("A醛精华", "能天天用吗", "前两周每周"),
])
def test_how_often_asked_of_the_product_just_shown_is_its_usage(product: str, asked: str, says: str,
                                                               simulator: Simulator) -> None:
    """"can I use it every day" just after a product got a did-you-mean led by promo codes."""
    simulator.oa_message("o_every_day", product)
    reply = simulator.oa_message("o_every_day", asked)
    assert says in reply.text and "Did you mean" not in reply.text and "你是不是想问" not in reply.text, reply.text


def test_every_day_with_no_product_shown_is_not_a_usage(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_every_day_alone", "can I use it every day")
    assert "In the morning after cleansing" not in reply.text, reply.text


@pytest.mark.parametrize(("asked", "says"), [
    ("how much is all of it", "All 4 together: CAD 118.00"),
    ("what's the total", "All 4 together: CAD 118.00"),
    ("一共多少钱", "这 4 样一起：CAD 118.00"),
    ("全部买要多少钱", "这 4 样一起：CAD 118.00"),
])
def test_the_total_of_a_routines_products_is_their_prices_added(asked: str, says: str,
                                                                simulator: Simulator) -> None:
    """"how much is all of it" just after a routine's four products got "I don't know"."""
    simulator.oa_message("o_total", "what do you recommend")
    assert "Niacinamide" in simulator.oa_message("o_total", "oily and acne").text
    reply = simulator.oa_message("o_total", asked)
    assert says in reply.text, reply.text


def test_a_total_asked_of_one_product_or_of_nothing_is_no_sum(simulator: Simulator) -> None:
    simulator.oa_message("o_total_one", "vitamin c serum")
    assert "together" not in simulator.oa_message("o_total_one", "how much is all of it").text
    assert "together" not in simulator.oa_message("o_total_none", "how much is all of it").text


@pytest.mark.parametrize(("asked", "says"), [
    ("which one first", "thinnest to thickest"),
    ("what order?", "thinnest to thickest"),
    ("先用哪个", "从稀到稠"),
    ("顺序呢", "从稀到稠"),
])
def test_the_order_of_a_routines_products_is_the_faqs_order_answer(asked: str, says: str,
                                                                  simulator: Simulator) -> None:
    """"which one first" just after a routine's products got the skin quiz (the FAQ read "which one"); the products
    stay listed, so their total may follow."""
    simulator.oa_message("o_order", "what do you recommend")
    simulator.oa_message("o_order", "oily and acne")
    reply = simulator.oa_message("o_order", asked)
    assert says in reply.text, reply.text
    assert "118.00" in simulator.oa_message("o_order", "how much for all of them").text


@pytest.mark.parametrize(("first", "then", "says"), [
    ("多久能退款", "退到哪里", "原路返回"),
    ("多久能退款", "钱会退到哪", "原路返回"),
    ("how long does a refund take", "where does it go", "original payment method"),
    ("how long does a refund take", "to which card?", "original payment method"),
])
def test_where_the_money_goes_after_the_refunds_time_is_that_answer(first: str, then: str, says: str,
                                                                    simulator: Simulator) -> None:
    """"退到哪里" just after the refund's time got the return policy, "where does it go" the shelf life; the refund's
    answer says where it goes (follow_ups `where`)."""
    simulator.oa_message("o_refund_where", first)
    reply = simulator.oa_message("o_refund_where", then)
    assert says in reply.text, reply.text


def test_where_after_the_stores_is_still_the_stores(simulator: Simulator) -> None:
    simulator.oa_message("o_stores_where", "do you have a store in toronto")
    assert "Pacific Mall" in simulator.oa_message("o_stores_where", "where is it exactly").text


@pytest.mark.parametrize(("first", "then", "says"), [
    ("what's your return policy", "I only used it twice", "Unopened products can be returned"),
    ("what's your return policy", "but I already opened it", "Unopened products can be returned"),
    ("what's your return policy", "I've used it a few times", "Unopened products can be returned"),
    ("退货政策是什么", "已经拆开用了一次", "未拆封产品 30 天内"),
    ("退货政策是什么", "用过两次了", "未拆封产品 30 天内"),
    ("can I exchange it for another product", "I already opened it", "Unopened items can be exchanged"),
])
def test_the_products_state_told_after_the_returns_is_their_matter(first: str, then: str, says: str,
                                                                   simulator: Simulator) -> None:
    """"I only used it twice" / "已经拆开用了一次" just after the return policy (which speaks of opened products) got "I
    don't know" (follow_ups `opened`)."""
    simulator.oa_message("o_opened", first)
    reply = simulator.oa_message("o_opened", then)
    assert reply.text.startswith(says), reply.text


def test_the_products_state_told_after_another_answer_is_read_alone(simulator: Simulator) -> None:
    simulator.oa_message("o_opened_other", "how long does shipping take")
    reply = simulator.oa_message("o_opened_other", "I only used it twice")
    assert "Unopened products can be returned" not in reply.text and "Usual times" not in reply.text, reply.text
