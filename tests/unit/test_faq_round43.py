"""Forty-third round (docs/faq.md): grandparents' handwriting input typed a word at a time with look-alike slips, ABC
slang and ESL / Malaysian English, a story detail asked about ("is that why"), and near-misses that share our words
but not our object (probe26, blind23). Each kind tested in other wordings than those sets', with guards."""

from __future__ import annotations

import pytest

from bot.content.faq import joined_handwriting
from tests.support.factories import demo_content
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "joined"), [
    ("请问 积分 可以 换 什么  我 攒 了 很多", "请问积分可以换什么 我攒了很多"),
    # guards: a writer who spaces clauses, and a message with Latin words, are left as typed
    ("老铁 俺们在德国杜塞尔多夫 你家这玩意儿能整到德国不", "老铁 俺们在德国杜塞尔多夫 你家这玩意儿能整到德国不"),
    ("请问 toner 能 寄 到 美国 吗", "请问 toner 能 寄 到 美国 吗"),
])
def test_handwriting_typed_a_word_at_a_time_is_joined(text: str, joined: str) -> None:
    assert joined_handwriting(text) == joined


@pytest.mark.parametrize(("text", "entry"), [
    # one word at a time: each word was a clause of its own, and 进去听课 / 还没开 were apart
    ("请问 你们 有 没有 护肤 的 群  我 想 进去 学学", "join-group"),
    ("我 去年 买 的 精华 还 没 开  现在 还 能 用 吗", "shelf-life"),
    # guard: a near-miss typed the same way still answers nothing
    ("请问 长者卡 怎么 办理 要 交 钱 吗", None),
    # merged with round 42 (its 说中文 reading): asked a word at a time, whether we speak Chinese was a menu
    ("你们 会 说 中文 吗  我 英文 不 好", "language"),
])
def test_a_message_typed_a_word_at_a_time_is_read_with_its_words_joined(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("written", "meant"), [
    ("清问 运费 多少", "请问 运费 多少"),
    ("我贾的面霜", "我买的面霜"),
    ("能撒销吗", "能撤销吗"),
    ("会员 怎么 辨理", "会员 怎么 办理"),
    # guards: the characters in their own words stay themselves
    ("清关要几天", "清关要几天"),
])
def test_more_handwriting_slips_are_read_as_meant(written: str, meant: str) -> None:
    assert demo_content().faq_index._spell(written) == meant


@pytest.mark.parametrize(("text", "entry"), [
    ("请问 我 剛 賈 的 面霜 能 撒銷 嗎", "order-cancel"),
    ("会貝 怎么 辨理", "membership"),
    ("我的包裹走到那里了 怎么查", "order-tracking"),
    ("洗完脸先涂那个再涂那个", "routine-order"),
    ("你们会说国语吗", "language"),
    ("退货已经签收了 钱要等多久才回来", "refund-time"),
    ("能寄到我老家湖南吗", "shipping-to-china"),
])
def test_older_followers_slips_and_vague_bottles_now_answer(text: str, entry: str) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("ngl my old uni address is still on it, can i change it", "order-change-address"),
    ("tbh i cant find my tracking to save my life, where is my package", "order-tracking"),
    ("I introduce my colleague to buy, I get points or not?", "referral"),
    ("bought from a reseller, how to check is original or not", "authenticity"),
    ("the promo code got rejected, I only have the toner in my cart, is that why", "promo-code"),
    # guard: an original packaging is no question of authenticity
    ("is the original packaging needed for a return", "return-policy"),
])
def test_abc_slang_and_esl_english_are_read_as_meant(text: str, entry: str) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize("text", [
    "can i pay the school canteen with wechat pay",
    "學校的午餐費可以用支付寶交嗎",
    "does hilton give members a birthday gift",
    "華航會員生日有沒有優惠",
    "you have won a free Aldi gift voucher, claim now",
    "请问 长者卡 怎么 办理",
    "请问 社区中心 的 游泳池 能 用 微信 付 吗",
    "给国内的爸妈寄点腊肠 海关让不让过",
])
def test_another_organisations_fees_offers_and_prizes_are_not_ours(text: str) -> None:
    assert answered(text) is None
