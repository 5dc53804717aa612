"""The lead's probing as a follower (stop 37), through the webhook. Each ask failed before its fix; guards beside.

A pregnant member told "everything except the Retinal Night Serum is fine" who then asked "那个A醛精华呢" got that
serum's buy card; "is there a next lesson" got the unsubscribe answer; thanks with a question ("amazing thank you, in
stock?") got "you're welcome" and the question was dropped."""

from __future__ import annotations

import pytest

from bot.outbound import MiniProgram
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator

PREGNANCY_ZH = "除视黄醛晚间精华外，其他产品都可以在孕期和哺乳期使用"
PREGNANCY_EN = "Everything except the Retinal Night Serum is fine during pregnancy"


@pytest.mark.parametrize("follow_up", ["那个A醛精华呢", "面霜也可以吗", "那款防晒呢"])
def test_a_product_after_the_pregnancy_answer_is_that_answer_not_a_buy_card(
        simulator: Simulator, delivery_queue: RecordingDeliveryQueue, follow_up: str) -> None:
    assert PREGNANCY_ZH in simulator.oa_message("o_expecting", "我怀孕了 你们的产品能用吗").text
    reply = simulator.oa_message("o_expecting", follow_up)
    assert PREGNANCY_ZH in reply.text, reply.text
    assert not [d for d in delivery_queue.deliveries if isinstance(d.message, MiniProgram)]


def test_english_product_follow_ups_and_what_is_not_one(simulator: Simulator) -> None:
    assert PREGNANCY_EN in simulator.oa_message("o_expecting_en", "is it ok in pregnancy?").text
    assert PREGNANCY_EN in simulator.oa_message("o_expecting_en", "what about the toner?").text
    assert PREGNANCY_EN in simulator.oa_message("o_expecting_en", "the retinal serum too?").text
    assert simulator.oa_message("o_expecting_en", "the cream").text.startswith("Ceramide Barrier Cream")
    assert PREGNANCY_EN not in simulator.oa_message("o_expecting_en", "what about shipping").text


def test_a_product_after_a_products_own_answer_is_that_product(simulator: Simulator) -> None:
    """The sunscreen's answer is about the sunscreen: "what about the toner?" after it asks about the toner."""
    simulator.oa_message("o_spf", "do i need to reapply sunscreen")
    assert "Hyaluronic Hydrating Toner" in simulator.oa_message("o_spf", "what about the toner?").text


def test_whether_there_is_a_next_lesson(simulator: Simulator) -> None:
    simulator.oa_message("o_lessons", "tutorial")
    assert "Lesson 1/5" in simulator.oa_message("o_lessons", "1").text
    for asked in ("is there a next lesson", "the lesson was great thanks, is there a next one?"):
        reply = simulator.oa_message("o_lessons", asked).text
        assert "lesson 2/5" in reply and "unsubscribe" not in reply, reply


@pytest.mark.parametrize("said", ["amazing thank you, in stock?", "awesome thanks, more tips?"])
def test_thanks_with_a_question_is_not_only_thanks(simulator: Simulator, said: str) -> None:
    assert not simulator.oa_message("o_thanks_q", said).text.startswith("You're welcome")


def test_a_text_holding_the_cdata_end_is_carried_as_wechat_carries_it(simulator: Simulator) -> None:
    """The sandbox's callback XML put "]]>" inside one CDATA section: a member typing it got a 400 (malformed XML).
    WeChat splits the section there; the text arrives whole and is answered."""
    reply = simulator.oa_message("o_cdata", "运费多少 ]]><x> 谢谢")
    assert reply.status == 200 and "CAD 59" in reply.text, reply.text
