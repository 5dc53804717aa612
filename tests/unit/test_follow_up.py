"""handlers/follow_up.py: which messages follow up on a place or on products, which entries differ by place or hold
for every product, and the member field written only when it changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.content import load_content
from bot.member import Member
from handlers.follow_up import (
    FOLLOW_FIELD,
    answers_for,
    aspect_asked,
    follow_fields,
    follow_up_place,
    follows_up,
    names_products_only,
    remembered_entry,
    varies_by_place,
)

CONTENT = load_content(Path(__file__).resolve().parents[2] / "config")


@pytest.mark.parametrize(("text", "place"), [
    ("What about the US?", "us"), ("and to the uk?", "uk"), ("how about Sydney", "sydney"),
    ("ok what about nz then", "nz"), ("那英國呢？", "英国"), ("咁澳洲又點呀", "澳洲"), ("那寄去多伦多呢", "多伦多"),
    ("那温哥华的话呢", "温哥华"),
])
def test_a_place_in_a_follow_up_frame(text: str, place: str) -> None:
    assert follow_up_place(text, CONTENT) == place


@pytest.mark.parametrize("text", [
    "what about it", "what about the toner", "how about you", "what about tomorrow", "那这个呢", "你呢", "那呢",
    "US?", "what about to", "what about shipping to the us and how much is it for two bottles of the serum",
])
def test_no_place_or_no_frame_is_no_follow_up(text: str) -> None:
    assert follow_up_place(text, CONTENT) == ""


def test_the_entries_that_differ_by_place_are_read_from_their_questions() -> None:
    varying = {entry.id for entry in CONTENT.faq if varies_by_place(entry.id, CONTENT)}
    assert {"shipping-time", "shipping-cost", "shipping-destinations", "store-locations"} <= varying
    assert not varying & {"return-policy", "privacy", "payment-methods", "sunscreen", "job-apply"}


def test_a_follow_up_needs_the_answer_to_speak_of_the_place() -> None:
    assert answers_for("shipping-time|us", CONTENT) and answers_for("shipping-cost|nz", CONTENT)
    assert answers_for("store-locations|sydney", CONTENT)  # one of the brand's cities
    assert not answers_for("shipping-time|uk", CONTENT) and not answers_for("no-such-entry|us", CONTENT)


def test_the_field_is_written_once_for_the_same_answer_in_five_minutes() -> None:
    fresh = Member(id="m1", brand="default")
    assert follow_fields(fresh, "shipping-time", 1000) == {FOLLOW_FIELD: "shipping-time|1000"}
    kept = Member(id="m1", brand="default", fields={FOLLOW_FIELD: "shipping-time|1000"})
    assert follow_fields(kept, "shipping-time", 1200) == {}
    assert follow_fields(kept, "shipping-time", 1400) == {FOLLOW_FIELD: "shipping-time|1400"}
    assert follow_fields(kept, "shipping-cost", 1010) == {FOLLOW_FIELD: "shipping-cost|1010"}
    assert remembered_entry(kept, 1000 + 30 * 60) == "shipping-time"
    assert remembered_entry(kept, 1001 + 30 * 60) == "" and remembered_entry(None, 1000) == ""


@pytest.mark.parametrize("text", [
    "what about the toner?", "and the retinal serum?", "how about your cream", "same for the sunscreen?",
    "the lip balm too?", "那个A醛精华呢", "面霜也可以吗", "那款防晒呢", "咁面膜又點呀", "ok what about the serum then",
])
def test_products_in_a_follow_up_frame(text: str) -> None:
    assert names_products_only(text, CONTENT)


@pytest.mark.parametrize("text", [
    "the toner", "面霜", "what about shipping", "what about the us", "the toner is sold out?", "那这个呢",
    "what about the toner for my mum who has very dry skin and lives in toronto",
    "how much is the cream", "面霜多少钱", "what about it",
])
def test_a_product_alone_or_with_more_said_is_no_follow_up(text: str) -> None:
    assert not names_products_only(text, CONTENT)


def test_the_entries_that_hold_for_every_product_are_the_contents_per_product_ones() -> None:
    """faq.yaml marks them (`per_product: true`); a product's own entry (sunscreen) is not one: "what about the
    toner?" after it asks about the toner."""
    per_product = {entry.id for entry in CONTENT.faq if entry.per_product}
    assert {"pregnancy-safe", "fragrance-alcohol-free", "cruelty-free"} <= per_product
    assert "sunscreen" not in per_product and "niacinamide-combine" not in per_product
    assert all(follows_up(entry_id, CONTENT) for entry_id in per_product)
    assert follows_up("shipping-time", CONTENT) and not follows_up("sunscreen", CONTENT)


@pytest.mark.parametrize(("text", "aspect"), [
    ("how much?", "cost"), ("How much is it", "cost"), ("ok and how much would it cost", "cost"),
    ("is it free?", "cost"), ("any fees?", "cost"), ("what's the cost", "cost"), ("how much to ship there", "cost"),
    ("多少钱", "cost"), ("那运费多少呢", "cost"), ("幾多錢呀", "cost"), ("贵不贵", "cost"), ("使唔使錢㗎", "cost"),
    ("how long?", "time"), ("how long does it take", "time"), ("and how many days", "time"), ("要多久", "time"),
    ("那寄过去几天呢", "time"), ("幾耐到", "time"), ("how long do i have to return it", "time"),
    ("are you open on sunday", "hours"), ("what time does it close", "hours"), ("hours?", "hours"),
    ("几点关门", "hours"), ("那几点关门呢", "hours"), ("周末开吗", "hours"), ("where is it", "where"),
    ("where exactly", "where"), ("how?", "how"), ("how do i join", "how"), ("怎么操作", "how"), ("流程是什么", "how"),
    ("在哪", "where"), ("具体地址呢", "where"), ("喺邊度呀", "where"), ("怎么用", "use"), ("點用", "use"),
    ("那要怎么使用呢", "use"), ("how do i use it", "use"), ("how to use it?", "use"),
])
def test_an_aspect_asked_alone(text: str, aspect: str) -> None:
    assert aspect_asked(text, CONTENT) == aspect


@pytest.mark.parametrize("text", [
    "how much is the ceramide cream", "how long should I use retinal", "how much do I apply", "多少钱一瓶面霜",
    "how long have you been open", "is it safe", "面霜多少钱", "要", "where do you ship", "where is my order",
    "how do i use the toner", "怎么退", "面霜怎么用",
    "when do you open the new store in calgary", "我的快递在哪", "客服几点上班",
])
def test_a_question_about_something_else_asks_no_aspect(text: str) -> None:
    assert aspect_asked(text, CONTENT) == ""
