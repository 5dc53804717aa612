"""Seventy-seventh round (docs/faq.md, faq77): answerable messages that got no answer, read as kinds over the
development sets (probe60 written first): whether our product bought or got elsewhere is real, and where the box's
anti-counterfeit code is checked (authenticity); a promo code turned down, said any way (promo-code); a parcel the
carrier calls delivered or left somewhere that is not there (package-problem); an order paid or placed a while ago with
nothing yet, asked where it is (order-tracking); living abroad and asking whether we send there (shipping-destinations,
with Japan's and Korea's cities as their Chinese write them in lexicon.PLACES); and where one lives said with nothing
asked of us (no answer). Other wordings than probe60's and the development sets'; each outcome check here failed before
the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("网上买的露米面霜才一半价钱 是假的吧", "authenticity"),
    ("同学从代购那拿的精华 真的假的", "authenticity"),
    ("盒子上的防伪码应该去哪里验", "authenticity"),
    ("entered the code from your story and nothing comes off", "promo-code"),
    ("why won't my student code apply", "promo-code"),
    ("the app says handed to a neighbour but nobody on my floor has it", "package-problem"),
    ("canada post left it in the lobby, lobby is empty", "package-problem"),
    ("物流写着已投递 信箱里空空的", "package-problem"),
    ("placed my order last friday and still nothing, where is it at", "order-tracking"),
    ("my cream has not shown up yet, any idea where it is", "order-tracking"),
    ("been a week since i paid, where's my order at", "order-tracking"),
    ("付款一周了东西还没来 在哪查", "order-tracking"),
    ("人在大阪 能寄过来吗", "shipping-destinations"),
    ("我在首尔留学 能下单吗", "shipping-destinations"),
])
def test_an_answerable_message_of_the_kinds_is_answered(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "living in berlin is great",
])
def test_where_one_lives_said_with_nothing_asked_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize("text", [
    "is my uber promo code broken",
    "my zara order says delivered but i got nothing",
    "bought a rolex on kijiji, how do i know its real",
    "人在首尔 签证怎么续",
])
def test_another_business_or_life_abroad_still_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("the courier wants 25 bucks before handing it over, is that legit", "customs-duties"),
    ("where's my refund at? returned it last week", "refund-time"),
    ("moving to the uk next month, can i still order?", "shipping-destinations"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry
