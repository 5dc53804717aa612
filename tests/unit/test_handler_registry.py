"""The registration order (first match wins) and the help menu built from the handlers' summaries."""

from __future__ import annotations

import pytest

from bot.member import Member
from bot.router import Router
from handlers import register_all
from tests.support.factories import demo_content, make_inbound

CONTENT = demo_content()


def test_the_order_is_optout_first_and_qa_last() -> None:
    names = [handler.name for handler in register_all(Router()).handlers]
    assert names == ["optout", "handoff", "media", "location", "ping", "help", "welcome", "catchup", "tutorials",
                     "routine", "shop", "careers", "referral", "community", "qa"]


def test_help_lists_every_visible_handler_in_order() -> None:
    router = register_all(Router())
    routed = router.dispatch(make_inbound("help"), None, CONTENT)
    text = routed.result.messages[0].text
    for line in ("unsubscribe", "tutorials", "products", "jobs", "ask anything"):
        assert line in text
    assert text.index("unsubscribe") < text.index("tutorials") < text.index("ask anything")


def test_help_in_a_group_offers_no_unsubscribe() -> None:
    """The opt-out words stop nothing in a group (handlers/optout.py IN_GROUP), so its help lists no 退订 line."""
    from bot.inbound import Channel

    router = register_all(Router())
    routed = router.dispatch(make_inbound("@RobotA help", channel=Channel.GROUP_BOT, chat_id="wrG1"), None, CONTENT)
    text = routed.result.messages[0].text
    assert "tutorials" in text and "unsubscribe" not in text


@pytest.mark.parametrize(("text", "handler"), [
    ("TD", "optout"), ("ping", "ping"), ("帮助", "help"), ("教程", "tutorials"), ("洁面", "shop"),
    ("多伦多", "careers"), ("寄到多伦多要几天", "qa"), ("how do I stop acne", "qa"), ("生命的意义", "qa"),
])
def test_each_message_reaches_the_handler_that_owns_it(text: str, handler: str) -> None:
    member = Member(id="m1", brand="default")
    assert register_all(Router()).dispatch(make_inbound(text), member, CONTENT).handler == handler
