"""Open handoffs to a person (handlers/handoff.py opens them, bot/webhook/effects.py stores them): what
`siyu handoffs` lists with their age, and what staff close.

A handoff is open while its hash exists and its member's `F_HANDOFF` field names it; closing removes
both, so the member's next message is answered by the bot again. One that nobody closes lapses at
its timeout (the field carries it; the index drops it when read; the hash expires a day later).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import redis

from bot.clock import Clock, epoch_s
from bot.member import F_HANDOFF
from bot.store import keys
from bot.store.members import MemberStore

KEEP_AFTER_TIMEOUT_S = 24 * 3600  # a lapsed handoff's record stays a day for `siyu handoffs` readers
FIELDS = ("member", "channel", "reason", "text", "opened", "until", "told")


@dataclass(frozen=True, kw_only=True)
class OpenHandoff:
    id: str
    member_id: str
    channel: str
    reason: str  # "asked", "unanswered", "faq:<entry>"
    text: str  # the member's message that opened it
    opened_at: datetime
    until: datetime
    told: str  # who was told, as queued: "wecom_app:u1|u2", "group_robot:name", "" (nobody)

    def age_s(self, now: datetime) -> int:
        return max(0, int((now - self.opened_at).total_seconds()))

    def to_data(self, now: datetime) -> dict[str, str | int]:
        return {"id": self.id, "member": self.member_id, "channel": self.channel, "reason": self.reason,
                "text": self.text, "opened_at": self.opened_at.isoformat(), "until": self.until.isoformat(),
                "age_s": self.age_s(now), "told": self.told}


class HandoffStore:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    def open(self, brand: str, *, handoff_id: str, member_id: str, channel: str, reason: str, text: str,
             opened_s: int, until_s: int, told: str) -> bool:
        """Record the handoff; False when it was recorded already (a retry of the callback that opened it)."""
        key = keys.handoff(brand, handoff_id)
        if not self.redis.hsetnx(key, "member", member_id):
            return False
        pipe = self.redis.pipeline(transaction=False)
        pipe.hset(key, mapping={"channel": channel, "reason": reason, "text": text, "opened": str(opened_s),
                                "until": str(until_s), "told": told})
        # relative to our clock, not Redis's (the sandbox's clock may run ahead of the server's)
        pipe.expire(key, max(1, until_s - epoch_s(self.clock.now())) + KEEP_AFTER_TIMEOUT_S)
        pipe.zadd(keys.handoffs_open(brand), {handoff_id: until_s})
        pipe.execute()
        return True

    def get(self, brand: str, handoff_id: str) -> OpenHandoff | None:
        """The handoff while it is open (not closed, not timed out), else None."""
        values = self.redis.hgetall(keys.handoff(brand, handoff_id))
        found = _handoff(handoff_id, {_s(k): _s(v) for k, v in values.items()}) if values else None
        return found if found is not None and found.until > self.clock.now() else None

    def list_open(self, brand: str) -> list[OpenHandoff]:
        """Every open handoff, oldest first; the lapsed ones leave the index."""
        now_s = epoch_s(self.clock.now())
        index = keys.handoffs_open(brand)
        self.redis.zremrangebyscore(index, "-inf", now_s)
        ids = [_s(i) for i in self.redis.zrange(index, 0, -1)]
        pipe = self.redis.pipeline(transaction=False)
        for handoff_id in ids:
            pipe.hgetall(keys.handoff(brand, handoff_id))
        found = [_handoff(i, {_s(k): _s(v) for k, v in values.items()})
                 for i, values in zip(ids, pipe.execute(), strict=True) if values]
        return sorted((h for h in found if h is not None), key=lambda h: h.opened_at)

    def close(self, brand: str, handoff_id: str) -> OpenHandoff | None:
        """Close an open handoff: the bot answers its member again. None when no such handoff is open."""
        found = self.get(brand, handoff_id)
        pipe = self.redis.pipeline(transaction=False)
        pipe.delete(keys.handoff(brand, handoff_id))
        pipe.zrem(keys.handoffs_open(brand), handoff_id)
        pipe.execute()
        if found is None:
            return None
        # "<id>|<until>": clear only this handoff's mark, not a newer handoff's
        MemberStore(self.redis, self.clock).clear_field_if(brand, found.member_id, F_HANDOFF, f"{handoff_id}|")
        return found


def _handoff(handoff_id: str, values: dict[str, str]) -> OpenHandoff | None:
    if not values.get("opened", "").isdigit() or not values.get("until", "").isdigit():
        return None
    return OpenHandoff(id=handoff_id, member_id=values.get("member", ""), channel=values.get("channel", ""),
                       reason=values.get("reason", ""), text=values.get("text", ""),
                       opened_at=datetime.fromtimestamp(int(values["opened"]), UTC),
                       until=datetime.fromtimestamp(int(values["until"]), UTC), told=values.get("told", ""))


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
