"""Eighty-ninth round (docs/faq.md, faq89): no-answer messages that got answered, read as kinds (probe72 written
first). Another carrier's, transport company's or marketplace's matter told in our entries' words: a postal service
or a courier asked about its own claim or complaint, a ferry's, a train's, a bus's or a cruise's fare refunded for a
trip cancelled, a marketplace anywhere by its name or by what it is (a return, a refund there); a message that is
nothing but another person's line quoted; where to learn English; a coder's pull request and its review. Our own
matters told in the same words keep their answers. Other wordings than probe72's and the sets'; each no-answer check
here failed before the round (the message got an entry's answer or a menu), with guards that passed before and still
do."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import BODY, POST_CLAIM, QUOTED, SCHOOL, SHOP
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # a post asked about its own claim or complaint
    "新西兰邮政把别人寄的包裹弄丢了 怎么申诉",
    # a trip cancelled and its fare refunded
    "the ferry to the island was cancelled, how long do they take to refund?",
    "the train was cancelled, how long does the refund take?",
    "邮轮取消了 退款多久能到",
    # a marketplace anywhere
    "Zalando refund still not in, how long does it take?",
    # another person's line quoted, nothing asked of us
    "「阿强：你们几点到」",
    "「Kelly：包裹寄出去没」",
    "「同事：你们那有优惠码吗」",
    # a code review
    "my code review got rejected again lol",
])
def test_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("Royal Mail lost a card from my gran, how do I claim?", POST_CLAIM),
    ("日本邮政的包裹怎么投诉", POST_CLAIM),
    ("the train got cancelled, do they refund the fare?", BODY),
    ("在Ozon上买的东西怎么退", SHOP),
    ("「小李：周末去哪」", QUOTED),
    ("where can my dad learn english for free?", SCHOOL),
])
def test_kinds_read(text: str, kind: str) -> None:
    assert kind in demo_content().elsewhere.kinds_named(text)


@pytest.mark.parametrize(("text", "entry"), [
    # our matters in the same words, or addressed to us
    ("Canada Post lost my parcel, what happens now?", "package-problem"),
    ("my order is stuck with the courier for a week", "order-tracking"),
    ("我退回去的面霜 退款几天到账", "refund-time"),
    ("can I return the toner I bought from you?", "return-policy"),
    ("do you reply in English?", "language"),
    ("my discount code got rejected", "promo-code"),
    # our account's own line quoted, and a quote followed by the follower's question
    ("「Siyu：你的订单已发货」\n- - - - - - -\n在哪里看物流", "order-tracking"),
])
def test_our_matters_in_the_same_words_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # a carrier lost our order, said bare (a menu before the round)
    "Australia Post lost my delivery last week",
])
def test_our_parcel_lost_by_a_carrier_is_ours(text: str) -> None:
    assert outcome(text) == "package-problem"
