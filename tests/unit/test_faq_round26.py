"""Twenty-sixth round (docs/faq.md): probe12's misses read as kinds of message, each tested in other wordings."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex, question_focus
from bot.content.lexicon import stem, without_reaction
from bot.text import normalize
from tests.support.faq_checks import assert_answers


@pytest.mark.parametrize(("text", "focus"), [
    ("前两天刚搬完家 忙得团团转 东西还没拆完 之前下的那单地址能改成新家不", "之前下的那单地址能改成新家不"),
    ("我姐下周从国内过来玩 想让她帮忙带点回去 但她行李超重了 你们有旅行装没", "你们有旅行装没"),
    ("同事用了你们的面霜说挺好 我也想试试 可是我皮肤特别容易过敏 能先要个小样不", "能先要个小样不"),
])
def test_a_clause_ending_in_a_bare_negation_asks(text: str, focus: str) -> None:
    """能…不, 有…没: colloquial Chinese asks yes-or-no with the negation alone at the clause's end, no 吗; a long
    message asked so had no asking clause, and its story was matched whole."""
    assert question_focus(text) == focus


def test_a_thing_named_then_missing_is_no_question() -> None:
    """"洗面奶没有" says the cleanser was not in the box: no modal, 有 or 了 before the negation, so it does not ask."""
    text = "今天拆快递 盒子里面霜在 洗面奶没有 单子上明明写了两样 我该找谁"
    assert question_focus(text) == ""


@pytest.mark.parametrize(("text", "expected"), [
    ("上周末逛街一时冲动买了三瓶精华 回家一想根本用不完 包装都没拆 还能寄回去退掉不", "return-policy"),
    ("老公生日快到了 打算送他一套护肤品 不想让他看见价钱 你们这边能包成礼物不", "gift-wrap"),
])
def test_a_long_message_asked_with_a_bare_negation_is_answered(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("my cleanser came opened and now you say i can't return it since it's been used? are you kidding me",
     "return-policy"),
    ("防晒少发了一支 付钱倒是挺快 呵呵", "package-problem"),
])
def test_a_complaints_closing_reaction_is_not_its_question(index: FaqIndex, text: str, expected: str) -> None:
    """"are you kidding me", 呵呵: how the follower feels, words no entry knows; the reaction's "are" also made it
    the message's asking clause."""
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "left"), [
    ("got two of three items. are you kidding me", "got two of three items"),
    ("运费十二刀 抢钱啊", "运费十二刀"),
    ("still no refund. ridiculous. seriously", "still no refund"),
    ("no way to track it", "no way to track it"),  # only at the end
    ("seriously", ""),
])
def test_without_reaction(text: str, left: str) -> None:
    assert without_reaction(normalize(text)) == left


@pytest.mark.parametrize(("text", "expected"), [
    ("刚怀上俩月 精华还能抹不", "pregnancy-safe"),
    ("寄回国内的话还得交税不", "customs-duties"),
    ("直邮回国还得缴税不", "customs-duties"),
])
def test_spoken_mandarin_words(index: FaqIndex, text: str, expected: str) -> None:
    """怀上 is 怀孕; 得 (děi) before paying or waiting is 要 (还得交税: customs-duties' 要交税)."""
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("word", "stemmed"), [
    ("cancelled", "cancel"), ("cancelling", "cancel"), ("travelled", "travel"), ("labelled", "label"),
    ("reselling", "resell"), ("misspelled", "misspell"), ("smelled", "smell"),  # roots in -ell keep both l's
])
def test_a_doubled_final_l_is_stemmed_as_the_root(word: str, stemmed: str) -> None:
    """British and Canadian spelling doubles a verb's final l before -ed / -ing; "cancell" was no known word."""
    assert stem(word) == stemmed


@pytest.mark.parametrize("text", ["i want it cancelled before it ships", "need this cancelled asap"])
def test_an_order_cancelled_in_canadian_spelling(index: FaqIndex, text: str) -> None:
    assert_answers(index, text, "order-cancel")


@pytest.mark.parametrize(("text", "expected"), [
    ("简历递过去半个月了咋没信儿", "job-application-status"),
    ("包裹寄出一周了没个信儿", "order-tracking"),  # a parcel's silence is still no tracking update
])
def test_no_word_back_in_northern_mandarin(index: FaqIndex, text: str, expected: str) -> None:
    """没信儿 / 没个信儿 is 没消息: an application's silence, or a parcel's."""
    assert_answers(index, text, expected)


def test_a_clause_asking_to_be_confirmed_asks() -> None:
    """能…吧, 可以…吧: a modal then 吧 asks to be told yes; "算了吧" asks nothing."""
    assert question_focus("上个月囤多了一瓶精华 从来没开过 盒子都好好的 这种能退吧") == "盒子都好好的 这种能退吧"
    assert question_focus("本来想问问运费的 想想还是等打折再说 算了吧") == ""


def test_a_resume_sunk_in_the_sea(index: FaqIndex) -> None:
    """石沉大海: sent and never heard of again, 没消息."""
    assert_answers(index, "上个月投的简历 石沉大海了 到底有人看没", "job-application-status")
