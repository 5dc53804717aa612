"""handlers/introductions.py: who the member is, said as the whole message, and what says more."""

from __future__ import annotations

import pytest

from bot.text import normalize
from handlers.introductions import introduces_self


@pytest.mark.parametrize("text", [
    "hello, I'm a student in Melbourne", "I'm a nurse in Toronto", "I'm from Shanghai, studying in Vancouver",
    "hi I'm a stay at home mom", "Hi! I'm an international student from China, studying in Sydney",
    "我是多伦多的留学生", "我是宝妈", "我来自上海 在温哥华读书", "我在墨尔本读书", "我现在在悉尼读研",
])
def test_an_introduction_alone(text: str) -> None:
    assert introduces_self(normalize(text))


@pytest.mark.parametrize("text", [
    "I'm a student looking for evening and weekend hours", "我是学生 有没有折扣码", "I'm pregnant",
    "I'm allergic to lanolin", "I'm new here", "I'm a student, do you have part time jobs",
    "我是留学生 能在你们店打工吗", "I'm in Toronto", "I'm a big fan", "我在墨尔本读书 想找兼职", "",
])
def test_no_introduction_alone(text: str) -> None:
    assert not introduces_self(normalize(text))
