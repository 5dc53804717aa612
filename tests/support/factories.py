"""Factories with defaults: tests name only what matters to them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import handlers
from bot.content import Content, load_content
from bot.inbound import Channel, Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery, Outbound, Text
from bot.router import Handler, Router
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.sandbox.simulator import Simulator
    from bot.services import Services

OA_APPID = "wx1234567890abcdef"
OA_TOKEN = "testtoken123"
OA_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
WECOM_CORP_ID = "ww0123456789abcdef"
WECOM_TOKEN = "wecomtoken123"
WECOM_AES_KEY = "kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR"
GROUP_BOT_TOKEN = "groupbottoken1"
GROUP_BOT_AES_KEY = "6qkdMrq68nTKduznJYO1A37W2oEgpkMUvkttRToqhUt"

TEST_ENV = {
    # the Official Account's app secret too: tests model an account that can send beyond the passive reply (without
    # one every answer must fit the passive reply: make_settings(SIYU_OA_SECRET="") and tests/scenarios/test_no_secret*)
    "SIYU_OA_APPID": OA_APPID, "SIYU_OA_TOKEN": OA_TOKEN, "SIYU_OA_AES_KEY": OA_AES_KEY, "SIYU_OA_SECRET": "oasecret",
    "SIYU_WECOM_CORP_ID": WECOM_CORP_ID, "SIYU_WECOM_TOKEN": WECOM_TOKEN, "SIYU_WECOM_AES_KEY": WECOM_AES_KEY,
    "SIYU_WECOM_AGENT_ID": "1000002",
    "SIYU_GROUP_BOT_TOKEN": GROUP_BOT_TOKEN, "SIYU_GROUP_BOT_AES_KEY": GROUP_BOT_AES_KEY,
}


def make_settings(**overrides: str) -> Settings:
    return Settings.from_env({**TEST_ENV, **overrides})


# The conftest fixture `serve_with(*handlers) -> (simulator, services)`: an app whose router tries a test's
# own handlers first (tests never reach into the router's private list).
ServeWith = Callable[..., tuple["Simulator", "Services"]]


def router_with(*first: Handler) -> Router:
    """A fresh router that tries `first` (a test's own handlers) before Siyu's, in that order."""
    router = Router()
    for handler in first:
        router.register(handler)
    return handlers.register_all(router)


def make_inbound(text: str = "hello", **overrides: Any) -> Inbound:
    values: dict[str, Any] = {
        "brand": "default", "channel": Channel.OA, "account": OA_APPID, "kind": Kind.TEXT,
        "sent_at": datetime(2026, 11, 23, 8, 0, tzinfo=UTC), "user_id": "o_follower_1", "msg_id": "100001",
        "text": text, "raw": {"ToUserName": "gh_test", "FromUserName": "o_follower_1"},
    }
    values.update(overrides)
    return Inbound(**values)


def make_member(member_id: str = "m0123456789abcdef", *, tags: frozenset[str] = frozenset(), **fields: str) -> Member:
    """A member snapshot with the given hash fields (bot/member.py names them: "lc" locale, "ci" city...)."""
    return Member(id=member_id, brand="default", fields=fields, tags=tags)


def make_delivery(message: Outbound | None = None, **overrides: Any) -> Delivery:
    """A reply to the default Official Account follower; name only what the test is about."""
    values: dict[str, Any] = {
        "brand": "default", "channel": "oa", "account": OA_APPID, "member_id": "m0123456789abcdef",
        "user_id": "o_follower_1", "message": message or Text(text="hi"), "key": "reply:test:0", "purpose": "reply",
    }
    values.update(overrides)
    return Delivery(**values)


@cache
def demo_content() -> Content:
    """The demo community in config/, loaded once per test session (values are frozen)."""
    return load_content(Path(__file__).resolve().parents[2] / "config")
