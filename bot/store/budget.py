"""The send budget: what each budgeted route still allows a member now, kept in Redis.

- OA customer service (客服): a member's message opens 5 sends within 48 h; a follow, menu click or
  scan opens 3 within 1 min. The latest open trigger sets the allowance ([uncertain]); 45015/45047
  from WeChat close it (docs/platform.md §3.1, §3.2, checked 2026-11-23).
- OA subscribe notice (订阅通知): one acceptance of a template = one send (§3.1, bizsend row).
- WeChat customer service (kf): the customer's last message opens 5 sends within 48 h (doc 94677).
It reads timestamps and counts; it never sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

import redis

from bot.clock import epoch_s
from bot.member import Member
from bot.store import keys

MESSAGE_WINDOW_S = 48 * 3600
MESSAGE_QUOTA = 5
EVENT_WINDOW_S = 60
EVENT_QUOTA = 3
BUDGET_TTL_S = MESSAGE_WINDOW_S  # keys.budget
KF_WINDOW_S = 48 * 3600  # doc 94677: 5 messages within 48 h of the customer's last message
KF_QUOTA = 5
SUBSCRIBE_GRANT_TTL_S = 365 * 86400  # keys.subscribe_grants; our bound, the platform states none


def open_trigger(member: Member, channel: str, now: datetime) -> tuple[str, int] | None:
    """(trigger id, quota) of the latest trigger still open, or None when the window is closed.

    A follow, scan or click menu (`last_action_s`) later than the last message is an event trigger; other
    callbacks (a template's delivery report, a location report, a view menu) open nothing.
    """
    return open_trigger_s(member, channel, epoch_s(now))


def open_trigger_s(member: Member, channel: str, now_s: int) -> tuple[str, int] | None:
    """open_trigger with `now` in epoch seconds (a tick asks it of every member at one moment)."""
    message_s, action_s = member.last_message_s(channel), member.last_action_s(channel)
    if action_s is not None and (message_s is None or action_s > message_s) and now_s - action_s < EVENT_WINDOW_S:
        return f"e{action_s}", EVENT_QUOTA
    if message_s is not None and now_s - message_s < MESSAGE_WINDOW_S:
        return f"m{message_s}", MESSAGE_QUOTA
    return None


def kf_scope(open_kfid: str, external_userid: str) -> str:
    """The budget hash id of one kf conversation (a kf customer is not a member yet)."""
    return f"kf:{open_kfid}:{external_userid}"


def record_subscribe_acceptance(redis_client: redis.Redis, brand: str, member_id: str, template_id: str,
                                accepted: bool) -> int:
    """Record a subscribe_msg_popup_event answer; the sends now allowed for that template.

    Each acceptance allows one send. A refusal (popup "reject", or subscribe_msg_change_event turning
    the template off) drops what was left: a lost send falls back to a template message, while a
    kept one would only earn 43101.
    """
    key = keys.subscribe_grants(brand, member_id)
    if not accepted:
        redis_client.hdel(key, template_id)
        return 0
    pipe = redis_client.pipeline()
    pipe.hincrby(key, template_id, 1)
    pipe.expire(key, SUBSCRIBE_GRANT_TTL_S)
    count, _ = pipe.execute()
    return int(count)


class BudgetStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    # -- OA customer service ------------------------------------------------------------------------

    def remaining(self, brand: str, member: Member, channel: str, now: datetime) -> int:
        trigger = open_trigger(member, channel, now)
        return 0 if trigger is None else self._left(brand, member.id, *trigger)

    def reserve(self, brand: str, member: Member, channel: str, now: datetime) -> str | None:
        """Take one send from the open trigger; the trigger id, or None when nothing is left."""
        trigger = open_trigger(member, channel, now)
        return None if trigger is None else self._take(brand, member.id, *trigger)

    def refund(self, brand: str, scope: str, trigger: str) -> None:
        """The send did not happen (retryable failure): give the unit back."""
        self.redis.hincrby(keys.budget(brand, scope), trigger, -1)

    def close(self, brand: str, scope: str, trigger: str) -> None:
        """WeChat said the window is closed or the quota used (45015/45047, 95001/95002): trust it."""
        self.redis.hset(keys.budget(brand, scope), trigger, 1_000)

    # -- WeChat customer service (kf) -------------------------------------------------------------------

    def kf_opened(self, brand: str, open_kfid: str, external_userid: str, at: datetime) -> None:
        """The customer wrote at `at`: a fresh budget of 5 sends for 48 h (if it is the latest message)."""
        key, at_s = keys.kf_window(brand, open_kfid, external_userid), epoch_s(at)
        previous = self.redis.get(key)
        if previous is None or int(previous) < at_s:
            self.redis.set(key, at_s, ex=KF_WINDOW_S)

    def kf_trigger(self, brand: str, open_kfid: str, external_userid: str, now: datetime) -> str | None:
        value = self.redis.get(keys.kf_window(brand, open_kfid, external_userid))
        if value is None or epoch_s(now) - int(value) >= KF_WINDOW_S:
            return None
        return f"k{int(value)}"

    def kf_remaining(self, brand: str, open_kfid: str, external_userid: str, now: datetime) -> int:
        trigger = self.kf_trigger(brand, open_kfid, external_userid, now)
        return 0 if trigger is None else self._left(brand, kf_scope(open_kfid, external_userid), trigger, KF_QUOTA)

    def kf_reserve(self, brand: str, open_kfid: str, external_userid: str, now: datetime) -> str | None:
        trigger = self.kf_trigger(brand, open_kfid, external_userid, now)
        return None if trigger is None else self._take(brand, kf_scope(open_kfid, external_userid), trigger,
                                                       KF_QUOTA)

    # -- OA subscribe notices --------------------------------------------------------------------------------

    def subscribe_grants(self, brand: str, member_id: str, template_id: str) -> int:
        return int(self.redis.hget(keys.subscribe_grants(brand, member_id), template_id) or 0)

    def take_subscribe_grant(self, brand: str, member_id: str, template_id: str) -> bool:
        key = keys.subscribe_grants(brand, member_id)
        if int(self.redis.hincrby(key, template_id, -1)) >= 0:
            return True
        self.redis.hincrby(key, template_id, 1)
        return False

    def return_subscribe_grant(self, brand: str, member_id: str, template_id: str) -> None:
        self.redis.hincrby(keys.subscribe_grants(brand, member_id), template_id, 1)

    def drop_subscribe_grants(self, brand: str, member_id: str, template_id: str) -> None:
        """43101: WeChat says the member has no acceptance left for this template."""
        self.redis.hdel(keys.subscribe_grants(brand, member_id), template_id)

    # -- internals ---------------------------------------------------------------------------------------------

    def _left(self, brand: str, scope: str, trigger: str, quota: int) -> int:
        used = self.redis.hget(keys.budget(brand, scope), trigger)
        return max(0, quota - int(used or 0))

    def _take(self, brand: str, scope: str, trigger: str, quota: int) -> str | None:
        key = keys.budget(brand, scope)
        pipe = self.redis.pipeline()
        pipe.hincrby(key, trigger, 1)
        pipe.expire(key, BUDGET_TTL_S)
        used, _ = pipe.execute()
        if int(used) > quota:
            self.redis.hincrby(key, trigger, -1)
            return None
        return trigger


class BudgetSnapshot(BudgetStore):
    """The send budgets of a batch of members, read once, for the route chooser's questions about all of them.

    Why: a sequence tick asks `choose` about hundreds of members at a time, and one HGET per member was half
    of the tick's time. Only the read (`remaining`) answers from the snapshot, and only for the members in
    it; taking a send (`reserve`), refunds and everything else stay live and atomic: the delivery job decides
    the route again when it sends, so a snapshot a few milliseconds old can at worst make a tick hand over a
    delivery that the job then parks, never send beyond the budget.
    """

    def __init__(self, redis_client: redis.Redis, used: Mapping[tuple[str, str], Mapping[str, int]]) -> None:
        super().__init__(redis_client)
        self._used = used
        self._now: tuple[datetime, int] | None = None  # the last `now` asked about and its epoch seconds

    def remaining(self, brand: str, member: Member, channel: str, now: datetime) -> int:
        """As BudgetStore.remaining; `now`'s epoch seconds worked out once for the batch's members, who are all
        asked about the same moment (datetime.timestamp() per member was ~1 % of a tick's Python)."""
        known = self._now
        if known is None or known[0] is not now:
            known = self._now = (now, epoch_s(now))
        trigger = open_trigger_s(member, channel, known[1])
        return 0 if trigger is None else self._left(brand, member.id, *trigger)

    def _left(self, brand: str, scope: str, trigger: str, quota: int) -> int:
        used = self._used.get((brand, scope))
        if used is None:
            return super()._left(brand, scope, trigger, quota)
        return max(0, quota - used.get(trigger, 0))
