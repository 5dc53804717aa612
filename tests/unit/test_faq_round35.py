"""Thirty-fifth round (docs/faq.md): English by writers probe19 covered first (ESL writers from the Philippines, India,
Vietnam, Korea and Japan, teenagers, formal writers, fragments and statements). Each kind tested in other wordings
than probe19's, with guards for the same words in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from tests.support.faq_checks import assert_answers, index  # noqa: F401  (the module's fixture)
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    ("my cheeks have whiteheads everywhere", "acne-prone"),  # acne's spots by their kind
    ("so many blackheads on my nose lately", "acne-prone"),
    ("ship to australia?", "shipping-destinations"),  # a bare "ship to <place>" fragment: whether we send there
    ("ship to aus", "shipping-destinations"),  # ... "aus", Australia as followers text it
    ("deliver to brisbane pls", "shipping-destinations"),
    ("ship to canada?", "shipping-destinations"),
    ("want to give it back, is that possible", "return-policy"),  # ESL: a product given back is returned
    ("can return or not? i not use it yet", "return-policy"),  # not used yet, beside a return: unopened
    ("i dont want these promos anymore", "stop-messages"),  # not wanting the messages
    ("i no longer wish to receive messages from you", "stop-messages"),
    ("dont want your newsletters pls", "stop-messages"),
    ("where is my stuff, it has been so long", "order-tracking"),  # time gone by, as a complaint: everyday words
    ("wheres my stuff its been ages", "order-tracking"),
    ("dude where is my stuff", "order-tracking"),  # a friend addressed at the start is nobody asked about
])
def test_new_writers_kinds_are_read(index: FaqIndex, text: str, expected: str) -> None:  # noqa: F811
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("ship to aus how long does it take", "shipping-time"),  # anything else said: not the bare fragment
    ("how much is shipping to auckland", "shipping-cost"),
    ("give my money back already", "refund-time"),  # money given back is a refund, not a return
    ("i dont want the order anymore", "order-cancel"),  # not the messages: the order
    ("is this ok for my bro", "mens-skincare"),  # "my bro" is the man it is for
    ("i haven't opened it yet, how long does it last", "shelf-life"),  # unopened, asked of its life
])
def test_the_same_words_in_other_senses_keep_their_entries(index: FaqIndex, text: str,  # noqa: F811
                                                            expected: str) -> None:
    assert_answers(index, text, expected)


def test_not_used_yet_is_unopened_only_beside_a_return(index: FaqIndex) -> None:  # noqa: F811
    assert "unopen" in index.canonical("still not opened yet, can i exchange it")  # not opened yet: always
    assert "unopen" in index.canonical("can i send it back, havent used it yet")
    assert "unopen" not in index.canonical("i haven't used it yet, how do i start")


def test_south_east_asian_and_korean_apps_are_other_businesses() -> None:
    """A food-delivery app's refund or a Korean marketplace's late order is theirs, not ours."""
    assert answered("foodpanda refund still not in my account") is None
    assert answered("grabfood refund for a cancelled meal, still waiting") is None
    assert answered("my coupang parcel is late, where is it") is None
    assert answered("can i grab a free sample with my order") == "samples"  # "grab" alone is a verb
