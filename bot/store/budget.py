"""Per-member customer-service (客服) budget: what the OA 48 h window still allows, updated by sends.

A member's message opens 5 sends within 48 h; a follow, menu click or scan opens 3 within 1 min
(docs/platform.md §3.1, checked 2026-11-23). The latest open trigger sets the allowance (§3.2,
[uncertain]); 45015/45047 from WeChat close it. It reads member timestamps and never sends.
"""

from __future__ import annotations

from datetime import datetime

import redis

from bot.clock import epoch_s
from bot.store import keys
from bot.store.members import Member

MESSAGE_WINDOW_S = 48 * 3600
MESSAGE_QUOTA = 5
EVENT_WINDOW_S = 60
EVENT_QUOTA = 3
BUDGET_TTL_S = MESSAGE_WINDOW_S  # keys.budget


def open_trigger(member: Member, channel: str, now: datetime) -> tuple[str, int] | None:
    """(trigger id, quota) of the latest trigger still open, or None when the window is closed.

    `last_seen_at` later than `last_message_at` is taken as an event trigger (follow, click, scan):
    the member store does not tell those events apart from others yet.
    """
    now_s = epoch_s(now)
    message_at, seen_at = member.last_message_at(channel), member.last_seen_at(channel)
    message_s = epoch_s(message_at) if message_at else None
    seen_s = epoch_s(seen_at) if seen_at else None
    if seen_s is not None and (message_s is None or seen_s > message_s) and now_s - seen_s < EVENT_WINDOW_S:
        return f"e{seen_s}", EVENT_QUOTA
    if message_s is not None and now_s - message_s < MESSAGE_WINDOW_S:
        return f"m{message_s}", MESSAGE_QUOTA
    return None


class BudgetStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def remaining(self, brand: str, member: Member, channel: str, now: datetime) -> int:
        trigger = open_trigger(member, channel, now)
        if trigger is None:
            return 0
        used = self.redis.hget(keys.budget(brand, member.id), trigger[0])
        return max(0, trigger[1] - int(used or 0))

    def reserve(self, brand: str, member: Member, channel: str, now: datetime) -> str | None:
        """Take one send from the open trigger; the trigger id, or None when nothing is left."""
        trigger = open_trigger(member, channel, now)
        if trigger is None:
            return None
        key = keys.budget(brand, member.id)
        pipe = self.redis.pipeline()
        pipe.hincrby(key, trigger[0], 1)
        pipe.expire(key, BUDGET_TTL_S)
        used, _ = pipe.execute()
        if int(used) > trigger[1]:
            self.redis.hincrby(key, trigger[0], -1)
            return None
        return trigger[0]

    def refund(self, brand: str, member_id: str, trigger: str) -> None:
        """The send did not happen (retryable failure): give the unit back."""
        self.redis.hincrby(keys.budget(brand, member_id), trigger, -1)

    def close(self, brand: str, member_id: str, trigger: str) -> None:
        """WeChat said the window is closed or the quota used (45015/45047): trust it."""
        self.redis.hset(keys.budget(brand, member_id), trigger, 1_000)
