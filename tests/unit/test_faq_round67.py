"""Sixty-seventh round (docs/faq.md): English registers no set had taught (blind28, probe50). Kinds: Taglish, English
content words inside Tagalog question and function words, read as the English the FAQ knows (lexicon.read_taglish);
Nigerian Pidgin around English words, read the same way (lexicon.read_pidgin); products used together (the routine's
layering), not a partnership's "work together"; a day's wishes and how-are-you in Pidgin as small talk. Each kind
tested in other wordings than probe50's and blind28's, with guards."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_pidgin, read_taglish
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("Magkano po yung shipping papuntang Melbourne?", "shipping-cost"),
    ("Saan ko po pwede i-track yung parcel ko?", "order-tracking"),
    ("Pwede ko po bang bayaran gamit ang Apple Pay?", "payment-methods"),
    ("Gaano po katagal bago ma-refund yung pera ko?", "refund-time"),
    ("Meron po ba kayong store sa Toronto?", "store-locations"),
    ("Paano po mag-unsubscribe sa mga promo niyo?", "stop-messages"),
])
def test_taglish_is_read_as_its_english(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("Abeg una dey ship go Vancouver?", "shipping-destinations"),
    ("Wetin I go do, my parcel never reach and e don pass two weeks", "order-tracking"),
    ("Abeg how I go take cancel my order before una send am?", "order-cancel"),
    ("I get promo code but e no dey work, wetin I fit do?", "promo-code"),
])
def test_pidgin_is_read_as_its_english(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "do you ship to the philippines",  # English alone: untouched
    "my po number is 1234, where is my order",  # one marker (a purchase order's po) is not Taglish
    "can i use my points and a promo code together",
    "how do I go about returning this",  # "how i go" is English too, unread without a Pidgin marker
])
def test_guards_english_is_not_read(text: str) -> None:
    assert read_taglish(text) == text
    assert read_pidgin(text) == text


@pytest.mark.parametrize(("text", "entry"), [
    ("are these two fine to use together?", "routine-order"),
    ("can i put them both on at the same time", "routine-order"),
    ("can i apply both of these at the same time", "routine-order"),
    ("is it ok to use the cream and the toner together?", "routine-order"),
    ("can I layer vitamin c and niacinamide together", "niacinamide-combine"),
    # guards: working together is a partnership's, codes together the promo code's
    ("I run a beauty salon, could we work together?", "wholesale-partnership"),
])
def test_products_used_together_are_the_routine(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", ["How una dey? Happy weekend o", "how far? blessed sunday", "happy friday!"])
def test_a_days_wishes_ask_nothing(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("Delivered daw po pero wala sa pinto namin, ano po gagawin?", "package-problem"),
    ("Abeg I wan change the serum to the toner, I never open am", "exchange"),
    ("the courier says it was delivered but nothing is at my door", "package-problem"),
    ("can I swap the toner for the serum? haven't opened it", "exchange"),
])
def test_delivered_but_not_there_and_one_product_for_another(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_a_tagalog_owner_comes_before_its_noun() -> None:
    assert "my order number" in read_taglish("saan po makikita yung order number ko")
    assert read_taglish("paano ko po gagamitin yung points ko").startswith("how i")


@pytest.mark.parametrize(("text", "entry"), [
    ("Hanggang kailan po pwede gamitin yung serum pag nabuksan na?", "shelf-life"),
    ("can i apply them together tonight?", "routine-order"),
    # the skin the story told, pointed back at
    ("my skin goes red from almost everything, which one would you suggest for this kind of skin?", "sensitive-skin"),
])
def test_more_readings_of_the_round(text: str, entry: str) -> None:
    assert outcome(text) == entry
