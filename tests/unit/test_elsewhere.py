"""Questions about another business are not answered by our FAQ entry that shares their words
(bot/content/elsewhere.py); questions addressed to us that name one still are."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.content.elsewhere import OtherBusinesses
from tests.support.factories import demo_content
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "answered_before"), [
    ("how do i get the telus app to stop sending notifications", "stop-messages"),
    ("cerave的面霜敏感肌能用吗", "sensitive-skin"),  # a Latin name against Chinese, no space
    ("is the ordinary retinol ok for beginners", "retinoid-start"),
    ("屈臣氏会员积分怎么兑换", "points-redeem"),
    ("兰蔻小黑瓶孕妇能用吗", "pregnancy-safe"),
    # the eighteenth round's (faq18) cases, once off-topic words of the matcher
    ("my Koodo plan keeps sending me offers, how do I unsubscribe from them", "stop-messages"),
    ("can I redeem PC Optimum points online", "points-redeem"),
    ("is Lululemon looking for part time staff", "job-part-time"),
    ("can I pay the electricity bill with WeChat Pay", "payment-methods"),
    # the nineteenth round's kinds: a supermarket (the payment entry names Apple Pay's iPhone, a device now, not a
    # shop, so it no longer spares shops), a transit card, a marketplace of Taiwan, a parcel locker, a health card
    ("can I pay with WeChat Pay at No Frills", "payment-methods"),
    ("how do I top up my compass card with alipay", "payment-methods"),
    ("my opal card charged me twice, can i get a refund", "refund-time"),
    ("蝦皮買的面霜可以退貨嗎", "return-policy"),
    ("丰巢的快递超时了要收费吗", "membership"),
    # the twenty-first round's: a coffee chain's rewards, consumer credit in a payment app
    ("how long before my tims rewards points expire", "points-redeem"),
    ("花呗扣款可以取消吗", "order-cancel"),
])
def test_a_question_about_another_business_gets_no_answer_of_ours(text: str, answered_before: str) -> None:
    """Each was answered with `answered_before`: our points for Watsons' points, our sensitive-skin advice for
    CeraVe's cream, our opt-out for Telus's app. The member now hears that the bot does not know."""
    assert answered(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # addressed: your, you (the eighteenth round's "london drugs" as an off-topic word vetoed it)
    ("I bought your cleanser at London Drugs, can I return it to you?", "return-policy"),
    ("is your sunscreen like anessa?", "sunscreen"),
    ("在拼多多买的面霜是真货吗", "authenticity"),  # the entry speaks of marketplaces itself (淘宝, Amazon)
    ("I'm a creator with 20k on instagram, do you collab?", "wholesale-partnership"),  # ... of platforms (小红书)
    ("can i pay with apple pay on my iphone", "payment-methods"),  # the entry names a device itself
    ("你们收八达通吗", "payment-methods"),  # a card the brand's own payment entry names is the brand's
])
def test_a_question_to_us_or_for_an_entry_about_such_businesses_is_still_answered(text: str, entry: str) -> None:
    assert answered(text) == entry


def test_a_name_the_brands_own_content_uses_is_the_brands_business() -> None:
    """The demo ships with Canada Post and takes PayPal: those are never another business's. (八达通, which only
    the payment entry names, is that entry's through `spared`: see below.)"""
    elsewhere = demo_content().elsewhere
    assert elsewhere.named("does canada post deliver on sundays") is None
    assert elsewhere.named("is paypal safe") is None
    assert elsewhere.named("How long does H&M's online shipping take?") == ("h m", "shop")  # the possessive
    assert elsewhere.named("bought a lumi set at costco, is it real?") is None  # the brand's own name


@pytest.mark.parametrize(("text", "answered_before"), [
    ("淘宝的退款多久到账", "refund-time"),
    ("淘宝上的优惠券怎么用", "promo-code"),
])
def test_a_name_only_an_faq_entry_uses_is_that_entrys_not_the_brands(text: str, answered_before: str) -> None:
    """authenticity names 淘宝 (bought there, is it real?); that made 淘宝 the brand's own everywhere, and its
    refunds and coupons our entries' (nineteenth round). The entry itself still answers it."""
    assert answered(text) is None
    assert answered("在淘宝买的面霜是真货吗") == "authenticity"
    assert answered("可以用八达通付款吗") == "payment-methods"


def test_the_kinds_an_entry_names_are_read_from_its_own_texts() -> None:
    spared = demo_content().elsewhere.spared
    assert spared["authenticity"] == {"shop"} and "platform" in spared["wholesale-partnership"]
    assert "utility" not in spared.get("payment-methods", frozenset())  # "pay my hydro bill with Alipay" is not it
    empty = OtherBusinesses.for_content(object())
    assert empty.named("is costco open today") == ("costco", "shop") and not empty.spared


def test_every_business_a_message_names_counts_not_the_first_found() -> None:
    """Before: `named` gave the first name found, and names of one length were tried in the order of a set, which
    changes with the process's hash seed: a message naming a shop (which the authenticity entry speaks of itself)
    and another kind of business was the entry's in one process and another business's in the next."""
    elsewhere = OtherBusinesses.for_content(object(), names={"shop": ("甲乙商店",), "bank": ("丙丁银行",)})
    assert elsewhere.kinds_named("甲乙商店的卡和丙丁银行的卡") == {"shop", "bank"}
    assert elsewhere.kinds_named("今天天气好") == frozenset()


def test_names_of_one_length_are_found_in_the_same_order_in_every_process() -> None:
    script = ("from bot.content.elsewhere import OtherBusinesses\n"
              "e = OtherBusinesses.for_content(object(), names={'a': tuple('甲乙丙丁戊己庚辛壬癸'[i] + '记商店' "
              "for i in range(10))})\n"
              "print(e.names.chinese)")
    seen = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in (1, 2, 3)}
    assert len(seen) == 1, seen


def test_a_name_inside_a_longer_name_found_with_it_is_not_a_second_business() -> None:
    """"facebook marketplace" is a marketplace (a shop, which the authenticity entry speaks of), not also Facebook."""
    elsewhere = demo_content().elsewhere
    assert elsewhere.kinds_named("bought one off facebook marketplace, how can i tell if its real") == {"shop"}
    assert answered("bought one off facebook marketplace, how can i tell if its real") == "authenticity"
