"""Fortieth round (docs/faq.md): the lead's follower asks and probe23. A standing allergy asking what the products
contain is an ingredient question, not a reaction; a product's packaging is no parcel; where the parcels leave from is
shipping-destinations'; a charge made twice or not recognised, a gift card sold, a loyalty card, a student discount
and halal certification are things no entry answers. Each kind in other wordings than probe23's, with guards for the
same words in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from tests.support.faq_checks import assert_answers, index  # noqa: F401  (the module's fixture)


@pytest.mark.parametrize(("text", "expected"), [
    # a standing allergy: the products' ingredients (fragrance-alcohol-free points at the full lists), or nothing
    ("my son is allergic to sesame, do any of your products list it in the ingredients", "fragrance-alcohol-free"),
    ("我儿子对芝麻过敏 你们的全成分里有芝麻吗", "fragrance-alcohol-free"),
    ("i have a bee sting allergy lol, just saying", None),
    ("allergic to penicillin", "fragrance-alcohol-free"),  # what the products contain: the full lists
    # a charge made twice or not recognised: a billing problem no entry answers
    ("you charged my mastercard twice", None),
    ("there is a duplicate payment on my statement", None),
    ("i was double charged", None),
    ("paypal shows a payment i did not make to you", None),
    ("我的信用卡被扣了两次", None),
    ("支付宝重复扣款了怎么办", None),
    # the packaging: what it is made of and where it goes after, and refills, are answered by no entry
    ("are the jars made of plastic", None),
    ("is your packaging recycled", None),
    ("包装是塑料的吗", None),
    ("有没有替换装", None),
    ("do the serums come in refillable bottles", None),
    # where the parcels leave from: the answer's Vancouver and Sydney warehouses
    ("which city do you ship from", "shipping-destinations"),
    ("where are your warehouses located", "shipping-destinations"),
    ("请问从哪里发货的", "shipping-destinations"),
    # things other shops have: a gift card bought, a loyalty card, a student discount, halal
    ("can i buy a gift card for my friend", None),
    ("你们卖礼品卡吗", None),
    ("my loyalty card got lost", None),
    ("any student discounts?", None),
    ("are your creams halal", None),
])
def test_round40_kinds_are_read(index: FaqIndex, text: str, expected: str | None) -> None:  # noqa: F811
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction after using something stays allergy-reaction's: the product named, used, or a symptom told
    ("i think i'm allergic to the toner, my face is burning", "allergy-reaction"),
    ("im allergic to your cream, what do i do", "allergy-reaction"),
    ("用了面霜以后过敏了怎么办", "allergy-reaction"),
    ("我对这个精华过敏了 脸上起红疹", "allergy-reaction"),
    # ... and so does an allergy with no substance named, or asked of in case of one
    ("what should i do if i get an allergy", "allergy-reaction"),
    ("how would i know if i have an allergy", "allergy-reaction"),
    ("万一对成分过敏怎么办", "allergy-reaction"),
    ("我有点过敏 怎么处理", "allergy-reaction"),
    # an allergy to what the FAQ names (alcohol, fragrance) stays its question
    ("我对酒精过敏，你们的东西含酒精吗", "fragrance-alcohol-free"),
    ("allergic to perfume, is there any in your stuff?", "fragrance-alcohol-free"),
    # two orders, one to be cancelled, stay order-cancel's however the charge is told
    ("paid twice by mistake, please cancel one of the orders", "order-cancel"),
    ("扣了我两次钱 帮我取消一单", "order-cancel"),
    ("duplicate payment, can you cancel the second order", "order-cancel"),
    # not knowing how or which to pay is still the payment methods' question
    ("which payment options are there, i dont know which one to use", "payment-methods"),
    # a parcel and a gift box are still theirs
    ("my package is stuck in transit", "order-tracking"),
    ("can you wrap it as a gift with a card", "gift-wrap"),
    ("可以包装成礼物送人吗", "gift-wrap"),
    ("do you have recyclable gift boxes", "gift-wrap"),
    # a bottle's material told with its damage is a damaged parcel still
    ("the glass jar came smashed", "package-problem"),
    ("my plastic bottle of toner arrived leaking", "package-problem"),
    ("外包装坏了 东西漏出来了", "package-problem"),
    # the warehouse of a parcel's dispatch time and of a job stays theirs
    ("how long before my order leaves the warehouse", "shipping-time"),
    ("do the warehouse jobs need fluent english", "job-language"),
])
def test_round40_guards(index: FaqIndex, text: str, expected: str | None) -> None:  # noqa: F811
    assert_answers(index, text, expected)
