"""Hundred-and-thirteenth round (docs/faq.md, faq113): the development sets' English answerable misses read as kinds
(probe96 written first). Whether we send to a place asked with a hedge between "do you" and its verb ("do you even
send to Quebec": shipping cost's by likeness, the keyword "do you ship to" broken by "even"); an order not shipped yet
and "it" switched, redirected or sent to another place (shipping destinations' or the exchange's on the place); a
receipt or an invoice named and then asked for as "one" (a code's, or nothing). Other wordings than probe96's and the
sets'; each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a hedge between "do you" and its verb
    ("my gran lives in Trois-Rivieres, can you even send to Quebec?", "shipping-destinations"),
    ("does anyone know, do you actually ship to Yellowknife?", "shipping-destinations"),
    # the things sent named between the verb and "to"
    ("do you ever mail orders to Labrador?", "shipping-destinations"),
    # not shipped yet, "it" sent somewhere else
    ("It hasn't shipped yet, can I still switch it to my studio?", "order-change-address"),
    ("hasn't been sent yet so could you redirect it to my daughter's flat", "order-change-address"),
    # a receipt named, then "one"
    ("Finance wants a receipt for the cream I bought the team. Could you send me one?", "receipt-invoice"),
])
def test_round113_reads(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("how much is shipping to Quebec?", "shipping-cost"),
    ("do you ship to Alberta?", "shipping-destinations"),
    ("it hasn't shipped yet, can I cancel it?", "order-cancel"),
    ("how do I get a receipt for my order?", "receipt-invoice"),
    ("does the post office even open on Sundays?", None),
    ("can you send stuff to my aunt in Beijing?", "shipping-to-china"),
])
def test_round113_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
