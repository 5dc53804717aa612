"""Forty-fifth round (docs/faq.md): an order, a parcel or a refund that has not come yet, said as a statement, is
read by what has not come (goods: where the order is; money: the refund), and paying on delivery or in instalments is
a way to pay (probe28). Each kind tested in other wordings than probe28's, with guards."""

from __future__ import annotations

import pytest

from bot.content.lexicon import looks_like_spam
from bot.text import normalize
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # goods not come yet, said as a statement: where the order is (refund-time, package-problem and shipping-time
    # took them on 还没 / 没收到 / 发货)
    ("我的包裹怎么到现在还没到", "order-tracking"),
    ("一直没收到货啊", "order-tracking"),
    ("订单付完款五天了都没发货", "order-tracking"),
    ("上个礼拜订的精华还没寄到", "order-tracking"),
    ("買咗嘅嘢仲未寄到", "order-tracking"),
    ("已经三个星期了 快递还没到", "order-tracking"),
    # guards: marked delivered or lost is the package problem; money not come is the refund; a change wanted while
    # it has not gone is the change's
    ("显示已经签收了 但是包裹我还没收到", "package-problem"),
    ("退的钱到现在还没到", "refund-time"),
    ("还没发货 能帮我取消订单吗", "order-cancel"),
    ("地址写错了 东西还没寄出 能改吗", "order-change-address"),
    ("退了款都快两个星期了还没收到", "refund-time"),
    # 没有动 of 有没有动物 is no parcel that has not moved
    ("这款面霜有没有动物成分", "cruelty-free"),
    # a parcel a friend or relative sent is theirs, though it says 我的快递
    ("我姐寄给我的快递还没到", None),
])
def test_goods_not_come_yet_in_chinese_is_where_the_order_is(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("i havent received my package yet", "order-tracking"),
    ("we didnt get our parcel yet", "order-tracking"),
    ("i still not receive my items", "order-tracking"),
    ("ordered two weeks ago and still havent got anything", "order-tracking"),
    ("been waiting on my package for ages", "order-tracking"),
    # ESL: "no" / "is not" with a bare verb, and not sent out yet
    ("parcel no arrive yet", "order-tracking"),
    ("my package is not reach yet", "order-tracking"),
    ("why you still not send my order", "order-tracking"),
    ("the serum i bought last week still not come", "order-tracking"),
    ("i havent had the money back for the toner i returned", "refund-time"),
    # guards: a refund or money not received is refund-time's; a salary is nobody's
    ("i didnt receive my refund yet", "refund-time"),
    ("still havent gotten my money back", "refund-time"),
    ("my salary still hasnt come in", None),
    ("my order hasnt shipped yet, can i cancel it", "order-cancel"),
])
def test_goods_not_received_yet_in_english_is_where_the_order_is(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("你们支持货到付款吗", "payment-methods"),
    ("东西到了以后再付款行吗", "payment-methods"),
    ("能不能分六期", "payment-methods"),
    ("do you accept payment on delivery", "payment-methods"),
    ("can i pay once my order arrives", "payment-methods"),
    ("is buy now pay later available", "payment-methods"),
    # guards: money asked at the door on top is customs-duties'
    ("收到货的时候还要另外付钱吗", "customs-duties"),
    ("will i have to pay duties when my parcel arrives", "customs-duties"),
])
def test_paying_on_delivery_or_in_instalments_is_a_way_to_pay(text: str, entry: str) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "spam"), [
    ("buy cheap instagram followers now", True),
    ("selling 5k likes for your posts", True),
    ("i have 20k followers on xiaohongshu, can we collaborate", False),
])
def test_bought_followers_are_an_advertisement(text: str, spam: bool) -> None:
    assert looks_like_spam(normalize(text)) is spam
