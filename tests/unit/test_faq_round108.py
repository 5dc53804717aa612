"""Hundred-and-eighth round (docs/faq.md, faq108): blind45's English misses read as kinds of message structure
(probe91 written first). A note about the writer's day that asks nothing, then the ask only in a P.S. / PS / btw / by
the way (the note was read as the main question: the weekend's business hours, "wrapped up" a gift wrap); a rant about
something else, then a turn to the ask ("Tell me something nice:", "Before I order:", "Anyway,", "Rant over.",
"Speaking of …:"), the rant's words set aside, and a short sign-off after the ask left; and what such asks said in
their own words (a swap instead of a return, an order called off before it leaves or not shipped yet, "what do you
charge to mail", "what's delivery going to cost", no idea where my order is, someone got to buy through the follower
with something in it for either of them; "a bloke" asking of a group chat or breakouts). Other wordings
than probe91's and the sets'; each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import summary_turned
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a note about the day that asks nothing, then the ask in a P.S.
    ("Spent the whole day re-shoeing horses. PS I've built up heaps of points in my account, what can I use them on?",
     "points-redeem"),
    ("Wrapped up the quarterly audit today, what a week. P.S. I have a pile of points sitting in my account, what can "
     "I actually do with them?", "points-redeem"),
    ("Off shift for the first time in eight days. PS I typed the code from your newsletter at checkout and it says not "
     "valid, what's going on?", "promo-code"),
    ("The new hire keeps using my sunscreen in the break room. P.S. if I get him to order his own through me, is there "
     "something in it for either of us?", "referral"),
    ("My supplier mixed up the invoice again. P.S. I need to cancel my order from this morning, it hasn't shipped yet, "
     "what do I do?", "order-cancel"),
    # a rant, then its turn to the ask
    ("The rig's heater quit, dispatch sent us out anyway, no dinner again. Before I order: what's shipping going to "
     "cost me to Moncton? And tell me there's a free option, I've earned it.", "shipping-cost"),
    ("Twelve calls tonight and only one was an actual emergency. Somewhere in all of that I lost track of where my "
     "parcel from Tuesday is, how do I look it up?", "order-tracking"),
    # "a bloke" is anyone: a group chat or breakouts asked of, not men's skin care
    ("Young deckhand on my crew, twenty, chin covered in spots from the salt spray. What would you give a bloke with "
     "breakouts like his?", "acne-prone"),
    ("Couple of the lads at the depot reckon you've got a group chat where people swap tips. How does a bloke get in "
     "on that?", "join-group"),
])
def test_the_ask_after_a_note_or_a_rant(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a question first, its P.S. an aside: the main question is still what comes before
    ("Do you send parcels to Malta? P.S. the kiln was packed full today.", "shipping-destinations"),
    ("How long does delivery to Regina take? PS my shift starts at six so I read replies early.", "shipping-time"),
    ("My parcel came squashed and the serum leaked everywhere, what should I do? P.S. long day at the depot.",
     "package-problem"),
    # a rant whose own words are the ask
    ("The order I placed two weeks ago still hasn't come and the tracking hasn't moved since Friday, I'm so fed up. "
     "Anyway, where is it?", "order-tracking"),
    ("My refund still isn't on my card three weeks after the return and nobody answers, I'm done. Rant over. When will "
     "it come?", "refund-time"),
    # already right: the P.S. read whole
    ("Choir rehearsal ran long, the tenors were flat all night. P.S. can I send a gift set to my grandmother in "
     "Harbin, and what do you need from her?", "shipping-to-china"),
    ("My husband has razor bumps after every shave, anything made for men?", "mens-skincare"),
    ("If I get my sister to order through me, is there something in it for both of us?", "referral"),
    # another party's matter in the same shapes: no answer
    ("What do you charge to mail a letter at the post office?", None),
    ("I have no idea where my Amazon order from last week is, how do I check with them?", None),
    ("Long shift at the depot. P.S. how long does the gas company take to refund an overpayment?", None),
    ("Quiet day in the studio. P.S. my landlord is keeping my deposit, is that allowed?", None),
    ("Two flat tyres and the co-op is shut. Anyway, how do I cancel my gym membership without paying a fee?", None),
    ("The bus heater broke and dispatch shrugged. Rant over. Does the library take returns of books after closing?",
     None),
])
def test_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected


def test_summary_turned() -> None:
    assert summary_turned("The photocopier jammed all morning and the office blamed me. Speaking of jams: do you ship "
                          "to Malta?") == ("do you ship to Malta?", True)
    # a short sign-off after the ask is left, the ask found after the marker before it
    assert summary_turned("Shift was chaos and my partner called in sick again. Anyway, where do I check my order? "
                          "Anyway, bed.") == ("where do I check my order?", True)
    # a TL;DR sums the story up: no turn
    assert summary_turned("Spent a month on the trawler and my hands are wrecked. TL;DR when will my refund land?") \
        == ("when will my refund land?", False)
    assert summary_turned("Long day. Rant over. Do you ship to Malta?") == ("", False)  # too little rant before it
