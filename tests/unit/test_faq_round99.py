"""Ninety-ninth round (docs/faq.md, faq99): blind40's and blind41's English misses read as kinds (probe82 written
first). A guess asked as a yes/no ("I'm guessing ... isn't a thing?", "Guessing there's no way to ...?", "Bet you
don't ..., huh?"); a compliment to us first ("Big fan of your ethos!"); an order line or a cart first ("Order
LM..., placed ... . Where ...?", "Cart: 2 sunscreens ... How much before delivery is free?"); a story in sentences,
then one sentence that asks; short lower-case asks after the follower's own life. Other wordings than probe82's and
the sets'; each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import _CHAT_SENTENCE, story_then_question
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("sentence", "chat"), [
    ("Massive fan of your brand!", True),
    ("I truly admire what you guys stand for.", True),
    ("Your whole company seems so kind and refreshing.", True),
    # guards: someone else praised, a complaint, a product's effect
    ("Massive fan of my barber!", False),
    ("Your packaging is falling apart.", False),
    ("Your cream is amazing on my skin", False),
])
def test_a_compliment_to_us_is_chat(sentence: str, chat: bool) -> None:
    assert bool(_CHAT_SENTENCE.match(sentence)) is chat


@pytest.mark.parametrize(("text", "asked", "order_line"), [
    ("my sister sells candles. is there a referral thing?", "is there a referral thing?", False),
    ("Order LM20938475. Where is my box now?", "Where is my box now?", True),
    ("Cart: 3 toners. How much for delivery?", "How much for delivery?", True),
    # guards: the question first, two questions, one sentence
    ("Is there a referral thing? my sister sells candles.", "", False),
    ("I sell candles. Is there a referral thing? Do you ship?", "", False),
    ("is there a referral thing for candle sellers", "", False),
])
def test_the_asking_sentence_after_a_story(text: str, asked: str, order_line: bool) -> None:
    assert story_then_question(text) == (asked, order_line if asked else False)


@pytest.mark.parametrize(("text", "expected"), [
    # a guess asked as a yes/no
    ("I'm guessing swapping the night cream for the toner isn't an option? Never opened it.", "exchange"),
    ("Bet you don't do Afterpay, huh?", "payment-methods"),
    ("I take it there's nothing in it for me if my book club friends sign up?", "referral"),
    # a compliment first
    ("Massive fan of your brand! How do I apply to join your team in Edmonton?", "job-apply"),
    # an order line or a cart first
    ("Order LM20938475, placed Monday for my dad's cottage in Muskoka. Where can I see where the box is now?",
     "order-tracking"),
    ("Cart: 2 sunscreens + 3 balms for the lifeguard hut. How much do I need to spend before shipping is free?",
     "shipping-cost"),
    ("Order total came to $88 for 3 serums going to my Austin rental. Will I be charged duty when it arrives?",
     "customs-duties"),
    # a story, then one sentence that asks; the follower's own tattoos
    ("i do lashes and rave about you to every client all day. is there a referral thing?", "referral"),
    ("first retinol ever. how often should i start with it? (avoiding my sleeve tattoo lol)", "retinoid-start"),
    # a first resume never written, our stuff carried at a counter
    ("I've driven trucks for ten years but never written a resume. What should go on it?", "job-resume-tips"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards: another shop's order, another's referral, a compliment to someone else, a guess about another business
    ("Order #99812 from Walmart, placed Monday. How do I track the box?", None),
    ("my gym has a referral thing. is it worth it?", None),
    ("Massive fan of my barber! How do I book him again?", None),
    ("I'm guessing the airline doesn't refund seat upgrades?", None),
    ("Bet the ferry is late again, huh?", None),
    ("I rented a car last week. How do I get my deposit back?", None),
    # the plain questions
    ("can i exchange it for another one?", "exchange"),
    ("is there a referral program?", "referral"),
])
def test_guards_stay(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
