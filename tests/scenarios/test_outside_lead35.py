"""The lead's probing as a member in conversation (stop 43, second round), through the webhook. Each ask failed before
its fix; guards beside.

A short reply that says only what the last answer spoke of continues it: "it's already shipped" after the address
change (whose answer says what happens once it has shipped) got a did-you-mean about customs, "已经发货了" after the
cancel the shipping times, "can you redirect it" "I don't know" (handlers/follow_up.py `echoes`)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


@pytest.mark.parametrize(("first", "then", "says"), [
    ("I put the wrong address", "it's already shipped", "ask the carrier to redirect it"),
    ("I put the wrong address", "but it has shipped already", "ask the carrier to redirect it"),
    ("I put the wrong address", "can you redirect it", "ask the carrier to redirect it"),
    ("我想取消订单", "已经发货了", "已发货的订单请在收到后按退货流程处理"),
    ("我想取消订单", "可是已经发货了", "已发货的订单请在收到后按退货流程处理"),
    ("I want to return something", "it's opened though", "if an opened product"),
])
def test_a_reply_in_the_last_answers_own_words_is_that_answer_again(first: str, then: str, says: str,
                                                                    simulator: Simulator) -> None:
    simulator.oa_message("o_echo", first)
    reply = simulator.oa_message("o_echo", then)
    assert says in reply.text, reply.text


@pytest.mark.parametrize(("first", "then", "says"), [
    # a question the FAQ reads in the last answer's words is the FAQ's: the tracking, not the shipping times again
    ("how long does shipping to toronto take", "tracking number?", "live tracking"),
    # a word the answer does not say: read alone
    ("how long does shipping to toronto take", "my order shipped yesterday", "live tracking"),
    # alone, with no answer before: read alone
    ("hello", "it's already shipped", None),
    # a topic named in the answer's words is that topic's question, not the answer again (found in the stop's review)
    ("how long does shipping to toronto take", "tracking", "live tracking"),
    ("how long does shipping to toronto take", "customs", "prices already include GST/HST"),
    ("寄到多伦多要几天", "单号", "实时物流"),
])
def test_a_question_the_faq_reads_or_other_words_are_read_alone(first: str, then: str, says: str | None,
                                                               simulator: Simulator) -> None:
    simulator.oa_message("o_no_echo", first)
    reply = simulator.oa_message("o_no_echo", then)
    if says is None:
        assert "redirect" not in reply.text and "Usual times" not in reply.text, reply.text
    else:
        assert says in reply.text, reply.text


# "do I pay for shipping" / "is return shipping free" just after the return policy got the shipping costs: the
# return's costs are its own answer's (follow_ups cost: return-policy).
@pytest.mark.parametrize("then", ["do I pay for shipping", "is return shipping free",
                                  "do we pay for the return shipping"])
def test_who_pays_the_return_is_the_return_policy(then: str, simulator: Simulator) -> None:
    simulator.oa_message("o_return_cost", "I want to return something")
    assert "prepaid label" in simulator.oa_message("o_return_cost", then).text


def test_who_pays_shipping_alone_is_the_shipping_costs(simulator: Simulator) -> None:
    assert "free over CAD 59" in simulator.oa_message("o_cost_alone", "do I pay for shipping").text


def test_how_to_get_them_after_the_samples_is_that_answer(simulator: Simulator) -> None:
    simulator.oa_message("o_samples", "do you have samples")  # "how do I get them" got "I don't know"
    assert "pick 2 free samples" in simulator.oa_message("o_samples", "how do I get them").text


# "ok cool" just after an answer got "Hi 👋 Just ask me a question": a greeting in the middle of a conversation.
@pytest.mark.parametrize(("first", "then", "says"), [
    ("do you ship to australia", "ok cool", "Anything else, just ask"),
    ("do you ship to australia", "got it", "Anything else, just ask"),
    ("运费多少", "好的", "还有问题随时问我"),
    ("运费多少", "嗯嗯好的", "还有问题随时问我"),
    ("vitamin c serum", "ok", "Anything else, just ask"),  # a product shown last (the shop's): mid-conversation too
])
def test_an_acknowledgement_just_after_an_answer_is_acknowledged_not_greeted(first: str, then: str, says: str,
                                                                            simulator: Simulator) -> None:
    simulator.oa_message("o_ack", first)
    reply = simulator.oa_message("o_ack", then)
    assert says in reply.text and "👋" not in reply.text, reply.text


def test_an_acknowledgement_out_of_the_blue_is_the_hello(simulator: Simulator) -> None:
    assert "👋" in simulator.oa_message("o_ack_alone", "ok").text
