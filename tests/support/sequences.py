"""Sequence-engine helpers shared by the integration tests, the e2e test and bench/sequence_tick.py:
Official Account followers with an open window, an engine on given parts with a recording sink, and the
demo content with an edited `newcomer`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from bot.channels import RouteContext
from bot.clock import Clock
from bot.content.model import Content
from bot.content.sequences import Step
from bot.inbound import Channel, Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery
from bot.sequences.engine import SequenceEngine
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID

BRAND = "default"


def follower(members: MemberStore, openid: str, at: datetime, *, kind: Kind = Kind.SUBSCRIBE,
             fields: dict[str, str] | None = None) -> Member:
    """An Official Account follower seen at `at` (a follow opens the 3-in-1-minute window, a message the
    48 h / 5 one), with extra member fields (time zone "tz", locale "lc", city "ci")."""
    inbound = Inbound(brand=BRAND, channel=Channel.OA, account=OA_APPID, kind=kind, sent_at=at, user_id=openid,
                      msg_id=f"m-{openid}-{int(at.timestamp())}" if kind is Kind.TEXT else "",
                      text="hi" if kind is Kind.TEXT else "")
    member = members.touch(inbound)
    assert member is not None
    if fields:
        members.update(BRAND, member.id, set_fields=fields)
        found = members.get(BRAND, member.id)
        assert found is not None
        member = found
    return member


class RecordingSink:
    """The engine's hand-off to delivery, recorded (thread-safe); `then` runs after recording (a crash, the
    real delivery job)."""

    def __init__(self, then: Callable[[list[Delivery]], object] | None = None, *, clock: Clock | None = None) -> None:
        self.deliveries: list[Delivery] = []
        self.at: list[datetime] = []  # when each was handed over, by `clock`
        self.lock = threading.Lock()
        self.then = then
        self.clock = clock

    def __call__(self, deliveries: list[Delivery]) -> None:
        with self.lock:
            self.deliveries.extend(deliveries)
            if self.clock is not None:
                self.at.extend([self.clock.now()] * len(deliveries))
        if self.then is not None:
            self.then(deliveries)

    @property
    def keys(self) -> list[str]:
        with self.lock:
            return [d.key for d in self.deliveries]


def engine_on(store: EnrolmentStore, members: MemberStore, content: Callable[[str], Content], clock: Clock,
              sink: Callable[[list[Delivery]], None], routes: RouteContext,
              content_version: Callable[[str], int] | None = None) -> SequenceEngine:
    return SequenceEngine(store=store, members=members, content=content, clock=clock, sink=sink, routes=routes,
                          content_version=content_version)


def with_newcomer_steps(content: Content, steps: Sequence[Step]) -> Content:
    """`content` with the `newcomer` sequence's steps replaced (a manager's edit, re-applied)."""
    spec = content.sequence("newcomer")
    assert spec is not None
    edited = replace(spec, steps=tuple(steps))
    return replace(content, sequences=tuple(edited if s.id == "newcomer" else s for s in content.sequences))


def step_of(key: str) -> str:
    """The step id of a sequence delivery's idempotency key `seq:<sequence>:<step>.<variant>:<member>:<at>`."""
    return key.split(":")[2].partition(".")[0]
