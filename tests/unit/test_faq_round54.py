"""Fifty-fourth round (docs/faq.md): a follower tells a detail of their situation on the way to the question (probe37).
Kinds: how an order was paid, told as done ("paid w/ paypal", 我刷的信用卡, 付款用的是微信), is the story and not a
question about paying (payment-methods took them by the means' names); with a refund asked, it says the money's way
back; a weekday an order was placed (礼拜天买的) is the order's day, not the team's hours; being a new immigrant or a
student, with no job asked, is who asks. Each kind tested in other wordings than probe37's, with guards where the
detail is the question (can I pay with..., a payment gone wrong, a student asking for work)."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_round48 import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # how it was paid, told on the way to another question
    ("I paid using my debit card, when does it get shipped", "shipping-time"),
    ("we paid with wechat pay, can we still change the delivery address", "order-change-address"),
    ("paid w/ paypal, where's my package", "order-tracking"),
    ("used my gift card, where is my order", "order-tracking"),
    ("我刷的信用卡 什么时候能寄出", "shipping-time"),
    ("付款用的是微信 货什么时候到", "shipping-time"),
    ("我已经用支付宝付了 能改地址吗", "order-change-address"),
    ("拿支付宝付的 可以开收据吗", "receipt-invoice"),
    ("信用卡付的钱 包裹漏液了", "package-problem"),
    ("什么时候发货啊 我是用微信付的", "shipping-time"),
    # ... with a refund asked: the money goes back the way it was paid
    ("退款要几天到 我是刷卡付的 信用卡付的", "refund-time"),
    ("用支付宝付的钱 退款退到哪里", "refund-time"),
])
def test_how_it_was_paid_is_the_story(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: paying asked, or a payment gone wrong, stays as it was
    ("can i pay with amex", "payment-methods"),
    ("我可以用花呗付吗", "payment-methods"),
    ("paid with paypal, is that safe", "payment-methods"),
    ("paid with visa", "payment-methods"),
    ("我用信用卡付的 但是扣了两次", None),
    ("paid with visa but got charged twice", None),
])
def test_paying_asked_or_gone_wrong_stays(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # the day an order was placed is the order's, not the team's hours
    ("礼拜天买的 到哪了", "order-tracking"),
    # who they are, with no job asked
    ("我是留学生 可以用你们的积分吗", "points-redeem"),
    ("我们是刚来的新移民 英文不好 可以去你们那里上班吗", "job-language"),
    # Quebec as a place
    ("住在魁北克 你们寄过来吗", "shipping-destinations"),
    # guards: a student asking for work is the work permit's; the team's hours asked by a day stay theirs
    ("我是留学生 可以申请吗", "job-work-permit"),
    ("what time do you open on sunday", "business-hours"),
])
def test_when_and_who_are_the_story(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
