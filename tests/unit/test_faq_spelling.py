"""Typos and homophones read as the word meant (bot/content/spelling.py), and the everyday words that
must stay as they are (issue 10 #8: followers type with a pinyin input method and on phones)."""

from __future__ import annotations

import pytest

from bot.content.pinyin import syllable
from bot.content.spelling import Speller
from bot.text import normalize
from tests.support.factories import demo_content


def spelt(text: str) -> str:
    return demo_content().faq_index._spell(text)


def test_the_pinyin_table_reads_toneless_syllables() -> None:
    assert syllable("邮") == syllable("油") == "you"
    assert syllable("退") == syllable("推") == "tui"
    assert syllable("a") is None


@pytest.mark.parametrize(("typed", "meant"), [
    ("油费怎么收", "邮费怎么收"), ("可以推货吗", "可以退货吗"), ("我是敏敢肌", "我是敏感肌"),
    ("基分怎么兑换", "积分怎么兑换"),
    ("地止写错了", "地址写错了"), ("can i cancle my order", "can i cancel my order"),
    ("can i use niacinimide with retinol", "can i use niacinamide with retinol"),
])
def test_a_typo_of_a_word_the_faq_knows_is_corrected(typed: str, meant: str) -> None:
    assert spelt(typed) == normalize(meant)


@pytest.mark.parametrize("text", [
    "下单之后大概要等几天才收到",  # 等几 sounds like 等级, but 几天 is a word the FAQ knows
    "收到的瓶子漏了一半",  # 瓶子 is no typo of anything curated
    "promo code能叠加会员折扣吗",  # a particle is never replaced (折扣码)
    "i applied two weeks ago",  # "applied" is not "apple": one letter more or less at most
    "can i return a car i just leased",  # a word the matcher knows (OFF_TOPIC's "lease"), inflected
    "can you sing",  # four letters: too many real neighbours
    # everyday English words one letter from a word the FAQ asks with (bot/content/words_en.txt; faq12)
    "any chance of collaborating",  # not "change" (nor "cancel", two edits away)
    "im scared of ruining my skin",  # not "shared", "raining"
    "the bottles are on my counter",  # not "country"
    "its for a party",  # not "part"
    "i was typing my address",  # not "trying"
])
def test_everyday_words_are_left_alone(text: str) -> None:
    assert spelt(text) == normalize(text)


@pytest.mark.parametrize("text", ["你们有寄日本吗", "你们有寄日本和韩国吗"])
def test_a_place_is_never_reached_into(text: str) -> None:
    """Nineteenth round: 寄日 sounds like 几日, but 日本 is Japan. (Since the thirty-ninth round "有寄日本吗" is read as
    寄得到日本吗 before spelling, a reading of the question, so the place is checked, not the whole text.)"""
    assert "日本" in spelt(text) and "几" not in spelt(text)


@pytest.mark.parametrize(("typed", "meant"), [
    ("refnud", "refund"), ("sunscren", "sunscreen"), ("austrailia", "australia"), ("reciept", "receipt"),
])
def test_one_slip_of_the_finger_is_corrected(typed: str, meant: str) -> None:
    assert spelt(f"about my {typed}") == f"about my {meant}"


def test_two_edits_are_another_word_not_a_typo() -> None:
    # rapidfuzz's ratio alone let "counter" become "country" (ratio 86, two edits): a typo is one edit
    speller = Speller(targets=["which country do you ship to"], words=[], known=[])
    assert speller("cuntryy") == "cuntryy"  # ratio 86, two edits (a letter missing, another extra)
    assert speller("countyr") == "country"


def test_a_corrected_typo_finds_its_entry() -> None:
    index = demo_content().faq_index
    assert index.match("退货要运废吗").answer is not None
    assert index.match("我是敏敢肌可以用吗").answer.id == "sensitive-skin"  # type: ignore[union-attr]
