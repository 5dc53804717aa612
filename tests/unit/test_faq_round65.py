"""Sixty-fifth round (docs/faq.md): English messages that got a menu or a wrong entry (probe48). Kinds: two
questions where the second goes on from the first after its question mark ("...? and ...", "...? also ..."): the
first is the one asked; a small-talk sentence around the question ("are you guys having a good weekend?", "hope
you're well"): left out, the question read alone. Each kind tested in other wordings than probe48's, with guards."""

from __future__ import annotations

import pytest

from bot.content.faq import main_question
from tests.unit.test_faq_round48 import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("How much does it cost to ship to Australia? Also will I pay import duties?", "shipping-cost"),
    ("do you deliver to Taiwan? and how many days does it take", "shipping-destinations"),
    ("I have a study permit, can I still apply? and do I need to speak Mandarin?", "job-work-permit"),
])
def test_a_second_question_after_and_goes_on_from_the_first(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("Ordered by mistake ten minutes ago, can I still cancel before it ships? Are you guys having a good weekend?",
     "order-cancel"),
    ("I'd like to cancel my order please, it hasn't shipped. Hope you're well!", "order-cancel"),
    ("where is my parcel? hope your week is going well!", "order-tracking"),
    # small talk and nothing else asked: no answer
    ("how was the weekend? mine was so lazy", None),
])
def test_a_small_talk_sentence_is_left_out(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "do you ship to Ireland and how long does it take",  # no question mark: read whole, as before
    "are you open at the weekend?",  # "weekend" in a question is the question
    "你们周末上班吗？顺便问下有交流群吗",
])
def test_guards_no_main_question_where_none_is_told(text: str) -> None:
    assert main_question(text) in ("", "你们周末上班吗？")


def test_the_weekend_asked_about_is_the_hours() -> None:
    assert outcome("are you open at the weekend?") == "business-hours"


@pytest.mark.parametrize(("text", "entry"), [
    ("can i send back a cream i havent used? got it maybe 3 weeks back", "return-policy"),
    ("what hours is your staff on? I'm in London so it's hard", "business-hours"),
])
def test_a_question_then_words_of_circumstance_is_the_question(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("how's the weather where you are?", None),
    ("what is the weather like in Vancouver today", None),
    # guard: weather in a skincare question is still the question
    ("my skin gets so dry in cold weather, what should I use", "winter-dry-skin"),
])
def test_small_talk_about_the_weather_asks_nothing(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
