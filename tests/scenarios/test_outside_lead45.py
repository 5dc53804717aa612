"""The lead's probing as a member in conversation (stop 51), through the webhook. Each ask failed before its fix;
guards beside.

Another city, asked as a change just after a city's openings (whose footer names the other cities): "换成多伦多" got
the exchange policy (换成: exchange for), "换多伦多的" and "switch to toronto" a did-you-mean, "change to sydney" and
"改成悉尼吧" the pop-up stores. That city's openings (handlers/careers.py SWITCH_CITY), read only while postings are
shown."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


@pytest.mark.parametrize(("listed", "said", "start"), [
    ("温哥华有什么工作", "换成多伦多", "多伦多目前有 3 个职位在招"),
    ("温哥华有什么工作", "换多伦多的", "多伦多目前有 3 个职位在招"),
    ("溫哥華有咩工", "改成悉尼吧", "悉尼目前有 2 個職位在招"),
    ("jobs in vancouver", "switch to toronto", "3 open positions in Toronto"),
    ("jobs in vancouver", "change to sydney", "2 open positions in Sydney"),
    ("有什么工作", "换成悉尼", "悉尼目前有 2 个职位在招"),
])
def test_another_city_asked_as_a_change_after_openings(listed: str, said: str, start: str,
                                                       simulator: Simulator) -> None:
    simulator.oa_message("o_switch_city", listed)
    reply = simulator.oa_message("o_switch_city", said).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    ("换成多伦多", "未拆封产品 30 天内可以换成"),  # no postings shown: an exchange, as before
    ("can I change to a different shade", ""),
])
def test_a_change_with_no_postings_shown_is_read_as_before(said: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_switch_none", said).text
    assert "职位在招" not in reply and "open positions" not in reply, reply
    assert reply.startswith(start), reply


NOT_ON_ZH = "这个列表只有 {n} 项，回复 1 到 {n} 的数字选择"
NOT_ON_EN = "That list has {n} items: reply with a number from 1 to {n}"


@pytest.mark.parametrize(("listed", "said", "start"), [
    ("教程", "5", NOT_ON_ZH.format(n=3)), ("教程", "0", NOT_ON_ZH.format(n=3)),
    ("我的订单呢", "4", NOT_ON_ZH.format(n=3)), ("有什么工作", "9", NOT_ON_ZH.format(n=8)),
    ("products", "12", NOT_ON_EN.format(n=10)), ("products", "0", NOT_ON_EN.format(n=10)),
])
def test_a_number_beyond_the_list_pending_says_how_many_it_holds(listed: str, said: str, start: str,
                                                                 simulator: Simulator) -> None:
    """"5" under three lessons got "there is no list to pick from right now", said just under one; "0" and "12" the
    hello (handlers/qa.py NOT_ON_MENU)."""
    simulator.oa_message("o_beyond_menu", listed)
    reply = simulator.oa_message("o_beyond_menu", said).text
    assert reply.startswith(start), reply
    assert simulator.oa_message("o_beyond_menu", "2").text != reply  # the list stays pending


@pytest.mark.parametrize("first", [(), ("products", "3")])
def test_a_number_with_no_list_pending_is_still_no_list(first: tuple[str, ...], simulator: Simulator) -> None:
    for said in first:  # one product shown last is pending as a "menu" of one: no list
        simulator.oa_message("o_no_menu", said)
    assert simulator.oa_message("o_no_menu", "5").text.startswith("There's no list to pick from" if first else
                                                                  "现在没有可以选的列表"), first


@pytest.mark.parametrize(("first", "said", "start"), [
    ("洁面多少钱", "链接再发一次", "氨基酸温和洁面乳｜CAD 26.00"),
    ("洁面多少钱", "可以再发一下链接吗", "氨基酸温和洁面乳｜CAD 26.00"),
    ("洁面多少钱", "再發一次連結", "氨基酸溫和潔面乳｜CAD 26.00"),
    ("洁面多少钱", "再俾條link我", "氨基酸溫和潔面乳｜CAD 26.00"),
    ("how much is the cleanser", "can you send the link one more time", "Amino Gentle Cleanser | CAD 26.00"),
])
def test_the_link_asked_again_after_a_product_is_that_product(first: str, said: str, start: str,
                                                              simulator: Simulator) -> None:
    """"链接再发一次" just after the cleanser's price got "I don't know", "can you send the link one more time" the
    referral's invite code (handlers/shop.py BACK_WORDS)."""
    simulator.oa_message("o_link_again", first)
    reply = simulator.oa_message("o_link_again", said).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize("said", ["链接再发一次", "有链接吗", "send me the link again"])
def test_the_link_asked_after_a_posting_is_its_apply_link(said: str, simulator: Simulator) -> None:
    """"有链接吗" just after a posting was picked got the products to pick a link from (handlers/careers.py
    _apply_to_picked reads handlers/common.py LINK_ASKS)."""
    simulator.oa_message("o_posting_link", "有什么工作")
    simulator.oa_message("o_posting_link", "1")
    reply = simulator.oa_message("o_posting_link", said).text
    assert "careers/van-beauty-advisor" in reply, reply


def test_the_link_asked_again_with_nothing_shown_asks_which(simulator: Simulator) -> None:
    assert simulator.oa_message("o_link_none", "链接再发一次").text.startswith("想要哪款的链接？")


@pytest.mark.parametrize(("listed", "said", "start"), [
    ("products", "what about the third one", "5% Niacinamide Serum | CAD 36.00"),
    ("products", "and the fourth?", "10% Vitamin C Brightening Serum | CAD 39.00"),
    ("有什么工作", "那第三个呢", "仓库助理（大促季临时工）｜"),
    ("tutorial", "and the second?", "[Winter Barrier Rescue] Lesson 1/4"),
])
def test_another_of_the_list_asked_as_a_follow_up_picks_it(listed: str, said: str, start: str,
                                                          simulator: Simulator) -> None:
    """"what about the third one" with the products listed got the privacy answer (its 第三方, third parties), "and
    the fourth?" "I don't know" (handlers/common.py _EN_CHOICE, _ZH_CHOICE)."""
    simulator.oa_message("o_list_follow", listed)
    reply = simulator.oa_message("o_list_follow", said).text
    assert reply.startswith(start), reply


def test_another_one_asked_with_no_list_is_no_list(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_list_none", "what about the third one").text
    assert reply.startswith("There's no list to pick from"), reply


UNSUBSCRIBED_ZH, UNSUBSCRIBED_EN = "你已经退订了", "You're unsubscribed"


@pytest.mark.parametrize(("asked", "start"), [
    ("退订了吗", UNSUBSCRIBED_ZH), ("我退订成功了吗", UNSUBSCRIBED_ZH), ("我係咪已經退訂咗", "你已經退訂了"),
    ("am I unsubscribed?", UNSUBSCRIBED_EN), ("did my unsubscribe go through", UNSUBSCRIBED_EN),
])
def test_whether_one_is_unsubscribed_asked_after_unsubscribing(asked: str, start: str, simulator: Simulator) -> None:
    """"退订了吗" just after "退订" got how to unsubscribe, as if it had not been done; "我现在是订阅状态吗" "I don't
    know". The member's own state, which the bot knows (handlers/optout.py STATE_ASKS)."""
    simulator.oa_message("o_state_out", "退订")
    reply = simulator.oa_message("o_state_out", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("asked", "start"), [
    ("退订了吗", "你没有退订"), ("我现在是订阅状态吗", "你没有退订"), ("am I still subscribed", "You're subscribed"),
])
def test_whether_one_is_unsubscribed_asked_by_a_subscriber(asked: str, start: str, simulator: Simulator) -> None:
    simulator.oa_message("o_state_in", "退订")
    simulator.oa_message("o_state_in", "恢复订阅")
    reply = simulator.oa_message("o_state_in", asked).text
    assert reply.startswith(start), reply


def test_how_to_unsubscribe_is_still_the_how_to(simulator: Simulator) -> None:
    assert simulator.oa_message("o_state_how", "怎么退订").text.startswith('回复"退订"')


@pytest.mark.parametrize(("asked", "said", "start"), [
    ("运费多少", "你刚才说什么", "· 加拿大：满 CAD 59 包邮"), ("运费多少", "你之前讲咗咩", "· 加拿大：满 CAD 59 包邮"),
    ("how much is shipping", "what did you say earlier", "· Canada: free over CAD 59"),
    ("how much is shipping", "what was that again?", "· Canada: free over CAD 59"),
])
def test_what_was_said_before_is_said_again(asked: str, said: str, start: str, simulator: Simulator) -> None:
    """"你刚才说什么", "what did you say earlier" just after an answer got "I don't know", noted as a question the FAQ
    lacks: the answer again, as "再说一遍" gets it (handlers/follow_up.py REPEAT_ASKS)."""
    simulator.oa_message("o_said_before", asked)
    reply = simulator.oa_message("o_said_before", said).text
    assert reply.startswith(start), reply


def test_what_was_said_before_mid_lesson_is_the_lesson(simulator: Simulator) -> None:
    simulator.oa_message("o_said_lesson", "教程")
    simulator.oa_message("o_said_lesson", "1")
    assert simulator.oa_message("o_said_lesson", "你刚才说什么").text.startswith("【敏感肌护肤入门】第 1/5 课")
