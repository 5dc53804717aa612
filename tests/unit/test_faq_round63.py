"""Sixty-third round (docs/faq.md): Chinese in regional and dialect registers that the matcher left unanswered or
misread (probe46, blind27's regional followers). Kinds: Hakka (𠊎, 你兜, 愛 as want, 做得 as may, a question's final
無, 幾久), Teochew and Hokkien (阮, 恁, 乜个, 佗位, 會使, 底時, 有身), Hunan and Hubei (么子, 么样, 么时候, 哒, 蛮,
V得不), Shaanxi clause-opening 额 (I), Tianjin 介 and 嘛 before a word, Shandong 中不, and Cantonese typed in Latin
letters (ho m ho yi, gei do chin, gei si, dim + a verb, m goi). Each kind tested in other wordings than probe46's, with
guards where the same characters are Mandarin and keep their sense."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_dialect
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Hakka
    ("𠊎想買你兜個防曬，寄得去澳洲無？", "shipping-destinations"),
    ("𠊎寄返去個貨，退錢愛幾久？", "refund-time"),
    ("你兜個面霜孕婦做得搽無？", "pregnancy-safe"),
    # Teochew / Hokkien
    ("阮想换一个别个颜色，会使无？阮未开", "exchange"),
    ("恁个店佗位有？阮想去看", "store-locations"),
    ("阮有身三个月，恁个精华会使用无？", "pregnancy-safe"),
    ("阮阿姨住广州，恁寄唔寄大陆？爱乜个资料？", "shipping-to-china"),  # 乜个资料 is no 个资 (personal data)
    ("請刪除我的個資", "privacy"),
    # Hunan / Hubei
    ("你们么子时候开门咯？", "business-hours"),
    ("退款么时候到账？", "refund-time"),
    ("我脸上蛮干，冬天么样保湿？", "winter-dry-skin"),
    # Shaanxi, Tianjin, Shandong
    ("额想问一下，你们家的东西能寄到美国不？", "shipping-destinations"),
    ("介防晒霜一天要补涂几次？", "sunscreen"),
    ("你们收不收信用卡？使嘛付都中不？", "payment-methods"),
    ("烟酰胺跟A醇一块用中不？", "niacinamide-combine"),
    # Cantonese in Latin letters
    ("ho m ho yi ship to Japan? 我喺東京", "shipping-destinations"),
    ("dim cancel order a? m goi", "order-cancel"),
    # Cantonese words the development sets' misses showed
    ("琴日落錯單，可唔可以cut咗佢？", "order-cancel"),
    ("天凍塊面乾到爆，有咩建議？", "winter-dry-skin"),
    # a pasted order or screenshot's text, a blank line, then the question (a mail signature names no business)
    ("訂單編號：LM20612345\n狀態：待出貨\n\n買錯咗，呢張單可以取消嗎？", "order-cancel"),
    ("我的積分：2,180\n——\n傳送自我的 iPhone\n\n這些積分可以怎麼用？", "points-redeem"),
])
def test_a_regional_register_is_read(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "reading"), [
    ("我脸蛮干", "我脸很干"), ("这个么样用", "这个怎么用"), ("用么样的好", "用什么样的好"), ("额在西安", "我在西安"),
    ("我额包裹", "我的包裹"), ("介面霜能放多久", "这面霜能放多久"), ("使嘛付", "用什么付"), ("换了中不", "换了可以吗"),
    ("一块用中不中", "一起用可以"), ("寄得到无", "寄得到吗"), ("地址写错哒", "地址写错了"), ("搽得不", "能涂吗"),
    ("𠊎愛問", "我要问"), ("恁个货", "你们的货"), ("会使改无", "可以改吗"), ("gei do chin", "how much"),
])
def test_a_regional_word_is_read_as_mandarin(text: str, reading: str) -> None:
    assert read_dialect(normalize(text)) == normalize(reading)


@pytest.mark.parametrize(("text", "reading"), [
    ("怎么样", "怎么样"), ("什么时候", "什么时候"), ("你们介绍一下", "你们介绍一下"), ("其中不含酒精", "其中不含酒精"),
    ("会使皮肤变干吗", "会使皮肤变干吗"), ("做得好", "做得好"), ("好哒", "好哒"), ("阮先生", "阮先生"),
    ("恁大的瓶子", "恁大的瓶子"), ("有身体", "有身体"), ("野蛮", "野蛮"), ("毫无", "毫无"),
    ("你们个人信息", "你们个人信息"),
    ("余额", "余额"), ("额头", "额头"), ("干嘛", "干嘛"),
])
def test_mandarin_keeps_its_sense(text: str, reading: str) -> None:
    assert read_dialect(normalize(text)) == normalize(reading)


@pytest.mark.parametrize("text", [
    "介天儿嘛也不想干，就想睡觉",
    "m goi, gei do chin a taxi to the airport?",
    "阮阿嬷今日做生日，恁食饱未？",
    "航班号：CA992\n登机口：B12\n起飞：08:05\n\n这个航班会延误吗",
])
def test_chat_in_a_register_stays_unanswered(text: str) -> None:
    assert outcome(text) is None
