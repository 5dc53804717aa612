"""Eighty-seventh round (docs/faq.md, faq87): no-answer messages that got answered, read as kinds (probe70 written
first). Another body's matter told in our entries' words, the body an organisation named by what it is: a church's,
a temple's, a mosque's or a charity's offering or donation paid by card and receipted for taxes; betting and
lotteries (the Jockey Club's points, a casino's, a prize paid out, a tipster group's join fee); co-ops, credit unions
and associations (patronage, member shares, dues); crypto exchanges (a withdrawal or a refund pending); another shop
by its kind (a tackle shop, a tea merchant) and its points; a card frozen, money sent to a relative. Our own matters
told in the same words keep their answers. Other wordings than probe70's and the sets'; each no-answer check here
failed before the round (the message got an entry's answer or a menu), with guards that passed before and still
do."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import BODY, WALLET
from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    # churches, temples, mosques and charities: an offering paid by card, a donation's receipt for taxes
    "can I put my tithe on my Visa at church now?",
    "church donations, do they take Alipay?",
    "how do I get a tax receipt for my church offering?",
    "the mosque's donation receipt, can I use it for taxes?",
    "寺院的捐款可以开收据吗",
    "慈善机构的捐款收据丢了 报税还要用",
    "教会的什一奉献可以用信用卡吗",
    "the temple asks for a membership fee, can I pay by credit card?",
    # a donation's receipt, which nobody selling gives
    "The Buddhist association sends donation receipts, are they tax deductible?",
    "where do I find the charity receipt for my donation?",
    "佛光山的捐款收據可以報稅嗎",
    # betting and lotteries
    "jockey club rewards points, what can I get with them?",
    "casino points, do they expire? how do I use them",
    "赛马会的会员积分会过期吗",
    "彩票中奖的钱多久到账",
    "马经群包赢 入会费只要几百",
    # co-ops, credit unions, associations and service clubs
    "合作社的股金可以退吗",
    "信用合作社的积分怎么兑换",
    "credit union membership fee, is it refundable?",
    "同乡会的年费可以刷卡吗",
    "扶輪社嘅會費可以碌卡嗎",
    # crypto exchanges
    "OKX 的 refund 一直没到账",
    # shops by their kind, and their points
    "茶行的积分可以抵现吗",
    "the tackle shop's rewards, how do I redeem them?",
    # a game store's receipt or refund
    "PSN的收据在哪里下载",
    "steam的refund几天到",
    # money sent to a relative through a payment app
    "支付宝给朋友转账要手续费吗",
])
def test_another_bodys_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("the credit union's patronage dividend, when is it paid out?", BODY),
    ("渔具店的储值卡能退吗", BODY),
    ("my Binance withdrawal has been stuck for two days, when does it come back?", "crypto"),
    ("my bet365 winnings, how long until they pay out?", "betting"),
    ("lotto winnings, how long until they pay out?", BODY),
    ("信用卡被冻结了 怎么办", WALLET),
    ("转账给家人有手续费吗", WALLET),
])
def test_kinds_read(text: str, kind: str) -> None:
    assert kind in demo_content().elsewhere.kinds_named(text)


@pytest.mark.parametrize(("text", "entry"), [
    # our matters in the same words, or addressed to us
    ("can I pay for your cream by credit card?", "payment-methods"),
    ("我买的面霜可以刷信用卡分期吗", "payment-methods"),
    ("my points from you, how do I redeem them?", "points-redeem"),
    ("积分可以换小样吗", "points-redeem"),
    ("refund from you for the serum, how long does it take?", "refund-time"),
    ("can I get a receipt for my order for tax purposes?", "receipt-invoice"),
    # a body named as where a friend is from: whom the follower knows, not the body asked about
    ("a friend from church told me about you, do I get points if she refers me?", "referral"),
    ("教会的姐妹介绍的，你们的会员要收费吗", "membership"),
])
def test_our_matters_in_the_same_words_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry
