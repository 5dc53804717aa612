"""The lead's probing as a member in conversation (stop 50), through the webhook. Each ask failed before its fix;
guards beside.

Whether openings of a kind exist, asked while openings are shown ("有兼职吗", "兼职有吗", "全职有吗", "any part time
ones?"): they got "which opening do you mean?" above the list, as if asked of one posting, while "有没有全职的" got the
full-time openings (handlers/careers.py KIND_EXISTS_ASKS)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator
from bot.text import simplified
from handlers.handoff import AFTER_HOURS, IN_HOURS, IN_HOURS_ANSWERING, UNAVAILABLE

PART_TIME_ZH, PART_TIME_EN = "有的！多伦多门店长期招周末兼职销售", "Yes! Our Toronto store always hires weekend sales"
WHICH_ZH, WHICH_EN = "你问的是哪个职位？", "Which opening do you mean?"


@pytest.mark.parametrize(("listed", "asked", "start"), [
    ("有什么工作", "有兼职吗", PART_TIME_ZH), ("有什么工作", "兼职有吗", PART_TIME_ZH),
    ("有什么工作", "还有实习吗", PART_TIME_ZH), ("any jobs?", "any part time ones?", PART_TIME_EN),
    ("有什么工作", "全职有吗", "全职职位（6 个）："), ("有什么工作", "那远程的有没有", "远程职位（1 个）："),
])
def test_whether_openings_of_a_kind_exist_asked_after_the_list(listed: str, asked: str, start: str,
                                                                simulator: Simulator) -> None:
    simulator.oa_message("o_kind_exists", listed)
    reply = simulator.oa_message("o_kind_exists", asked).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("asked", "start"), [
    ("是兼职吗", WHICH_ZH), ("is it full time", WHICH_EN),
    # a posting's days off are what each posting says (it was "I don't know")
    ("有双休吗", WHICH_ZH), ("双休吗", WHICH_ZH), ("any days off", WHICH_EN),
])
def test_what_a_posting_says_of_itself_still_asks_which(asked: str, start: str, simulator: Simulator) -> None:
    simulator.oa_message("o_kind_which", "有什么工作" if start == WHICH_ZH else "any jobs?")
    reply = simulator.oa_message("o_kind_which", asked).text
    assert reply.startswith(start), reply


def test_whether_a_kind_exists_after_a_posting_was_picked(simulator: Simulator) -> None:
    simulator.oa_message("o_kind_picked", "有什么工作")
    simulator.oa_message("o_kind_picked", "1")
    assert simulator.oa_message("o_kind_picked", "有兼职吗").text.startswith(PART_TIME_ZH)
    assert simulator.oa_message("o_kind_picked", "是兼职吗").text.startswith("这个职位的说明是这样写的：")


VAN_SKINCARE, SYD_CAREERS = "wrOgQhDgAAvanskincare01", "wrOgQhDgAAsydcareers01"


@pytest.mark.parametrize(("chat_id", "asked", "start"), [
    (VAN_SKINCARE, "这个群是干嘛的", "欢迎来到露米温哥华护肤交流群"),
    (VAN_SKINCARE, "本群是做什么的", "欢迎来到露米温哥华护肤交流群"),
    (VAN_SKINCARE, "what is this group for?", "Welcome to the Lumi Vancouver skincare group"),
    (SYD_CAREERS, "这是什么群", "欢迎加入悉尼求职交流群"),
    (SYD_CAREERS, "whats this chat about", "Welcome to the Sydney careers"),
])
def test_what_this_group_is_asked_in_it_is_its_own_welcome(chat_id: str, asked: str, start: str,
                                                          simulator: Simulator) -> None:
    """"这个群是干嘛的" @-asked in the Vancouver group got the FAQ's list of every group and "reply 进群 for the QR
    codes", said to someone already in one (handlers/community.py THIS_GROUP_ASKS)."""
    reply = simulator.group_mention("u_this_group", asked, chat_id=chat_id).text
    assert reply.startswith(start), reply


def test_what_the_groups_are_asked_one_to_one_is_still_every_group(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_which_groups", "你们有什么群").text
    assert "多伦多护肤交流群" in reply and "悉尼求职交流群" in reply, reply


@pytest.mark.parametrize("said", ["我要投诉", "投訴", "I want to make a complaint", "complaint"])
def test_a_complaint_asks_for_a_person(said: str, simulator: Simulator) -> None:
    """"我要投诉" was "I don't know" and noted as a question the FAQ lacks (config/handoff.yaml words, lead44): the
    handoff's honest reply, whichever it is where the member asked (a person coming, after hours, none here)."""
    reply = simulator.oa_message("o_complaint", said).text
    openings = [simplified(template[lang].split("{")[0].split("，")[0].split(",")[0])
                for template in (IN_HOURS, IN_HOURS_ANSWERING, AFTER_HOURS, UNAVAILABLE) for lang in ("zh", "en")]
    assert any(simplified(reply).startswith(opening) for opening in openings), reply


STORES_HK, STORES_EN = "三家快閃店", "We have three pop-up stores"


@pytest.mark.parametrize(("asked", "start"), [
    ("星期日開唔開", STORES_HK), ("禮拜六有冇開", STORES_HK), ("公眾假期開唔開", STORES_HK), ("幾點收鋪", STORES_HK),
    ("open christmas day?", STORES_EN), ("are you open on boxing day", STORES_EN),
])
def test_a_day_asked_just_after_the_stores_is_the_stores(asked: str, start: str, simulator: Simulator) -> None:
    """"星期日開唔開" just after the stores got the customer service's hours (closed at weekends) while the stores open
    every day; "open christmas day?" "I don't know" (handlers/follow_up.py "hours", lead44)."""
    simulator.oa_message("o_store_day", "你哋有冇門市" if start == STORES_HK else "do you have a store?")
    reply = simulator.oa_message("o_store_day", asked).text
    assert reply.startswith(start), reply


def test_a_day_asked_alone_is_read_as_before(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_service_day", "客服星期日上班吗").text
    assert reply.startswith("真人客服"), reply
