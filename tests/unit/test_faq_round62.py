"""Sixty-second round (docs/faq.md): English registers the matcher left unanswered or misread (probe45). Kinds: the
over-polite letter's courtesies ("respected sir", "kindly be informed that", "i trust you are keeping well", a
sign-off with a name of several words) and formal words for the FAQ's (employment, gentlemen, sequence, intimate,
whereabouts, a member of your staff); an emoji standing for a word (📦, 🎂, a flag). Each kind tested in other wordings
than probe45's, with guards that stay another entry's or unanswered."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_emoji
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # the over-polite letter
    ("Respected Madam, I humbly request you to kindly intimate when my refund will be credited.", "refund-time"),
    ("Good day. I trust this message finds you well. Kindly advise the present whereabouts of my package. "
     "Warm regards, Sarah Mensah", "order-tracking"),
    ("Dear Sir, are your creams appropriate for gentlemen who shave daily? Thanking you in anticipation.",
     "mens-skincare"),
    ("Dear Team, I am seeking employment with your esteemed company. How may I apply? Kind regards, Ama Mensah",
     "job-apply"),
])
def test_the_letters_question_is_read(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_a_member_of_the_staff_is_a_person() -> None:
    # a person asked for is the handoff's (no FAQ "answered" event), so read by the matcher itself
    found = demo_content().faq_index.match("Kindly be informed that I wish to talk with a member of your customer "
                                           "service team.")
    assert found.answer is not None and found.answer.id == "human-agent"


@pytest.mark.parametrize(("text", "entry"), [
    # an emoji for a word
    ("📦 hasnt moved in 4 days, where is it", "order-tracking"),
    ("any 🎂 treat for members this month?", "birthday-gift"),
    ("do you deliver to 🇳🇿", "shipping-destinations"),
])
def test_an_emoji_reads_as_its_word(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_emoji_reading_leaves_other_text_alone() -> None:
    assert read_emoji("where is my order") == "where is my order"
    assert read_emoji("thanks 😭🙏") == "thanks 😭🙏"
    assert read_emoji("沒拆📦") == "沒拆📦"
    assert read_emoji("ship to 🇦🇺?") == "ship to  australia ?"


@pytest.mark.parametrize(("text", "entry"), [
    # staff named in a job question stays the job's; "regards" in a sentence is kept
    ("do staff members in your store need to speak Mandarin?", "job-language"),
    ("my question regards my refund, when will it arrive?", "refund-time"),
])
def test_the_other_entry_stays(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "Respected Sir, kindly intimate the balance of my electricity account at the earliest.",
    "🍕🍕🍕",
    "Kindly be informed that the school will be closed on Monday. Regards, Principal",
])
def test_others_matters_get_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # pasted text before the question, and the question's own words: the ways to pay, what to spend for "it" to be
    # free, a courier as the verb
    ("Card declined.\n[ Try again ]\n\nwhat other ways can i pay then", "payment-methods"),
    ("Items CAD 45.00\nDelivery CAD 8.00\n\nhow much do i have to spend to get it free?", "shipping-cost"),
    ("can you lot courier to Pretoria?", "shipping-destinations"),
])
def test_the_question_under_the_paste_is_read(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "how's the craic lads",
    "hiya lads, anyone up for five-a-side tonight",
    "my Superbalist order still hasn't come, the courier is useless",
])
def test_greetings_and_other_shops_get_no_answer(text: str) -> None:
    assert outcome(text) is None


def test_the_lads_asked_about_stay_men() -> None:
    assert outcome("any skincare for the lads? my husband shaves daily") == "mens-skincare"
