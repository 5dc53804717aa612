"""Thirty-seventh round (docs/faq.md): Chinese typed as toneless pinyin (bot/content/pinyin_input.py), whole or glued
to characters, beside English, or as chat initials, read as the FAQ's Chinese words; English whose words are pinyin
syllables keeps its words. In other wordings than probe20's."""

from __future__ import annotations

import pytest

from bot.content.faq import PINYIN_MAX_CHARS, FaqIndex
from tests.support.faq_checks import assert_answers, index  # noqa: F401  (the module's fixture)
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    ("zen me gai shou jian di zhi", "order-change-address"),  # whole sentences, syllables spaced
    ("fa dao ao zhou yao ji tian", "shipping-time"),
    ("dang tian fa huo ma", "shipping-time"),
    ("tuikuan shen me shi hou dao", "refund-time"),  # syllables glued into words
    ("退kuan要多久", "refund-time"),  # a Latin tail glued to a character
    ("ji fen怎么dui huan", "points-redeem"),
    ("kd zen me cha", "order-tracking"),  # chat initials: kd 快递, zfb 支付宝
    ("ke yi yong zfb fu kuan ma", "payment-methods"),
    ("shipping dao mei guo duo shao qian", "shipping-cost"),  # beside English, which stays
    ("zhang dou le yong shen me", "acne-prone"),  # 长 read zhang in 长痘, not its first reading chang
    ("Zen Me Tui Huo?", "return-policy"),  # capitals and punctuation
])
def test_pinyin_is_read_as_the_faqs_words(index: FaqIndex, text: str, expected: str) -> None:  # noqa: F811
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("anything for men with oily skin", "mens-skincare"),  # men, can, she, long, an: English that is also pinyin
    ("she is pregnant, can she use it", "pregnancy-safe"),
    ("do you take an amex card", "payment-methods"),
    ("i have a long wait for my refund", "refund-time"),
    ("can you ship to china", "shipping-to-china"),
])
def test_english_made_of_pinyin_syllables_keeps_its_entries(index: FaqIndex, text: str,  # noqa: F811
                                                            expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize("text", ["he said long wait", "women", "i need a fan", "can you ship to china", "hong kong",
                                  "sun cream", "a man can ban it", "ok haha lol", "pie and tea"])
def test_english_is_never_read_as_pinyin(index: FaqIndex, text: str) -> None:  # noqa: F811
    assert index.read_pinyin(text) == text


def test_what_is_read(index: FaqIndex) -> None:  # noqa: F811
    reader = index
    assert reader.read_pinyin("zen me tui huo") == "怎么退货"
    assert reader.read_pinyin("tuihuo") == "退货"
    assert reader.read_pinyin("退huo要怎么弄") == "退货要怎么弄"
    assert reader.read_pinyin("kuai di到哪了") == "快递到哪了"
    assert reader.read_pinyin("寄到温哥华要duo jiu") == "寄到温哥华要多久"
    assert reader.read_pinyin("运费多少") == "运费多少"  # no Latin letter: as it is


@pytest.mark.parametrize("text", ["hao de ming bai le", "zai ma zai ma", "xie xie ni a"])
def test_pinyin_small_talk_gets_no_answer(text: str) -> None:
    assert answered(text) is None


def test_a_text_longer_than_a_typed_line_is_not_read_as_pinyin(index: FaqIndex) -> None:  # noqa: F811
    """Hostile or pasted Latin text: the reader's segmentation grows faster than the text (10,000 letters took ~0.5 s
    of the callback), and nobody types pinyin that long."""
    assert index.read_pinyin("zen me tui huo") != "zen me tui huo"
    long_text = "zen me tui huo " * (PINYIN_MAX_CHARS // 15 + 1)
    assert len(long_text) > PINYIN_MAX_CHARS and index.read_pinyin(long_text) == long_text
