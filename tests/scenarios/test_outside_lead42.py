"""The lead's probing as a member in conversation (stop 48), through the webhook. Each ask failed before its fix;
guards beside.

A member's own plan, said as the whole message, closing the conversation: "let me think about it" got the work
permit's answer, "我问问我老公" the men's skincare, "好 我晚点下单" and "got it, will order tonight" the shipping
times, "ok 那我去小程序看看" and "I'll have a look in the app" "I don't know": now "noted, ask anything"
(handlers/plans.py, the brand's `ack`). A plan with a question, or a product named, is read as before.

Whether one can try them, just after the stores: "有冇得試" got "I don't know" (follow-up aspect `try`; after the
samples, the samples). "还是没有" just after the tracking answer, which offers a person, got "I don't know", where
"还没到" takes up the offer: both say it is still not here."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

ACK_EN, ACK_ZH = "👌 Anything else, just ask.", "好的 👌 还有问题随时问我。"
STORES_ZH_HANT, STORES_EN = "三家快閃店", "We have three pop-up stores"
SAMPLES_ZH = "满 CAD 40 / AUD 45 的订单可选 2 份免费小样"
NO_ANSWER_ZH = "这个问题我还不会回答"


@pytest.mark.parametrize(("plan", "ack"), [
    ("let me think about it", ACK_EN), ("I'll have a look in the app", ACK_EN), ("got it, will order tonight", ACK_EN),
    ("let me ask my husband first", ACK_EN), ("I'll grab one next payday", ACK_EN),
    ("ok I'm gonna sleep on it", ACK_EN), ("alright, I'll pop by the store this weekend", ACK_EN),
    ("我问问我老公", ACK_ZH), ("好 我晚点下单", ACK_ZH), ("ok 那我去小程序看看", ACK_ZH), ("好的我去看看", ACK_ZH),
    ("我跟老公商量一下", ACK_ZH), ("嗯嗯 我回头去店里看看", ACK_ZH), ("好吧 我明天再买", ACK_ZH),
])
def test_a_plan_said_after_an_answer_is_noted(plan: str, ack: str, simulator: Simulator) -> None:
    simulator.oa_message("o_plan", "运费多少" if ack == ACK_ZH else "how much is shipping")
    assert simulator.oa_message("o_plan", plan).text == ack


@pytest.mark.parametrize(("asked", "start"), [
    ("let me know how to return", "Unopened products can be returned within 30 days"),
    ("I'll order tonight, will it ship tomorrow?", "Did you mean one of these?"),
    ("let me think, is the cream ok for sensitive skin?", "Every Lumi formula is made for sensitive skin"),
    ("我想买面霜", "神经酰胺修护霜｜CAD 42.00"),
    ("我晚点下单，今天能发货吗", "工作日下午 2 点（当地时间）前付款当天发货"),
])
def test_a_plan_with_a_question_or_a_product_is_still_answered(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_plan_guard", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize("asked", ["买", "下单"])
def test_a_bare_verb_is_no_plan(asked: str, simulator: Simulator) -> None:
    assert simulator.oa_message("o_plan_bare", asked).text not in (ACK_EN, ACK_ZH)


@pytest.mark.parametrize(("first", "asked", "start"), [
    ("請問有冇門市", "有冇得試", STORES_ZH_HANT), ("do you have a store", "can I try them there?", STORES_EN),
    ("有实体店吗", "可以试吗", "三家快闪店"), ("有小样吗", "可以试用吗", SAMPLES_ZH),
])
def test_whether_one_can_try_them_just_after_the_stores_or_the_samples(first: str, asked: str, start: str,
                                                                      simulator: Simulator) -> None:
    simulator.oa_message("o_try", first)
    reply = simulator.oa_message("o_try", asked).text
    assert reply.startswith(start), reply


def test_can_i_try_after_an_answer_that_says_nothing_of_trying_is_read_alone(simulator: Simulator) -> None:
    simulator.oa_message("o_try_guard", "运费多少")
    assert simulator.oa_message("o_try_guard", "有冇得試").text.startswith("這個問題我還不會回答")


def test_still_none_just_after_the_tracking_takes_up_its_offer_of_a_person(simulator: Simulator) -> None:
    simulator.oa_message("o_still", "我的快递到哪了")
    reply = simulator.oa_message("o_still", "还是没有").text
    assert not reply.startswith(NO_ANSWER_ZH), reply
    assert simulator.oa_message("o_still_alone", "还是没有").text.startswith(NO_ANSWER_ZH)


@pytest.mark.parametrize(("reaction", "ack"), [
    ("好的 爱了", ACK_ZH), ("种草了", ACK_ZH), ("马住", ACK_ZH), ("学到了", ACK_ZH), ("冲冲冲", ACK_ZH),
    ("好用哭了", ACK_ZH), ("救命 好想要", ACK_ZH), ("收藏了", ACK_ZH), ("已关注", ACK_ZH),
    ("obsessed!!", ACK_EN), ("saving this 📝", ACK_EN), ("need this", ACK_EN),
])
def test_a_social_media_reaction_after_an_answer_is_noted(reaction: str, ack: str, simulator: Simulator) -> None:
    simulator.oa_message("o_reaction", "运费多少" if ack == ACK_ZH else "how much is shipping")
    assert simulator.oa_message("o_reaction", reaction).text == ack


def test_cheering_the_others_on_is_no_order_cancel(simulator: Simulator) -> None:
    assert simulator.oa_message("o_reaction_cheer", "姐妹们冲").text.startswith("你好 👋")  # was the order cancel


@pytest.mark.parametrize(("asked", "start"), [
    ("我想要退货", "未拆封产品 30 天内可无理由退货"), ("救命 脸过敏了怎么办", "先停用新产品"),
])
def test_a_reaction_word_in_a_question_leaves_it_asked(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_reaction_guard", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize("asked", ["ok what's the price", "and the price?", "so what's the price"])
def test_the_price_asked_with_a_lead_in_just_after_a_product_is_its_price(asked: str, simulator: Simulator) -> None:
    simulator.oa_message("o_price_lead", "is the vitamin c serum good for dark spots?")
    reply = simulator.oa_message("o_price_lead", asked).text
    assert reply.startswith("10% Vitamin C Brightening Serum | CAD 39.00"), reply  # was customs-duties


@pytest.mark.parametrize("asked", ["ok what's the price", "what's the price", "那价格多少"])
def test_the_price_asked_of_nothing_shown_lists_the_best_sellers(asked: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_price_alone", asked).text
    assert reply.startswith(("Our best sellers", "热卖产品")), reply


def test_how_much_just_after_the_shipping_costs_stays_the_shipping_cost(simulator: Simulator) -> None:
    simulator.oa_message("o_price_guard", "do you ship to australia")
    assert "Australia / New Zealand: free over AUD 69" in simulator.oa_message("o_price_guard", "so how much").text


def test_which_one_asked_of_a_time_the_answer_spoke_of_is_that_answer(simulator: Simulator) -> None:
    simulator.oa_message("o_which_echo", "姐妹们 这个烟酰胺精华和维C能一起用吗")
    reply = simulator.oa_message("o_which_echo", "那早上用哪个").text  # was "I don't know"
    assert reply.startswith("可以一起用"), reply


def test_which_one_after_an_answer_that_never_spoke_of_it_is_read_alone(simulator: Simulator) -> None:
    simulator.oa_message("o_which_guard", "运费多少")
    assert not simulator.oa_message("o_which_guard", "那早上用哪个").text.startswith("运费")


HELLO_EN, HELLO_ZH = "Hi 👋 Just ask me a question", "你好 👋 直接问我问题就好"


@pytest.mark.parametrize(("intro", "hello"), [
    ("hello, I'm a student in Melbourne", HELLO_EN), ("I'm a student in Vancouver", HELLO_EN),
    ("I'm a nurse in Toronto", HELLO_EN), ("I'm from Shanghai, studying in Vancouver", HELLO_EN),
    ("Hi! I'm an international student from China, studying in Sydney", HELLO_EN),
    ("我是多伦多的留学生", HELLO_ZH), ("我在墨尔本读书", HELLO_ZH), ("我来自上海 在温哥华读书", HELLO_ZH),
])
def test_saying_who_one_is_asks_nothing(intro: str, hello: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_intro", intro).text  # was the work permit, the part-time jobs or "I don't know"
    assert reply.startswith(hello), reply


@pytest.mark.parametrize(("asked", "start"), [
    # the FAQ's: a did-you-mean menu until faq110 read work sought at a time of the week as part-time work's
    ("I'm a student looking for evening and weekend hours", "Yes! Our Toronto store always hires"),
    ("我是留学生 能在你们店打工吗", "需要有在当地合法工作的身份"),
    ("I'm a student, do you have part time jobs", "Yes! Our Toronto store always hires"),
])
def test_who_one_is_with_a_question_or_a_want_is_still_answered(asked: str, start: str,
                                                                simulator: Simulator) -> None:
    reply = simulator.oa_message("o_intro_guard", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("asked", "start"), [
    ("ok cool. btw are you guys hiring", 'Reply "jobs" to see openings by city'),  # was thanked for its praise
    ("ok cool btw are you guys hiring", 'Reply "jobs" to see openings by city'),
    ("好的谢谢！另外想问下运费", "· 加拿大：满 CAD 59 包邮"),
    ("ok to use niacinamide and vitamin c in the same routine?", "Yes, modern stable formulas"),
])
def test_a_question_after_an_acknowledgement_is_asked(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_ack_then", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize("praise", ["you guys are amazing", "love your stuff"])
def test_praise_alone_is_still_thanked(praise: str, simulator: Simulator) -> None:
    assert simulator.oa_message("o_praise", praise).text.startswith("Thank you, that's lovely to hear")
