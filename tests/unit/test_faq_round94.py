"""Ninety-fourth round (docs/faq.md, faq94): blind34-39's answerable misses read as kinds (probe77 written first).
A question asked first and closed by its question mark, then a remark of the follower's life that asks nothing (a
spouse or a landlord waiting, a hospital's sanitizer, how slow the last parcel was), in English and in Chinese: its
question read alone answers when the whole message puts that entry first too; whether WE deliver or send orders out on
a weekend or a holiday, asked of us (a carrier's weekend rounds stay another body's); the follower's own lunch or break
a message is typed on (noon, the time of day, not a meal); a bigger size asked (the size range: no entry says, not a
sample's travel size); the follower's own life beside the question: a rent falling due, a hotel the parcel goes to,
a pet by its fond name or a vet's clinic one works at, a day's fishing beside our cream, sunscreen or parcel, the cold
told with the face it dries, a hard hat (安全帽, no privacy's 安全); a thing bought twice or already bought by
someone else, the order not wanted (买重了: no reaction's 重了); a retinoid started (开始用A醇, how). Other wordings
than probe77's and the sets'; each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import question_then_remark
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "question"), [
    ("where's my package? paid on the weekend, my daughter keeps asking me", "where's my package?"),
    ("寄到贵阳要几天？之前网购在路上晃了快一个月", "寄到贵阳要几天？"),
])
def test_a_question_then_a_remark_is_read_by_its_question(text: str, question: str) -> None:
    assert question_then_remark(text) == question


@pytest.mark.parametrize("text", [
    # a remark that asks too, a message with no question mark, a question last
    "can you ship to perth? how much is it",
    "寄到贵阳要几天？运费多少",
    "where is my package, paid on the weekend",
    "paid on the weekend. where is my package?",
])
def test_a_remark_that_asks_or_no_question_first_is_not(text: str) -> None:
    assert question_then_remark(text) == ""


@pytest.mark.parametrize(("text", "entry"), [
    # a question first, then a remark
    ("when will i get my refund? landlord wants the rent friday", "refund-time"),
    ("寄到贵阳要几天？之前网购在路上晃了快一个月", "shipping-time"),
    ("where is me parcel? paid thursday, the missus is getting impatient", "order-tracking"),
    # our deliveries on a weekend or a holiday
    ("do you guys deliver on holidays?", "shipping-time"),
    ("can you send orders out on sundays", "shipping-time"),
    # the follower's lunch or break as the time of day
    ("on my lunch break, how long to get to edmonton?", "shipping-time"),
    ("what time does customer service open? i can only call during my lunch hour", "business-hours"),
    # the follower's own life beside the question
    ("refund back on my card when? rent's due friday", "refund-time"),
    ("老板出差住多伦多，现在下单寄到多伦多饭店大概几天会到？", "shipping-time"),
    ("我好喜欢猫咪，你们有没有动物实验", "cruelty-free"),
    ("vet nurse here, is your stuff tested on animals?", "cruelty-free"),
    ("天天出海钓鱼，防晒多久补一次", "sunscreen"),
    ("went fishing for the weekend, came home and the parcel was soaked and the serum leaked", "package-problem"),
    ("最近好冷，脸干到起皮，用什么好", "winter-dry-skin"),
    ("工地天天戴安全帽，额头全是痘，有啥推荐", "acne-prone"),
    # bought twice, or already bought by someone else
    ("不小心买重了，还没发货，能退掉一单吗", "order-cancel"),
    # a retinoid started
    ("打算开始用A醇，怎么用比较稳", "retinoid-start"),
])
def test_the_kinds_now_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: the plain questions keep their answers
    ("how long does delivery take?", "shipping-time"),
    ("can i get a sample?", "samples"),
    ("what are your hours?", "business-hours"),
    ("包裹到哪了？礼拜一付的钱，老公一直催", "order-tracking"),
    ("can i swap it for a bigger size", "exchange"),
    ("my mum already got me the exact same kit, need to scrap the order i placed this morning", "order-cancel"),
])
def test_plain_questions_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # a bigger size is no sample's travel size
    "any bigger size for the moisturiser?",
    # guards: a carrier's weekend rounds, weather talk, another shop's order, a pastime's or a vet's or a hotel's matter
    "does the post office deliver on saturdays?",
    "是不是下雪了？我这边好冷",
    "今天好冷啊",
    "where's my uber eats order? paid ages ago, still nothing",
    "钓鱼用什么饵好",
    "is the vet open on sundays",
    "do you sell fish oil",
    "温哥华的酒店多少钱一晚",
])
def test_a_bigger_size_or_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None
