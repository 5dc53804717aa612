"""The lead's probing as a member in conversation, continued (lead48), through the webhook. Each ask failed before its
fix; guards beside.

A step past the end of a list: "products", "10" (its last), then "下一个" got "I don't know" (noted as a question the
FAQ lacks), "next one" too, "下一款" in traditional characters the exchange answer; after the last posting the same;
"上一个" after the first. Now told that it was the last (or the first) one of the list, how many it has, and the way
to the list again, in the member's language (handlers/qa.py `_stepped_past`, templates `list_last_<kind>`,
`list_first_<kind>`).

A step after an item not picked from a list: "洁面多少钱", then "下一个" got "I don't know", "next one" the courses'
menu. Now told that only that product was shown, not a list, and how to see them all (`not_from_list_product`);
after a course was begun and then a product shown, the same ("next" there got "I don't know" too: lead47 leaves a
step after an item to the list's handler while the courses' menu is kept).

Guards: a step inside the list is still the item after or before (lead47); "next" just after a lesson is the next
lesson; "下一个" after an FAQ answer is read as before.

Another pick from a did-you-mean menu after its pick: "收到了吗" (a menu of three), "1", then "第二个" got "there is
no list to pick from" ("received?", "1", "the second one" too), while the member still reads the menu above. The
menu is kept with the pick (handlers/qa.py `_picked_from_menu_again`, as lead46 kept the products'): that entry,
while the pick's answer is the last one given, no menu was shown since, within the menu's hour; with two entries,
"the other one", "另一个" is the one not picked (tests/unit/test_lead48_conversation.py: no such menu in the demo).
Guards: a bare "2" after the answer stays no pick, "再说一遍" is the answer again, "第二个" after a plain answer is no
list, a list shown since is its own, past the hour it is no pick.

Left: "the other one" after a pick from a menu of three is read by the FAQ as before (which other?); "下一个" after the
last lesson of a course is the tutorials' as before."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.sandbox.simulator import Simulator

LAST_PRODUCT_HANT = "敏感肌旅行裝套盒已經是列表上的最後一款了（共 10 款）。回覆【產品】再看一遍列表"


@pytest.mark.parametrize(("said", "start"), [
    (("products", "10", "下一个"), "敏感肌旅行装套盒已经是列表上的最后一款了（共 10 款）。回复【产品】再看一遍列表"),
    (("products", "10", "next one"), 'The Sensitive Skin Travel Kit was the last one on the list (10 in all). Reply '
                                     '"products" to see the list again'),
    (("產品", "10", "下一款"), LAST_PRODUCT_HANT),
    (("products", "1", "上一个"), "氨基酸温和洁面乳已经是列表上的第一款了，前面没有了。"),
    (("products", "1", "the previous one"), "The Amino Gentle Cleanser was the first one on the list"),
    (("有什么工作", "8", "下一个"), "「电商数据分析师」已经是列表上的最后一个职位了（共 8 个）。回复【职位】再看一遍"),
    (("jobs", "8", "next one"), '"E-commerce Analyst" was the last opening on the list (8 in all). Reply "jobs"'),
])
def test_a_step_past_the_end_of_the_list_says_it_was_the_last(said: tuple[str, ...], start: str,
                                                              simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_step_past", text)
    reply = simulator.oa_message("o_step_past", said[-1]).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("洁面多少钱", "下一个"), "我刚才只发了氨基酸温和洁面乳这一款，不是从列表里选的"),
    (("how much is the cleanser", "next one"), 'I only showed you the Amino Gentle Cleanser, not a list to go through. '
                                               'Reply "products" to see them all'),
    (("潔面幾錢", "下一個"), "我剛才只發了氨基酸溫和潔面乳這一款"),
    (("教程", "1", "洁面多少钱", "下一个"), "我刚才只发了氨基酸温和洁面乳这一款"),  # after a course begun too
    (("教程", "1", "洁面多少钱", "next"), "I only showed you the Amino Gentle Cleanser"),
])
def test_a_step_after_an_item_not_from_a_list_says_so(said: tuple[str, ...], start: str,
                                                      simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_step_single", text)
    reply = simulator.oa_message("o_step_single", said[-1]).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("products", "9", "下一个"), "敏感肌旅行装套盒｜CAD 35.00"),  # inside the list: the next one (lead47)
    (("products", "2", "上一个"), "氨基酸温和洁面乳｜CAD 26.00"),
    (("jobs", "7", "next one"), "E-commerce Analyst"),
    (("教程", "1", "next"), "[Sensitive Skin 101] Lesson 2/5"),  # a lesson shown last: the next lesson
    (("运费多少", "下一个"), "这个问题我还不会回答"),  # after an FAQ answer: as before
])
def test_steps_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_step_guard", text)
    reply = simulator.oa_message("o_step_guard", said[-1]).text
    assert start in reply.split("\n")[0], reply




DELIVERY_TIMES_ZH = "工作日下午 2 点（当地时间）前付款当天发货"
NOT_RECEIVED_ZH = "很抱歉！请在签收后 7 天内回复【人工】"
NO_LIST_ZH = "现在没有可以选的列表哦"


@pytest.mark.parametrize(("said", "start"), [
    (("收到了吗", "1", "第二个"), NOT_RECEIVED_ZH),
    (("收到了吗", "2", "第一个"), DELIVERY_TIMES_ZH),
    (("收到了吗", "1", "谢谢", "第二个"), NOT_RECEIVED_ZH),  # a thanks between: still that menu's
    (("收到了吗", "1", "第二个", "第一个"), DELIVERY_TIMES_ZH),
    (("received?", "1", "the second one"), "Sorry about that!"),
])
def test_another_pick_from_a_did_you_mean_menu_after_its_pick(said: tuple[str, ...], start: str,
                                                              simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_menu_again", text)
    reply = simulator.oa_message("o_menu_again", said[-1]).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("收到了吗", "1", "2"), NO_LIST_ZH),  # a bare number after an answer: no pick, as before
    (("收到了吗", "1", "再说一遍"), DELIVERY_TIMES_ZH),  # the answer again, as before
    (("运费多少", "第二个"), NO_LIST_ZH),  # a plain answer: no menu, as before
    (("收到了吗", "1", "产品", "3", "第二个"), "玻尿酸保湿水"),  # a list shown since: its pick (lead46)
])
def test_after_a_did_you_mean_pick_other_messages_are_read_as_before(said: tuple[str, ...], start: str,
                                                                      simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_menu_guard", text)
    reply = simulator.oa_message("o_menu_guard", said[-1]).text
    assert reply.startswith(start), reply


def test_another_pick_past_the_menu_s_window_is_no_pick(simulator: Simulator, clock: ManualClock) -> None:
    for text in ("收到了吗", "1"):
        simulator.oa_message("o_menu_late", text)
    clock.advance(3601)
    assert simulator.oa_message("o_menu_late", "第二个").text.startswith(NO_LIST_ZH)
