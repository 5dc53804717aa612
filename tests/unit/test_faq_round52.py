"""Fifty-second round (docs/faq.md): Chinese in Japan and Korea, Quebec Chinese with French, and two-question
messages with a main one (probe35). Kinds: Japanese (kanji and kana) and Korean words among the Chinese are the
FAQ's words (発送 发货, 返金 退款, 택배 快递); French words among the Chinese or English are too (colis, remboursement,
facture, carte de crédit); the carriers, shops and offices of Japan, Korea and Quebec are another business's; of two
questions, the one said to be the main one answers (an aside after "顺便问下" / "btw", or the real one after "我主要
想知道" / "main thing is" or after asking whether one may ask). Each kind tested in other wordings than probe35's,
with guards."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_round48 import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("注文的东西什么时候能発送", "shipping-time"),
    ("返金怎么还没到", "refund-time"),
    ("追跡番号查不到", "order-tracking"),
    ("クーポン怎么用不了", "promo-code"),
    ("返品的话运费谁出", "return-policy"),
    ("이번 주문 취소 可以吗", "order-cancel"),
    ("선크림 每天都要涂吗", "sunscreen"),
    ("환불 多久到", "refund-time"),
    ("领収書要怎么下载", "receipt-invoice"),
    # guards: Chinese words that look alike stay theirs
    ("可以用支付宝付款吗", "payment-methods"),
    ("退款多久到账", "refund-time"),
])
def test_japanese_and_korean_words_are_the_faqs(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("my colis hasnt arrived yet, where is it", "order-tracking"),
    ("carte de crédit可以用吗", "payment-methods"),
    ("je voudrais un remboursement 多久到", "refund-time"),
    ("je veux annuler ma commande 还没发货", "order-cancel"),
    ("magasin在哪里 想去试", "store-locations"),
    ("店员要懂日语吗", "job-language"),
    # guards: whether we speak French is not a job's requirement; Canada's post office is theirs
    ("你们会说法语吗", None),
    ("postes canada几点开门", None),
])
def test_french_words_are_the_faqs(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "ヤマト的快递到哪了",
    "佐川急便的单号怎么查",
    "在留卡地址怎么改",
    "RAMQ的卡怎么换地址",
    "ヤマト几点送货",
])
def test_the_carriers_shops_and_offices_of_japan_korea_and_quebec_are_theirs(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize("text", ["配送范围包括韩国吗", "你们的寄送範圍有哪些"])
def test_where_the_shop_sends_asked_as_its_range(text: str) -> None:
    assert outcome(text) == "shipping-destinations"


def test_a_card_fee_is_the_banks_and_a_fee_for_paying_us_stays_ours() -> None:
    assert outcome("首尔办的银行卡一年管理费多少") is None
    assert outcome("用信用卡付款有手续费吗") == "payment-methods"


@pytest.mark.parametrize(("text", "entry"), [
    ("can I still cancel my order? btw do you have a wechat group", "order-cancel"),
    ("are you open on sundays? nvm that, main thing is my refund still hasnt come", "refund-time"),
    # guards: an aside alone, or a small question before a real one the matcher read already, as before
    ("顺便问下你们有群吗", "join-group"),
    ("你们有群吗？我其实想问的是怎么退货", "return-policy"),
    ("hi btw", None),
])
def test_of_two_questions_the_main_one_answers(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
