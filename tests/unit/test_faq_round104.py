"""Hundred-and-fourth round (docs/faq.md, faq104): no-answer messages that got answered, another party's matter told
in our entries' words (probe87 written first): another seller named by its trade ("the seed company", "the tackle
company"), a Latin name before 官网, a freight forwarder, a follower's own customer at the follower's own till, a
body's possessive ("the gallery's print order"), a relative's workplace, a document or a group buy sent to someone
else by courier, a letter's "could you advise" about another shop's points, a software licence's invoice, a per diem,
a courier's desk, another site's or app's fee, another shop's prices. Other wordings than probe87's and the sets';
each check of what gets no answer failed before the round (it was answered or a menu), with guards that passed before
and still do: our own customers naming a courier, another shop or their own business while asking us."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import _trade_seller
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "seller"), [
    ("the kayak company shipped the wrong paddle", True),
    ("receipt from the welding supply store came to $310", True),
    ("the lumber mill sent two cracked boards", True),
    # a carrier, ours, the follower's own, or nothing a seller does
    ("the delivery company says it was delivered", False),
    ("the skincare company sent me a sample", False),
    ("i run a pottery supply store, do you do wholesale", False),
    ("my dad works at the feed company", False),
])
def test_a_seller_by_its_trade(text: str, seller: bool) -> None:
    assert _trade_seller(normalize(text)) is seller


@pytest.mark.parametrize("text", [
    # another seller by its trade
    "the seed company sent the wrong tomato seeds, can I return them?",
    "the tackle company sent me the wrong reel, how do I exchange it with them",
    # another seller's site, an app's or a site's fee
    "Coach官网的包寄到多伦多要交关税吗",
    "约会app的会员费可以退吗",
    # the follower's own customer at the follower's own till
    "refunding a customer through my square reader, how long does it take to reach them",
    # a body's possessive matter, a relative's workplace
    "the gallery's print order is late and the tracking is stuck, who do I call",
    "how does the brewery's hiring process work for canning crew?",
    "my sister's company makes them come in on sundays, is that normal",
    # a document or a group buy sent to someone else
    "我儿子的推荐信用顺丰寄到学校，学校说没收到，这个怎么办",
    "小区团购的菜显示送达了但我没拿到，找谁",
    # a software licence's invoice, a per diem, a courier's desk, another shop's prices
    "Jira 的 invoice 抬头怎么改",
    "when will the production pay our per diem",
    "UPS 的客服电话几多",
    "what's the damage on a new board at the surf shop these days?",
])
def test_no_answer_since_the_round(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # a courier or a delivery company carrying our parcel
    ("the delivery company says my Lumi order was delivered but I can't find it", "package-problem"),
    # the follower's own business asking us
    ("I run a small candle company, can I carry your products?", "wholesale-partnership"),
    # ours bought at another shop
    ("我在万宁买的你们的防晒，可以退吗", "return-policy"),
    # our site, our refund, our shipping, our exchange
    ("你们官网的订单寄到卡尔加里要几天", "shipping-time"),
    ("how long does your refund take after the courier picks up my return?", "refund-time"),
    ("is there free shipping on orders over $60 with you?", "shipping-cost"),
    ("I ordered a cream and the size is wrong, can I exchange it?", "exchange"),
    # other parties' matters that got no answer before either
    ("Wayfair took a fee I never agreed to, how do I get it back", None),
    ("货代说柜子在海关被查了，要交什么文件", None),
])
def test_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
