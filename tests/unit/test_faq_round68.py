"""Sixty-eighth round (docs/faq.md, faq68): blind28's Chinese-side crowds read as kinds (probe51 written first):
WeChat quote-replies whose own words lean on the quote, pinyin-initial internet slang (dbq, u1s1, 安利) around a
question, a question asked for someone else ("幫我爸問的，…"), elderly followers' words typed with spaces, a negation
or a correction before the question (不是问 X，是 Y), broken glass in the box, and messages sent to the wrong chat. Each
kind tested in other wordings than the sets', with guards that stay as they were."""

from __future__ import annotations

import pytest

from bot.content.faq import corrected_question, main_question
from tests.support.faq_checks import outcome

DASHES = "- - - - - - - - - - - - - - -"


def quoted(push: str, own: str) -> str:
    return f"「Siyu：{push}」\n{DASHES}\n{own}"


@pytest.mark.parametrize(("text", "entry"), [
    # words pointing at the quote ("this one") with a question of their own: the two read together
    (quoted("We're hiring: warehouse packer in Sydney", "My spoken English is basic, would that be ok for this one"),
     "job-language"),
    # words leaning on the quote: "do you ship" (寄不寄), a coupon (券) that shows invalid
    (quoted("冬季新品上架", "住在曼谷 寄不寄"), "shipping-destinations"),
    (quoted("首单立减", "券输进去显示无效"), "promo-code"),
])
def test_a_quote_reply_leaning_on_its_quote_is_answered(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("口语很一般 能去你们仓库上班不 dbq", "job-language"),
    ("我开美甲店的 想进你们的货 找谁谈 真心喜欢你家", "wholesale-partnership"),
    ("安利给同事了 她下单了我能拿什么奖励", "referral"),
])
def test_slang_and_praise_around_a_question_do_not_block_it(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_a_lead_in_asking_for_someone_else_may_end_in_de() -> None:
    assert main_question("幫我爸問的，退款多久會到帳") == "退款多久會到帳"


def test_spaced_words_joined_after_a_menu() -> None:
    assert outcome("請問 退 貨 的 錢 多久 回 來") == "refund-time"


@pytest.mark.parametrize(("text", "entry"), [
    ("不是问折扣码，是问会员分几个级别", "membership"),
    ("我姐买了乳液其实想要面霜，没拆，能换吗", "exchange"),
])
def test_the_question_after_a_correction_is_read(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_a_correction_is_told_apart() -> None:
    assert corrected_question("不是问运费，是问几天能到") == ("问运费", "几天能到")
    assert corrected_question("不是我说你们，物流也太慢了") == ("", "")


@pytest.mark.parametrize(("text", "entry"), [
    ("打开箱子全是玻璃碴子", "package-problem"),
    ("收到的爽膚水整瓶碎掉！！！你們怎麼處理？？？", "package-problem"),
    ("每天都推 不要再推了好吗", "stop-messages"),
])
def test_broken_glass_and_stop_pushing(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "哈哈 刚刚发错人了",
    "sorry 發錯視窗了 當我沒說",
    "撤回 刚才发错了",
])
def test_a_message_sent_to_the_wrong_chat_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("你们发错货了 我买的是精华收到的是面霜", "package-problem"),
    ("发错颜色了怎么办", "package-problem"),
    ("乳液瓶子碎掉了", "package-problem"),
    (quoted("好的，已经帮你查询物流", "谢谢 我再等等"), None),
    (quoted("你的订单已发货", "好的 那我等快递员再送一次"), None),
    ("不是问怎么攒积分，是攒了好多不知道干嘛用", "points-redeem"),
    ("不是问换货，是没拆的能不能退", "return-policy"),
    ("我那单子现在到哪了", "order-tracking"),
    ("我在安利上班", None),
    ("英文不太好，能用中文回复吗", "language"),
])
def test_guards_stay(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("can i be ur 代购? my friends in 杭州 keep asking", "wholesale-partnership"),
    ("我想当你们家的代购，发给老家的朋友", "wholesale-partnership"),
    ("朋友从代购手里买的你们家精华，比官网便宜很多，是正品吗", "authenticity"),
])
def test_a_daigou_of_ours_is_a_partnership(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("大学在读证明英文版怎么申请", None),
    ("简历要附成绩单吗", "job-resume-tips"),
])
def test_a_schools_transcript_is_the_schools(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
