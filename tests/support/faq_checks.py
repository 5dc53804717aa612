"""What the FAQ unit tests of each round share: the demo FAQ's index and the one check of what a message gets."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content
from bot.content.faq import FaqIndex, Verdict

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
