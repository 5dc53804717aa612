"""Sixty-ninth round (docs/faq.md): English troubles said with a negated or conditional verb, and symptoms after a
product (probe52). Kinds: a negated auxiliary spelt as a contraction reads as its full form before a verb of
arriving or working ("doesnt arrive" as "does not arrive", whose "not" the FAQ's "not received" knows); a goods'
arrival asked "what if ... doesn't / won't / never ..." is the parcel lost (package-problem's), not how long
delivery takes; a symptom after a product told plainly ("went red after the serum", "stings when I put it on") is
the reaction's. Each kind tested in other wordings than probe52's, with guards."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("contracted", "full"), [
    ("what if it doesnt arrive", "what if it does not arrive"),
    ("my voucher wont work", "my voucher will not work"),
    ("and if the box didnt get here", "and if the box did not get here"),
    ("the tracking page isnt working", "the tracking page is not working"),
])
def test_a_negated_contraction_reads_as_its_full_form(contracted: str, full: str) -> None:
    index = demo_content().faq_index
    assert index.canonical(contracted) == index.canonical(full)


@pytest.mark.parametrize("text", [
    "what if the order doesn't arrive",
    "what happens if my parcel won't turn up",
    "what should I do if the package never gets here",
    "what if my shipment didn't come",
    "what happens if the items I bought don't show up",
])
def test_goods_not_arriving_asked_what_if_is_the_parcel_lost(text: str) -> None:
    assert outcome(text) == "package-problem"


@pytest.mark.parametrize("text", [
    "what if my ebay parcel doesn't arrive",  # another shop's
    "what happens if my friend doesn't show up",  # a person, not goods
    "what if the snow doesn't come this year",
])
def test_guards_not_ours_or_not_goods(text: str) -> None:
    assert outcome(text) in (None, "menu")


@pytest.mark.parametrize("text", [
    "what happens if the refund never arrives",
    "my refund still hasn't shown up",
    "the money never came back to my mastercard",
])
def test_a_refund_not_come_said_with_a_verb_of_arriving_is_the_refund_time(text: str) -> None:
    assert outcome(text) == "refund-time"


def test_guard_another_shops_refund_stays_theirs() -> None:
    assert outcome("the refund from ebay never came") in (None, "menu")


@pytest.mark.parametrize("text", [
    "my neck went red after the body cream",
    "my forehead went red after the cleanser",
    "the essence burns when I apply it",
    "the gel made my chin go all blotchy",
])
def test_a_symptom_after_a_product_is_the_reaction(text: str) -> None:
    assert outcome(text) == "allergy-reaction"


@pytest.mark.parametrize("text", [
    "my face goes red after I shave, what do you have for guys",
    "my skin gets red after shaving",
])
def test_guard_redness_after_a_shave_stays_mens_skincare(text: str) -> None:
    assert outcome(text) == "mens-skincare"


@pytest.mark.parametrize("text", [
    "every toner I try stings, is yours gentle enough",  # a skin that reacts to everything: sensitive-skin's
    "my skin goes red after most creams, is yours ok for sensitive skin",
    "everything stings my skin, which serum is gentle",
])
def test_guard_a_skin_reacting_to_everything_stays_sensitive_skin(text: str) -> None:
    assert outcome(text) == "sensitive-skin"


@pytest.mark.parametrize(("text", "entry"), [
    ("the cleanser wasn't in my order", "package-problem"),
    ("what if a porch pirate swipes my parcel", "package-problem"),
    ("what if I react to the toner", "allergy-reaction"),
    ("what if I try it and hate it", "return-policy"),
    ("the mask made me break out in welts", "allergy-reaction"),
])
def test_a_trouble_in_followers_words_is_its_entry(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_guard_a_skin_that_reacts_to_everything_stays_sensitive_skin() -> None:
    assert outcome("my skin reacts to most things, what is gentle") == "sensitive-skin"


@pytest.mark.parametrize("text", [
    "the train never came so I walked",  # a ride that never came: no parcel of ours
    "my date never showed up, so rude",  # one's date: no expiry date
    "my doctor's cream for rosacea stings, should I keep using it",  # a doctor's own cream: the doctor's to say
    "my GP's cream makes my face red, keep going?",
    "the steroid cream from my doctor stings, normal?",
])
def test_no_answer_for_a_ride_a_date_or_a_doctors_cream(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("the code is expired?", "promo-code"),  # shelf-life's "expire" took it
    ("what if the voucher is already expired", "promo-code"),
    ("do my points expire", "points-redeem"),  # guard: points
])
def test_an_expired_code_is_a_code_that_does_not_work(text: str, entry: str) -> None:
    assert outcome(text) == entry
