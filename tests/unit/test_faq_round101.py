"""Hundred-and-first round (docs/faq.md, faq101): blind43's misses read as kinds (probe84 written first). A numbered
list of questions with one item of ours (1. 2. 3., ①②③, 1）2）, 一、二、), read item by item; a formal English letter,
its greeting, courtesies and signature left out (and one greeting another addressee left unanswered); a reply quoting
our own answer, then asking; an English self-correction. Other wordings than probe84's and the sets'; each check of
what is answered failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import corrected_en, letter_body, letter_to_another, listed_questions, quoted_then_asked
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "items"), [
    ("1. 快递多久到 2. 电影几点开场 3. 明天下雨吗", ["快递多久到", "电影几点开场", "明天下雨吗"]),
    ("①房租几号交②你们包邮吗", ["房租几号交", "你们包邮吗"]),
    ("1房租几号交 2你们包邮吗", ["房租几号交", "你们包邮吗"]),  # ① as the handlers read it, folded
    ("问两个：一、房租几号交 二、你们包邮吗", ["房租几号交", "你们包邮吗"]),
    ("(1)房租几号交 (2)你们包邮吗", ["房租几号交", "你们包邮吗"]),
    # guards: counts that are no list
    ("有1个问题 我买了2瓶", []),
    ("买了1.5瓶 还剩2.3瓶", []),
    ("1. 运费多少", []),
    ("2. 运费多少 3. 几天到", []),
])
def test_the_items_of_a_numbered_list(text: str, items: list[str]) -> None:
    assert listed_questions(text) == items


def test_a_letters_body_and_its_addressee() -> None:
    letter = ("Dear Lumi support team, I trust you are well. Could you tell me when an order placed today would reach "
              "Regina? Thank you for your time. Yours sincerely, Dr. Alan Moore, PhD, Saskatoon")
    assert letter_body(letter) == "Could you tell me when an order placed today would reach Regina?"
    assert not letter_to_another(letter)
    assert letter_to_another("Dear Cedar Grove Veterinary Clinic, could you move my appointment to Friday? "
                             "Kind regards, Tom")
    assert letter_body("hi can you ship to regina") == ""


def test_a_quote_then_the_question_and_a_correction() -> None:
    assert quoted_then_asked("「每单限用一个码」那会员日能用吗") == ("每单限用一个码", "那会员日能用吗")
    assert corrected_en("where is my parcel, no wait, I mean can I still cancel it")[1] == "can I still cancel it"
    assert corrected_en("I speak some English, not French, can I still work in your store") == ("", "")


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered list, one item ours
    ("1. 车位月租多少 2. 你们寄到埃德蒙顿要几天 3. 孩子的兴趣班怎么报名", "shipping-time"),
    ("一、护照续签要什么照片 二、你们的优惠码在哪里填", "promo-code"),
    ("1）家长会几点开 2）你们的积分怎么用 3）校车几点到", "points-redeem"),
    # a formal letter
    ("Dear Customer Care, A friend tells me your range is free of alcohol. I should be obliged if you would confirm "
     "it. Thank you in advance. Best wishes, Dr. Ruth Ames, DVM", "fragrance-alcohol-free"),
    # a quote of our answer, then the question
    ("你们说「三家快闪店都可以试用」那店里有没有周末兼职", "job-part-time"),
    ("「小程序支持微信支付、支付宝」那可以用人民币结账吗", "currency"),
    # a self-correction
    ("how do I stop your messages, no wait, I just want them in English rather than Chinese", "language"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a numbered list with no item of ours, an advertisement as a list
    ("1. 超市的积分怎么兑换 2. 停车场怎么收费", None),
    ("1. 论文代写 2. 包过包发表 3. 价格美丽，加微信", None),
    # a formal letter to another business
    ("Dear Harbourview Physiotherapy, I wish to cancel my appointment on Thursday. Kind regards, Jane Doe", None),
    ("To the Board of the Maple Curling Club: please cancel my membership from March. Yours faithfully, Ian Ross",
     None),
    # a quoted notice of another shop
    ("健身房门口贴着「年卡不退不换」这样合法吗", None),
    # the plain questions still answered
    ("你们的退款几天到账", "refund-time"),
    ("please stop sending me promotions", "stop-messages"),
])
def test_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
