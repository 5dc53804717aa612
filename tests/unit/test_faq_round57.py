"""Fifty-seventh round (docs/faq.md): answerable questions that got no answer or a did-you-mean menu
(probe40). Kinds: the formal register's possessive 之 and its 方式 / 办法 of doing a thing (处理方式, 奖励办法),
its 迄今, 未获回复, 惟; Cantonese forms (已經係, 冇戲, 痕到, 面痕, 大肚婆); an amount spent told in a membership
question, and one's own tier asked (什么等级, 最高级, what tier); words for the thing the entries lacked (撤掉 an
order, 实体点, 零工, 回馈, 心意卡, travel size, 防伪贴, push); trying in person (当面试试) that is no interview.
Each kind tested in other wordings than probe40's, with guards."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # the formal register: 之 as 的, a way of doing a thing asked as its 方式 / 办法, 迄今 / 未获回复 / 惟
    ("本人收到之包裹內瓶身破裂，煩請告知處理方式。", "package-problem"),
    ("貨品已收到，惟瓶蓋破裂，煩請告知後續處理方式。", "package-problem"),
    ("本人於本月初參加貴司面試，迄今未獲答覆，煩請告知結果。", "job-application-status"),
    ("本人於本月初參加貴司面試，迄今未獲回覆，煩請告知錄取結果。", "job-application-status"),
    ("本人已遞交履歷兩週，敬請告知審核進度。", "job-application-status"),
])
def test_formal_register_read_plainly(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # Cantonese forms: 冇戲, 痕到, 大肚婆, 已經係
    ("投咗份工三個禮拜都冇回音，係咪冇戲？", "job-application-status"),
    ("搽完精華塊面好似有啲痕到唔得了", "allergy-reaction"),
    ("搽完個精華塊面痕到瞓唔著", "allergy-reaction"),
    ("大肚婆用唔用得你哋支防曬？", "pregnancy-safe"),
    ("今年喺你哋度買咗成七百蚊 係咪已經係最高級", "membership"),
    ("日本有冇得寄？我喺大阪返工", "shipping-destinations"),
])
def test_cantonese_forms(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # an amount spent, told in a membership question, and one's own tier asked
    ("今年在你们这花了七百多块 我现在是哪个等级", "membership"),
    ("去年一共买了大概六百加币 现在是什么等级", "membership"),
])
def test_spending_and_tier(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # words for the thing the entries lacked
    ("昨晚下的那单能不能帮我撤掉", "order-cancel"),
    ("悉尼有实体点吗，想去闻闻味道", "store-locations"),
    ("do you sell a travel size of the cream", "samples"),
    ("盒子底下的防伪贴怎么用", "authenticity"),
    ("盒子底下的防伪贴在哪扫码验", "authenticity"),
    ("半夜老是收到push，烦死了能关吗", "stop-messages"),
    # the hiring's steps as gates to pass
    ("應徵店員要過幾道關？", "job-apply"),
])
def test_words_the_entries_lacked(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: what was answered stays (some in this round's kinds), another organisation's matter stays unanswered
    ("敬請告知積分之兌換方式。", "points-redeem"),
    ("煩請告知生日禮券之領取方式", "birthday-gift"),
    ("烦请告知邀请好友之奖励规则", "referral"),
    ("付款方式有哪些", "payment-methods"),
    ("会员等级怎么算", "membership"),
    ("开封之后能放多久", "shelf-life"),
    ("多伦多有实体点可以逛吗", "store-locations"),
    ("介绍朋友来买 我能有点回馈吗", "referral"),
    ("买来送人 可以放一张心意卡吗", "gift-wrap"),
    ("想先去店里当面试试质地 温哥华有店吗", "store-locations"),
    ("化粧水和乳液哪个先用", "routine-order"),
    ("過海關要交稅嗎", "customs-duties"),
    ("这几个关键成分孕妇能用吗", "pregnancy-safe"),
    ("有冇得退㗎 未開過", "return-policy"),
    ("航空公司的会员等级怎么算", None),
    ("银行信用卡的年费怎么免", None),
    ("朋友的面试明天 祝她好运", None),
])
def test_guards(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
