"""Hundred-and-second round (docs/faq.md, faq102): blind42's and blind43's English misses read as kinds (probe85
written first). A plain question put to us with the follower's own story around it, before, after or spoken straight
on with no mark (a groomer's dogs, a choir's concerts, a wedding), read alone; voice input's spoken punctuation ("…
period"); a loyalty card asked as a "thing" like one's own shop's stamps; people told about us who order, and what the
follower gets; a cancel asked with the money back; a confirmation mail deleted, then the tracking asked; a short
question cut from a run that answers only by likeness; a reason spoken after the question, a run read from its question
to us. Other wordings than probe85's and the sets'; each check of what is answered failed before the round, with guards
that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import asked_fronts, spoken_punctuation
from tests.support.faq_checks import outcome


def test_spoken_punctuation() -> None:
    assert spoken_punctuation("can you send it to my sister in Oslo she lives near the harbour period") == \
        "can you send it to my sister in Oslo she lives near the harbour."
    assert spoken_punctuation("are your creams tested on animals comma my niece wants to know period") == \
        "are your creams tested on animals, my niece wants to know."
    # guards: a period of time, the month's, a message typed with its marks
    assert spoken_punctuation("how many days do I get to send it back, what is the return period") == \
        "how many days do I get to send it back, what is the return period"
    assert spoken_punctuation("my skin always breaks out on my chin right before my period") == \
        "my skin always breaks out on my chin right before my period"
    assert spoken_punctuation("how long is the cooling off period for orders placed online") == \
        "how long is the cooling off period for orders placed online"


def test_a_question_spoken_first_then_the_story() -> None:
    assert asked_fronts("is the toner ok for teenagers my son plays hockey and his forehead is a mess") == \
        ["is the toner ok for teenagers"]
    assert asked_fronts("can you ship to Oslo? my sister lives there") == ["can you ship to oslo"]
    assert asked_fronts("is it ok for my son") == ["is it ok for my son"]  # "for my": no statement begins
    assert asked_fronts("我们的快递到了吗") == []
    # a reason spoken after the question, and a run that opens with its story, read from its question to us
    assert asked_fronts("hey quick one can you reply in Chinese because my dad will be using my phone tonight") == \
        ["can you reply in chinese"]
    assert asked_fronts("ok so the baby is finally asleep on me and I am typing one handed is your sunscreen tested on "
                        "animals") == ["is your sunscreen tested on animals"]
    assert asked_fronts("my sister went to the market and the stall owner said it is the real thing and now she wants "
                        "more") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a question put to us with a story of one's own trade around it
    ("does the serum have any fragrance in it our choir director banned perfume at concerts",
     "fragrance-alcohol-free"),
    ("is your range suitable for men my boyfriend sings in a band and his skin is a mess after every concert",
     "mens-skincare"),
    # voice input's spoken marks
    ("can you send to Denmark I'm dictating this after rehearsal and my friend in Aarhus wants the cream period",
     "shipping-destinations"),
    # people told about us, and what the follower gets when they order
    ("told the whole soprano section about you lol, do I get points if they order", "referral"),
    # a cancel asked with the money back
    ("please cancel it and give me my money back, it hasn't shipped", "order-cancel"),
    # the shipping mail deleted, then the tracking asked
    ("my sister's wedding took over my whole week and I lost the email you sent when it shipped, I deleted it by "
     "accident, where's the tracking?", "order-tracking"),
    # a run's short last question answering only by likeness is no reading of it
    ("my niece is applying to your Markham store and her resume from Manila has her photo and her age on it is that "
     "fine here how should it look", "job-resume-tips"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same shapes about other parties
    ("are there any evening shifts going at the grooming salon? I wash dogs all day", None),
    ("does the wedding venue's soap have any fragrance in it our choir director banned perfume at concerts", None),
    ("my dog has red bumps on his tummy, is it an allergy?", None),
    ("the concert ticket site charged me twice, how do I get my money back from them", None),
    ("Order 5521 at the sushi place, where is it at? it's been an hour", None),
    # a cancel already done asks when the money is back
    ("I cancelled my order yesterday, when do I get the money back?", "refund-time"),
    ("how long is the return period", "return-policy"),
])
def test_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
