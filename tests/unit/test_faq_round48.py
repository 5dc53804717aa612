"""Forty-eighth round (docs/faq.md): mixed Chinese-English code-switching as diaspora followers type it (probe31).
Kinds: the English verb "ship" after a Chinese time question (我的order什么时候ship, 幾時會ship) is 发货 asked, not
where the order is; a bank's or another institution's refund is not ours. Each kind tested in other wordings than
probe31's, with guards."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome
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


@pytest.mark.parametrize(("text", "entry"), [
    # an English document word in a Chinese sentence with a Chinese process word (签证 as visa): the immigration
    # office's process, as 签证办下来要多久 is
    ("我老公的visa几时会下来", None),
    ("朋友的pgwp审批要多久", None),
    ("我的pr card快到期了 怎么续", None),
    # guards: whether one may work for us while it is processing stays the job entry's; paying by Visa stays ours
    ("work permit还没下来 可以先上班吗", "job-work-permit"),
    ("可以用visa付款吗", "payment-methods"),
])
def test_an_english_document_word_in_a_chinese_process_is_the_visa_office(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


def test_a_visa_card_expiring_is_not_a_visa() -> None:
    assert outcome("我的visa卡到期了 可以换卡付款吗") != outcome("我老公的visa几时会下来")
