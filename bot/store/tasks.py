"""WeCom confirm tasks in Redis: one hash per task, one due index per brand, and a log of how each ended.

A confirm task is a customer message (add_msg_template) that the member's staff contact must confirm in
WeCom before anything reaches the customer (bot/channels/wecom_task.py creates it). Trackers
(bot/channels/task_tracking.py, run by jobs.tasks.track) claim the tasks due for a look atomically, so two
trackers running at once never remind or cancel the same task twice. It must not talk to WeChat.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import redis

from bot.store import keys

PENDING = "pending"
KEEP_AFTER_S = 7 * 86400  # a task's hash outlives its deadline (and its end) this long, for managers to read
LOG_MAXLEN = 10_000  # the task log is capped (approximately) at this many entries
CLAIM_LEASE_S = 300  # a claimed task is not due again for this long: a tracker that dies frees it after it

# Atomic claim: the due msgids (score <= now), oldest first, each moved to now + lease in the same script,
# so a second tracker running at the same moment finds none of them due.
_CLAIM = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for _, msgid in ipairs(due) do
  redis.call('ZADD', KEYS[1], tonumber(ARGV[3]), msgid)
end
return due
"""


@dataclass(frozen=True, kw_only=True)
class ConfirmTask:
    """One task: the delivery it carries (Delivery.to_data()), who confirms it, and its timing in epoch s."""

    brand: str
    msgid: str
    delivery: Mapping[str, Any]
    staff: str
    created_s: int
    remind_at_s: int  # remind the staff member once from then on (if before the deadline)
    deadline_s: int  # unconfirmed then: cancel and branch
    otherwise: str = ""  # DeliveryContext.task_otherwise: "", "skip", "wait" or a route name
    reminders: tuple[int, ...] = ()  # when each reminder was sent
    state: str = PENDING  # pending, then how it ended (sent, expired, parked, rerouted:<route>, failed)
    reason: str = ""
    ended_s: int = 0
    extra: Mapping[str, str] = field(default_factory=dict)  # unknown fields, kept as read

    @property
    def key(self) -> str:
        """The delivery's idempotency key (its ledger entry reads `task:<msgid>` while the task is open)."""
        return str(self.delivery.get("key", ""))

    @property
    def member_id(self) -> str:
        return str(self.delivery.get("member_id", ""))

    @property
    def external_userid(self) -> str:
        return str(self.delivery.get("user_id", ""))

    def reminders_since(self, since_s: int) -> int:
        return sum(1 for at in self.reminders if at > since_s)

    def to_fields(self) -> dict[str, str]:
        return {
            "brand": self.brand, "msgid": self.msgid, "delivery": json.dumps(self.delivery, ensure_ascii=False),
            "staff": self.staff, "created": str(self.created_s), "remind_at": str(self.remind_at_s),
            "deadline": str(self.deadline_s), "otherwise": self.otherwise,
            "reminders": ",".join(str(at) for at in self.reminders), "state": self.state, "reason": self.reason,
            "ended": str(self.ended_s),
        }

    @classmethod
    def from_fields(cls, fields: Mapping[str, str]) -> ConfirmTask:
        known = {"brand", "msgid", "delivery", "staff", "created", "remind_at", "deadline", "otherwise",
                 "reminders", "state", "reason", "ended"}
        return cls(
            brand=fields["brand"], msgid=fields["msgid"], delivery=json.loads(fields["delivery"]),
            staff=fields.get("staff", ""), created_s=int(fields.get("created") or 0),
            remind_at_s=int(fields.get("remind_at") or 0), deadline_s=int(fields.get("deadline") or 0),
            otherwise=fields.get("otherwise", ""),
            reminders=tuple(int(at) for at in fields.get("reminders", "").split(",") if at),
            state=fields.get("state") or PENDING, reason=fields.get("reason", ""),
            ended_s=int(fields.get("ended") or 0), extra={k: v for k, v in fields.items() if k not in known})


class TaskStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client
        self._claim = redis_client.register_script(_CLAIM)

    def open(self, task: ConfirmTask, *, check_at_s: int) -> None:
        """Record a task just created; its first check is due at `check_at_s`."""
        pipe = self.redis.pipeline()
        key = keys.wecom_task(task.brand, task.msgid)
        pipe.hset(key, mapping=task.to_fields())
        pipe.expire(key, max(task.deadline_s - task.created_s, 0) + KEEP_AFTER_S)
        pipe.zadd(keys.wecom_tasks_due(task.brand), {task.msgid: check_at_s})
        pipe.execute()

    def get(self, brand: str, msgid: str) -> ConfirmTask | None:
        fields = _decode(self.redis.hgetall(keys.wecom_task(brand, msgid)))
        return ConfirmTask.from_fields(fields) if fields else None

    def claim_due(self, brand: str, now_s: int, *, limit: int = 100,
                  lease_s: int = CLAIM_LEASE_S) -> list[ConfirmTask]:
        """The open tasks due for a look, claimed for `lease_s` (the caller reschedules or finishes each).

        One script moves their due time past the lease, so a tracker running at the same time gets other
        tasks or none; a tracker that dies mid-way leaves its tasks to be claimed again after the lease.
        """
        due_key = keys.wecom_tasks_due(brand)
        msgids = [_s(m) for m in self._claim(keys=[due_key], args=[now_s, limit, now_s + lease_s])]
        if not msgids:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for msgid in msgids:
            pipe.hgetall(keys.wecom_task(brand, msgid))
        tasks, gone = [], []
        for msgid, raw in zip(msgids, pipe.execute(), strict=True):
            fields = _decode(raw)
            if not fields or fields.get("state", PENDING) != PENDING:
                gone.append(msgid)  # expired or already finished: nothing left to track
                continue
            tasks.append(ConfirmTask.from_fields(fields))
        if gone:
            self.redis.zrem(due_key, *gone)
        return tasks

    def reschedule(self, task: ConfirmTask, *, check_at_s: int) -> None:
        """Look at a claimed task again at `check_at_s` (only if it is still open)."""
        self.redis.zadd(keys.wecom_tasks_due(task.brand), {task.msgid: check_at_s}, xx=True)

    def record_reminder(self, task: ConfirmTask, at_s: int) -> ConfirmTask:
        """Note a reminder sent at `at_s`; returns the task as it now stands."""
        updated = replace(task, reminders=(*task.reminders, at_s))
        self.redis.hset(keys.wecom_task(task.brand, task.msgid), "reminders",
                        ",".join(str(at) for at in updated.reminders))
        return updated

    def finish(self, task: ConfirmTask, *, state: str, reason: str, now_s: int) -> ConfirmTask:
        """Close the task: out of the due index, its end in the hash and in the task log (one round trip)."""
        done = replace(task, state=state, reason=reason, ended_s=now_s)
        key = keys.wecom_task(task.brand, task.msgid)
        pipe = self.redis.pipeline()
        pipe.zrem(keys.wecom_tasks_due(task.brand), task.msgid)
        pipe.hset(key, mapping={"state": state, "reason": reason[:1000], "ended": str(now_s)})
        pipe.expire(key, KEEP_AFTER_S)
        pipe.xadd(keys.wecom_task_log(task.brand), {
            "msgid": task.msgid, "key": task.key, "member": task.member_id, "staff": task.staff, "state": state,
            "reason": reason[:1000], "reminders": str(len(task.reminders)), "created": str(task.created_s),
            "at": str(now_s),
        }, maxlen=LOG_MAXLEN, approximate=True)
        pipe.execute()
        return done

    def open_tasks(self, brand: str, *, count: int = 100) -> list[ConfirmTask]:
        """Open tasks, the next due first (for managers: `siyu deliveries tasks`)."""
        msgids = [_s(m) for m in self.redis.zrange(keys.wecom_tasks_due(brand), 0, count - 1)]
        pipe = self.redis.pipeline(transaction=False)
        for msgid in msgids:
            pipe.hgetall(keys.wecom_task(brand, msgid))
        found = (_decode(raw) for raw in pipe.execute()) if msgids else iter(())
        return [ConfirmTask.from_fields(fields) for fields in found if fields]

    def ended(self, brand: str, *, count: int = 100) -> list[dict[str, str]]:
        """How tasks ended, newest first: msgid, key, member, staff, state, reason, reminders, at, time."""
        out = []
        for entry_id, fields in self.redis.xrevrange(keys.wecom_task_log(brand), count=count):
            row = {"id": _s(entry_id), **_decode(fields)}
            row["time"] = datetime.fromtimestamp(int(row.get("at") or 0), UTC).isoformat()
            out.append(row)
        return out


def _decode(values: Mapping[bytes | str, bytes | str]) -> dict[str, str]:
    return {_s(k): _s(v) for k, v in values.items()}


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
