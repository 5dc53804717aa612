"""The lead's probing as a follower (stop 40), through the webhook. Each ask failed before its fix; guards beside.

"Do you ship to Australia?" and then "how much is it?": the shop read the bare price question as the catalogue's
best sellers, and "is it free?" got a did-you-mean of membership and fragrance. Just after an answer about shipping,
a message that asks only its cost or only its time is that entry's question (config/faq.yaml `follow_ups`,
handlers/follow_up.py)."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.sandbox.simulator import Simulator

COST = "free over AUD 69"
COST_ZH = "满 AUD 69 包邮"
TIMES = "United States: 5–8 business days"
TIMES_ZH = "美国：5–8 个工作日"
BEST_SELLERS = "Our best sellers"


@pytest.mark.parametrize(("first", "then"), [
    ("do you ship to australia", "how much is it?"),
    ("do you ship to australia", "how much?"),
    ("do you ship to australia", "and how much would it cost"),
    ("how long does shipping to the US take", "is it free?"),
    ("how long does shipping to the US take", "ok what's the cost"),
    ("do you ship to china", "how much to ship there"),
    ("how long does shipping to the US take", "any fees?"),
])
def test_the_cost_asked_alone_after_shipping_is_the_shipping_cost(first: str, then: str,
                                                                   simulator: Simulator) -> None:
    simulator.oa_message("o_cost", first)
    reply = simulator.oa_message("o_cost", then)
    assert COST in reply.text, reply.text


@pytest.mark.parametrize(("first", "then"), [
    ("你们寄澳洲吗", "多少钱"),
    ("寄美国要几天", "贵吗"),
    ("寄美国要几天", "那要钱吗"),
    ("你們寄唔寄澳洲㗎", "幾多錢呀"),
    ("能寄到国内吗", "邮费多少"),
])
def test_in_chinese_too(first: str, then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_cost_zh", first)
    reply = simulator.oa_message("o_cost_zh", then)
    assert COST_ZH in reply.text or "滿 AUD 69 包郵" in reply.text, reply.text


@pytest.mark.parametrize(("first", "then"), [
    ("how much is shipping to canada", "how long?"),
    ("do you ship to the us", "how long does it take"),
    ("do you ship to the us", "and how many days"),
])
def test_the_time_asked_alone_after_shipping_is_the_shipping_time(first: str, then: str,
                                                                   simulator: Simulator) -> None:
    simulator.oa_message("o_time", first)
    reply = simulator.oa_message("o_time", then)
    assert TIMES in reply.text, reply.text


def test_in_chinese_the_time_too(simulator: Simulator) -> None:
    simulator.oa_message("o_time_zh", "寄美国运费多少")
    assert TIMES_ZH in simulator.oa_message("o_time_zh", "那要多久").text


def test_without_shipping_before_it_how_much_is_the_catalogue(simulator: Simulator) -> None:
    assert BEST_SELLERS in simulator.oa_message("o_cost_alone", "how much?").text
    simulator.oa_message("o_cost_other", "are your products cruelty free")  # an answer with no cost of its own
    assert BEST_SELLERS in simulator.oa_message("o_cost_other", "how much?").text


def test_a_product_s_price_after_shipping_is_the_product_s(simulator: Simulator) -> None:
    simulator.oa_message("o_cost_product", "do you ship to australia")
    reply = simulator.oa_message("o_cost_product", "how much is the ceramide cream")
    assert "42" in reply.text and COST not in reply.text, reply.text


def test_half_an_hour_later_how_much_is_the_catalogue_again(simulator: Simulator, clock: ManualClock) -> None:
    simulator.oa_message("o_cost_late", "do you ship to australia")
    clock.advance(31 * 60)
    assert BEST_SELLERS in simulator.oa_message("o_cost_late", "how much?").text


# A short, vague question just after an answer, which the FAQ could only read as a did-you-mean among that answer and
# others, continues the answer's topic: after the return policy, "what if it's opened" got a menu of customer-service
# hours, the return policy and the shelf life; after the membership, "怎么加入" one of the groups, the membership and
# promo codes. "how long do I have" after the return policy got the shipping times.

RETURNS = "Unopened products can be returned within 30 days"
MEMBERSHIP_ZH = "在小程序注册即成为会员"
MENU = "Did you mean"
MENU_ZH = "你是想问下面哪个问题"


def test_a_vague_question_after_the_return_policy_continues_it(simulator: Simulator) -> None:
    simulator.oa_message("o_vague", "can i return something")
    reply = simulator.oa_message("o_vague", "what if it's opened")
    assert RETURNS in reply.text, reply.text


def test_a_vague_question_after_the_membership_continues_it(simulator: Simulator) -> None:
    simulator.oa_message("o_vague_zh", "你们有会员吗")
    reply = simulator.oa_message("o_vague_zh", "怎么加入")
    assert MEMBERSHIP_ZH in reply.text, reply.text


def test_how_long_do_i_have_after_the_return_policy_is_the_return_window(simulator: Simulator) -> None:
    simulator.oa_message("o_window", "can i return something")
    reply = simulator.oa_message("o_window", "how long do i have")
    assert RETURNS in reply.text, reply.text


def test_without_an_answer_before_it_a_vague_question_gets_the_menu(simulator: Simulator, clock: ManualClock) -> None:
    assert MENU_ZH in simulator.oa_message("o_vague_alone", "怎么加入").text
    simulator.oa_message("o_vague_late", "你们有会员吗")
    clock.advance(31 * 60)
    assert MENU_ZH in simulator.oa_message("o_vague_late", "怎么加入").text


# Just after the stores' answer (each store with its daily hours), "are you open on sunday" got the team's hours, "not
# at weekends", and "where is it" or "在哪" got "I don't know".

STORES = "Pacific Mall, Markham, level 2 (daily 11:00–20:00)"
STORES_ZH = "万锦 Pacific Mall 二楼（每天 11:00–20:00）"
TEAM_HOURS = "Our team answers Monday to Friday"


@pytest.mark.parametrize("then", ["are you open on sunday", "what time do you close", "where is it",
                                  "where exactly?", "opening hours?"])
def test_the_hours_or_the_place_asked_alone_after_the_stores_is_the_stores(then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_store", "do you have a store in toronto")
    reply = simulator.oa_message("o_store", then)
    assert STORES in reply.text, reply.text


@pytest.mark.parametrize("then", ["几点关门", "在哪", "具体地址呢", "周末开吗", "喺邊度呀"])
def test_in_chinese_after_the_stores_too(then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_store_zh", "你们有实体店吗")
    reply = simulator.oa_message("o_store_zh", then)
    assert STORES_ZH in reply.text or "萬錦 Pacific Mall 二樓" in reply.text, reply.text


def test_without_the_stores_before_it_what_time_do_you_close_is_the_team_s_hours(simulator: Simulator) -> None:
    assert TEAM_HOURS in simulator.oa_message("o_store_alone", "what time do you close").text


# "how do I join?" just after the membership got the community groups' join links; "怎么操作" just after the return
# policy got "I don't know". Asked alone, how to do what the last answer spoke of is that answer again.

MEMBERSHIP = "Sign up in the Mini Program and you're a member"
RETURNS_ZH = "未拆封产品 30 天内可无理由退货"


@pytest.mark.parametrize("then", ["how do i join", "how does it work", "how do i sign up?"])
def test_how_alone_after_the_membership_is_the_membership(then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_how", "do you have a membership")
    reply = simulator.oa_message("o_how", then)
    assert MEMBERSHIP in reply.text, reply.text


@pytest.mark.parametrize("then", ["怎么操作", "具体流程呢", "那要怎么弄"])
def test_how_alone_after_the_return_policy_is_the_return_policy(then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_how_zh", "我想退货")
    reply = simulator.oa_message("o_how_zh", then)
    assert RETURNS_ZH in reply.text, reply.text


def test_without_an_answer_before_it_how_do_i_join_is_the_groups(simulator: Simulator) -> None:
    assert "Join our community groups" in simulator.oa_message("o_how_alone", "how do i join").text
