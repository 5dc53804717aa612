"""config/routines.yaml (lead32): the skin types and concerns a member may tell the bot, read and checked like every
content file: their products and the entries that ask for them are references, so a misspelt id is reported rather
than a routine silently missing a product."""

from __future__ import annotations

from pathlib import Path

from bot.content.schema import load_content
from tests.unit.test_content import DEMO, minimal, problems_of

ROUTINES = """\
asked_by: [shipping-time]
skin_types:
  - id: dry
    words: [干皮, dry]
    products: [cream]
    note: {zh: 干皮要锁水, en: Seal it in}
concerns:
  - id: acne
    words: [长痘, acne]
    products: [cream]
"""


def test_the_demo_routines_name_real_products_and_the_entry_that_asks() -> None:
    routines = load_content(DEMO).routines
    assert routines.asked_by == ("product-recommendation",)
    assert [kind.id for kind in routines.skin_types] == ["dry", "oily", "combination", "sensitive", "normal"]
    assert all(kind.products and kind.note.zh and kind.note.en for kind in (*routines.skin_types, *routines.concerns))


def test_a_valid_routines_file_loads(tmp_path: Path) -> None:
    routines = load_content(minimal(tmp_path, routines=ROUTINES)).routines
    assert routines.skin_types[0].words == ("干皮", "dry") and routines.concerns[0].products == ("cream",)


def test_a_misspelt_product_or_entry_is_reported(tmp_path: Path) -> None:
    text = ROUTINES.replace("asked_by: [shipping-time]", "asked_by: [shipping-tme]").replace(
        "products: [cream]\n    note", "products: [craem]\n    note")
    assert problems_of(minimal(tmp_path, routines=text)) == [
        "routines.yaml:1: asked_by: unknown faq id 'shipping-tme'; did you mean 'shipping-time'? (expected one of: "
        "shipping-time)",
        "routines.yaml:5: skin_types[0].products: unknown product id 'craem'; did you mean 'cream'? (expected one "
        "of: cream)"]


def test_a_one_character_word_a_missing_product_list_and_asking_with_nothing_to_suggest_are_reported(
        tmp_path: Path) -> None:
    text = """\
asked_by: [shipping-time]
concerns:
  - id: acne
    words: [痘]
"""
    problems = problems_of(minimal(tmp_path, routines=text))
    assert any("one character" in p for p in problems), problems
    assert any("products" in p and "missing" in p for p in problems), problems
    assert any("no skin_types" in p for p in problems), problems
