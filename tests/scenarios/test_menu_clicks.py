"""The Official Account's menu bar through the real webhook: a tap (a signed, encrypted CLICK event) is answered
in the passive reply as the words its button says, in the follower's language, at no cost to their budget; a
key menu.yaml never gave is answered with nothing, and the log says why."""

from __future__ import annotations

import logging

import pytest

from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from tests.support.factories import demo_content

CONTENT = demo_content()


def test_the_tutorial_button_answers_with_the_tutorial_menu(simulator: Simulator,
                                                          delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.oa_event("o_menu_tap", "CLICK", EventKey="say:教程")
    assert reply.fields.get("MsgType") == "text"
    for number, series in enumerate(CONTENT.tutorials, 1):
        assert f"{number}. {series.name.get('zh')}" in reply.text
    assert delivery_queue.deliveries == []  # passive: none of the follower's customer-service messages
    assert "1/" in simulator.oa_message("o_menu_tap", "1").text  # the numbered menu works as if typed


def test_a_tap_answers_in_the_language_the_follower_writes(simulator: Simulator) -> None:
    simulator.oa_message("o_menu_en", "hello, do you ship to Canada?")
    reply = simulator.oa_event("o_menu_en", "CLICK", EventKey="say:教程")
    assert CONTENT.tutorials[0].name.get("en") in reply.text


@pytest.mark.parametrize("words", ["人工", "产品", "招聘", "帮助"])
def test_a_tap_gets_what_typing_its_words_gets(simulator: Simulator, words: str) -> None:
    tapped = simulator.oa_event(f"o_menu_tap_{words}", "CLICK", EventKey=f"say:{words}")
    typed = simulator.oa_message(f"o_menu_typed_{words}", words)
    assert tapped.text and tapped.text == typed.text


def test_an_unknown_key_is_answered_with_nothing_and_logged(simulator: Simulator,
                                                           delivery_queue: RecordingDeliveryQueue,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        reply = simulator.oa_event("o_menu_old", "CLICK", EventKey="V1001_TODAY_MUSIC")
    assert reply.status == 200 and not reply.text and delivery_queue.deliveries == []
    assert "V1001_TODAY_MUSIC" in caplog.text and "not answered" in caplog.text
