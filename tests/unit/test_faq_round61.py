"""Sixty-first round (docs/faq.md): wrong answers where a message touches two entries, or another business's matter
(probe44). Kinds: which of the job entries is asked (a permit or a visa named, a language one speaks, a résumé's
contents, how to apply, a reply awaited); which of the membership entries (a fee to join, a member's birthday, a code
that does nothing, one's own referral code); how often or in what order vs which product; the language of our
messages vs an exchange; and no answer for a bank's or a card's own fee and for a casino's pitch. Each kind tested in
other wordings than probe44's, with guards that stay another entry's or unanswered."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # jobs
    ("我是學生簽證 你們的週末兼職我可以做嗎", "job-work-permit"),
    ("I've got a spousal open work permit, could I work at one of your shops?", "job-work-permit"),
    ("留学生 想打工 你们招人吗 怎么申请", "job-apply"),
    ("hiring 流程 多久 能拿 offer", "job-apply"),
    ("my spoken mandarin is pretty weak, is that fine for a job in your shop?", "job-language"),
    ("I listed my age and a photo on my CV like we do at home, should I remove them before applying to you?",
     "job-resume-tips"),
    ("想應徵貴公司門市職位，請問需要附上求職信嗎", "job-resume-tips"),
    ("投你们门店的职位 需要附求职信吗", "job-resume-tips"),
    # membership
    ("会员是怎么弄的 要不要钱", "membership"),
    ("你们这会员咋整啊 要交钱不", "membership"),
    ("I'm a member and my birthday is in April, do I get a treat?", "birthday-gift"),
    ("my bf is a member and his birthday is next week, does he get something from you", "birthday-gift"),
    ("birthday voucher 有没有门槛", "birthday-gift"),
    ("my coupon code does nothing at checkout, is there a minimum?", "promo-code"),
    ("promo code 打进去没反应 是不是要满 minimum", "promo-code"),
    ("我的invite code喺邊 朋友用咗有冇折", "referral"),
    ("my friend wants to try you, can she get a discount and I get something back", "referral"),
    # skin: how often, what order
    ("what frequency for the retinol when starting out", "retinoid-start"),
    ("A醇新手 建议多久用一次", "retinoid-start"),
    ("烟酸胺 新手 一周几次", "niacinamide-combine"),
    ("what layering order do you suggest for your products AM and PM", "routine-order"),
    ("which order do the serum and the cream go on, morning and evening", "routine-order"),
    ("精华 和 A醛 哪一步先", "routine-order"),
    # language
    ("推送消息能不能换成英文", "language"),
    ("你们的推送能换成English吗", "language"),
])
def test_the_entry_asked_among_two(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("Are you hiring? How do I apply", "job-apply"),
    ("我刚到墨尔本打工度假 看到你们在招人 请问怎么应聘 流程是怎样", "job-apply"),
    ("去你们那见工要讲普通话吗", "job-language"),
    ("Can I use Lumi code BDAY10 on sale prices?", "promo-code"),
    ("applied last week and no response yet, how long till I hear", "job-application-status"),
    ("where is your Richmond store", "store-locations"),
    ("do you have part-time jobs for students", "job-part-time"),
    ("what do members get", "membership"),
    ("can I wrap a birthday present for my mum", "gift-wrap"),
    ("which serum would you recommend for dry skin", "product-recommendation"),
    ("can I use niacinamide with retinal", "niacinamide-combine"),
    ("Is it ok to layer vitamin C and niacinamide?", "niacinamide-combine"),
    ("可以换成大一号的吗", "exchange"),
    ("my discount code says expired", "promo-code"),
    ("do you charge a fee if I pay with my credit card?", "payment-methods"),
    ("刷信用卡有手续费吗", "payment-methods"),
    ("用信用卡付款有手续费吗", "payment-methods"),
    ("my RBC card got declined at your checkout, what other ways can I pay", "payment-methods"),
])
def test_the_other_entry_stays(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("no status yet, can I still work for you", "job-apply"),
    ("what languages would I need to work in your shop", "job-apply"),
    ("我申请咗你哋门市份工 几时有回音", "job-apply"),
    ("生日礼物寄去美国运费多少", "birthday-gift"),
    ("去你们那见工要讲普通话吗", "language"),
])
def test_never_the_entry_a_matter_would_take_wrongly(text: str, entry: str) -> None:
    assert outcome(text) != entry


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
