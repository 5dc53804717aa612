"""Ninety-second round (docs/faq.md, faq92): no-answer messages that got an answer or a menu, read as kinds (probe75
written first). Another body's membership, dues or fee told in our entries' words (a guild, a choir, a pool, a rec
centre, an exam board); a courier's own customer service or its driver's phone; weather talk that asks nothing;
another person's line quoted with the member's own reply to them; an app's or a bank's transfer fee; wrapping a
present oneself; which drink or food tastes better; a medicine's expiry; a sightseeing trip planned; one's own
boss's temper; a treatment had at a salon. Our own matters told in the same words keep their answers. Other
wordings than probe75's and the sets'; each no-answer check here failed before the round (the message got an
entry's answer or a menu), with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import BODY, COURIER_DESK, DOCTOR, FOOD, GIFT, SENDER, WALLET
from bot.content.lexicon import chit_chat, sells_fakes_or_fans
from bot.text import normalize
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # another body's membership, dues or fee
    "Weavers guild membership renewal, can I pay with a credit card?",
    "雅思报名费能不能退",
    # a courier's own customer service
    "申通寄来的东西显示签收了 我没见到 申通客服电话多少",
    "顺丰客服的电话几点能打通",
    # weather talk that asks nothing
    "卡尔加里今天零下三十度",
    # another person's line quoted and the member's reply to them
    "「小芳：周末去不去逛街」\n- - - - - - - - - - - - - - -\n好呀 几点",
    "「Ben: what time are we meeting?」\n- - - - - - - - - - - - - - -\nsure, 6pm works",
    # an app's transfer fee
    "微信转到银行卡的手续费是多少",
    # wrapping a present oneself
    "any tricks for wrapping presents neatly? it's for the office gift exchange",
    # a sightseeing trip planned, one's own boss's temper
    "my parents want to see Banff, how many days should we spend on the trip from Calgary?",
    "part time on weekends only, my boss would kill me haha",
    # a treatment had at a salon, what may follow it the practitioner's to say
    "got a chemical peel at the spa yesterday, can I put retinol on tonight?",
    # a studio's membership (blind39's kind)
    "pilates studio membership, want to cancel but they keep billing me, how?",
])
def test_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("the bowling guild membership fee is due", BODY),
    ("游泳馆的月卡怎么续费", BODY),
    ("托福考试费可以退吗", BODY),
    ("京东快递员的电话多少", COURIER_DESK),
    ("what's the fedex customer service number", COURIER_DESK),
    ("支付宝转账收手续费吗", WALLET),
    ("how to wrap a present neatly", GIFT),
    ("哪一款清酒比较好喝", FOOD),
    ("胃药过期了还能吃吗", DOCTOR),
    ("醫美診所打完雷射 幾天後可以擦A醇", DOCTOR),
    # a "you" said to be no part of it addresses nobody (blind39's kind)
    ("UPS wants brokerage fees for a box my aunt sent me from Manila, nothing to do with you guys, how do I pay them",
     SENDER),
])
def test_kinds_read(text: str, kind: str) -> None:
    assert kind in demo_content().elsewhere.kinds_named(text)


@pytest.mark.parametrize("text", [
    "代购点赞 一千个赞只要八十元",
    "一千个粉只要五十元 各平台都可以",
])
def test_followers_sold_by_the_thousand_are_an_advertisement(text: str) -> None:
    assert sells_fakes_or_fans(normalize(text))


def test_followers_had_are_no_advertisement() -> None:
    assert not sells_fakes_or_fans(normalize("我有一千个粉丝了 开心"))


@pytest.mark.parametrize("text", [
    "-40 windchill in Edmonton today, insane",
    "下了一整天的雪 外头零下十度",
])
def test_weather_talk_is_small_talk(text: str) -> None:
    assert chit_chat(normalize(text))


@pytest.mark.parametrize("text", [
    "it's so cold and my hands are cracking",
    "零下十度 嘴唇干到裂开",
    "cold weather, will my parcel be ok?",
])
def test_weather_with_a_question_or_skin_is_no_small_talk(text: str) -> None:
    assert not chit_chat(normalize(text))


@pytest.mark.parametrize(("text", "entry"), [
    # our matters in the same words, or addressed to us
    ("how do I join your membership?", "membership"),
    ("我的包裹显示已签收 但我没收到", "package-problem"),
    ("冬天太冷了 脸干到起皮怎么办", "winter-dry-skin"),
    ("can you gift wrap it for me?", "gift-wrap"),
    ("用支付宝付款可以吗", "payment-methods"),
    ("面霜开封后多久会过期", "shelf-life"),
    # a quote the member asks too, and our account's line quoted then a question
    ("「小梅：你们家的防晒是物理的还是化学的」\n- - - - - - - - - - - - - - -\n同问", "sunscreen"),
    ("「露米Lumi：满 CAD 40 的订单可选 2 份免费小样」\n- - - - - - - - - - - - - - -\n好的 小样有哪些", "samples"),
])
def test_our_matters_in_the_same_words_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry
