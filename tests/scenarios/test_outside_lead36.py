"""The lead's probing as a member in conversation (stop 43, third round), through the webhook. Each ask failed before
its fix; guards beside.

"What can I use instead" just after the pregnancy answer (everything but the retinal serum is fine) got how to
exchange an order: after an answer that holds for every product (`per_product`), what to use instead is that answer
again (handlers/follow_up.py, aspect `instead`). "价格呢" alone got the duties answer (its 价格已含 GST) and
"产品价格" a did-you-mean, where "prices?" gets the products with their prices."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


@pytest.mark.parametrize(("first", "then", "says"), [
    ("is the retinal serum safe for pregnancy", "what can I use instead", "Everything except the Retinal"),
    ("is the retinal serum safe for pregnancy", "any alternatives?", "Everything except the Retinal"),
    ("孕妇可以用A醛精华吗", "那用什么代替", "除视黄醛晚间精华外"),
])
def test_what_to_use_instead_after_an_answer_for_every_product_is_that_answer(first: str, then: str, says: str,
                                                                            simulator: Simulator) -> None:
    simulator.oa_message("o_instead", first)
    reply = simulator.oa_message("o_instead", then)
    assert says in reply.text, reply.text


def test_what_to_use_instead_after_another_answer_is_read_alone(simulator: Simulator) -> None:
    simulator.oa_message("o_instead_other", "how long does shipping to toronto take")
    assert "Usual times" not in simulator.oa_message("o_instead_other", "what can I use instead").text


@pytest.mark.parametrize("asked", ["价格呢", "产品价格", "你们的价目表", "價格呢"])
def test_the_prices_asked_alone_are_the_products_with_prices(asked: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_prices", asked)
    assert "CAD 26.00" in reply.text and "GST" not in reply.text, reply.text


def test_the_price_just_after_a_product_is_that_products(simulator: Simulator) -> None:
    simulator.oa_message("o_price_of", "维C精华")
    reply = simulator.oa_message("o_price_of", "价格呢")
    assert "CAD 39.00" in reply.text and "CAD 26.00" not in reply.text, reply.text
