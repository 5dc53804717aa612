"""Seventy-second round (docs/faq.md, faq72): English registers blind29 showed (probe55 written first). Jamaican and
Caribbean patois read as the English it carries (lexicon.read_patois, gated on its markers as read_taglish and
read_pidgin are); US Southern English ("y'all", "fixin' to", "ain't", dropped g's: lexicon.read_southern); Kenyan
English ("you people", M-Pesa, expectant); and wrong entries read as kinds: a referral asked as a deal for the people
one sends, an unopened item one changed one's mind about sent back, points that expire asked after them, a wish or a
remark on the weather that asks nothing. Each kind tested in other wordings than probe55's and blind29's (each
outcome check here failed before the round), with guards."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_patois, read_southern
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("Unu deliver go Antigua? Mi granny live deh", "shipping-destinations"),
    ("Wah di shipping cost fi sen go Antigua?", "shipping-cost"),
    ("Mi cyaan find di tracking ting, weh mi fi look fi see weh mi parcel deh?", "order-tracking"),
    ("Mi waan cancel mi order, mi did pick di wrong size", "order-cancel"),
    ("Di toner bruk up inna di parcel, wah mi fi do?", "package-problem"),
    ("Mi sen mi fren dem to unu, dem get discount an mi get anyting?", "referral"),
    ("Mi bredda a go tell him fren dem bout unu, him get anyting if dem buy?", "referral"),
    ("Mi skin a burn an tun red afta di serum, wah mi fi do?", "allergy-reaction"),
    ("Unu have store inna Vancouver? Mi waan come look", "store-locations"),
    ("Unu a hire? Mi waan work inna unu store", "job-apply"),
])
def test_patois_is_read_as_its_english(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "do you ship to jamaica",  # English alone: untouched
    "mi pedido no ha llegado",  # Spanish "mi" is no marker
    "ho comprato la crema di notte, mi serve aiuto",  # Italian "mi" and "di": weak markers alone
    "the wi fi at the store is down",  # "fi" after "wi" is no patois
])
def test_guards_english_and_romance_are_not_read_as_patois(text: str) -> None:
    assert read_patois(text) == text


@pytest.mark.parametrize(("text", "entry"), [
    ("Y'all deliver out to Tennessee?", "shipping-destinations"),
    ("Y'all ship out to Kentucky?", "shipping-destinations"),
])
def test_southern_english_is_read_as_plain_english(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: right before the round, and still
    ("I ain't opened the box, can I return it?", "return-policy"),
    ("I'm fixin' to start usin' retinol, how do I go about it?", "retinoid-start"),
])
def test_southern_english_right_before_stays_right(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", ["do you ship to texas", "my cousin has dry skin, what should she use"])
def test_guards_english_is_not_read_as_southern(text: str) -> None:
    assert read_southern(text) == text


@pytest.mark.parametrize(("text", "entry"), [
    ("Do you people accept M-Pesa for orders?", "payment-methods"),
    ("Kindly, can an expectant mother use your retinol serum?", "pregnancy-safe"),
])
def test_kenyan_english(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("Will my mates get a discount if I'm the one sending them to you?", "referral"),
    ("Never opened it and I've changed my mind, can I send it back to you?", "return-policy"),
    ("I've got 1200 points, how do I use them, do they expire soon?", "points-redeem"),
])
def test_wrong_entries_read_as_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: a cancel before it ships, a product's expiry, a code that will not apply stay theirs
    ("Changed my mind, can I cancel it before you ship it?", "order-cancel"),
    ("my discount code says invalid at checkout", "promo-code"),
    ("once opened, how long before the toner expires?", "shelf-life"),
])
def test_guards_the_other_entries_stay_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "Y'all have a blessed Saturday now",
    "Happy Sunday y'all, have a good one now ya hear",
    "Kindly, how do I reverse an M-Pesa payment I sent to the wrong number?",
])
def test_small_talk_and_other_business_are_not_answered(text: str) -> None:
    assert outcome(text) is None
