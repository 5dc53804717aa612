"""Thirty-eighth round (docs/faq.md): WeChat's copied quote-replies (the quoted line in 「」, a line of spaced dashes,
then the member's own words), handwriting input's look-alike characters (形近字) and one-breath long messages without
punctuation (probe21). Each kind tested in other wordings than probe21's, with guards."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from bot.text import command_text, copied_quote, quoted_text
from tests.support.factories import make_inbound
from tests.unit.test_faq_followers import answered

DASHES = "- - - - - - - - - - - - - - -"


def quoting(quote: str, own: str) -> str:
    """A quote-reply as WeChat sends its text: 「quote」, the dashes, the member's words."""
    return f"「{quote}」\n{DASHES}\n{own}"


@pytest.mark.parametrize(("text", "quote", "own"), [
    (quoting("小李：你们发顺丰吗", "我也想问"), "你们发顺丰吗", "我也想问"),  # name and a full-width colon
    (quoting("Tom: where is my parcel", "same"), "where is my parcel", "same"),  # half-width
    (quoting("运费怎么算", "这个呢"), "运费怎么算", "这个呢"),  # no name
    (quoting("露米Lumi：在「我的 → 订单」里看", "好的"), "在「我的 → 订单」里看", "好的"),  # 「」 inside the quote
    ("「小李：发顺丰吗」\n------\n同问", "发顺丰吗", "同问"),  # dashes without spaces
    (quoting("http://example.com/a", "这是什么"), "http://example.com/a", "这是什么"),  # a link is no name
])
def test_a_copied_quote_is_read_as_the_quote_and_the_members_words(text: str, quote: str, own: str) -> None:
    assert copied_quote(text) == (quote, own)
    inbound = make_inbound(text)
    assert command_text(inbound) == own.strip("?")
    assert quoted_text(inbound) == quote


@pytest.mark.parametrize("text", [
    "我在「我的 → 订单」里找不到收据",  # corner brackets inside a message
    "「包邮吗」 - - - 我也想问",  # no line of dashes of its own
    "运费多少\n- - - - -\n谢谢",  # dashes but no quote
])
def test_other_text_is_no_quote(text: str) -> None:
    assert copied_quote(text) == ("", text)
    assert quoted_text(make_inbound(text)) == ""


@pytest.mark.parametrize("own", ["嗯嗯 收到啦", "cool thx", "好呀 下次一起去", "明白 我再等两天"])
def test_an_acknowledgement_under_a_quote_is_not_answered(own: str) -> None:
    """Before: the quoted answer or question was read as the message, and answered again."""
    assert answered(quoting("露米Lumi：审核通过后会发预付退货面单", own)) is None
    assert answered(quoting("王姐：你们家有实体店吗", own)) is None


@pytest.mark.parametrize(("quote", "own", "expected"), [
    ("表姐：周末去哪玩", "请问你们有礼品包装吗", "gift-wrap"),  # an unrelated quote, a question of one's own
    ("Lumi: We refund within 2 business days of receiving the return", "do you have a store in toronto",
     "store-locations"),  # a new question under a quoted answer
    ("露米Lumi：未拆封产品 30 天内可无理由退货", "那退款多久到账", "refund-time"),  # (answered before too)
])
def test_the_members_own_question_under_a_quote_is_the_question(quote: str, own: str, expected: str) -> None:
    assert answered(quoting(quote, own)) == expected


@pytest.mark.parametrize(("quote", "own", "expected"), [
    ("Sophie: is your stuff cruelty free", "wondering too", "cruelty-free"),  # words that point at the quote
    ("阿美：你们的东西孕妇可以用吗", "我也想知道", "pregnancy-safe"),
    ("露米Lumi：未发货的订单可以在小程序里直接取消", "发出去了咋办", "order-cancel"),  # asks, answers nothing alone
])
def test_the_quote_is_context_where_the_members_words_ask_nothing_alone(quote: str, own: str, expected: str) -> None:
    assert answered(quoting(quote, own)) == expected


def test_words_pointing_at_an_unanswered_quote_are_not_answered_themselves() -> None:
    """"怎么没人回" under one's own earlier question: alone it reads as business hours; it asks the quote."""
    assert answered(quoting("我：积分可以换小样吗", "怎么没人回")) != "business-hours"


@pytest.mark.parametrize(("text", "read"), [
    ("请间 防哂霜要天天擦吗", "请问 防晒霜要天天擦吗"),  # 间/问, 哂/晒
    ("我的快递己经到了吗", "我的快递已经到了吗"),  # 己/已
    ("末开封的能退吗", "未开封的能退货吗"),  # 末/未
    ("会贝积分", "会员积分"),  # 贝/员
])
def test_handwritings_look_alikes_are_read_as_meant(index: FaqIndex, text: str, read: str) -> None:
    assert index._spell(text) == read


@pytest.mark.parametrize("text", ["周末有人吗", "自己用", "打折吗", "设有门店吗", "时间太久了", "宝贝到了吗"])
def test_look_alikes_in_words_of_their_own_stay(index: FaqIndex, text: str) -> None:
    assert index._spell(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("我家老大上初中老二刚上幼儿园每天忙得团团转想给自己买点护肤品你们有没有旅行装可以先试用", "samples"),
    ("the twins had a dentist appointment this morning and then swimming and i only now saw that the serum i ordered "
     "friday still hasnt come how do i check where it is", "order-tracking"),  # "i ordered": our order, not the story's
    ("baby finally asleep and i have ten minutes of peace before the school run so whats the return window on a "
     "moisturiser that hasnt been opened", "return-policy"),  # "whats" asks as "what" does
])
def test_a_one_breath_message_is_cut_before_its_question(text: str, expected: str) -> None:
    assert answered(text) == expected


def test_a_one_breath_message_whose_story_carries_its_topic_keeps_it() -> None:
    """Cut always, the visa before 想问一下 was lost to the story and part-time work answered."""
    assert answered("我老公拿的是工签我是陪读过来的想问一下我能不能在你们店里上班") == "job-work-permit"


@pytest.mark.parametrize("text", ["您好 请问一下 附近的银行几点下班 谢谢您", "您好 医院周末开门吗",
                                  "is the post office near me open on sunday thank you"])
def test_a_courtesys_you_does_not_make_another_places_hours_ours(text: str) -> None:
    """您好 / 谢谢您 / thank you greet or thank whoever reads: the bank's or the hospital's hours are not ours."""
    assert answered(text) is None


@pytest.mark.parametrize(("text", "expected"), [("您好 你们店几点开门 谢谢您", "store-locations"),
                                                ("thank you, when does your toronto store open", "store-locations")])
def test_a_question_to_us_with_courtesies_is_still_ours(text: str, expected: str) -> None:
    assert answered(text) == expected


@pytest.mark.parametrize(("text", "plain"), [("请问 防晒霜多久补一次 谢谢您", "请问 防晒霜多久补一次"),
                                             ("您好 寄到美国运费多少 感谢您", "寄到美国运费多少")])
def test_a_polite_closing_is_no_word_of_the_question(index: FaqIndex, text: str, plain: str) -> None:
    assert index.canonical(text) == index.canonical(plain)
