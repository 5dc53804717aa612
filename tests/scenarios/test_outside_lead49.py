"""The lead's probing as a member in conversation, continued (lead49), through the webhook, on the Official Account and
WeCom, in Chinese and English. Each ask failed before its fix; guards beside.

A correction that names what was meant: "how much is the cleanser", then "no I meant the serum" got the pregnancy
answer (the FAQ read the whole message); "洁面多少钱", "不是，我是说精华" the same in Chinese. Mid-conversation the
correction's words are left out and what was meant is read alone (handlers/common.py `without_correction`): the
serums to pick from.

"Why?" just after an answer: "why?", "为什么", "為什麼" got "I don't know", noted as a question the FAQ lacks. Now the
truth: the bot cannot say more about why than the answer it gave (named), and what to do next (handlers/qa.py
WHY_ASKS, template `why_answered`); never an FAQ entry, never noted.

"The other one" with more than one other: after a pick from a did-you-mean menu of three, "the other one" got the
exchange answer (the FAQ's "other") and "另一个" "I don't know"; after a product picked from a list of three, the same
(lead48 left it). Now the others are shown again to pick from, numbered (handlers/qa.py `_other_ones`).

"下一个" after the last lesson of a course got "I don't know" (lead48 left it), "what's next?" the membership tiers:
now that the course is finished, and the next course to start (the last lesson is the thing shown last, as every
lesson); "next" alone is the courses' menu as before.

A jump to the last lesson ("lesson 4" just after lesson 1): its footer said "You've finished all 4 lessons", "next"
then the courses' menu with it "(finished)", of lessons the member never had. Now the footer names the lessons
skipped, the member's place stays where it was ("next" is lesson 2) and the menu says how far they are.

A numeral alone ("三", "二", "两") just after a numbered list got "I don't know" (after the jobs, "二" the groups'
answer): it is the pick, as "3" is. A pick from a list more than its hour after it was shown got "there's no list to
pick from", with the list in the chat above: now that its numbers no longer pick, and the word that shows it again.

Seen and left (docs/faq.md "## lead49"): "the other one" with one other product or posting; "为什么不能用" after an
answer (a why of its own words, the FAQ's); "what do you recommend for dry skin" asks for the skin type it was told.
"""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator


def _said(simulator: Simulator, channel: str, member: str, said: tuple[str, ...]) -> str:
    send = simulator.oa_message if channel == "oa" else simulator.wecom_message
    for text in said[:-1]:
        send(member, text)
    return send(member, said[-1]).text


SERUMS_EN = "Here is what I found, reply with a number for details:\n1. 5% Niacinamide Serum"
SERUMS_ZH = "找到这几款，回复数字看详情：\n1. 5%烟酰胺精华"


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("how much is the cleanser", "no I meant the serum"), SERUMS_EN),
    ("oa", ("how much is the cleanser", "sorry, I meant the serum"), SERUMS_EN),
    ("wc", ("洁面多少钱", "不是，我是说精华"), SERUMS_ZH),
    ("wc", ("运费多少", "不是 我问的是精华"), SERUMS_ZH),
    ("oa", ("products", "1", "no I meant the toner"), "Hyaluronic Hydrating Toner | CAD 24.00"),
])
def test_a_correction_naming_what_was_meant_reads_it(channel: str, said: tuple[str, ...], start: str,
                                                     simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_meant", said)
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("洁面多少钱", "不是这个"), "好的，不是氨基酸温和洁面乳"),  # nothing named: which, then (lead47)
    (("运费多少", "不是这个，我是问退货"), "未拆封产品 30 天内可无理由退货"),  # an FAQ question named: the FAQ's
    (("the serum",), SERUMS_EN),
])
def test_corrections_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_meant_guard", said)
    assert reply.startswith(start), reply


