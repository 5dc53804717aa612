"""Eightieth round (docs/faq.md, faq80): blind31's English misses, wrong answers and answered no-answer messages read
as kinds (probe63 written first). Northern English and Welsh English ("me" for my, owt / nowt / summat, "you lot", a
vocative love, duck or pet closing a clause, "what time are you about till", the sun cream), New Zealand English
(casual work is part-time work, sweet as, mahi, munted, keen to), US Midwest politeness that asks nothing (ope, real
quick, no worries if not), parents of teenagers (spots on a son's forehead, whether the range is okay for boys, what
suits a young teen daughter), a wrong assumption told first (a retinoid every night from the start; sunscreen not
needed under cloud), paid back with a receipt (reimbursed), a trip's deadline with the airport as the other choice,
the offers and deals stopped, a CV's look (job-resume-tips, not job-apply), places of these crowds; and no-answer
messages: another airline's payout, the weekend's wishes to the group, a message sent to the wrong chat. Other
wordings than probe63's and blind31's; each outcome check here failed before the round, with guards that passed
before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Northern English and Welsh English
    ("Does your sun cream go all chalky on pale skin, pet?", "sunscreen"),
    ("Pack it in with all them deals, love, me inbox is full", "stop-messages"),
    ("Can you quit texting me the sales stuff, pet? Me phone won't stop", "stop-messages"),
    ("When are you lot open till, duck? Need a word about me parcel", "business-hours"),
    # New Zealand English
    ("Do you deliver to Tauranga? Sweet as if not", "shipping-destinations"),
    ("Do you send to Invercargill? Keen to try your cleanser", "shipping-destinations"),
    # US Midwest polite
    ("Ope, real quick, can you ship to Iowa?", "shipping-destinations"),
    ("Real quick, do y'all post to Wisconsin?", "shipping-destinations"),
    ("Real quick, could you stop sending the daily deals? No worries if not", "stop-messages"),
    # parents of teenagers
    ("Is your range okay for teenage boys or is it more for women?", "mens-skincare"),
    ("Are your products alright for boys? My lad is 15 and wants to sort his skin out", "mens-skincare"),
    ("My 11 year old daughter is desperate to start skincare after watching YouTube, what would suit her?",
     "product-recommendation"),
    # a wrong assumption told first
    ("I figure I'll use the retinal every night from day one to see results faster, that ok?", "retinoid-start"),
    ("Since it's the strong one I figure I'll put the retinal on twice a day to see results quicker, yeah?",
     "retinoid-start"),
    # a trip's deadline with the airport as the other choice
    ("ordered from ottawa tuesday flying out on the 15th will it make it or do i grab something at the airport",
     "shipping-time"),
])
def test_blind31_english_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it
    ("How late are you lot on of a Sunday? Want to ask summat", "business-hours"),
    ("Does owt in the toner have alcohol in it, duck?", "fragrance-alcohol-free"),
    ("Tracking says it came but there's nowt in me porch, love. What now?", "package-problem"),
    ("Do you post to Cardiff or is it just Canada?", "shipping-destinations"),
    ("Any casual jobs at your Auckland store? Keen for a few shifts", "job-part-time"),
    ("Jar turned up munted, cream all over the box eh. What do I do?", "package-problem"),
    ("My 15 year old son has spots all over his chin, what can he use?", "acne-prone"),
    ("My son is 14 and wants to start a skincare routine, where should a boy begin?", "mens-skincare"),
    ("I reckon you don't need sunscreen when it's overcast all winter, right?", "sunscreen"),
    ("Work will pay me back if I send them a receipt, how do I get one?", "receipt-invoice"),
    ("Sorry, I've never made a resume in English. What should my CV look like for you?", "job-resume-tips"),
    # neighbours that keep their answers
    ("any tips for making my CV look good for you guys", "job-resume-tips"),
    ("Sent my CV in last week, how long till I hear back?", "job-application-status"),
    ("I love your toner, does it have alcohol in it?", "fragrance-alcohol-free"),
    ("Do you have part-time work for students?", "job-part-time"),
    ("What time do you close on Saturday?", "business-hours"),
    ("my daughter is 14 and has pimples on her forehead, what should she use?", "acne-prone"),
    ("how do I stop your promo messages?", "stop-messages"),
    ("Does the sunscreen leave a white cast?", "sunscreen"),
    ("how do I start using retinol?", "retinoid-start"),
    ("I'm pregnant, can I keep using the retinal serum every night?", "pregnancy-safe"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # answered before the round: the weekend's wishes to the group, a chip shop's hours
    "Happy Saturday everyone! Hope y'all have a great weekend",
    "what time is the chippy open till tonight",
])
def test_other_matters_now_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize("text", [
    "Air New Zealand lost my suitcase, how long until they pay out?",
    "Oops, wrong chat, sorry all!",
    "just finished a 12 hour night shift, so tired",
    "any casual work going at the orchard out the back of town?",
    "Have a good one y'all",
])
def test_other_matters_get_no_answer(text: str) -> None:
    assert outcome(text) is None
