"""Thirty-fourth round (docs/faq.md): how three crowds type (probe18): Singlish particles and "reach" for arriving,
Gen-Z netspeak around a question and the half-hidden names of shops (某宝, 某东), texting's "fren". Each kind tested
in other wordings than probe18's, with guards for the same words in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from bot.content.lexicon import without_netspeak
from bot.text import normalize
from tests.support.faq_checks import assert_answers
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    ("my parcel ah where now ah cannot see leh", "order-tracking"),  # particles: ah, leh
    ("paid yesterday when can reach lah", "shipping-time"),  # "reach" with no object: arriving
    ("invite my frens got points or not", "referral"),  # texting: fren(s), friend(s)
    ("my fren wanna buy, i got reward or not", "referral"),
    ("家人们 能寄去英国吗 笑死", "shipping-destinations"),  # netspeak: 家人们, 笑死
    ("集美们 有没有小样啊 绝绝子", "samples"),  # 集美们, 绝绝子
    ("should i apply it again at lunch", "sunscreen"),  # putting it on again: reapplying
    ("怎么加你的裙", "join-group"),  # voice: 加群 said with 你的 inside, its 群 misheard as 裙
    ("我想进你们的裙", "join-group"),  # ... it was wholesale-partnership's (进你们的: joining the company)
    ("有没有无香款", "fragrance-alcohol-free"),  # 无香: the claim said short (unscented)
    ("你们家面霜无香吗", "fragrance-alcohol-free"),
])
def test_singlish_genz_and_texting_are_read(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize("text", ["how do i reach you", "can reach a person or not"])
def test_reaching_a_person_is_not_arriving(index: FaqIndex, text: str) -> None:
    assert "arriv" not in index.canonical(text) and "收到" not in index.canonical(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("给姐妹买的礼物能包装吗", "给姐妹买的礼物能包装吗"),  # 姐妹 alone: the people a gift is for
    ("add a gift card", "add a gift card"),  # dd inside a word
    ("宝子们 退款几天到账啊 急急急", "退款几天到账啊"),
    ("yyds的精华洒了 hhhh", "的精华洒了"),
])
def test_netspeak_is_taken_out_and_nothing_else(text: str, kept: str) -> None:
    assert without_netspeak(normalize(text)) == kept


def test_half_hidden_shop_names_are_other_businesses() -> None:
    """某东 / 某多多 are 京东 / 拼多多 as Gen-Z writes them: their returns and coupons are not ours."""
    assert answered("某东买的面霜可以退货吗") is None
    assert answered("某多多的优惠券怎么用") is None
    assert answered("某宝上买的你们家面霜是正品吗") == "authenticity"  # addressed to us, and the entry's kind
    assert answered("小红薯上说烟酰胺和vc不能一起用") == "niacinamide-combine"  # a source of advice


def test_applying_again_for_a_job_is_not_reapplying(index: FaqIndex) -> None:
    assert "reappl" not in index.canonical("can i apply again if i was rejected")


@pytest.mark.parametrize(("text", "read"), [
    ("嗯呃然后就是怎么取消订单啊", "就是怎么取消订单啊"),  # speech recognition's fillers: 嗯, 呃, 然后
    ("嗯那个积分然后怎么用", "那个积分怎么用"),
])
def test_voice_fillers_are_read_as_nothing(index: FaqIndex, text: str, read: str) -> None:
    assert index.canonical(text) == index.canonical(read)


@pytest.mark.parametrize(("text", "expected"), [
    ("我的裙子能退吗", "return-policy"),  # 裙子 with 我的 before it and no verb: a skirt
    ("我想买你们的裙子", None),  # 买 + 裙: no curated word of that sound
])
def test_a_possessive_before_another_word_is_left_alone(index: FaqIndex, text: str, expected: str | None) -> None:
    assert_answers(index, text, expected)
