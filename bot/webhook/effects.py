"""What follows from a callback whatever the handlers answered, as named steps run after routing:
record the follower's 订阅通知 choices, release deliveries parked until this member's next interaction,
queue the pull a WeChat customer service notice asks for, count the questions nobody could answer.

They read `Inbound` fields and the handler's `Result`, never WeChat's raw names; writes go into the
callback's last pipeline where they can (the hot path keeps two Redis round trips).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import redis

from bot.inbound import WINDOW_BY_ACTION, WINDOW_BY_MESSAGE, Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery
from bot.queueing import DeliveryQueue
from bot.router import Result
from bot.store import keys
from bot.store.budget import record_subscribe_acceptance
from bot.store.ledger import DeliveryLedger
from bot.store.unanswered import UnansweredQuestions

UNANSWERED_EVENT = "unanswered"  # a handler's Result.events entry: {"question": text, "key": canonical form}
INTERACTIONS = WINDOW_BY_MESSAGE | WINDOW_BY_ACTION  # what releases parked deliveries


class AfterRoute:
    """The steps, in order; `run` applies them all."""

    def __init__(self, redis_client: redis.Redis, ledger: DeliveryLedger, queue: DeliveryQueue) -> None:
        self.redis = redis_client
        self.ledger = ledger
        self.queue = queue

    def queue_parked_check(self, pipe: redis.client.Pipeline, inbound: Inbound,
                           member_id: str | None) -> Callable[[list[Any]], bool]:
        """Add a cheap EXISTS to the callback's first round trip; the returned function reads it."""
        if member_id is None or inbound.kind not in INTERACTIONS:
            return lambda results: False
        index = len(pipe)
        pipe.exists(keys.parked(inbound.brand, member_id))
        return lambda results: bool(results[index])

    def run(self, inbound: Inbound, member: Member | None, result: Result, *, has_parked: bool,
            pipe: redis.client.Pipeline) -> None:
        self.record_subscribe_choices(inbound, member)
        if has_parked and member is not None:
            self.release_parked(inbound.brand, member)
        self.queue_kf_pull(inbound)
        self.count_unanswered(inbound.brand, result, pipe)

    def record_subscribe_choices(self, inbound: Inbound, member: Member | None) -> None:
        """A 订阅通知 popup or settings change grants (or withdraws) one send per accepted template."""
        if member is None or inbound.kind not in (Kind.SUBSCRIBE_MSG_POPUP, Kind.SUBSCRIBE_MSG_CHANGE):
            return
        for template_id, accepted in inbound.subscribe_choices:
            record_subscribe_acceptance(self.redis, inbound.brand, member.id, template_id, accepted)

    def release_parked(self, brand: str, member: Member) -> None:
        """The member is back: what waited for their window (a sequence step, say) is queued again."""
        released = self.ledger.unpark(brand, member.id)
        if released:
            self.queue.enqueue([Delivery.from_data(data) for data in released])

    def queue_kf_pull(self, inbound: Inbound) -> None:
        """A kf_msg_or_event callback only announces messages: a job pulls them with its token."""
        if inbound.kind is Kind.KF_NOTICE:
            self.queue.enqueue_kf_pull(inbound.brand, inbound.open_kfid, inbound.kf_token)

    @staticmethod
    def count_unanswered(brand: str, result: Result, pipe: redis.client.Pipeline) -> None:
        for event_type, fields in result.events:
            if event_type == UNANSWERED_EVENT and fields.get("question"):
                UnansweredQuestions.count(pipe, brand, fields["question"], fields.get("key", ""))
