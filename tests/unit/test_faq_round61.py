"""Sixty-first round (docs/faq.md): wrong answers where a message touches two entries, or another business's matter
(probe44). Kinds: which of the job entries is asked (a permit or a visa named, a language one speaks, a résumé's
contents, how to apply, a reply awaited); which of the membership entries (a fee to join, a member's birthday, a code
that does nothing, one's own referral code); how often or in what order vs which product; the language of our
messages vs an exchange; and no answer for a bank's or a card's own fee and for a casino's pitch. Each kind tested in
other wordings than probe44's, with guards that stay another entry's or unanswered."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    "Does BMO charge me a fee if I use my debit card in Mexico?",
    "does CIBC charge foreign transaction fees on their visa",
    "what's the annual fee on a TD credit card",
    "any currency conversion fee on my Mastercard when I shop in Europe?",
    "农业银行信用卡在国外刷卡有手续费吗",
    "交通銀行信用卡海外消費手續費點計",
    "工行的卡 在美国 刷卡 收 fee 吗",
    "信用卡境外消费有手续费吗",
    "银行能把加币换成人民币吗",
    "威尼斯人赌场 会员优惠 加line",
    "网上百家乐 真人荷官 首存送彩金",
])
def test_banks_fees_and_casinos_get_no_answer(text: str) -> None:
    assert outcome(text) is None
