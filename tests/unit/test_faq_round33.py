"""Thirty-third round (docs/faq.md): long messages (probe17), each kind tested in other wordings than probe17's, with
guards beside them."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from tests.support.faq_checks import assert_answers


@pytest.mark.parametrize(("text", "expected"), [
    # another trade named in the story of a message that speaks to us is its circumstance, not its object
    ("我下个月初要去日本旅行，怕包裹到的时候家里没人。你们寄到多伦多一般要几天？", "shipping-time"),  # 旅行
    ("我姐姐在列治文开了一家美甲店，客人经常问她用什么护肤品，她想进你们的货放店里卖，请问可以怎么合作？",
     "wholesale-partnership"),  # 美甲
    ("上次在别的网站买东西，还要自己去邮局交了一笔税，特别麻烦。这次跟你们买的话，寄到台湾要不要另外交税？",
     "customs-duties"),  # 邮局
    ("We're going camping in Jasper next month and I always burn on the first day. I've got your mineral sunscreen "
     "now. How often should I put it back on when we're out on the trails?", "sunscreen"),  # camping
    # ... or speaks of an order placed with us (下的单, 落咗单, "my order")
    ("今天上午下的单，地址写成了以前租的公寓，房东早就不帮我收快递了。还没发货的话能改地址吗？",
     "order-change-address"),
    ("Just moved out of my old apartment and the landlord won't forward anything. My order from yesterday still has "
     "the old address on it, can it be changed before it ships?", "order-change-address"),
    ("我上个礼拜落咗单，但係下个月要去旅行成个礼拜，惊到时冇人收。寄到温哥华一般要几多日？", "shipping-time"),
])
def test_a_story_of_another_trade_told_to_us(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # not to us: the other trade is what the question is about
    ("my flight got cancelled and the airline won't answer, how do i get a refund", None),
    # to us, but the other trade is in the question itself
    ("我下个月去旅行，你们知道那边哪家酒店好吗", None),
    # an order placed elsewhere: the other trade is in the question clause ("订单显示取消了但是钱没退 ... 退款要多久")
    ("上周在亚马逊下单买的外套到现在没到，商家不理我，怎么办？", None),
    ("我订了机票和酒店，订单显示取消了但是钱没退，航空公司也联系不上，退款要多久？", None),
    # a story word an entry speaks of still says which entry (refund-time's credit card)
    ("上周把退货寄回去了，你们已经签收，当时是用信用卡付的，想知道钱多久能回到卡上？", "refund-time"),
])
def test_other_trades_still_count(index: FaqIndex, text: str, expected: str | None) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # two questions, neither the whole nor the last answers (a menu of refunds): the first alone is order-cancel's,
    # which the menu holds
    ("第二单还没发货，付了两次钱，我要怎么取消订单啊？钱会退回来吗？", "order-cancel"),
])
def test_one_asking_clause_answers(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a clause that asks only by a question word somewhere ("you guys are great") is not read alone
    ("thanks so much for sorting out my parcel last week, everything arrived. just wanted to say you guys are great, "
     "have a nice day!", None),
])
def test_clauses_that_do_not_ask_clearly(index: FaqIndex, text: str, expected: str | None) -> None:
    assert_answers(index, text, expected)
