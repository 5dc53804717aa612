"""The lead's probing as a follower (stop 39), through the webhook. Each ask failed before its fix; guards beside.

A follower who opened with "hi" and then wrote Chinese got "You've unsubscribed..." in English for 退订: a one-word
command was answered in the member's stored language (from the "hi"), though only a Chinese reader types 退订."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

OPTED_OUT_ZH, OPTED_OUT_EN = "已为你退订", "You've unsubscribed"


@pytest.mark.parametrize(("first", "word", "expected"), [
    ("hi", "退订", OPTED_OUT_ZH),  # was: English
    ("hello, what do you sell?", "取消订阅", OPTED_OUT_ZH),  # was: English
    ("你好", "stop", OPTED_OUT_ZH),  # a Latin word says little: the member's Chinese stays
    ("hi", "stop", OPTED_OUT_EN),
])
def test_the_opt_out_is_confirmed_in_the_language_of_its_word_when_that_says_something(
        simulator: Simulator, first: str, word: str, expected: str) -> None:
    openid = f"o_optout_{first.encode().hex()[:12]}_{word.encode().hex()}"
    simulator.oa_message(openid, first)
    reply = simulator.oa_message(openid, word).text
    assert expected in reply, reply


def test_after_a_chinese_opt_out_the_resume_hint_and_the_resume_are_chinese(simulator: Simulator) -> None:
    simulator.oa_message("o_optout_then_hi", "hi")
    assert "恢复订阅" in simulator.oa_message("o_optout_then_hi", "退订").text
    reply = simulator.oa_message("o_optout_then_hi", "恢复订阅").text
    assert "重新" in reply or "恢复" in reply, reply


# How to use a kind (three serums): each one's usage side by side, not an FAQ entry whose answer names serums.
@pytest.mark.parametrize(("asked", "expected"), [
    ("how to use the serum", "How to use each"),  # was: niacinamide-combine
    ("how do i use the serums", "How to use each"),  # was: niacinamide-combine
    ("精华怎么用", "各自的用法"),
    ("anyone here know how to use the serum", "How to use each"),  # was: pregnancy-safe
    ("anyone know if the toner is good", "Three sizes of hyaluronic acid"),  # was: business hours
])
def test_how_to_use_a_kind_shows_each_ones_usage(simulator: Simulator, asked: str, expected: str) -> None:
    reply = simulator.oa_message(f"o_kind_use_{asked.encode().hex()[:24]}", asked).text
    assert expected in reply, reply
    if "each" in expected or "各自" in expected:
        assert "2–3 drops" in reply or "2–3 滴" in reply  # the niacinamide serum's usage, not its description


@pytest.mark.parametrize(("asked", "expected"), [
    ("精华和面霜怎么用", "从稀到稠"),  # two kinds: the order of a routine, the FAQ's routine-order
    ("is the toner good if i have oily skin", "skin quiz"),  # says more: the FAQ's recommendation
])
def test_a_question_that_says_more_stays_the_faqs(simulator: Simulator, asked: str, expected: str) -> None:
    reply = simulator.oa_message(f"o_kind_more_{asked.encode().hex()[:24]}", asked).text
    assert expected in reply, reply


# "Anyone there?" in a chat's words: answered as the hello ("just ask me"), not "I don't know that yet".
@pytest.mark.parametrize("said", ["人呢", "人呢？？", "有人在么", "在么", "没人吗", "hello? is anybody here",
                                  "anyone home?"])
def test_anyone_there_is_answered_with_the_hello(simulator: Simulator, said: str) -> None:
    reply = simulator.oa_message(f"o_anyone_{said.encode().hex()[:24]}", said).text
    assert "直接问我问题就好" in reply or "Just ask me a question" in reply, reply


# A document not come yet is the immigration office's (no answer), not a Visa card's payment methods.
@pytest.mark.parametrize(("said", "answered"), [
    ("my visa still hasnt come", False),  # was: payment methods
    ("my pr card hasn't arrived yet", False),
    ("the visa is not here yet", False),
    ("can i pay with visa", True),  # guards: the card
    ("is visa accepted", True),
])
def test_a_visa_not_come_yet_is_no_payment_question(simulator: Simulator, said: str, answered: bool) -> None:
    reply = simulator.oa_message(f"o_visa_{said.encode().hex()[:24]}", said).text
    assert ("Visa / Mastercard" in reply) == answered, reply


# A plea for help ("could you assist") asks whoever reads: another shop's order stays theirs.
@pytest.mark.parametrize(("said", "tracking"), [
    ("my Amazon order has not arrived, could you assist", False),  # was: order-tracking
    ("my amazon parcel is late, can you help", False),
    ("can you help me track my order", True),  # guards: our order
    ("can you help, my order has not arrived", True),
])
def test_a_plea_for_help_does_not_make_another_shops_order_ours(simulator: Simulator, said: str,
                                                               tracking: bool) -> None:
    reply = simulator.oa_message(f"o_plea_{said.encode().hex()[:24]}", said).text
    assert ("live tracking" in reply) == tracking, reply