WHY_EN = 'I can\'t tell you more about why than the answer above (I answered "'
WHY_ZH = "为什么是这样，我说不出比上面的答案更多了（我回答的是「"
WHY_HANT = "為什麼是這樣，我說不出比上面的答案更多了（我回答的是「"


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("can I return an opened product", "why?"), WHY_EN),
    ("oa", ("can I return an opened product", "but why"), WHY_EN),
    ("wc", ("运费多少", "为什么"), WHY_ZH),
    ("wc", ("运费多少", "为啥呢"), WHY_ZH),
    ("oa", ("運費多少", "為什麼"), WHY_HANT),
    ("oa", ("收到了吗", "2", "为什么"), WHY_ZH),  # an answer picked from a did-you-mean menu
])
def test_why_just_after_an_answer_is_told_honestly(channel: str, said: tuple[str, ...], start: str,
                                                   simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_why", said)
    assert reply.startswith(start), reply
    assert "noted" not in reply and "记下来" not in reply, reply


@pytest.mark.parametrize(("said", "start"), [
    (("为什么",), "这个问题我还不会回答"),  # nothing answered: as before
    (("运费多少", "为什么这么贵"), "这个问题我还不会回答"),  # a question of its own: the FAQ's, as before
])
def test_why_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_why_guard", said)
    assert reply.startswith(start), reply


def test_why_long_after_the_answer_is_read_as_before(simulator: Simulator, clock) -> None:
    simulator.oa_message("lead49_why_late", "运费多少")
    clock.advance(3600)
    assert simulator.oa_message("lead49_why_late", "为什么").text.startswith("这个问题我还不会回答")


OTHERS_FAQ_EN = "The others were these. Which one? Reply with the number:"
OTHERS_ZH = "列表上另外的是这几款，你想看哪一款？回复数字看详情：\n1. 5%烟酰胺精华｜CAD 36.00\n2. 0.05%视黄醛晚间精华"


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("收到了吗", "1", "the other one"), OTHERS_FAQ_EN),
    ("oa", ("收到了吗", "1", "另一个"), "另外的是这几个，你想问哪一个？回复数字即可：\n"
                                       "1. 快递显示签收了但我没收到\n2. 怎么不再收到推送？"),
    ("wc", ("精华多少钱", "2", "另一个"), OTHERS_ZH),
    ("wc", ("精华多少钱", "2", "the other one"), "The others on the list, which one? Reply with a number for "
                                                 "details:\n1. 5% Niacinamide Serum｜CAD 36.00"),
])
def test_the_other_one_of_several_shows_the_others(channel: str, said: tuple[str, ...], start: str,
                                                    simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_other", said)
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("收到了吗", "1", "另一个", "2"), '回复"退订"就不会再收到活动和课程推送'),  # the third entry
    ("wc", ("精华多少钱", "2", "另一个", "2"), "0.05%视黄醛晚间精华｜CAD 48.00"),
])
def test_a_pick_from_the_others_is_that_one(channel: str, said: tuple[str, ...], start: str,
                                            simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_other_pick", said)
    assert start in reply, reply


@pytest.mark.parametrize(("said", "start"), [
    (("收到了吗", "1", "第二个"), "很抱歉！请在签收后 7 天内回复【人工】"),  # another pick by number (lead48)
    (("运费多少", "the other one"), "Unopened items can be exchanged"),  # no list: the FAQ's, as before
])
def test_the_other_one_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_other_guard", said)
    assert reply.startswith(start), reply


FINISHED_ZH = "🎉 你已学完「敏感肌护肤入门」全部 5 课！"
LESSONS_ZH = ("教程", "1", "下一课", "下一课", "下一课", "下一课")


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", (*LESSONS_ZH, "下一个"), FINISHED_ZH),
    ("wc", (*LESSONS_ZH, "下一个"), FINISHED_ZH),
    ("oa", ("tutorial", "1", "next", "next", "next", "next", "what's next?"),
     '🎉 You\'ve finished all 5 lessons of "Sensitive Skin 101"!'),
    ("oa", (*LESSONS_ZH, "上一个"), "【敏感肌护肤入门】第 4/5 课"),
])
def test_a_step_after_the_last_lesson_says_the_course_is_done(channel: str, said: tuple[str, ...], start: str,
                                                              simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_last_lesson", said)
    assert reply.startswith(start), reply


def test_a_jump_to_the_last_lesson_claims_no_course_finished(simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_jump", ("tutorial", "2", "lesson 4"))
    assert reply.startswith("[Winter Barrier Rescue] Lesson 4/4"), reply
    assert "finished" not in reply, reply
    assert reply.endswith('That\'s the last lesson of "Winter Barrier Rescue". You skipped lessons 2–3: reply "next" '
                          'to go on from lesson 2.'), reply
    after = simulator.oa_message("lead49_jump", "next").text
    assert after.startswith("[Winter Barrier Rescue] Lesson 2/4"), after
    assert "Winter Barrier Rescue (2/4 done)" in simulator.oa_message("lead49_jump", "tutorial").text


def test_the_last_lesson_reached_in_order_still_finishes(simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_in_order", ("tutorial", "2", "next", "next", "next"))
    assert '🎉 You\'ve finished all 4 lessons of "Winter Barrier Rescue"!' in reply, reply
    assert "Winter Barrier Rescue (finished)" in simulator.oa_message("lead49_in_order", "tutorial").text


# A numeral alone ("三", "二", "两") just after a numbered list got "I don't know" or another answer ("工作", then "二":
# the groups' answer): handlers/common.py read a Chinese numeral alone as no choice. It is the pick, as "3" is.
@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("产品", "三"), "5%烟酰胺精华｜CAD 36.00"),
    ("wc", ("工作", "二"), "双语客服专员"),
    ("oa", ("教程", "两"), "【冬季屏障修护】第 1/4 课"),
    ("wc", ("精华多少钱", "三"), "0.05%视黄醛晚间精华｜CAD 48.00"),
])
def test_a_numeral_alone_after_a_list_picks(channel: str, said: tuple[str, ...], start: str,
                                            simulator: Simulator) -> None:
    reply = _said(simulator, channel, "lead49_numeral", said)
    assert start in reply.split("\n")[1 if channel == "wc" and "CAD" in start else 0], reply


