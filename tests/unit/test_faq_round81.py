"""Eighty-first round (docs/faq.md, faq81): no-answer messages that got answered, read as kinds (probe64 written
first). Another body's own matter told in our entries' words is that body's, the body named by its kind (an
airline, a supermarket's points, a gym's membership, a boss's shifts, a game's code) or by a name nobody listed ("my
Jumia parcel", "ordered off Wayfair"), while our own matters told beside such words, or addressed to us, keep their
answers. Other wordings than probe64's and the sets'; each no-answer check here failed before the round (the message
got an entry's answer), with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import BODY, SHOP
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # a body named by its kind, beside what it owes or keeps
    "how do I use my supermarket points for a discount?",
    "supermarket 的 points 怎么 redeem",
    "健身室會籍點樣取消",
    "my boss cut my shifts, can I get part-time somewhere else?",
    # a matter that is a body's by itself
    "the game's redeem code doesn't work",
    # a business by a name nobody listed, where a business's name stands
    "where's my Jumia parcel, it's been 10 days",
    "my Wayfair order came damaged, what do I do?",
    # a ride app's trip invoice, a programme's points by a name nobody listed, a building's fee, a bank's hotline
    "滴滴的发票怎么开",
    "how do I redeem Petbarn rewards points online?",
    "物业费可以用信用卡交吗",
    "银行客服几点有人接电话",
    # a shop's hours by a name none of ours, a job at another kind of employer
    "anyone know when Spotlight opens on Sunday?",
    "how should I prepare for a job interview at the hospital next week?",
])
def test_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # our matters beside another body's words, or addressed to us
    ("my refund went to my credit card, how long?", "refund-time"),
    ("do your points expire?", "points-redeem"),
    ("I applied for the store associate job, any news?", "job-application-status"),
    ("你们的积分怎么兑换", "points-redeem"),
    ("我的订单能寄到学校吗", "shipping-time"),
    ("退款退到信用卡要多久", "refund-time"),
    ("我老板让我问 你们能开公司抬头的收据吗", "receipt-invoice"),
    ("can I use my points at your store", "points-redeem"),
    ("what time do you close on sunday?", "business-hours"),
    ("what time does the Chatswood store close?", "store-locations"),
    ("boss said the company will reimburse, can I get a receipt?", "receipt-invoice"),
    # a return sent, its money going back to a bank's card (no answer before: the bank's name read as the bank asked)
    ("退货寄回去了 退款会到我的工行卡上吗 要多久", "refund-time"),
    # a body named as the order's address (faq81 and faq82 merged: the teacher's school address read as the school's)
    ("订单上写的是学校地址，放假了能改成家里吗", "order-change-address"),
])
def test_our_matters_beside_another_bodys_words_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "kind"), [
    ("the airline lost my suitcase, how long is the compensation?", BODY),
    ("房东一直不退押金", BODY),
    ("my Zumiko order never came", SHOP),
    ("bought a kettle off Brindlemart and it leaks", SHOP),
    ("在西班牙办NIE要预约吗，去哪个政府办公室", BODY),  # an office: what it keeps asked anywhere in the message
    ("去长洲的船几点开", BODY),
    ("just moved to Melbourne, where's the best site for finding a flat?", BODY),
    ("the school needs a consent form signed, where do I get one", BODY),
])
def test_the_kinds_read(text: str, kind: str) -> None:
    assert kind in demo_content().elsewhere.kinds_named(text)


@pytest.mark.parametrize("text", [
    "can you ship it to my school?",  # a destination, and addressed
    "寄到学校要多久",  # a destination
    "my first order hasn't come",  # everyday words before "order"
    "my boss needs a receipt to reimburse the gift set",  # an employer owes no receipt
    "有在徵工讀生嗎",  # a part-time job in Taiwan's word
])
def test_no_body_read(text: str) -> None:
    kinds = demo_content().elsewhere.kinds_named(text)
    assert BODY not in kinds and SHOP not in kinds
