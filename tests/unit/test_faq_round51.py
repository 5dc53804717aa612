"""Fifty-first round (docs/faq.md): blind24's misses read as kinds, each written again in other wordings than blind24's
and probe34's, with guards that must stay as they are: Spanish, Portuguese and French shop words in a Chinese sentence;
"kindly" business English; Taiwan's 注音 finals and Hokkien 按怎; pregnancy stages; resellers speaking for a customer;
a bank's or a payment app's own account and an address changed with an office (not ours); a tourist visa with a job
asked; one's English said to be so-so; a return's paperwork; which goes on first; sent somewhere else instead."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Spanish and Portuguese shop words, read as the English ones (the shipping noun with a price is its cost)
    ("envío a Chile cuánto cuesta", "shipping-cost"),
    ("hacen envíos a Uruguay?", "shipping-destinations"),
    ("necesito cancelar el pedido que hice ayer", "order-cancel"),
    ("dónde pongo el cupón", "promo-code"),
    ("el frete demora quanto tempo", "shipping-time"),
    # guards: another business's cancellation stays no answer
    ("quiero cancelar mi membresía del gimnasio", None),
])
def test_romance_shop_words(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("Kindly confirm whether you ship to Kenya.", "shipping-destinations"),
    ("Kindly share my order tracking number", "order-tracking"),
    ("any fee to join the membership?", "membership"),
    ("bought my sister the set, what goes on first?", "routine-order"),
    ("can you send it to my office instead", "order-change-address"),
    ("third trimester, is the retinal serum ok", "pregnancy-safe"),
    ("I'm on a tourist visa, can I do a few shifts?", "job-work-permit"),
    ("my english is not great, is that ok for the job?", "job-language"),
    # guards: a tourist visa without a job stays another trade's; an English class is not the job's English
    ("how much is a tourist visa", None),
])
def test_english_kinds(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


def test_an_english_class_is_not_the_jobs_english() -> None:
    assert outcome("my english is not great, any english class you know") != "job-language"


@pytest.mark.parametrize(("text", "entry"), [
    # Taiwan: 注音 finals and 按怎; 保存期限 is the shelf life
    ("面霜寄到的時候蓋子裂開ㄌ 要按怎", "package-problem"),
    ("面霜的保存期限多久", "shelf-life"),
    # pregnancy stages; Guangzhou's 爆得好犀利
    ("孕晚期能用A醛吗", "pregnancy-safe"),
    ("用咗之后爆得好犀利", "acne-prone"),
    # resellers speaking for a customer; taking goods to sell (批货)
    ("帮客人买的精华 客人问怎么查真假", "authenticity"),
    ("替客户代收的快递缺了一盒", "package-problem"),
    ("我开美容院的 想跟你们批点货", "wholesale-partnership"),
    # a return's paperwork, the money to a card, a receipt for tax
    ("没用过 退货手续怎么办理", "return-policy"),
    ("退款多久能退到信用卡", "refund-time"),
    ("可以开收据吗 报税要用", "receipt-invoice"),
    ("我是旅游签证 可以打工吗", "job-work-permit"),
    # guards: membership's 办理, a parcel's 几天到, a tourist visa alone
    ("会员怎么办理", "membership"),
    ("包裹几天到", "shipping-time"),
    ("办旅游签证要多少钱", None),
])
def test_chinese_kinds(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # a bank's or a payment app's own account, an address changed with an office: not ours
    ("银行卡怎么从微信解绑", None),
    ("does my credit card charge a fee overseas", None),
    ("need to update my address with the bank", None),
    # an advertisement asking for a LINE id
    ("代辦簽證 加賴詳談", None),
    # guards: our fees and our order's address stay ours
    ("可以用信用卡付款吗 要手续费吗", "payment-methods"),
    ("can I update the address on my order", "order-change-address"),
])
def test_other_organisations_matters(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
