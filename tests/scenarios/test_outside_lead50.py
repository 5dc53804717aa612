"""The lead's probing as a member in conversation, continued (lead50), through the webhook, on the Official Account and
WeCom, in Chinese, traditional Chinese and English. Each ask failed before its fix; guards beside.

A yes to the course an answer offered: "I have dry skin" (the answer ends "Want to learn more? Reply "Winter Barrier
Rescue" to start the mini course."), then "yes" got "👌 Anything else, just ask."; "yes please" after the
recommendation answer "I don't know" (noted as a question the FAQ lacks); "好啊，开始吧" the retinal's how-to ("开始"
read as starting a retinoid). Now the course offered starts, lesson 1 (handlers/tutorials.py YES_ASKS,
`_course_offered`); "ok" / "好的" alone stay the acknowledgement, and with no offer just before, as before.

Whether the posting just shown is still open: "jobs", "1", then "is it still open?" got a did-you-mean led by the
customer-service hours, "is this job still available?" those hours, "still hiring?" / "这个职位还有吗" the FAQ's general
how-to-apply answer, "还招人吗" every opening again. Now: yes, it is one of the openings now, with its apply link
(handlers/careers.py STILL_OPEN_ASKS, `_still_open`); "I want to apply" after it got the general how-to-apply answer
and now gets its link. "还有吗" stays the other openings.

"The other one" after a posting or product picked from a list (lead49 left it): "jobs in Sydney" (two), "1", "the
other one" got the exchange answer, "另一个" "I don't know". With two on the list it is the other one
(handlers/common.py OTHER_ONE in `picked_again`); with more, the other postings to pick from, numbered
(handlers/qa.py `_other_ones`, template `others_postings`), as lead49 did for products.

A why in the answer's own words (lead49 left it): "孕妇可以用吗", then "为什么不能用" got the payment-currency answer,
"why can't I use it?" the retinal's how-to, "why not the retinal?" the pregnancy answer again. Now the honest
why_answered reply, as "why?" gets (handlers/qa.py WHY_OWN_ZH / WHY_OWN_EN, `_asks_why_of_answer`); a why naming what
the answer did not say ("为什么不能退货") or with no negation or modal ("为什么这么贵") is the FAQ's as before.

Seen and left (docs/faq.md "## lead50"): "那多伦多呢" / "and to Toronto?" after the shipping cost gets the whole answer
again (Canada's line in it, not picked out); "为什么要等这么久" after the refund times got the shipping times (这么久 is
not the answer's word); "yes" after a lesson's "Reply next" gets the acknowledgement; "what do you recommend for dry
skin" sends the answer asking the skin type and, after it, the dry-skin products (the routine follows: no longer
asked and left unused, but the ask stays in the text the FAQ judges expect).
"""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


def _said(simulator: Simulator, channel: str, member: str, said: tuple[str, ...]) -> str:
    send = simulator.oa_message if channel == "oa" else simulator.wecom_message
    for text in said[:-1]:
        send(member, text)
    return send(member, said[-1]).text


