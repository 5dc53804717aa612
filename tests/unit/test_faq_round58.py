"""Fifty-eighth round (docs/faq.md): English statements that imply their question (probe41). Kinds: lost or
overwhelmed among the products (a recommendation asked); skin flaking or peeling in the cold (winter dry skin); skin
that reacts to every product or brand tried (sensitive skin, not a reaction to one of ours); a reaction told after a
product tried lately (allergy-reaction). Each kind tested in other wordings than probe41's, with guards."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("there are way too many moisturisers on your page and I'm totally lost", "product-recommendation"),
    ("dry cheeks, oily chin, I feel so overwhelmed by all the products", "product-recommendation"),
    ("could you help me pick, the toners all look the same to me", "product-recommendation"),
    ("minus 35 this morning in winnipeg and my nose is peeling", "winter-dry-skin"),
    ("winter in calgary is brutal, my forehead is peeling", "winter-dry-skin"),
    ("every product I buy leaves my face red and stinging, I've given up", "sensitive-skin"),
    ("my skin has gone red with four brands in a row, I give up", "sensitive-skin"),
    ("put on the new serum before bed and now my eyelids are puffy and itchy", "allergy-reaction"),
    ("started the night cream on monday, since this morning it burns and there are little bumps", "allergy-reaction"),
])
def test_statements_that_imply_the_question(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "I'm so confused by the bus schedule here",
    "minus 30 today, stay warm everyone",
    "I'm overwhelmed with work this week",
    "the snow is so pretty this morning",
])
def test_statements_that_ask_us_nothing(text: str) -> None:
    assert outcome(text) is None
