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
from handlers.common import without_correction
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
