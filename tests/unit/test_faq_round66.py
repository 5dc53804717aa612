"""Sixty-sixth round (docs/faq.md): Chinese answerable messages that got no answer (probe49 and the development
sets), read as kinds: a colloquial word for the entry's matter (物流"不动了", "卡住了", "一点动静都没有", "寄出没";
"只到了两样", "漏得到处都是"; "谁先谁后", "分别抹什么"; 简历"没音讯"), a statement that implies the question
(简体字"看得吃力" for the reply language; 地址"填成"老家的), a story before a plain question (a reaction and
"怎么办", "从哪投", 客服"几点有人"), an order named by its 单 alone ("下的单"), whose 没消息 was read as a job
application's, and a question asked for someone else ("帮我婆婆问一下 …"), whose lead-in buried the question. Each
kind tested in other wordings than the sets', with guards that stay as they were."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("我的快递三天了停在同一个地方", "order-tracking"),
    ("物流卡住了好几天 怎么回事", "order-tracking"),
    ("上礼拜买的面霜 到现在一点动静都没有", "order-tracking"),
    ("昨天付的款 寄出去没", "order-tracking"),
    ("订了四样东西只到了两样", "package-problem"),
    ("打开盒子 乳液漏得满箱都是", "package-problem"),
    ("爽肤水和精华谁先谁后", "routine-order"),
    ("早上晚上分别抹什么", "routine-order"),
    ("简历投过去两周了一点音讯都没有", "job-application-status"),
    ("簡體字我看得很吃力", "language"),
])
def test_colloquial_or_implied_matter_is_answered(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_an_order_named_by_its_dan_is_no_job_application() -> None:
    found = demo_content().faq_match("前天下的单到现在都没消息 能帮我看看在哪吗", "zh")
    assert all(c.entry.id != "job-application-status" for c in found.candidates[:1])


@pytest.mark.parametrize(("text", "entry"), [
    ("帮我妈问一下 她订的那单寄到哪了", "order-tracking"),
])
def test_a_question_asked_for_someone_else_is_read_without_its_lead_in(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("投了简历一个月没消息", "job-application-status"),
    ("怎么查物流", "order-tracking"),
    ("线下店营业时间是几点到几点", "store-locations"),
    ("洁面乳开封了能放几个月", "shelf-life"),
    ("刚下的单子能撤回吗", "order-cancel"),
    ("替我老公问下，男士用哪款洁面好", "mens-skincare"),
    ("地址填错了，单号LM12345678，还能改吗", "order-change-address"),
    ("单号LM12345678 到哪了", "order-tracking"),
])
def test_guards_stay(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "我家狗把杯子打碎了",
    "老板说我的报告卡住了",
    "今天心情不动了哈哈",
])
def test_chat_stays_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("上周敷完那个面膜，今天两边脸起了好多小疙瘩，现在该怎么办", "allergy-reaction"),
    ("想去你们多伦多门店当店员 去哪投简历", "job-apply"),
    ("你们真人客服晚上几点还在，我这边时差很大", "business-hours"),
    ("收货人填成我室友了，她月底搬走，东西还没寄", "order-change-address"),
])
def test_a_story_before_a_plain_question_is_answered(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_a_banks_service_hours_are_not_ours() -> None:
    assert outcome("银行客服几点有人接电话") != "business-hours"
