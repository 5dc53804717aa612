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
