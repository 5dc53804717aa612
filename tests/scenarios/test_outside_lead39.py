"""The lead's probing as a member in conversation (stop 45), through the webhook. Each ask failed before its fix;
guards beside.

A product asked about in the words followers use to ask what something is like: "我想了解一下你们的面霜" got the
FAQ's order of products, "can I know more about the lip balm" winter dry skin, "能介绍下你们家面霜吗", "info on the
toner?" and "詳細講下你哋嘅面霜" "I don't know". They are the product's description and card (handlers/shop.py
ABOUT_WORDS). Where one came from, said before a product question ("我是从小红书来的，想问问你们的面霜"), got a
did-you-mean: the shop reads the question after it, as the FAQ already did (handlers/arrival.py)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

CREAM_ZH, CREAM_EN = "神经酰胺修护霜", "Ceramide Barrier Cream"


@pytest.mark.parametrize(("said", "name"), [
    ("我想了解一下你们的面霜", CREAM_ZH),
    ("想了解下你们的面霜", CREAM_ZH),
    ("能介绍下你们家面霜吗", CREAM_ZH),
    ("詳細講下你哋嘅面霜", "神經酰胺修護霜"),
    ("can I know more about the cream", CREAM_EN),
    ("info on the cream?", CREAM_EN),
    ("i'd like to learn more about your cream", CREAM_EN),
])
def test_a_product_asked_about_gets_its_description(said: str, name: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_about", said)
    assert reply.text.startswith(f"{name}："if "\u4e00" <= name[0] <= "\u9fff" else f"{name}:"), reply.text


@pytest.mark.parametrize(("said", "start"), [
    ("我是从小红书来的，想问问你们的面霜", CREAM_ZH),
    ("刚从抖音过来的，面霜多少钱", CREAM_ZH),
    ("hi! just followed you from tiktok, how much is the cream", CREAM_EN),
])
def test_a_product_question_after_where_one_came_from_is_the_shops(said: str, start: str,
                                                                    simulator: Simulator) -> None:
    reply = simulator.oa_message("o_arrived_shop", said)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("said", ["我想了解一下你们的面霜适合油皮吗", "can I know more about the cream for oily skin?",
                                  "我是从小红书来的，面霜怎么退货"])
def test_more_said_of_the_product_is_still_the_faqs(said: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_about_more", said)
    assert not reply.text.startswith((CREAM_ZH, CREAM_EN)), reply.text
