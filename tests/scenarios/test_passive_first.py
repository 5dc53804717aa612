"""Passive first (issue 10 report 3): an answer that is one message goes in the passive reply, menus as
numbered text, so it costs none of the follower's customer-service budget and needs no worker."""

from __future__ import annotations

import pytest

from bot.content.faq import Verdict
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from tests.support.factories import demo_content

CONTENT = demo_content()


@pytest.mark.parametrize("word", ["教程", "tutorial"])
def test_the_tutorial_menu_is_numbered_text_in_the_oa_passive_reply(simulator: Simulator, word: str,
                                                                    delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.oa_message(f"o_passive_{word}", word)
    assert reply.fields.get("MsgType") == "text"
    for number, series in enumerate(CONTENT.tutorials[:2], 1):
        assert f"{number}. " in reply.text and series.name.get("zh" if word == "教程" else "en") in reply.text
    assert delivery_queue.deliveries == []  # no msgmenu through message/custom/send


def test_a_digit_after_the_passive_menu_picks_the_series(simulator: Simulator) -> None:
    simulator.oa_message("o_passive_pick", "教程")
    assert "1/" in simulator.oa_message("o_passive_pick", "1").text


def test_the_tutorial_menu_is_numbered_text_in_the_wecom_passive_reply(
        simulator: Simulator, delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.wecom_message("passive_staff", "教程")
    assert "1. " in reply.text and "2. " in reply.text
    assert delivery_queue.deliveries == []


def test_the_did_you_mean_menu_is_numbered_text_in_the_passive_reply(
        simulator: Simulator, delivery_queue: RecordingDeliveryQueue) -> None:
    phrase = next((q for q in ("会员积分", "退", "我皮肤不太好钱也不多", "money", "the thing I bought", "卡", "问题")
                   if CONTENT.faq_index.match(q).verdict is Verdict.SUGGEST), None)
    if phrase is None:
        pytest.skip("no phrase lands between the FAQ thresholds with the current calibration")
    reply = simulator.oa_message("o_passive_dym", phrase)
    assert "1. " in reply.text
    assert delivery_queue.deliveries == []
