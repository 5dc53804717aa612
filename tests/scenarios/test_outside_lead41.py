"""The lead's probing as a member in conversation (stop 47), through the webhook. Each ask failed before its fix;
guards beside.

Where to buy, said of nothing but "your stuff": "where can I buy" and "where can I buy your stuff" got the skin quiz,
"where do you sell" the privacy answer (we never sell your data), "where can i buy your products" a did-you-mean
menu: the stores, whose answer now also says where to buy online (config/faq.yaml store-locations).

A pick with no list open ("第二个" just after the part-time answer, which lists no postings; "the second one", "2")
got the hello, as if nothing had been said: there is no list to pick from (handlers/qa.py NO_MENU, brand template
`no_menu`)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

STORES_EN, STORES_ZH = "We have three pop-up stores", "三家快闪店"
ONLINE_EN, ONLINE_ZH = "Online, everything is in our Mini Program", "网上也买得到"
NO_MENU_EN, NO_MENU_ZH = "There's no list to pick from right now", "现在没有可以选的列表"


@pytest.mark.parametrize("asked", ["where can I buy", "where can I buy your stuff", "where do you sell",
                                   "where can i buy your products", "where is lumi sold", "where to buy",
                                   "hey where can we buy your skincare in canada?", "wheres lumi sold"])
def test_where_to_buy_what_we_sell_is_the_stores_and_online(asked: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_where_buy", asked).text
    assert reply.startswith(STORES_EN) and ONLINE_EN in reply, reply


def test_where_to_buy_in_chinese_says_online_too(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_where_buy_zh", "哪里可以买").text
    assert reply.startswith(STORES_ZH) and ONLINE_ZH in reply, reply


@pytest.mark.parametrize(("asked", "start"), [
    ("what should I buy", "Take the 1-minute skin quiz"),
    ("where do you ship", "We ship from our Vancouver and Sydney warehouses"),
    ("where can I get my receipt", "Every order has an electronic receipt"),
    ("where can I buy the ceramide cream", "Ceramide Barrier Cream | CAD 42.00"),
    ("do you sell my data", "We use your information only"),
])
def test_other_where_and_buy_questions_keep_their_answers(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_where_guard", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("asked", "start"), [("第二个", NO_MENU_ZH), ("the second one", NO_MENU_EN),
                                              ("number 3", NO_MENU_EN), ("选2", NO_MENU_ZH)])
def test_a_pick_with_no_list_open_says_there_is_none(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_no_menu", asked).text
    assert reply.startswith(start), reply


def test_a_pick_just_after_an_answer_that_lists_nothing_says_there_is_none(simulator: Simulator) -> None:
    simulator.oa_message("o_no_menu_after", "我在多伦多 想找兼职")
    reply = simulator.oa_message("o_no_menu_after", "第二个").text
    assert reply.startswith(NO_MENU_ZH), reply


def test_a_pick_from_an_open_list_still_picks(simulator: Simulator) -> None:
    simulator.oa_message("o_menu_open", "tutorial")
    reply = simulator.oa_message("o_menu_open", "the second one").text
    assert "Lesson 1/4" in reply, reply


@pytest.mark.parametrize(("said", "start"), [("hi", "Hi 👋"), ("你好", "你好 👋")])
def test_a_hello_is_still_the_hello(said: str, start: str, simulator: Simulator) -> None:
    assert simulator.oa_message("o_no_menu_hello", said).text.startswith(start)


@pytest.mark.parametrize(("first", "asked", "start"), [
    ("有冇優惠", "點用", "在結算頁「優惠碼」"), ("积分怎么用", "怎么用", "100 积分可抵 1 元"),
    ("优惠码在哪里输入", "那怎么使用呢", "在结算页「优惠码」"),
])
def test_how_to_use_it_just_after_an_answer_that_says_what_is_used_is_that_answer(first: str, asked: str, start: str,
                                                                                  simulator: Simulator) -> None:
    """Before: "點用" after the promo code, "怎么用" after the points got "I don't know"."""
    simulator.oa_message("o_use_after", first)
    reply = simulator.oa_message("o_use_after", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("first", "asked", "start"), [
    ("维C精华孕妇能用吗", "怎么用", "10%维C亮肤精华"),  # a per-product answer: the product's usage
    ("运费多少", "怎么用", "这个问题我还不会回答"),  # the shipping cost says nothing is used
])
def test_how_to_use_it_after_other_answers_is_not_that_answer(first: str, asked: str, start: str,
                                                              simulator: Simulator) -> None:
    simulator.oa_message("o_use_guard", first)
    reply = simulator.oa_message("o_use_guard", asked).text
    assert reply.startswith(start), reply


def test_how_to_use_it_in_english_just_after_the_points_is_the_points(simulator: Simulator) -> None:
    simulator.oa_message("o_use_en", "how do points work")
    reply = simulator.oa_message("o_use_en", "how do I use them?").text
    assert reply.startswith("100 points take 1 dollar off"), reply
