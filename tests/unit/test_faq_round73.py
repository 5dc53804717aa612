"""Seventy-third round (docs/faq.md, faq73): wrong answers read as kinds (probe56 written first). A product opened by
the follower ("i already opened it", "an opened tube") is the return policy's or the shelf life's matter, never
business-hours' "open" nor customs-duties' "already"; a skin type said with what to use asked, for oneself or for
someone else, is product-recommendation's (not cold weather's dryness, nor a man's skin); a product opened a while
and asked still good is the shelf life's, not its product word's entry; family in a Chinese city sent a parcel is
shipping-to-china's. Each kind in other wordings than the sets' and the probe's, with guards that stay as they were."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    "what if i already opened the tube",
    "i opened the cleanser, can i still send it back",
    "is an opened moisturiser returnable",
    "already opened the mask, what now",
    "i opened it yesterday, can it still go back",
])
def test_a_product_opened_is_the_return_policys(text: str) -> None:
    assert outcome(text) == "return-policy"


@pytest.mark.parametrize("text", [
    "opened my eye cream last autumn, is it still ok",
    "the toner has been open since june, can i keep using it",
])
def test_a_product_opened_a_while_and_still_good_is_the_shelf_lifes(text: str) -> None:
    assert outcome(text) == "shelf-life"


@pytest.mark.parametrize(("text", "entry"), [
    # the shop's hours, a parcel opened and the duties keep theirs
    ("are you guys open on sundays", "business-hours"),
    ("when i opened the parcel the jar lid had snapped", "package-problem"),
    ("is hst already part of the price", "customs-duties"),
])
def test_other_openings_stay_as_they_were(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "my nan is 80 and her skin is very dry, what should she use",
    "buying for my niece, she has combination skin, which products would suit",
    "外婆皮肤很干 给她买哪款",
    "my skin is dry, what should i be buying",
])
def test_a_skin_type_and_what_to_use_is_the_recommendation(text: str) -> None:
    assert outcome(text) == "product-recommendation"


@pytest.mark.parametrize(("text", "entry"), [
    ("my grandma's face dries out every winter, what should she use", "winter-dry-skin"),
    ("my hubby has oily skin, what should he use", "mens-skincare"),
])
def test_cold_weather_and_a_mans_skin_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "my aunt lives in harbin, can the parcel go straight to her",
    "我舅舅在郑州 可以直接寄给他吗",
    "my grandpa in changsha wants the lip balm, can you mail it to him",
])
def test_family_in_a_chinese_city_is_shipping_to_china(text: str) -> None:
    assert outcome(text) == "shipping-to-china"


@pytest.mark.parametrize("text", [
    "has the new ikea opened already",
    "my cat has dry skin, what should i use",
    "my parents in xiamen want a good hotpot place nearby",
])
def test_no_answer_stays_none(text: str) -> None:
    assert outcome(text) is None
