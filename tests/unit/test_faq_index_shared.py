"""Equal FAQs share one built index in a process; a changed FAQ never reads another's.

Before: every Content built its FaqIndex (~0.5 s), so a `siyu config apply` of another file, each brand with the
same FAQ and each app the suite builds paid it again (create_app ~0.6 s, of which the index 0.5 s)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from bot.content.faq import Verdict
from bot.content.localized import LocalizedText
from bot.content.schema import load_content

CONFIG = Path(__file__).resolve().parents[2] / "config"


def test_two_loads_of_one_config_share_one_index(tmp_path: Path) -> None:
    copy = tmp_path / "config"
    shutil.copytree(CONFIG, copy)
    first, second = load_content(CONFIG), load_content(copy)
    assert first is not second and first.faq == second.faq
    assert first.faq_index is second.faq_index


def test_a_changed_answer_is_a_new_index_and_the_old_content_keeps_its_own() -> None:
    before = load_content(CONFIG)
    entry = next(e for e in before.faq if e.id == "shipping-time")
    changed = dataclasses.replace(entry, answers=LocalizedText(zh="三天到。", en="Three days."))
    after = dataclasses.replace(before, faq=tuple(changed if e.id == entry.id else e for e in before.faq))
    assert after.faq_index is not before.faq_index
    question = entry.questions.all[0]
    assert after.faq_match(question, None).best.answers.en == "Three days."
    assert before.faq_match(question, None).best.answers.en == entry.answers.en


def test_a_brand_whose_faq_lacks_an_entry_does_not_answer_with_it() -> None:
    full = load_content(CONFIG)
    entry = next(e for e in full.faq if e.id == "shipping-time")
    without = dataclasses.replace(full, faq=tuple(e for e in full.faq if e.id != entry.id))
    found = without.faq_match(entry.questions.all[0], None)
    assert found.verdict is not Verdict.ANSWER or found.best.id != entry.id
    assert full.faq_match(entry.questions.all[0], None).best.id == entry.id
