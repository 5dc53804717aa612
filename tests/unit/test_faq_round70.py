"""Seventieth round (docs/faq.md, faq70): wrong answers and answered no-answer messages read as kinds (probe53
written first): a delivery deadline said as a date, an event or a trip is the shipping times' question, and whether
another maker's goods (a watch, a bag, a phone, liquor, jade) are real is not ours, while whether our goods bought
elsewhere are real stays the authenticity entry's. Each kind tested in other wordings than the sets', with guards
that stay as they were."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    "need the toner before my sister's wedding on the 9th, i'm in saskatoon",
    "graduation is on thursday, will it be there in time if i order now",
    "下下周二之前能寄到布里斯班吗 要送人",
    "寄到奥克兰赶得切吗 下个月初要用",
])
def test_a_delivery_deadline_is_the_shipping_times(text: str) -> None:
    assert outcome(text) == "shipping-time"


@pytest.mark.parametrize(("text", "entry"), [
    # the deadline words of other matters stay theirs
    ("现在注册还来得及吗 会员怎么加入", "membership"),
    ("can i still cancel before it ships", "order-cancel"),
    ("how much is postage to hobart", "shipping-cost"),
])
def test_other_deadlines_stay_as_they_were(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "picked up a used rolex at a pawn shop, how do i tell if it's real",
    "how can you tell if pearls are fake",
    "二手群里买的耳机 怎么辨别是不是正品",
    "朋友代購嘅手袋 點知係咪真貨",
])
def test_whether_another_makers_goods_are_real_is_not_ours(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize("text", [
    "bought your serum off a reseller for half price, how do i know it's genuine",
    "在闲鱼收的露米面霜 怎么辨别真假",
])
def test_whether_our_goods_bought_elsewhere_are_real_stays_authenticity(text: str) -> None:
    assert outcome(text) == "authenticity"
