"""Hundred-and-fifteenth round (docs/faq.md, faq115): blind46's English misses (held out at stop 54, a development set
from stop 55) read as kinds of message STRUCTURE (probe98 written first). A call to a radio show, its greeting ("caller
from <place>", "long-time listener") and its sign-off ("I'll take it off air", "off air's fine") around the ask; a
stand-up update whose Blocker line is the ask and its Yesterday / Today lines the context; an "Edit:" line that
sharpens the ask; a hawker's "simple one for men or not, 2 steps max" (the few steps pulled the routine's order); what
it costs to get a parcel somewhere, an order called off, a shop's sale pings; and another party's matter said in our
words, a council's refund or a hardware chain's returns, which gets no answer. Other wordings than probe98 and the
sets; each check here failed before the round, with guards (the same shapes the matcher already answered right, and a
stand-up with no blocker) that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a call to a show: greeting and sign-off set aside
    ("Morning all, first-time caller from Toowoomba. My resume is all shearing and fencing work, if I apply with you "
     "how do I make it look decent? I'll take it off air.", "job-resume-tips"),
    # a stand-up: the Blocker line asks, the lines before it say about what
    ("Yesterday: bought gift sets for the clients. Today: the bookkeeper wants a bill with the business name on it. "
     "Blocker: how do I get that?", "receipt-invoice"),
    # what it costs to get a box somewhere and an amount where you don't charge; an order called off; sale pings
    ("Hi, long-time listener from Ballarat. What does it cost to get a box over to Tassie, and is there an amount "
     "where you don't charge for it? Off air's fine.", "shipping-cost"),
    ("Pressed the wrong thing at the lunch rush. Can I call off my order, still can?", "order-cancel"),
    ("Love your stuff but the sale pings while I'm up on the scaffold are driving me nuts. How do I switch those off "
     "and stay in the chat?", "stop-messages"),
    # something simple for men, in few steps
    ("Sixty years old, grandpa already. Never put anything on face, kitchen smoke every day. Got simple one for men "
     "or not, 2 steps only?", "mens-skincare"),
])
def test_framed_asks_read(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize("text", [
    # a council's refund, a hardware chain's returns: theirs
    "G'day, long-time listener. Council kept the permit fee for the tree they wouldn't let us fell. How long do "
    "councils take with refunds? Off air.",
    "Home Depot won't take back a drill I opened. Edit: still in the box, never used. Is that allowed in Ontario?",
    "Lowe's won't take back a ladder I opened. Edit: never used it. Can they do that?",
])
def test_another_partys_matter_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # the same shapes, already answered
    ("Caller from Broome. Do your products get tested on animals at all? I'll take it off air.", "cruelty-free"),
    ("Ordered the wrong serum for my mum. Edit: it's still sealed, can I swap it for the cream?", "exchange"),
    ("Made an account and the whole app is in Chinese. Update: can I have it in English? Ta.", "language"),
    ("Looking at an order to Regina, about 45 bucks worth. What does delivery run? EDIT: and is there an amount "
     "where it's free? Maybe I just add the lip stuff.", "shipping-cost"),
    ("What's a simple routine for a beginner?", "routine-order"),
    ("Stacked up a load of points buying presents for the crew. Can I knock something off my next order with them, "
     "and do they run out?", "points-redeem"),
    ("do i rack up points on every purchase?", "membership"),
    ("Yesterday: got your vitamin C and the niacinamide one. Today: a forum says never to use them together. "
     "Blocker: is it safe to use both?", "niacinamide-combine"),
    ("can i use vitamin c and retinal together", "routine-order"),
    ("How long does a refund take?", "refund-time"),
    # a stand-up with no blocker, a council's matter that asks nothing: no answer
    ("Yesterday: sprint review. Today: retro. Blocker: none, all good.", None),
    ("the council bins didnt come this week", None),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
