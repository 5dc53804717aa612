"""Seventy-eighth round (docs/faq.md, faq78): the development sets' wrong answers read as kinds (probe61 written
first). A return asked beside what the product did or its state (an opened jar, a time used, a breakout, peeling, a
white cast) is the return policy's, while a symptom with a plain return, a rash, swelling or what to do stays the
reaction's; an address typed wrong told as a story (one's own street for the recipient's, an old postcode, the office
as default, a digit left off, a suburb wrong) is the address change's; a return sent back and its money not seen is
the refund's time, whatever the return was for. Other wordings than probe61's and the sets'; each outcome check here
failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # a return beside what the product did or its state
    ("the night cream broke me out after 4 days, can I return it?", "return-policy"),
    ("this retinal serum has me peeling everywhere, can I send the rest back?", "return-policy"),
    ("面霜用了两次 脸上冒痘了 能退吗", "return-policy"),
    ("防晒擦了一次就泛白 可以退吗", "return-policy"),
    # an address typed wrong, told as a story
    ("I think I typed my old address at checkout, the order hasn't shipped yet, what now?", "order-change-address"),
    ("bought a present for my brother and put my own street instead of his", "order-change-address"),
    # a return sent and the money not seen
    ("mailed back the toner that gave me bumps, when do I get my money?", "refund-time"),
])
def test_wrong_answers_read_as_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # the kinds in wordings main already read, kept
    ("the moisturiser gave me bumps, I opened it last week, can it go back?", "return-policy"),
    ("oops, I left off a digit in my apartment number on today's order", "order-change-address"),
    ("下单时门牌少写了一个数字 还没发货 能改吗", "order-change-address"),
    ("sent the cream back because it was too greasy, still no refund on my card, how long?", "refund-time"),
    # the reaction keeps a symptom with a plain return, a rash, swelling or what to do
    ("used the serum and now my face is red and itchy, can I send it back?", "allergy-reaction"),
    ("I have a rash after the toner, I want to return it, what do I do?", "allergy-reaction"),
    ("用了面霜脸上起红疹 还能退吗", "allergy-reaction"),
    # a plain return, a refund's time, a sunscreen's white cast, an opened jar's life, a street address changed
    ("can I return something I opened?", "return-policy"),
    ("how long do refunds take?", "refund-time"),
    ("does the sunscreen leave a white cast?", "sunscreen"),
    ("how long does an opened jar of the cream last?", "shelf-life"),
    ("I entered the wrong address", "order-change-address"),
    ("ordered last week, where is my order?", "order-tracking"),
])
def test_neighbours_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "the sandals from Zara give me blisters, can I return them?",
    "typed the wrong address on my DoorDash order, how do I change it",
    "sent a jacket back to H&M, still no refund on my card",
])
def test_another_shops_matter_stays_unanswered(text: str) -> None:
    assert outcome(text) is None
