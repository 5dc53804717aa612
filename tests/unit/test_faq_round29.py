"""Twenty-ninth round (docs/faq.md): long messages, which clause carries the question, in my own wordings."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex, question_focus
from tests.support.faq_checks import assert_answers


@pytest.mark.parametrize(("text", "focus"), [
    ("is there a gift box i can add? it's for my grandma's 90th and the whole family is flying in, i want it to look "
     "nice when she opens it", "is there a gift box i can add"),
    ("how do i turn off the promotions? the products are great but i get so many pushes every week, i only want "
     "replies when i have questions", "how do i turn off the promotions"),
    ("可以帮忙包成礼物吗？下周是我爸六十大寿，全家人都会回来，想让他拆开的时候高兴一下", "可以帮忙包成礼物吗"),
])
def test_a_question_asked_first_leaves_its_context_out(text: str, focus: str) -> None:
    """The question first, then a story of its own: "when she opens it", "the products are" are a statement's words,
    not a question's, and the context after the question is no part of it."""
    assert question_focus(text) == focus


@pytest.mark.parametrize("text", [
    "hasnt it shipped yet? no tracking came through",  # a short remark still says what the question is about
    "do you sell lipstick too? need one for a wedding",
])
def test_a_short_remark_after_the_question_is_read_with_it(text: str) -> None:
    assert question_focus(text) == ""


def test_a_question_with_no_question_mark_is_still_found() -> None:
    """No clause asks by its first word or a question mark (taken off before the FAQ reads it): the looser reading."""
    assert question_focus("i am in kuala lumpur now. you can send parcel to malaysia or not") == \
        "you can send parcel to malaysia or not"


@pytest.mark.parametrize(("text", "expected"), [
    ("could you wrap it as a present? my husband turns forty on saturday and we have been married ten years this "
     "spring", "gift-wrap"),
    ("how do i turn off the promotions? the products are great but i get so many pushes every week, i only want "
     "replies when i have questions", "stop-messages"),
    ("do you sell lipstick too? need a red one for my friend's wedding next month", None),
    ("want a side income? easy tasks on your phone, paid every day, no experience, just message me to start today",
     None),
])
def test_a_long_message_asked_first_is_answered(index: FaqIndex, text: str, expected: str | None) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("my cousin lives in Singapore and keeps using up my cleanser, can she order her own from you guys?",
     "shipping-destinations"),
    ("my mum lives in Auckland and keeps finishing my night cream, could she order her own from you guys",
     "shipping-destinations"),
])
def test_the_story_picks_from_its_question_clauses_menu(index: FaqIndex, text: str, expected: str) -> None:
    """The whole message answers clearly and its question clause alone is a menu with that entry in it: the whole."""
    assert_answers(index, text, expected)



@pytest.mark.parametrize(("text", "focus"), [
    ("我上個月喺你哋度買咗支精華，話寄咗出嚟成個禮拜，我又唔識睇物流。點樣知佢而家去咗邊度？", "点样知佢而家去咗边度"),
    ("我喺你哋門市見完工已經三個禮拜，之前話一個禮拜內會覆，而家都冇消息。點樣睇到申請去到邊？", "点样睇到申请去到边"),
])
def test_a_long_cantonese_message_has_a_question_clause(text: str, focus: str) -> None:
    """點樣, 邊度, 幾耐, 有冇 are no Mandarin cue: read as Mandarin, the clause asks."""
    assert question_focus(text) == focus


def test_a_short_mixed_message_keeps_its_reading() -> None:
    """Guard (blind11's kind): few Chinese characters, so 有冇 is not read for a cue, and the first question stays."""
    assert question_focus("birthday coupon點用？有冇minimum spend") == ""
