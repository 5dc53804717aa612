"""The pure readings behind lead50's fixes (tests/scenarios/test_outside_lead50.py): a yes to a course offered
(handlers/tutorials.py YES_ASKS), a posting asked whether it is still open (handlers/careers.py STILL_OPEN_ASKS), a
why in its own words (handlers/qa.py `_why_of_words`)."""

from __future__ import annotations

import pytest

from bot.text import normalize
from handlers.careers import STILL_OPEN_ASKS
from handlers.qa import _why_of_words
from handlers.tutorials import YES_ASKS
from tests.support.factories import demo_content

CONTENT = demo_content()


@pytest.mark.parametrize("said", ["yes", "Yes please!", "sure, let's start", "sounds good", "I'd like that",
                                  "好啊，开始吧", "好呀", "要", "想学", "好的，开始吧", "好啊 開始吧"])
def test_a_yes(said: str) -> None:
    assert YES_ASKS.fullmatch(normalize(said)), said


@pytest.mark.parametrize("said", ["ok", "好的", "嗯", "thanks", "yes but how much is it", "好的谢谢", "可以吗",
                                  "要多久"])
def test_no_yes(said: str) -> None:
    assert not YES_ASKS.fullmatch(normalize(said)), said


@pytest.mark.parametrize("said", ["is it still open?", "is this job still available", "still hiring?",
                                  "are you still hiring for this position", "can I still apply", "还招人吗",
                                  "这个职位还有吗", "還在招嗎", "仲请唔请人"])
def test_still_open(said: str) -> None:
    assert STILL_OPEN_ASKS.fullmatch(normalize(said)), said


@pytest.mark.parametrize("said", ["还有吗", "有吗", "is it open on weekends", "还有别的吗", "what are the hours"])
def test_not_still_open(said: str) -> None:
    assert not STILL_OPEN_ASKS.fullmatch(normalize(said)), said


@pytest.mark.parametrize(("said", "words"), [
    ("为什么不能用", ("zh", ())),
    ("为啥不能用呢", ("zh", ())),
    ("为什么不能退货", ("zh", ("退货",))),
    ("why can't I use it?", ("en", ())),
    ("why not the retinal?", ("en", ("retinal",))),
])
def test_a_why_of_words(said: str, words: tuple[str, tuple[str, ...]]) -> None:
    assert _why_of_words(normalize(said), CONTENT) == words


@pytest.mark.parametrize("said", ["为什么这么贵", "为什么", "why is shipping to the us so expensive this month"])
def test_no_why_of_words(said: str) -> None:
    assert _why_of_words(normalize(said), CONTENT) is None
