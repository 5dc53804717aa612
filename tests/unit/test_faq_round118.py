"""Hundred-and-eighteenth round (docs/faq.md, faq118): the development sets' no-answer messages that got an answer or a
menu, read as kinds of another party's matter (probe101 written first): a practice's legality asked of an employer, a
landlord or a shop; a houseplant watered; a big-box or department store named; a council's refund; a ferry's, a
train's or a bus's times; a web-novel site's votes, coins and tips; goods the follower's trade exports and their
duty; a publisher or a magazine sending copies through customs. Other wordings than probe101's and the sets'; each
check here failed before the round, with guards (the same words about our shop, parcel, order, refunds and jobs,
already answered) that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # legality asked of another's practice
    "店家说特价品不退不换，这合法吗？",
    # a houseplant watered
    "how often should I water succulents in summer?",
    # a council's refund, a store by its name
    "how long do councils take to refund a bond?",
    "Sam's Club membership refund, how long does it take?",
    # a ferry's times
    "what time does the seabus open on holidays?",
    "how long does the ferry to Nanaimo take?",
    # a web-novel site's coins and votes
    "起点币能退款吗",
    "月票和推荐票能换什么",
    # goods exported
    "家里的茶厂出口到日本要交什么关税",
    "we export frozen lobster to China, what duty is charged there?",
    # copies a publisher or a magazine sent
    "报社寄来的样报被海关扣了要交税吗",
    "the magazine sent me contributor copies and customs held them, do I pay duty?",
])
def test_another_partys_matter_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # our own matters in the same words, already answered
    ("is it legal for you to keep my data after I delete my account?", "privacy"),
    ("how long do you take to refund?", "refund-time"),
    ("how long does shipping to Nanaimo take?", "shipping-time"),
    ("你们寄到日本要交关税吗", "customs-duties"),
    ("我的订单被海关扣了要交税吗", "customs-duties"),
    ("are you hiring for summer?", "job-part-time"),
    ("what time do you open on Sunday?", "business-hours"),
    ("can I return a cream I bought from you?", "return-policy"),
])
def test_guards_unchanged(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # small talk opening a question of ours (stop 55's merge, its own cases): the question is still asked; they got no
    # answer once the round's small-talk reading ("chat") was read over the whole message
    ("Hey team, how was your weekend? Quick one: how long does shipping to Calgary take?", "shipping-time"),
    ("how was your day? can I pay with paypal", "payment-methods"),
    ("How was your weekend? I need to know how long shipping to Fairbanks takes", "shipping-time"),
    # ... and small talk alone still asks nothing of ours
    ("Another double shift. Anyway, how was everyone's weekend?", None),
    ("how was the gig? we were buzzing after", None),
])
def test_small_talk_before_a_question_of_ours(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
