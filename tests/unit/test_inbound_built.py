"""bot/inbound.py `built`: the Inbound the constructor makes, without its frozen __init__."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from types import MappingProxyType

import pytest

from bot.inbound import Channel, Inbound, Kind, built
from bot.webhook.xml_inbound import to_inbound

SENT = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


def state(inbound: Inbound) -> dict[str, object]:
    return {f.name: getattr(inbound, f.name) for f in dataclasses.fields(inbound)}


@pytest.mark.parametrize("values", [
    {"brand": "b", "channel": Channel.OA, "account": "wx1", "kind": Kind.TEXT, "sent_at": SENT},
    {"brand": "b", "channel": Channel.WECOM, "account": "ww1", "kind": Kind.CONTACT_ADDED, "sent_at": SENT,
     "user_id": "wm1", "staff_id": "zhang", "welcome_code": "w1", "scene": "s", "member_changes": ("a",),
     "raw": {"ToUserName": "ww1", "Nested": {"x": "1"}}},
])
def test_built_is_the_constructors_inbound(values: dict[str, object]) -> None:
    made, fast = Inbound(**values), built(**values)  # type: ignore[arg-type]
    assert fast == made and state(fast) == state(made) and fast.dedupe_key == made.dedupe_key
    assert isinstance(fast.raw, MappingProxyType) and dict(fast.raw) == dict(made.raw)
    assert fast.raw is not values.get("raw")  # a copy, frozen
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.text = "changed"  # type: ignore[misc]


def test_a_fresh_raw_for_each_inbound_without_one() -> None:
    one = built(brand="b", channel=Channel.OA, account="a", kind=Kind.TEXT, sent_at=SENT)
    two = built(brand="b", channel=Channel.OA, account="a", kind=Kind.TEXT, sent_at=SENT)
    assert dict(one.raw) == {} and one.raw is not two.raw


def test_built_refuses_what_the_constructor_refuses() -> None:
    with pytest.raises(TypeError):
        built(brand="b", channel=Channel.OA, account="a", kind=Kind.TEXT, sent_at=SENT, nonsense=1)
    with pytest.raises(TypeError):
        built(brand="b", channel=Channel.OA, account="a", kind=Kind.TEXT)  # no sent_at
    with pytest.raises(ValueError, match="timezone-aware"):
        built(brand="b", channel=Channel.OA, account="a", kind=Kind.TEXT, sent_at=datetime(2026, 12, 3))  # noqa: DTZ001


def test_to_inbound_builds_what_the_constructor_would() -> None:
    fields = {"ToUserName": "gh_1", "FromUserName": "o1", "CreateTime": "1796336321", "MsgType": "text",
              "Content": " 运费多少 ", "MsgId": "500"}
    inbound = to_inbound(fields, brand="b", channel=Channel.OA, account="wx1", received_at=SENT)
    again = Inbound(**state(inbound))  # type: ignore[arg-type]
    assert inbound == again and state(inbound) == state(again) and inbound.text == "运费多少"
