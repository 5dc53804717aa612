"""Seventy-fifth round (docs/faq.md, faq75): blind30's Chinese-side misses read as kinds (probe58 written first):
Shanxi (Jin) and northwestern Mandarin (甚, 抹, 哪搭, 写岔, 婆姨, 娃), Anhui, Nanjing and Jiangxi Mandarin (作兴, 怀伢,
阿有, 冇得寄, 好多钱, 哪个晓得), Toishanese-flavoured Chinese of Chinatown elders (我人, 云埠, 唐山, 红卜卜, 铺头),
Taiwan's Dcard and PTT (小弟, 求解, 课关税), Kongish particles (ng goi, ma, ar, wor), passive-aggressive lead-ins
and rhetorical complaint tails around a problem stated, messages with counts and English product names, and a card
refused abroad whose bank's service is asked (the bank's). Each kind tested in other wordings than the sets' and the
probe's, with guards that keep their answers."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_dialect, read_kongish
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("俺婆姨怀娃了，你家的精华能抹不？", "pregnancy-safe"),
    ("我怀伢五个月了，你们的防晒作兴搽不？", "pregnancy-safe"),
    ("我才怀伢三个月，你们的面霜作兴搽不？", "pregnancy-safe"),
    ("我老表在悉尼，你们冇得寄过去的啊？", "shipping-destinations"),
])
def test_jin_and_jianghuai_mandarin(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("我人喺雲埠，有冇得去你哋舖頭睇下？", "store-locations"),
    ("我人想寄兩支精華返唐山俾個孫女，得唔得？", "shipping-to-china"),
    ("我孫仔廿歲，塊面有啲油，買邊樣好？", "product-recommendation"),
    ("我人日日朝早出去行街，使唔使搽防曬？", "sunscreen"),
])
def test_chinatown_elders(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("再问一次：收到的面霜盖子是裂的，前天就说过了", "package-problem"),
    ("第三次问了：我订的是防晒，寄来的是洁面", "package-problem"),
    ("包裹里少寄了一支唇膏，难道要我自己认了？", "package-problem"),
    ("用了你们的水乳直接烂脸，难道不给个说法？", "allergy-reaction"),
    ("小弟第一次網購保養品，寄到台中會被課關稅嗎？求解", "customs-duties"),
    ("收到的 box 里少了2瓶 toner，明明买了3瓶", "package-problem"),
    ("麻烦认真看下我的问题：寄来的精华瓶子是漏的，昨天就讲过了", "package-problem"),
])
def test_a_problem_stated_around_the_conversation(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("ng goi, 你哋 ship 去 HK ma?", "shipping-destinations"),
    ("hi, 你哋啲面霜 有冇 alcohol ga? ng goi", "fragrance-alcohol-free"),
])
def test_kongish(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_kongish_is_read_only_beside_chinese() -> None:
    assert read_kongish(normalize("hi, do you ship to MA?")) == normalize("hi, do you ship to MA?")
    assert read_kongish(normalize("ng goi 你哋 ship 去 HK ma")) == "你哋 ship 去 香港"


@pytest.mark.parametrize("text", [
    "农业银行的卡在澳洲刷不了，境外支付功能怎么开通？",
    "我张 Mastercard 喺日本碌唔到，要 call 銀行邊個 department？",
])
def test_a_card_refused_abroad_is_the_banks(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # guards: the same kinds the matcher read already, our own payment, a mainland city's parcel, a product's start
    # feared to break out, a job's silence, a Mandarin 甚至
    ("面霜抹了两天脸上起红疙瘩，该咋弄咧？", "allergy-reaction"),
    ("地址填岔了，还能改不？", "order-change-address"),
    ("阿有实体店啊？我在温哥华", "store-locations"),
    ("雲埠邊度有舖頭可以試下？", "store-locations"),
    ("这瓶乳液搁柜子里一年了，还能用不咧", "shelf-life"),
    ("可以用信用卡付款吗", "payment-methods"),
    ("帮我妈问下，她在成都，你们的东西能寄过去吗", "shipping-to-china"),
    ("想试A醛精华，要怎么开始才不会烂脸", "retinoid-start"),
    ("面试完两个星期了，一点动静都没有", "job-application-status"),
    ("我甚至不知道自己是什么肤质，该买哪款", "product-recommendation"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "read"), [
    ("抹茶味的唇膏有吗", "抹茶味的唇膏有吗"),
    ("我人生第一次买护肤品", "我人生第一次买护肤品"),
    ("花了好多钱买的", "花了好多钱买的"),
    ("有啲牌子", "有的牌子"),
])
def test_words_that_keep_their_sense(text: str, read: str) -> None:
    assert read_dialect(normalize(text)) == read
