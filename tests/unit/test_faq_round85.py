"""Eighty-fifth round (docs/faq.md, faq85): no-answer messages that got answered or a menu, read as kinds (probe68
written first). Another body's matter told in our entries' words, the body named by a name no list holds, by its
kind or only by what it keeps or owes: another shop by its kind that sent or took back, a service's invoice or its
billing console, a courier or moving company asked what it pays, a maker's repair, a creator's payout, a vehicle's
registration, an insurer's claim, a club's membership, an app's charge, a card declined at another till, a platform
account in mixed text; while our own matters told in the same words keep their answers. Other wordings than
probe68's and the sets'; each no-answer check here failed before the round (the message got an entry's answer or a
menu), with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import ACCOUNT, BODY, SHOP, WALLET
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # another shop by its kind, and what it sent
    "the florist delivered to my old address, can I get a refund from them?",
    # a maker's repair or warranty
    "sent my phone in for repair, tracking hasn't updated in a week",
    "相机保修寄回去了 运费谁出",
    # an exchange's fee, a cinema's points, an employer's money owed, a courier company asked what it pays
    "交易所的手续费怎么退",
    "the cinema's points expire soon, how do I redeem them?",
    "my employer hasn't reimbursed my receipts yet",
    "快递公司那边说丢件了 会赔多少",
    # an office's registration, a service's invoice (by its kind, or a name that is an everyday word)
    "vehicle registration address change, how do I do it?",
    "the hosting company's invoice has the wrong company name, how do I fix it?",
    "how do I get a receipt from my web hosting account?",
    "how do I change the company name on my Slack invoice?",
    # a platform's account in mixed text, a parcel the follower posts, a question put to whoever knows
    "想delete我嘅IG",
    "instagram怎么隐藏手机号",
    "用邮政寄包裹返国内要多少钱",
    "do you know how long Evri takes to deliver parcels like this?",
])
def test_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("the bakery sent the cake to the wrong house, can I get my money back from them?", BODY),
    ("my visa got declined at the pharmacy today, is the bank blocking it?", WALLET),
    ("how do I return a lamp to homegoods without the box?", SHOP),
    ("想deactivate我的facebook", ACCOUNT),
])
def test_kinds_read(text: str, kind: str) -> None:
    assert kind in demo_content().elsewhere.kinds_named(text)


@pytest.mark.parametrize(("text", "entry"), [
    # our matters in the same words, or addressed to us
    ("my manager needs the receipt for my expense claim, can you send it again?", "receipt-invoice"),
    ("the courier lost my order, will you resend it?", "package-problem"),
    ("快递公司把我的包裹弄丢了 会赔吗", "package-problem"),
    ("how do I apply for a job at your Metrotown store?", "job-apply"),
    ("my Visa card was declined at your checkout, what other ways can I pay?", "payment-methods"),
    ("订单上写的是学校地址，放假了能改成家里吗", "order-change-address"),
    ("我是小红书博主，想跟你们合作推广", "wholesale-partnership"),
    ("can I get an invoice with my company name for my order?", "receipt-invoice"),
    ("can I return this to the store without the box?", "return-policy"),
    # a commission asked with no platform named: a creator selling ours may ask it of us
    ("我想帮朋友带货，有没有佣金", "wholesale-partnership"),
])
def test_our_matters_in_the_same_words_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry
