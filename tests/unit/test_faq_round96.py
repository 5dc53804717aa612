"""Ninety-sixth round (docs/faq.md, faq96): no-answer messages answered, read as kinds (probe79 written first),
and blind38's and blind41's answerable misses of the same stories. The group's own people and rules, asked in it or
of it (群主, 群规, 多少人, 发广告, the admin): no entry is about them (they got join-group or stop-messages). Another
body's own matter by its kind: a student union's or an association's dues, a museum's or a zoo's pass, a campsite's
deposit, a maker's own delivery, a health insurer's claim, a subscription that renews by itself, the follower's own
shop's customer. A compliment's "you" and a pasted notice's "your" address nobody (compliments and renewals are
checked on the sets only: every other wording tried got no answer before too). Taiwanese Hokkien words (规工, 一摆,
嘛, 甲, 顾, 盖仔, 歹势); a pastime told in Chinese beside one of our products (露营, 追剧, 看球, 打球). Other
wordings than probe79's and the sets'; each check here failed before the round, with guards that passed before and
still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # the group's own people and rules
    "群主在不在",
    "这个群现在多少人",
    "who's the group admin",
    "how many people are in this group chat?",
    "are we allowed to share links in this chat?",
    # another body's fee, pass, delivery or claim by its kind
    "学生会的年费能退吗",
    "the aquarium annual pass, does it give a birthday discount?",
    "does the museum membership come with a birthday discount",
    "家私厂那边送货地址写错了 物流还能改吗",
    "看病的药能走医保报销吗 要什么单据",
    # a pasted notice's "your"
    "截图：「Your USCIS application is being processed」 这个要等多久",
])
def test_other_parties_matters_get_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # Taiwanese Hokkien words
    ("面霜的蓋仔裂去 漏甲規箱 愛按怎處理", "package-problem"),
    ("阮囝去看球曬規工 恁的防曬偌久補一擺", "sunscreen"),
    # a pastime told beside one of our products
    ("週末要去露營 恁的防曬偌久愛補一擺", "sunscreen"),
    ("下個月要去露營 防曬要多久補一次", "sunscreen"),
    ("週末去看球 曬一整天 防曬要多久補一次", "sunscreen"),
    # a Chinese question, then a remark that asks nothing
    ("退款到微信要几天？月底要交学费", "refund-time"),
])
def test_stories_in_other_words_now_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: joining, leaving the messages, our own order, fee, receipt, membership and products asked plainly
    ("怎么加入你们的交流群", "join-group"),
    ("有沒有溫哥華的群可以加", "join-group"),
    ("别再给我推送消息了", "stop-messages"),
    ("how do i cancel my order? it hasn't shipped", "order-cancel"),
    ("学校要报销 能开发票吗", "receipt-invoice"),
    ("你们的会员要交年费吗", "membership"),
    ("截图：「您的订单已发货」这个多久能到", "shipping-time"),
    ("你们家防晒杠杠的不 出去滑雪能用不", "sunscreen"),
    ("每天追劇到半夜 臉好暗沉 菸鹼醯胺可以跟維C一起擦嗎", "niacinamide-combine"),
])
def test_neighbours_still_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry
