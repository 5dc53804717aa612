"""Platform state that follows from an inbound whatever the handlers answer: subscribe-notice
grants from the follower's popup choices, deliveries parked until this member's next
interaction, the pull that a WeChat customer service notice asks for, and the list of questions
nobody could answer (for managers, with counts).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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
from bot.text import fold

UNANSWERED_EVENT = "unanswered"  # a handler's Result.events entry: {"question": text, "key": canonical form}
UNANSWERED_MAX = 5_000  # the list keeps the most asked; a long tail of one-offs is trimmed
INTERACTIONS = WINDOW_BY_MESSAGE | WINDOW_BY_ACTION
GRANT_EVENTS = {Kind.SUBSCRIBE_MSG_POPUP: "SubscribeMsgPopupEvent",
                Kind.SUBSCRIBE_MSG_CHANGE: "SubscribeMsgChangeEvent"}


class Bookkeeping:
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

    def after(self, inbound: Inbound, member: Member | None, result: Result, *, has_parked: bool,
              pipe: redis.client.Pipeline) -> None:
        """Apply the bookkeeping; writes go into `pipe` (executed by the caller) where they can."""
        if member is not None and inbound.kind in GRANT_EVENTS:
            for template_id, accepted in subscribe_choices(inbound.raw.get(GRANT_EVENTS[inbound.kind])):
                record_subscribe_acceptance(self.redis, inbound.brand, member.id, template_id, accepted)
        if member is not None and has_parked:
            released = self.ledger.unpark(inbound.brand, member.id)
            if released:
                self.queue.enqueue([Delivery.from_data(data) for data in released])
        if inbound.kind is Kind.KF_NOTICE:
            self.queue.enqueue_kf_pull(inbound.brand, inbound.raw_text("OpenKfId"), inbound.raw_text("Token"))
        for event_type, fields in result.events:
            if event_type == UNANSWERED_EVENT and fields.get("question"):
                self._count_unanswered(inbound.brand, fields, pipe)

    @staticmethod
    def _count_unanswered(brand: str, fields: Mapping[str, str], pipe: redis.client.Pipeline) -> None:
        """Count by the matcher's canonical key, so paraphrases of one question add up; keep the
        latest wording to show managers."""
        question = fields["question"].strip()[:200]
        key = (fields.get("key") or fold(question))[:200]
        pipe.zincrby(keys.unanswered(brand), 1, key)
        pipe.hset(keys.unanswered_samples(brand), key, question)
        pipe.zremrangebyrank(keys.unanswered(brand), 0, -UNANSWERED_MAX - 1)

    def unanswered(self, brand: str, count: int = 50) -> list[tuple[str, int]]:
        """The most asked questions without an answer (latest wording, times asked), most asked first."""
        rows = self.redis.zrevrange(keys.unanswered(brand), 0, count - 1, withscores=True)
        if not rows:
            return []
        samples = self.redis.hmget(keys.unanswered_samples(brand), [key for key, _ in rows])
        return [(_s(sample) if sample is not None else _s(key), int(score))
                for (key, score), sample in zip(rows, samples, strict=True)]


def subscribe_choices(block: Any) -> list[tuple[str, bool]]:
    """(template id, accepted) from a SubscribeMsgPopupEvent / SubscribeMsgChangeEvent block, whose
    `List` repeats once per template (sample: testdata/messages/sdk/oa_event_subscribe_msg_*)."""
    if not isinstance(block, Mapping):
        return []
    items = block.get("List", [])
    items = items if isinstance(items, list) else [items]
    choices = []
    for item in items:
        if isinstance(item, Mapping) and isinstance(item.get("TemplateId"), str):
            choices.append((item["TemplateId"].strip(), item.get("SubscribeStatusString") == "accept"))
    return choices


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