@pytest.mark.parametrize(("said", "start"), [
    (("产品", "1", "三"), "现在没有可以选的列表哦"),  # bare after a pick: no pick, as "3" is (it got "I don't know")
    (("产品", "第三个"), "5%烟酰胺精华｜CAD 36.00"),
    (("十万",), "这个问题我还不会回答"),
])
def test_numerals_read_as_before(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    reply = _said(simulator, "oa", "lead49_numeral_guard", said)
    assert reply.startswith(start), reply


# A pick from a list more than an hour after it was shown ("产品", two hours later "3"): "there's no list to pick from
# right now", while the list is in the chat above. Now that its numbers no longer pick, and the word that shows it again
# (handlers/qa.py `_stale_list`, templates `list_closed`, `list_closed_ask`).
CLOSED_ZH = "那个列表是一个多小时前发的，已经不能按数字选了，"


@pytest.mark.parametrize(("channel", "said", "start"), [
    ("oa", ("products", "3"), "That list was sent more than an hour ago, so its numbers no longer pick, and I can't "
                              'be sure which one you mean. Reply "products" to see it again.'),
    ("oa", ("产品", "第三个"), f"{CLOSED_ZH}我不确定你选的是哪一个。回复【产品】再发一遍列表。"),
    ("wc", ("工作", "2"), f"{CLOSED_ZH}我不确定你选的是哪一个。回复【职位】再发一遍列表。"),
    ("oa", ("教程", "1"), f"{CLOSED_ZH}我不确定你选的是哪一个。回复【教程】再发一遍列表。"),
    ("oa", ("收到了吗", "2"), "那个列表是一个多小时前发的，已经不能按数字选了。想问哪一个，直接把问题再发给我吧。"),
])
def test_a_pick_from_a_list_past_its_hour_is_told_so(channel: str, said: tuple[str, ...], start: str,
                                                      simulator: Simulator, clock) -> None:
    send = simulator.oa_message if channel == "oa" else simulator.wecom_message
    send("lead49_late", said[0])
    clock.advance(2 * 3600)
    reply = send("lead49_late", said[1]).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize("said", [("运费多少", "3"), ("洁面多少钱", "2"), ("3",)])  # no list: as before
def test_a_number_with_no_list_past_its_hour_is_read_as_before(said: tuple[str, ...], simulator: Simulator,
                                                                clock) -> None:
    for text in said[:-1]:
        simulator.oa_message("lead49_late_guard", text)
    clock.advance(2 * 3600)
    assert simulator.oa_message("lead49_late_guard", said[-1]).text.startswith("现在没有可以选的列表哦")
