"""The reply language follows the member (judged from outside, issue 10): a member's first words in letters set the
language their next replies use, whichever handler answered them, so a number picked from an English menu gets an
English answer; a command word answered in the member's own language (退订's TD / STOP) leaves it as it was."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


@pytest.mark.parametrize(("menu", "pick", "english"), [
    ("tutorial", "1", "[Sensitive Skin 101] Lesson 1/5"),
    ("products", "2", "Hyaluronic Hydrating Toner | CAD 24.00"),
])
def test_a_number_from_an_english_menu_is_answered_in_english(simulator: Simulator, menu: str, pick: str,
                                                                english: str) -> None:
    """A new follower's first words are a menu word: the menu came in English, the pick came in Chinese."""
    who = f"o_lang_{menu}"
    assert "reply with a number" in simulator.oa_message(who, menu).text
    assert english in simulator.oa_message(who, pick).text


def test_a_chinese_member_keeps_chinese_after_stop(simulator: Simulator) -> None:
    who = "o_lang_stop"
    simulator.oa_message(who, "运费多少")
    assert "退订" in simulator.oa_message(who, "STOP").text
    assert "恢复" in simulator.oa_message(who, "START").text or "订阅" in simulator.oa_message(who, "恢复订阅").text
    simulator.oa_message(who, "教程")
    assert "第 1/5 课" in simulator.oa_message(who, "1").text
