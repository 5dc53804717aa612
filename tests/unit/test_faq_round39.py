"""Thirty-ninth round (docs/faq.md): regional Mandarin as typed, Chinese families in Europe and Malaysian / Singapore
Chinese (probe22), and questions about a bank, a carrier or a marketplace that our entries answered. Each kind tested
in other wordings than probe22's, with guards for the same words in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from bot.content.lexicon import asks_if_bot, looks_like_spam, read_dialect
from bot.text import normalize
from tests.support.faq_checks import assert_answers, index  # noqa: F401  (the module's fixture)
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    # whether it goes to a place, asked as a service one has, or the place first then whether one gets it there
    ("你们有寄去葡萄牙吗", "shipping-destinations"),
    ("有没有发来吉隆坡嘛 想买几支", "shipping-destinations"),
    ("槟城这边可以收到吗", "shipping-destinations"),
    ("有寄来槟城吗 邮费要多少", "shipping-destinations"),  # a place not served: where it goes, not what it costs
    # Shanghainese: 侬拉 / 阿拉 / 伐 / 屋里厢
    ("阿拉想加侬拉会员 要钞票伐", "membership"),
    ("阿拉屋里厢有老人 侬拉寄得到伐", "shipping-destinations"),
    # first which, then which (先涂哪个后涂哪个): the order of a routine's steps
    ("晚上先擦啥后擦啥", "routine-order"),
    # 儿化 and 有信儿: news of an application
    ("面试完了一个礼拜 有信儿没啊", "job-application-status"),
    # a passport held, beside a job: one's right to work
    ("我拿的是英国护照 可以在你们那上班吗", "job-work-permit"),
    # Sichuanese 好久, how long, asked of when something happens
    ("乳液开盖了好久就不能抹了", "shelf-life"),
    ("寄到成都好久能到", "shipping-time"),
    # a group entered, the group said first
    ("群好进不 我想进", "join-group"),
    # Chongqing's 啷个 (how), Tianjin's 介个 (this)
    ("啷个付款嘛", "payment-methods"),  # was customs-duties'
    ("介个防晒倍儿好使不", "sunscreen"),
])
def test_regional_and_abroad_kinds_are_read(index: FaqIndex, text: str, expected: str) -> None:  # noqa: F811
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("寄到多伦多要几天", "shipping-time"),  # 寄到 + a place is the FAQ's own wording: its entry keeps it
    ("寄加拿大运费多少", "shipping-cost"),  # a place served, its cost asked
    ("你们寄上海吗", "shipping-to-china"),  # the mainland is its own entry's
    ("护照过期了 去哪里续", None),  # a passport alone is the embassy's
    ("等了好久才收到", "shipping-time"),  # a long time waited, not "how long"
    ("我想进货 你们群里有批发吗", "wholesale-partnership"),  # stocking goods, not entering the group
])
def test_the_same_words_in_other_senses_keep_their_entries(index: FaqIndex, text: str,  # noqa: F811
                                                            expected: str | None) -> None:
    assert_answers(index, text, expected)


def test_dialect_words_are_read_with_guards() -> None:
    assert read_dialect(normalize("侬拉好伐")) == "你们好吗"
    assert read_dialect(normalize("阿拉伯的朋友")) == "阿拉伯的朋友"  # Arabia keeps its 阿拉
    assert read_dialect(normalize("伊拉克")) == "伊拉克"
    assert "伐" in read_dialect(normalize("砍伐森林"))  # felling keeps its 伐
    assert "伐" in read_dialect(normalize("步伐太快"))
    assert "工作" in read_dialect(normalize("想去墨尔本做工"))  # Malaysian 做工: working
    assert "工作" not in read_dialect(normalize("这瓶做工很好"))  # ... not a thing's workmanship


def test_tag_questions_ask_if_bot() -> None:
    """你是机器人不 / 伐 / 么: the yes-no question's end as northern and Wu speakers type it."""
    assert asks_if_bot(normalize("你是真人不"))
    assert asks_if_bot(normalize("是机器人伐"))
    assert not asks_if_bot(normalize("你是真人不是"))


def test_loan_and_cash_out_pitches_are_spam() -> None:
    assert looks_like_spam(normalize("花呗套现 秒到"))
    assert looks_like_spam(normalize("低息贷款 无抵押 秒批"))
    assert not looks_like_spam(normalize("退款多久到账"))


def test_banks_carriers_and_a_marketplace_seller_are_theirs() -> None:
    """Another business's own process: a bank's transfer or account, a card abroad, a European carrier's delivery,
    a marketplace's return (the authenticity entry names 淘宝, and answers only what it answers without the name)."""
    assert answered("建行转账几天能到") is None
    assert answered("在德国怎么办银行卡") is None
    assert answered("信用卡在日本用不了怎么办") is None
    assert answered("GLS说包裹放在取件点了 去哪里拿") is None
    assert answered("拼多多买的衣服咋退 商家不同意") is None
    assert answered("淘宝买的面霜是正品吗") == "authenticity"  # the entry's own question, a marketplace named
    assert answered("德国的信用卡能在你们小程序付款吗") == "payment-methods"  # paid to us: the payment entry's
    assert answered("工签还在审 能先干活吗") == "job-work-permit"  # work beside a permit: the job entry's
    assert answered("我的包裹到哪了 Hermes的单号查不到") == "order-tracking"  # our parcel, the carrier named
    assert answered("你们发货用GLS吗 单号在哪查") == "order-tracking"
