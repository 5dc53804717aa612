"""lead49's rules, pure: a correction naming what was meant (handlers/common.py `without_correction`), "why?" just after
an answer (handlers/qa.py WHY_ASKS, `_why_answered`), "the other one" with more than one other (handlers/qa.py
`_other_ones`), a step after the last lesson and a jump to it (handlers/tutorials.py). Each failed before its change
(the functions did not exist, or the tutorials said a series finished that was not)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.member import Member
from bot.outbound import Menu, Text
from bot.pending_menu import MENU_FIELD
from bot.text import normalize
from handlers.common import PICKED_FROM_FIELD, number_typed, without_correction
from handlers.follow_up import FOLLOW_FIELD
from handlers.qa import _asks_why, _other_ones, _stale_list, _why_answered
from handlers.tutorials import LESSON_KIND, TutorialsHandler
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
NOW = int(AT.timestamp())


@pytest.mark.parametrize(("text", "meant"), [
    ("no i meant the serum", "the serum"), ("sorry i meant the toner", "the toner"), ("i was asking about spf", "spf"),
    ("不是 我是说精华", "精华"), ("不是 我问的是精华", "精华"), ("我说的是面霜", "面霜"), ("唔系 我系讲面霜", "面霜"),
])
def test_a_correction_in_front_is_left_out(text: str, meant: str) -> None:
    assert without_correction(text) == meant


@pytest.mark.parametrize("text", ["the serum", "不是这个", "no", "i meant", "i want the serum", "说明书在哪",
                                  "我是学生 有折扣吗"])
def test_anything_else_is_read_as_it_is(text: str) -> None:
    assert without_correction(text) == text


@pytest.mark.parametrize("text", ["why?", "Why", "but why", "how come", "why not", "为什么", "为啥呢", "為什麼",
                                  "點解", "那为什么呢"])
def test_why_alone_is_asked(text: str) -> None:
    assert _asks_why(normalize(text), CONTENT)


@pytest.mark.parametrize("text", ["why is shipping so expensive", "为什么这么贵", "为什么还没发货", "what",
                                  "why me lol"])
def test_a_why_with_its_own_question_is_not(text: str) -> None:
    assert not _asks_why(normalize(text), CONTENT)


ENTRY = CONTENT.faq[0]


def _why(member: Member) -> str:
    return _why_answered(make_inbound("why?", sent_at=AT), member, CONTENT, "en")


def test_why_just_after_an_answer_names_it() -> None:
    told = _why(make_member(**{FOLLOW_FIELD: f"{ENTRY.id}|{NOW - 60}"}))
    assert told.startswith(f'I can\'t tell you more about why than the answer above (I answered "'
                           f'{ENTRY.questions.en[0]}")'), told


@pytest.mark.parametrize("fields", [
    {},  # nothing answered
    {FOLLOW_FIELD: f"{ENTRY.id}|{NOW - 3600}"},  # long ago
    {FOLLOW_FIELD: f"{ENTRY.id}|{NOW - 60}", MENU_FIELD: f"shop|{NOW - 30}|a,b"},  # a list shown since
])
def test_why_with_no_answer_just_before_is_not_told(fields: dict[str, str]) -> None:
    assert _why(make_member(**fields)) == ""


FAQ_IDS = [e.id for e in CONTENT.faq][:3]
SERUMS = [p.id for p in CONTENT.products if "serum" in p.name.en.lower()][:3]


def _others(text: str, **fields: str) -> list[str]:
    result = _other_ones(make_inbound(text, sent_at=AT), make_member(**fields), CONTENT, "en")
    if result is None:
        return []
    (menu,) = result.messages
    assert isinstance(menu, Menu)
    return result.set_fields[MENU_FIELD].split("|")[2].split(",")


@pytest.mark.parametrize("text", ["the other one", "the others", "另一个", "另外两个"])
def test_the_other_ones_of_a_did_you_mean_menu(text: str) -> None:
    fields = {PICKED_FROM_FIELD: f"faq|{NOW - 60}|{','.join(FAQ_IDS)}|zh", FOLLOW_FIELD: f"{FAQ_IDS[1]}|{NOW - 30}"}
    assert _others(text, **fields) == [FAQ_IDS[0], FAQ_IDS[2]]


def test_the_other_ones_of_a_product_list() -> None:
    fields = {PICKED_FROM_FIELD: f"shop|{NOW - 60}|{','.join(SERUMS)}", MENU_FIELD: f"shop|{NOW - 30}|{SERUMS[0]}"}
    assert _others("the other one", **fields) == SERUMS[1:]


@pytest.mark.parametrize(("text", "fields"), [
    ("the other one", {PICKED_FROM_FIELD: f"faq|{NOW - 60}|{','.join(FAQ_IDS[:2])}|zh",
                       FOLLOW_FIELD: f"{FAQ_IDS[0]}|{NOW - 30}"}),  # one other: lead48's pick
    ("the other one", {}),  # no list picked from
    ("the other one", {PICKED_FROM_FIELD: f"faq|{NOW - 60}|{','.join(FAQ_IDS)}|zh",
                       FOLLOW_FIELD: f"another-entry|{NOW - 30}"}),  # an answer since, not of the menu
    ("the second one", {PICKED_FROM_FIELD: f"faq|{NOW - 60}|{','.join(FAQ_IDS)}|zh",
                        FOLLOW_FIELD: f"{FAQ_IDS[1]}|{NOW - 30}"}),  # a pick by number: lead48's
])
def test_anything_else_shows_no_others(text: str, fields: dict[str, str]) -> None:
    assert _others(text, **fields) == []


BASICS = CONTENT.tutorials[0]
HANDLER = TutorialsHandler()


def _lesson_reply(text: str, member: Member) -> tuple[str, dict[str, str], frozenset[str]]:
    inbound = make_inbound(text, sent_at=AT)
    match = HANDLER.match(inbound, member, CONTENT)
    assert match is not None, text
    result = HANDLER.handle(inbound, member, CONTENT, match)
    first = result.messages[0]
    assert isinstance(first, Text | Menu)
    return (first.text if isinstance(first, Text) else first.header), dict(result.set_fields), result.add_tags


def test_the_last_lesson_stays_shown_last_and_a_step_after_it_says_the_series_is_done() -> None:
    total = len(BASICS.lessons)
    _, fields, tags = _lesson_reply("下一课", make_member(tc=BASICS.id, **{f"tu:{BASICS.id}": str(total - 1)}))
    assert fields[MENU_FIELD] == f"{LESSON_KIND}|{NOW}|{BASICS.id}" and f"tutorial_done:{BASICS.id}" in tags
    after = make_member(tags=frozenset(tags), **fields)
    assert _lesson_reply("下一个", after)[0].startswith(f"🎉 你已学完「{BASICS.name.zh}」全部 {total} 课！")


def test_a_jump_to_the_last_lesson_says_what_was_skipped_and_finishes_nothing() -> None:
    total = len(BASICS.lessons)
    text, fields, tags = _lesson_reply("最后一课", make_member(tc=BASICS.id, **{f"tu:{BASICS.id}": "1"}))
    assert text.endswith(f"这是「{BASICS.name.zh}」的最后一课。你跳过了第 2–{total - 1} 课，"
                         "回复【下一课】从第 2 课接着学。"), text
    assert f"tutorial_done:{BASICS.id}" not in tags and "全部" not in text
    after = make_member(tags=frozenset(tags), **{f"tu:{BASICS.id}": "1", **fields})
    assert _lesson_reply("下一个", after)[0].startswith(f"【{BASICS.name.zh}】第 2/{total} 课")
    inbound = make_inbound("教程", sent_at=AT)
    match = HANDLER.match(inbound, after, CONTENT)
    assert match is not None
    (shown,) = HANDLER.handle(inbound, after, CONTENT, match).messages
    assert isinstance(shown, Menu) and shown.choices[0].text == f"{BASICS.name.zh}（学到第 1/{total} 课）"


def test_one_lesson_skipped_is_named_alone() -> None:
    total = len(BASICS.lessons)
    text = _lesson_reply("最后一课", make_member(tc=BASICS.id, **{f"tu:{BASICS.id}": str(total - 2)}))[0]
    assert text.endswith(f"你跳过了第 {total - 1} 课，回复【下一课】从第 {total - 1} 课接着学。"), text


@pytest.mark.parametrize(("text", "number"), [("三", 3), ("二", 2), ("两", 2), ("十", 10), ("一", 1), ("第三个", 3),
                                              ("3", 3)])
def test_a_numeral_alone_is_a_number(text: str, number: int) -> None:
    assert number_typed(text) == number


@pytest.mark.parametrize("text", ["十万", "三天", "一下", "二手"])
def test_a_numeral_in_a_word_is_none(text: str) -> None:
    assert number_typed(text) is None


@pytest.mark.parametrize(("shown", "kind"), [
    (f"shop|{NOW - 7200}|a,b,c", "shop"), (f"tut|{NOW - 3601}|*|zh", "tut"), (f"faq|{NOW - 86400}|x,y|en", "faq"),
    (f"shop|{NOW - 600}|a,b,c", ""),  # within its hour: pending as before
    (f"shop|{NOW - 7200}|a", ""),  # one product shown: no list
    ("", ""),
])
def test_a_list_past_its_hour(shown: str, kind: str) -> None:
    assert _stale_list(make_inbound("3", sent_at=AT), make_member(**{MENU_FIELD: shown})) == kind
