"""The matcher's memos (stop 33): kept with an index, so per brand and per content version, never shared."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from bot.content import Content, load_content
from bot.content.lexicon import read_dialect

ROOT = Path(__file__).resolve().parents[2]
ASKED = "Do you sell the moonbeam balm?"  # a question only the edited content has
TYPO = "moonbeem"  # unknown to both; a typo of the edited content's word only


@pytest.fixture(scope="module")
def demo() -> Content:
    return load_content(ROOT / "config")


def with_question(content: Content, question: str) -> Content:
    """`content` with `question` added to its first entry: another version (a publish or a reload), or another
    brand's content."""
    first = content.faq[0]
    questions = dataclasses.replace(first.questions, en=(*first.questions.en, question))
    return dataclasses.replace(content, faq=(dataclasses.replace(first, questions=questions), *content.faq[1:]))


def test_typo_memos_are_kept_per_index(demo: Content) -> None:
    edited = with_question(demo, ASKED)
    plain, other = demo.faq_index, edited.faq_index
    assert plain._near_known_memo(TYPO) is False  # remembered by the first index ...
    assert other._near_known_memo(TYPO) is True  # ... and not the second's answer
    assert plain._near_known_memo(TYPO) is False
    assert plain._closest_word_memo(plain._entries[0], TYPO) is None
    assert other._closest_word_memo(other._entries[0], TYPO) == ("moonbeam", pytest.approx(87.5))
    assert plain._near_known_memo is not other._near_known_memo
    assert plain._closest_word_memo is not other._closest_word_memo
    message = f"do you sell the {TYPO} balm"
    assert other.match(message).best == edited.faq[0]
    assert plain.match(message).best != edited.faq[0]


def test_a_changed_faq_starts_with_empty_memos(demo: Content) -> None:
    """A publish or a reload whose FAQ changed builds a new index, which remembers nothing yet; the old version's
    memos stay with the old index. (Contents with equal FAQ, synonyms and product words may share one index, and
    so its memos: their answers depend on nothing else.)"""
    demo.faq_index.match(f"is the {TYPO} balm in stock")
    assert demo.faq_index._near_known_memo.cache_info().currsize > 0  # type: ignore[attr-defined]
    published = with_question(demo, "Is the stardust balm back?")
    index = published.faq_index
    assert index is not demo.faq_index
    assert index._near_known_memo.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert index._closest_word_memo.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert index._near_known_memo("stardusst") is True  # the new words count at once ...
    assert demo.faq_index._near_known_memo("stardusst") is False  # ... in the new version only
    assert dataclasses.replace(demo).faq_index._near_known_memo(TYPO) is False  # the same FAQ: the same answers


def test_reading_dialect_is_remembered_by_text_alone() -> None:
    """read_dialect is a pure function of its text (no content, no brand): one memo serves every index."""
    assert read_dialect("退唔退得") == read_dialect("退唔退得")
    hits = read_dialect.cache_info().hits  # type: ignore[attr-defined]
    read_dialect("退唔退得")
    assert read_dialect.cache_info().hits == hits + 1  # type: ignore[attr-defined]
