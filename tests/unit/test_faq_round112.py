"""Hundred-and-twelfth round (docs/faq.md, faq112): the development sets' no-answer messages that got an answer or a
menu, read as kinds (probe95 written first). Another seller named by its trade (a florist, a boutique, a supplier, a
pharmacy, a caterer, an outdoor store) and then spoken of as "them", "they", "their delivery" or "the store" while
its delivery, return, exchange or cancellation is asked (our delivery's, return's, exchange's or cancellation's
entries before); an insurer's or a benefits plan's refund going "to me or to the clinic" (shipping time's or refund
time's before); a wool or livestock broker's payout; a boutique's codes or points. Other wordings than probe95's and
the sets'; each check here failed before the round, with guards (our own matters in the same shapes) that passed
before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # another seller by its trade, then "them", "they" or "their ..."
    "the pharmacy sold my dad the wrong inhaler, can he return it to them?",
    "the prom boutique messed up the dress size, can I cancel the order with them?",
    "the gift shop's parcel never showed up, can I get a refund from them?",
    "the chemist gave me the wrong cream, can I exchange it with them?",
    # an insurer's refund to me or to the provider
    "benefits claim for my son's braces, is the refund paid to me or straight to the orthodontist?",
    # a broker's payout, a boutique's codes
    "the cattle broker still hasn't paid out for the heifers, how long does the sale money usually take?",
    "my friend's boutique hands out referral codes, do I get anything if I share hers?",
])
def test_another_partys_matter_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # our own matters in the same shapes
    ("how long does a refund from you usually take to come through?", "refund-time"),
    ("do you ship to Saskatchewan?", "shipping-destinations"),
    ("where's my parcel? it's been ten days since I ordered", "order-tracking"),
    ("my order arrived with a broken pump, can you replace it?", "package-problem"),
    ("I own a boutique, could I stock your serums wholesale?", "wholesale-partnership"),
    ("how do your referral codes work, what do I get for sharing mine?", "referral"),
])
def test_own_matters_still_answered(text: str, expected: str) -> None:
    assert outcome(text) == expected
