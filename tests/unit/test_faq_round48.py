"""Forty-eighth round (docs/faq.md): mixed Chinese-English code-switching as diaspora followers type it (probe31).
Kinds: the English verb "ship" after a Chinese time question (我的order什么时候ship, 幾時會ship) is 发货 asked, not
where the order is; a bank's or another institution's refund is not ours. Each kind tested in other wordings than
probe31's, with guards."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # "ship" after a time question is when it goes out (order-tracking tied it on 我的order)
    ("我的订单几时会ship啊", "shipping-time"),
    ("我買的東西什麼時候ship", "shipping-time"),
    ("我的order何时才ship", "shipping-time"),
    # guards: a destination after ship stays a destination question; where is it stays tracking
    ("我的order在哪里 tracking看不到", "order-tracking"),
])
def test_ship_after_a_chinese_time_question_is_when_it_goes_out(text: str, entry: str | None) -> None:
    assert answered(text) == entry
