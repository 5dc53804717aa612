"""How an answer is split between the passive reply and the queue (bot/webhook/base.py): passive first on
every account; on an account with no customer-service messages, the whole answer folded into that reply."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.outbound import Image, Link, Menu, MenuChoice, MiniProgram, Text
from bot.webhook.oa import OfficialAccountEndpoint
from tests.support.factories import make_inbound, make_settings

MENU = Menu(header="Pick one:", choices=(MenuChoice(id="1", text="Basics"), MenuChoice(id="2", text="Winter")))
CARD = MiniProgram(title="Ceramide Cream", appid="wxmini", page="pages/p?id=2", image="https://cdn.example/c.jpg",
                   fallback_url="https://shop.example/p2?sy_m=m1")


def endpoint(**env: str) -> OfficialAccountEndpoint:
    account = make_settings(**env).brands["default"].oa
    assert account is not None
    return OfficialAccountEndpoint(brand="default", account=account, clock=ManualClock(), tolerance_s=300)


SERVICE = endpoint()
UNVERIFIED = endpoint(SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")


def test_a_menu_alone_is_numbered_text_in_the_passive_reply_on_every_account() -> None:
    for ep in (SERVICE, UNVERIFIED):
        passive, queued = ep.split_passive(make_inbound(), (MENU,))
        assert passive == Text(text="Pick one:\n1. Basics\n2. Winter") and queued == []


def test_a_service_account_queues_the_card_after_the_passive_text() -> None:
    passive, queued = SERVICE.split_passive(make_inbound(), (Text(text="CAD 42"), CARD))
    assert passive == Text(text="CAD 42") and queued == [CARD]


def test_an_unverified_account_folds_a_short_text_and_a_card_into_one_tracked_link() -> None:
    passive, queued = UNVERIFIED.split_passive(make_inbound(), (Text(text="CAD 42"), CARD))
    assert passive == Link(title="Ceramide Cream", url=CARD.fallback_url, image_url=CARD.image, description="CAD 42")
    assert queued == []


def test_a_long_text_and_a_card_are_one_text_with_the_link() -> None:
    long = "x" * 200
    passive, queued = UNVERIFIED.split_passive(make_inbound(), (Text(text=long), CARD))
    assert isinstance(passive, Text) and long in passive.text and CARD.fallback_url in passive.text
    assert queued == []


def test_what_has_no_passive_form_is_queued_to_be_parked() -> None:
    image = Image(source="https://cdn.example/lesson.jpg")
    passive, queued = UNVERIFIED.split_passive(make_inbound(), (Text(text="Lesson 1/5"), image))
    assert passive == Text(text="Lesson 1/5") and queued == [image]


def test_past_the_passive_limit_the_leading_messages_that_fit_go_and_the_rest_is_queued() -> None:
    first, second = Text(text="a" * 1500), Text(text="b" * 1500)
    passive, queued = UNVERIFIED.split_passive(make_inbound(), (first, second))
    assert passive == first and queued == [second]
