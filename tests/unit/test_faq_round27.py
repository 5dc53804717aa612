"""Twenty-seventh round (docs/faq.md): blind20's misses read as kinds of message, each tested in other wordings."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex, question_focus
from bot.content.lexicon import without_reaction
from bot.text import normalize
from tests.support.faq_checks import assert_answers
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    ("礼拜日给你们发消息会有人理吗", "business-hours"),  # 礼拜日 (Sunday), 有人理 (anyone answering)
    ("你们礼拜六几点开始回消息", "business-hours"),  # 回消息 (answer messages)
    ("你們假日也會回覆訊息嗎", "business-hours"),  # Taiwan's 假日: the days off
    ("你哋星期六開唔開工覆訊息", "business-hours"),  # 開工 (start work), 覆訊息 (reply to messages)
])
def test_when_someone_answers_as_spoken_chinese_asks(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("节假日发货吗", "shipping-time"),  # the FAQ's 节假日 (public holidays) is no weekend
    ("春节假日你们还发货吗", "shipping-time"),
    ("我男朋友不理我了", None),  # 不理我: a quarrel, no one answering us
])
def test_holidays_and_quarrels_keep_their_reading(index: FaqIndex, text: str, expected: str | None) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("快递小哥说要我交80块税才送货 该给吗", "customs-duties"),  # an amount between paying and the tax
    ("跨境税你们包了没", "customs-duties"),  # a duty named by the border it crosses
    ("跨境税是我自己出吗", "customs-duties"),
    ("送貨嗰陣要我俾埋稅先得，係咪真㗎", "customs-duties"),  # 俾埋稅: pay the tax too
])
def test_a_duty_paid_at_the_door_in_other_words(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


def test_a_tax_on_an_invoice_is_no_duty(index: FaqIndex) -> None:
    assert_answers(index, "我要给公司报销 能开含税的发票吗", "receipt-invoice")


@pytest.mark.parametrize(("text", "expected"), [
    ("我拿旅游签可以来你们店上班吗", "job-work-permit"),  # 旅游签: a tourist visa, short for 旅游签证
    ("旅签能在你们这边打工吗", "job-work-permit"),
])
def test_a_visitors_visa_said_short(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize("text", [
    "knock knock",
    "knock knock, who's there? a parcel. a parcel who? a parcel that never came lol",
    "wanna hear a dad joke? what did the sunscreen say to the sun",
])
def test_a_joke_is_chit_chat(index: FaqIndex, text: str) -> None:
    """A joke's words (a parcel, the sun, the cold) are its punchline, not a question."""
    assert_answers(index, text, None)


@pytest.mark.parametrize("text", ["weekend 快乐 everyone", "happy 周末 各位", "holiday 愉快 大家"])
def test_a_wish_in_two_languages_is_chit_chat(index: FaqIndex, text: str) -> None:
    assert_answers(index, text, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("weekend 有人回复吗", "business-hours"),  # the day asked about, not wished
    ("包裹寄到哪了 weekend 愉快", "order-tracking"),  # a request closed by a wish stays a request
])
def test_a_day_asked_about_is_no_wish(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


def test_a_complaints_annoyance_is_not_its_question(index: FaqIndex) -> None:
    assert_answers(index, "the cleanser made my cheeks burn and go red, what is going on? really annoying",
                   "allergy-reaction")


@pytest.mark.parametrize(("text", "left"), [
    ("用完整张脸都肿了 你们得给个说法", "用完整张脸都肿了"),
    ("还没发货 给我个交代", "还没发货"),
    ("where is it?? so annoying", "where is it"),
    ("annoying", ""),
])
def test_a_demand_for_an_explanation_closes_a_complaint(text: str, left: str) -> None:
    assert without_reaction(normalize(text)) == left


@pytest.mark.parametrize(("text", "expected"), [
    ("可以 swap 成 the vitamin c serum 吗", "exchange"),  # an English verb, then 成 and a product in English
    ("可以换成 retinal serum 吗 我补差价", "exchange"),  # 换成 and a product named in English
    ("地址写成公司了 可以 change 成家里吗", "order-change-address"),  # changed to a place: an address
    ("能不能换成 english 版", "language"),  # changed to a language
])
def test_a_product_traded_for_in_mixed_words(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("温哥华有宝妈群吗", "join-group"),  # a group named by whom it gathers
    ("有没有留学生群可以加", "join-group"),  # (was job-work-permit's, on 留学生)
    ("敏感肌人群能用吗", "sensitive-skin"),  # 人群: people, no group chat
])
def test_a_group_chat_named_by_whom_it_gathers(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("uni student, keen to pick up a few shifts at the toronto store", "job-part-time"),
    ("can i legally work for you on a bridging visa", "job-work-permit"),  # (was payment-methods': a visa card)
])
def test_shifts_picked_up_and_work_done_legally(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "answered_before"), [
    ("我的 eBay order 被 cancel 了 钱什么时候退回来", "refund-time"),  # its question clause is an FAQ question
    ("香港郵政寄包裹去加拿大要幾耐", "shipping-time"),  # another place's post, asked about its own parcel
    ("新竹物流的包裹可以改地址嗎", "order-change-address"),  # a courier of Taiwan
])
def test_another_business_asked_about_gets_no_answer_of_ours(text: str, answered_before: str) -> None:
    assert answered(text) is None


def test_a_question_to_us_naming_a_post_is_still_answered() -> None:
    assert answered("你們是用中華郵政寄的嗎 寄到台中要幾天") == "shipping-time"


def test_a_clause_word_for_word_an_faq_question_is_no_exact_match(index: FaqIndex) -> None:
    """The message around it still counts: the exact reason spared the whole from every later check."""
    found = index.match("我的 Amazon order 被 cancel 了 钱什么时候退回来")
    assert found.candidates[0].reason != "exact"
    assert index.match("钱什么时候退回来").candidates[0].reason == "exact"


@pytest.mark.parametrize(("text", "expected"), [
    ("我在新加坡读书 想给室友带点 你们的东西可以寄到新加坡吗 能的话我想一次买几瓶", "shipping-destinations"),
    ("人在曼谷出差 你们可以寄泰国吗 可以的话我想买几支送人", "shipping-destinations"),  # was gift-wrap's
])
def test_a_clause_opening_if_so_asks_nothing_of_its_own(index: FaqIndex, text: str, expected: str) -> None:
    """可以的话 / 能的话 ("if you can") goes on from the question before it; its 几 is "a few", not "how many"."""
    assert_answers(index, text, expected)


def test_the_question_before_if_so_is_the_focus() -> None:
    focus = question_focus("人在曼谷出差 你们可以寄泰国吗 可以的话我想买几支送人")
    assert focus == "你们可以寄泰国吗 可以的话我想买几支送人"


@pytest.mark.parametrize(("text", "expected"), [
    ("下单的时候填了我妈家 想改送到我这边", "order-change-address"),  # where it goes, changed
    ("拉我老公来买 我能拿点积分不", "referral"),  # a friend brought along to buy, whoever it is (was none:
    ("拉我室友来你们这买 我能拿点啥不", "referral"),  # mens-skincare's 老公 against it)
])
def test_where_it_goes_changed_and_a_friend_brought_along(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


def test_a_group_texted_as_grp(index: FaqIndex) -> None:
    assert_answers(index, "is there a grp chat for vancouver ppl", "join-group")
