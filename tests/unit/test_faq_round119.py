"""Hundred-and-nineteenth round (docs/faq.md, faq119): every development set's remaining WRONG answers on answerable
messages, read as kinds (probe102 written first; the hundred-and-seventeenth round's kinds left aside): the rate or
the currency one is charged in, asked beside a payment method (payment-methods' Alipay), a wallet in yuan with a fee
on the exchange (customs-duties' "extra fee") or a visa and a foreign card (job-work-permit's). Other wordings than
probe102's and the sets'; each check here failed before the round, with guards (the same words about another
matter, or the pulled entries' own questions) that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # the rate one ends up with, beside a payment method
    ("my brother pays with Alipay from Beijing, what rate will he end up with", "currency"),
    # the currency billed, beside a visa and a foreign card
    ("new here on a spousal visa, card is still from Kenya, which currency will the charge be in and is there a"
     " conversion fee",
     "currency"),
])
def test_matter_over_nearer_words(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same words, another matter
    ("which bank gives the best exchange rate for yuan", None),
    ("my study permit fee, what currency does the embassy want", None),
    # the pulled entries' own questions, already answered
    ("Can I pay with Alipay?", "payment-methods"),
    ("will I pay import duty in the US", "customs-duties"),
    ("what currency are the prices in", "currency"),
    ("how much is shipping to Canada", "shipping-cost"),
    ("am i gonna get slapped with fees if i'm ordering from oregon", "customs-duties"),
    ("can I order off your website and get it delivered to Darwin?", "shipping-destinations"),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
