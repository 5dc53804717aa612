"""lead48's rule, pure: a step along a list ("下一个", "next one": handlers/common.py STEP_ASKS) just after one product
or posting was shown, past either end of the list it was picked from or with no list picked from, is told so
(handlers/qa.py `_stepped_past`); it got "I don't know" before (the function did not exist)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.pending_menu import MENU_FIELD
from handlers.common import PICKED_FROM_FIELD, steps_from_an_item
from handlers.qa import _stepped_past
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
