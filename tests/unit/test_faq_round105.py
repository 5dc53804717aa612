"""Hundred-and-fifth round (docs/faq.md, faq105): blind44's English misses read as kinds (probe88 written first). A
story, then its summary question after a marker ("TL;DR", "long story short", "bottom line"), read alone with the
story as the follower's circumstances where the message speaks of our goods or an order; a parcel or a jar "busted";
a job's duties beside a résumé; an either/or whose second half is the follower's own fallback; Tasmania's places; a
rumour's generic "you" (lets you, if you) read as anyone's, not as speaking to us, so the other party it names keeps
its veto.
Other wordings than probe88's and the sets'; each check of what is answered failed before the round, with guards
that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import summary_question, without_fallback
from tests.support.faq_checks import outcome


def test_summary_question() -> None:
    assert summary_question("Spent a month on the trawler and my hands are wrecked from the nets. TL;DR when will my "
                            "refund show up") == "when will my refund show up"
    assert summary_question("Back from the regatta, sunburnt and broke, boat needs a new sail. Long story short: do "
                            "you ship to Norway?") == "do you ship to Norway?"
    assert summary_question("We had the fundraiser at the rink all weekend and nobody slept. Anyway, how long is "
                            "shipping to Regina") == "how long is shipping to Regina"
    # guards: the summary first (the message reads whole), too little story, nothing asked, "anyway" mid-sentence
    assert summary_question("TL;DR can I use both together. Long version: I have the serum and the cream") == ""
    assert summary_question("Long day. TL;DR do you ship to Norway") == ""
    assert summary_question("Hauled nets from dawn till dark, the skipper yelled all day. TL;DR we caught "
                            "nothing lol") == ""
    assert summary_question("I told my mate I'd buy it anyway and he laughed at me the whole night, can you believe "
                            "it") == ""
    assert summary_question("在工地干了三个月。总之，你们寄多伦多要几天") == ""


def test_without_fallback() -> None:
    assert without_fallback("Can you send it to Oslo, or should I fill my suitcase before I go?") == \
        "Can you send it to Oslo?"
    # guards: the fallback that still asks us, a message with no question put to us first
    assert without_fallback("Can you change it, or should I contact you by email?") == \
        "Can you change it, or should I contact you by email?"
    assert without_fallback("Should I use it at night or should I use it in the morning?") == \
        "Should I use it at night or should I use it in the morning?"


@pytest.mark.parametrize(("text", "expected"), [
    # a story with an order's words, then the summary asked (read alone, the story's own trades set aside)
    ("Sent the return from the post office near my apartment last week and the tracking shows it got to you. TL;DR "
     "when do I see the refund", "refund-time"),
    ("Unpacked the order at the hotel in Jasper after a twelve hour drive and the jar lid was cracked right through. "
     "TL;DR what do I do about a busted jar", "package-problem"),
    # a parcel "busted"
    ("my toner came busted in the mail, what now", "package-problem"),
    # a job's duties beside a resume
    ("for my resume, do I list my duties or just my hours?", "job-resume-tips"),
    # either/or with the follower's own fallback
    ("Heading to Launceston for a year. Do you ship to Tasmania, or should I buy a stack before I fly?",
     "shipping-destinations"),
    # sunscreen needed behind glass, a rumour checked
    ("my nan reckons you dont need spf if you sit behind a window all day. is that so?", "sunscreen"),
    # points used or saved, then how many make a dollar off
    ("Points - redeem them or keep them? how many do I need to get a dollar off", "points-redeem"),
])
def test_answered(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize("text", [
    # the story's other party is what the summary asks of
    "The ferry company cancelled my crossing and kept the fare. TL;DR how long do they take to refund it",
    "My flight got rebooked twice and the airport hotel overcharged me. Long story short, how do I get a refund",
    "Our tenancy board hearing got moved again and the landlord still has the deposit. Bottom line: when do I get "
    "my money back",
    # someone else busted, duties at customs, a summary that asks nothing
    "my brother got busted speeding on the highway lol",
    "Worked the whole fair weekend on the fudge stall, feet are gone. TL;DR we sold out by noon",
])
def test_not_answered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize("text", [
    # a rumour about another party, its "you" anyone's
    "Heard Avios points vanish if you don't earn any for three years. True?",
    "My neighbour said the pension office lets you update your address by phone. Is that right?",
])
def test_rumour_of_another_party(text: str) -> None:
    assert outcome(text) is None


def test_guards_keep_their_entries() -> None:
    assert outcome("will I have to pay duties on the order when it lands in the UK") == "customs-duties"
    assert outcome("the glass jar of sunscreen arrived cracked, do I need to send a photo") == "package-problem"
    assert outcome("are your prices in US dollars or Canadian?") == "currency"
    assert outcome("someone said your points expire if you don't order for a year, true?") == "points-redeem"
