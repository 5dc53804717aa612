"""bot/content/origin.py: an origin question is answered only by an entry that speaks of origin."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.content import FaqEntry, LocalizedList, LocalizedText, load_content
from bot.content.origin import asks_about_origin, speaks_of_origin

CONTENT = load_content(Path(__file__).resolve().parents[2] / "config")


@pytest.mark.parametrize("text", ["made in china?", "Where are your products made?", "where's it manufactured",
                                  "country of origin?", "how old is the company", "when was the brand founded",
                                  "产地是哪里", "是国产的吗", "是进口的吗", "在哪里生产的", "公司是哪年成立的",
                                  "喺边度生产"])
def test_origin_asks(text: str) -> None:
    assert asks_about_origin(text)


@pytest.mark.parametrize("text", ["when was it manufactured", "生产日期在哪看", "can you ship to china",
                                  "where is my order", "where do i take the skin quiz", "在哪里做皮肤测试",
                                  "how old do i have to be to work there", "进口关税多少"])
def test_not_origin_asks(text: str) -> None:
    assert not asks_about_origin(text)


def test_no_demo_entry_speaks_of_origin_and_a_brand_entry_that_does_is_answered() -> None:
    assert not any(speaks_of_origin(entry.id, CONTENT) for entry in CONTENT.faq)
    made = FaqEntry(id="made-where", questions=LocalizedList(zh=("产品在哪里生产？",),
                                                             en=("Where are your products made?",)),
                    answers=LocalizedText(zh="温哥华。", en="In Vancouver."))
    content = dataclasses.replace(CONTENT, faq=(*CONTENT.faq, made))
    assert speaks_of_origin("made-where", content)
    found = content.faq_index.match("where are the products made")
    assert found.best is not None and found.best.id == "made-where"