# A yes to the course an answer offered ("Want to learn more? Reply "Winter Barrier Rescue" to start the mini course.")
WINTER_EN = "[Winter Barrier Rescue] Lesson 1/4"
WINTER_ZH = "【冬季屏障修护】第 1/4 课"
SENSITIVE_EN = "[Sensitive Skin 101] Lesson 1/5"


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("I have dry skin", "yes"), WINTER_EN),
    ("oa", ("what do you recommend", "yes please"), SENSITIVE_EN),
    ("oa", ("I have dry skin", "sure, let's start"), WINTER_EN),
    ("oa", ("我皮肤很干", "好啊，开始吧"), WINTER_ZH),
    ("wc", ("我皮肤很干", "好呀"), WINTER_ZH),
    ("oa", ("我皮膚很乾", "好啊"), "【冬季屏障修護】第 1/4 課"),
])
def test_a_yes_to_the_course_offered_starts_it(channel: str, said: tuple[str, ...], start: str,
                                              simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead50_yes", said)
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("我皮肤很干", "好的"), "好的 👌 还有问题随时问我。"),  # an acknowledgement, as before
    (("I have dry skin", "ok"), "👌 Anything else, just ask."),
    (("运费多少", "好啊"), "好的 👌"),  # nothing offered: as before
    (("products", "yes"), "👌"),
])
def test_a_yes_with_no_course_offered_reads_as_before(said: tuple[str, ...], start: str,
                                                      simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead50_yes_guard", said)
    assert reply.startswith(start), reply


def test_a_yes_long_after_the_offer_reads_as_before(simulator: Simulator, clock) -> None:
    simulator.oa_message("lead50_yes_late", "I have dry skin")
    clock.advance(3600)
    assert not simulator.oa_message("lead50_yes_late", "yes").text.startswith(WINTER_EN)


# Whether the posting just shown is still open ("jobs", "1", "is it still open?")
@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("jobs", "1", "is it still open?"), "Yes, Beauty Advisor, Richmond is still open"),
    ("oa", ("jobs", "1", "is this job still available?"), "Yes, Beauty Advisor, Richmond is still open"),
    ("oa", ("jobs", "2", "still hiring?"), "Yes, Bilingual Customer Service Specialist is still open"),
    ("wc", ("工作", "1", "还招人吗"), "是的，「美妆顾问（列治文门店）」还在招"),
    ("oa", ("工作", "1", "这个职位还有吗"), "是的，「美妆顾问（列治文门店）」还在招"),
    ("oa", ("工作", "1", "這個職位還在招嗎"), "是的，「美妝顧問（列治文門店）」還在招"),
])
def test_still_open_after_a_posting_is_answered_of_it(channel: str, said: tuple[str, ...], start: str,
                                                      simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead50_open", said)
    assert reply.startswith(start), reply
    assert "careers/" in reply, reply  # its apply link


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("jobs", "1", "I want to apply"), "Beauty Advisor, Richmond · Lumi Skin Canada Ltd."),
    ("oa", ("jobs", "1", "I'd like to apply"), "Beauty Advisor, Richmond · Lumi Skin Canada Ltd."),
])
def test_wanting_to_apply_after_a_posting_gets_its_link(channel: str, said: tuple[str, ...], start: str,
                                                        simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead50_apply", said)
    assert reply.startswith(start), reply
    assert "careers/van-beauty-advisor" in reply, reply


@pytest.mark.parametrize(("said", "start"), [
    (("工作", "1", "还有吗"), "还有这些职位在招"),  # more openings, as before
    (("still hiring?",), "Reply \"jobs\" to see openings"),  # nothing shown: the FAQ's, as before
    (("I want to apply",), "Reply \"jobs\" to see openings"),
])
def test_job_asks_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead50_open_guard", said)
    assert reply.startswith(start), reply


# "The other one" after a posting or a product, with one other (lead49 left it) or more
@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("jobs in Sydney", "1", "the other one"), "E-commerce Analyst · "),
    ("wc", ("悉尼的工作", "1", "另一个"), "电商数据分析师｜"),
    ("oa", ("jobs in Vancouver", "1", "the other one"), "The others on the list, which one? Reply with a number "
                                                         "for the posting:\n1. Bilingual Customer Service Specialist\n"
                                                         "2. Seasonal Warehouse Associate"),
    ("oa", ("温哥华的工作", "3", "另一个"), "列表上另外的是这几个职位"),
])
def test_the_other_posting(channel: str, said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead50_other", said)
    assert reply.startswith(start), reply


def test_a_pick_from_the_other_postings_is_that_one(simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead50_other_pick", ("jobs in Vancouver", "1", "the other one", "2"))
    assert reply.startswith("Seasonal Warehouse Associate · "), reply


# A why in its own words just after an answer ("为什么不能用" after the pregnancy answer)
WHY_ZH = "为什么是这样，我说不出比上面的答案更多了（我回答的是「"
WHY_EN = 'I can\'t tell you more about why than the answer above (I answered "'


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("孕妇可以用吗", "为什么不能用"), WHY_ZH),
    ("wc", ("孕妇可以用吗", "为啥不能用呢"), WHY_ZH),
    ("oa", ("can I use it while pregnant", "why can't I use it?"), WHY_EN),
    ("oa", ("can I use it while pregnant", "why not the retinal?"), WHY_EN),
    ("oa", ("孕婦可以用嗎", "為什麼不能用"), "為什麼是這樣，我說不出比上面的答案更多了（我回答的是「"),
])
def test_a_why_of_the_answers_own_words_is_told_honestly(channel: str, said: tuple[str, ...], start: str,
                                                         simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead50_why", said)
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("运费多少", "为什么这么贵"), "这个问题我还不会回答"),  # a question of its own (lead49's guard)
    (("为什么不能用",), "价格按收货地显示"),  # nothing answered: the FAQ's, as before
    (("孕妇可以用吗", "为什么不能退货"), "未拆封产品 30 天内可无理由退货"),  # names what the answer did not: the FAQ's
])
def test_whys_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead50_why_guard", said)
    assert reply.startswith(start), reply
