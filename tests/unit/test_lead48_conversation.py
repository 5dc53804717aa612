"""lead48's rules, pure: a step along a list ("下一个", "next one": handlers/common.py STEP_ASKS) just after one product
or posting was shown, past either end of the list it was picked from or with no list picked from, is told so
(handlers/qa.py `_stepped_past`); another pick from the did-you-mean menu an answer was just picked from ("第二个",
with two entries "the other one": handlers/qa.py `_picked_from_menu_again`). Both got "I don't know" or "no list"
before (the functions did not exist)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.pending_menu import MENU_FIELD
from handlers.common import PICKED_FROM_FIELD, steps_from_an_item
from handlers.follow_up import FOLLOW_FIELD
from handlers.qa import _picked_from_menu_again, _stepped_past
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
AT = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
SHOWN = str(int(AT.timestamp()) - 60)
PRODUCTS = ",".join(p.id for p in CONTENT.products[:3])
FIRST, LAST = CONTENT.products[0], CONTENT.products[2]


def _told(text: str, **fields: str) -> str:
    return _stepped_past(make_inbound(text, sent_at=AT), make_member(**fields), CONTENT, "zh" if "一" in text else "en")


@pytest.mark.parametrize(("text", "shown", "start"), [
    ("下一个", LAST.id, f"{LAST.name.zh}已经是列表上的最后一款了（共 3 款）"),
    ("next one", LAST.id, f"The {LAST.name.en} was the last one on the list (3 in all)"),
    ("上一个", FIRST.id, f"{FIRST.name.zh}已经是列表上的第一款了"),
])
def test_a_step_past_either_end_is_told_so(text: str, shown: str, start: str) -> None:
    told = _told(text, **{MENU_FIELD: f"shop|{SHOWN}|{shown}", PICKED_FROM_FIELD: f"shop|{SHOWN}|{PRODUCTS}"})
    assert told.startswith(start), told


def test_a_step_with_no_list_picked_from_is_told_only_one_was_shown() -> None:
    assert _told("下一个", **{MENU_FIELD: f"shop|{SHOWN}|{FIRST.id}"}).startswith(f"我刚才只发了{FIRST.name.zh}这一款")


@pytest.mark.parametrize(("text", "fields"), [
    ("下一个", {MENU_FIELD: f"shop|{SHOWN}|{FIRST.id}", PICKED_FROM_FIELD: f"shop|{SHOWN}|{PRODUCTS}"}),  # inside
    ("运费多少", {MENU_FIELD: f"shop|{SHOWN}|{FIRST.id}"}),  # no step
    ("下一个", {MENU_FIELD: f"shop|{SHOWN}|{PRODUCTS}"}),  # a list shown, not an item
    ("下一个", {MENU_FIELD: f"tut|{SHOWN}|*"}),  # another kind
    ("下一个", {}),  # nothing shown
])
def test_anything_else_is_not_told(text: str, fields: dict[str, str]) -> None:
    assert _told(text, **fields) == ""


def test_a_step_from_a_product_is_no_lesson_step() -> None:
    inbound = make_inbound("next one", sent_at=AT)
    assert steps_from_an_item(inbound, make_member(**{MENU_FIELD: f"shop|{SHOWN}|{FIRST.id}"}))
    assert not steps_from_an_item(inbound, make_member(**{MENU_FIELD: f"tut|{SHOWN}|*"}))


FAQ_IDS = [e.id for e in CONTENT.faq][:3]


def _again(text: str, ids: list[str], answered: str, **more: str) -> str:
    fields = {PICKED_FROM_FIELD: f"faq|{SHOWN}|{','.join(ids)}|zh",
              FOLLOW_FIELD: f"{answered}|{int(AT.timestamp()) - 30}", **more}
    return _picked_from_menu_again(make_inbound(text, sent_at=AT), make_member(**fields))


@pytest.mark.parametrize(("text", "size", "answered", "picked"), [
    ("第二个", 3, 0, 1), ("the third one", 3, 0, 2), ("the other one", 2, 0, 1), ("另一个", 2, 1, 0),
    ("第一个", 2, 1, 0),
])
def test_another_pick_from_the_did_you_mean_menu_picked_from(text: str, size: int, answered: int, picked: int) -> None:
    assert _again(text, FAQ_IDS[:size], FAQ_IDS[answered]) == FAQ_IDS[picked]


@pytest.mark.parametrize(("text", "size", "more"), [
    ("2", 3, {}), ("two", 3, {}),  # bare: as before
    ("the other one", 3, {}),  # which other, of two?
    ("第四个", 3, {}),  # past the menu
    ("第二个", 3, {MENU_FIELD: f"shop|{SHOWN}|a,b"}),  # a menu shown since
    ("再说一遍", 3, {}), ("美国呢", 3, {}),
])
def test_anything_else_is_no_pick_from_it(text: str, size: int, more: dict[str, str]) -> None:
    assert _again(text, FAQ_IDS[:size], FAQ_IDS[0], **more) == ""


def test_an_answer_since_that_is_not_of_the_menu_ends_it() -> None:
    assert _again("第二个", FAQ_IDS[:2], "another-entry") == ""
