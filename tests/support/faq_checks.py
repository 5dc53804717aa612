"""What the FAQ unit tests of each round share: the demo FAQ's index and the one check of what a message gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content
from bot.content.faq import FaqIndex, Verdict
from tests.support.factories import demo_content, make_inbound, make_member, router_with

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def index() -> FaqIndex:
    """The demo content's FAQ index (config/), built once per test module."""
    return load_content(ROOT / "config").faq_index


def assert_answers(index: FaqIndex, text: str, expected: str | None) -> None:
    """`text` gets entry `expected`, or no answer at all when it is None."""
    found = index.match(text)
    if expected is None:
        assert found.verdict is Verdict.NONE, (text, found)
    else:
        assert found.answer is not None and found.answer.id == expected, (text, found)


def outcome(text: str) -> str | None:
    """What `text` gets through every handler: the entry answered, "menu" for a did-you-mean, None for no answer (a
    menu is not "no answer")."""
    events = dict(router_with().dispatch(make_inbound(text), make_member(), demo_content()).result.events)
    if "answered" in events:
        return str(events["answered"]["faq"])
    return "menu" if "suggested" in events else None
