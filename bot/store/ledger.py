"""The delivery ledger: one outcome per idempotency key, the failed ledger managers read, and parking.

A key is claimed ("sending", short TTL) before the call and settled after it, so a re-run job skips
what was sent and a crashed worker's claim expires. It must not decide routes or talk to WeChat.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys
from bot.store.events import COUNTER_TTL_S, STREAM_MAXLEN

SENT_EVENT = "out.sent"  # keys.sends: the record of one message WeChat took (a member's timeline reads it)
DAY_COUNTER = "deliveries"  # keys.counter name: per UTC day, fields sent:<route>, failed, parked (the dashboard)

SENDING = "sending"
SENT = "sent"
SENDING_TTL_S = 300  # default claim TTL (SIYU_CLAIM_TTL_S): frees a key no execution takes over (RQ job timeout 180 s)
OUTCOME_TTL_S = 30 * 86400  # keys.ledger: outcomes kept 30 days
FAILED_MAXLEN = 10_000  # the failed stream is capped (approximately) at this many entries
PARK_TTL_S = 7 * 86400  # a parked delivery waits this long for the member's next interaction by default
PARTS_TTL_S = PARK_TTL_S + 86400  # a part sent is remembered longer than a parked delivery waits
TEMPLATE_TTL_S = 3 * 86400  # keys.template_send: how long a template message's msgid is matched to its delivery


@dataclass(frozen=True)
class ClaimHolder:
    """Who holds a claim: the RQ job and one execution of it (a fresh token per run)."""

    job_id: str
    execution: str

    def claim_value(self) -> str:
        return f"{SENDING}:{self.job_id}:{self.execution}"

    def succeeds(self, claim: str) -> bool:
        """True for a claim held by an earlier execution of the same job (now dead)."""
        if not claim.startswith(f"{SENDING}:"):
            return False
        job_id, _, execution = claim.removeprefix(f"{SENDING}:").rpartition(":")
        return job_id == self.job_id and execution != self.execution


# Compare-and-set: replace the claim only if it is still the dead execution's.
_TAKE_OVER = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0
"""


def is_claim(state: str | None) -> bool:
    """A "sending" state, with or without its holder."""
    return state is not None and (state == SENDING or state.startswith(f"{SENDING}:"))


class DeliveryLedger:
    def __init__(self, redis_client: redis.Redis, clock: Clock, *, claim_ttl_s: int = SENDING_TTL_S) -> None:
        self.redis = redis_client
        self.clock = clock
        self.claim_ttl_s = claim_ttl_s
        self._take_over = redis_client.register_script(_TAKE_OVER)

    def claim(self, brand: str, key: str, *, holder: ClaimHolder | None = None) -> str | None:
        """Claim `key` for sending; None when claimed now, else the state already recorded.

        A claim names its holder (RQ job and execution). RQ re-runs a job whose worker died under
        the same job id, so a claim held by an earlier execution of *this* job belongs to a dead
        execution and is taken over at once, instead of waiting claim_ttl_s for it to expire.
        """
        return self.claim_many([(brand, key)], holder=holder)[0]

    def claim_many(self, items: list[tuple[str, str]], *, holder: ClaimHolder | None = None) -> list[str | None]:
        """`claim` for a whole batch of (brand, key) in one round trip (takeovers add one each)."""
        value = holder.claim_value() if holder else SENDING
        pipe = self.redis.pipeline(transaction=False)
        for brand, key in items:
            pipe.set(keys.ledger(brand, key), value, nx=True, ex=self.claim_ttl_s)
        for brand, key in items:
            pipe.get(keys.ledger(brand, key))
        answers = pipe.execute()
        out: list[str | None] = []
        for (brand, key), won, state in zip(items, answers[:len(items)], answers[len(items):], strict=True):
            if won:
                out.append(None)
                continue
            previous = _s(state) if state else SENDING
            if holder is not None and holder.succeeds(previous) and self._take_over(
                    keys=[keys.ledger(brand, key)], args=[previous, value, self.claim_ttl_s]):
                out.append(None)
            else:
                out.append(previous)
        return out

    def state(self, brand: str, key: str) -> str | None:
        value = self.redis.get(keys.ledger(brand, key))
        return value.decode() if isinstance(value, bytes) else value

    def release(self, brand: str, key: str) -> None:
        """Give the claim back after a retryable failure, so the retried job can send."""
        self.redis.delete(keys.ledger(brand, key))

    def release_many(self, items: list[tuple[str, str]]) -> None:
        """Give back the claims of deliveries a job hands back unsent (one round trip)."""
        if items:
            self.redis.delete(*(keys.ledger(brand, key) for brand, key in items))

    def parts_sent(self, brand: str, key: str) -> frozenset[int]:
        """The parts of a multi-part delivery already sent by an earlier try (none for a new one)."""
        return frozenset(int(part) for part in self.redis.smembers(keys.ledger_parts(brand, key)))

    def part_sent(self, brand: str, key: str, part: int) -> None:
        """Remember that one part went out: a re-run after a failure later in the delivery skips it."""
        with self.redis.pipeline(transaction=False) as pipe:
            pipe.sadd(keys.ledger_parts(brand, key), part)
            pipe.expire(keys.ledger_parts(brand, key), PARTS_TTL_S)
            pipe.execute()

    def settle(self, brand: str, key: str, outcome: str, *, ttl_s: int = OUTCOME_TTL_S) -> None:
        """`sent`, `failed:<errcode>`, `parked:<reason>`, `maybe:<reason>` or `skipped:<reason>`."""
        self.redis.set(keys.ledger(brand, key), outcome, ex=ttl_s)

    def settle_sent(self, brand: str, key: str, *, member_id: str, route: str, purpose: str,
                    message_type: str) -> None:
        """Settle `key` as sent, and in the same round trip record the send in the brand's sends stream (a
        member's timeline) and in the day's counter (the dashboard's "sent today", by route)."""
        now = self.clock.now()
        pipe = self.redis.pipeline(transaction=False)
        pipe.set(keys.ledger(brand, key), SENT, ex=OUTCOME_TTL_S)
        queue_sends(pipe, brand, [member_id], route=route, purpose=purpose, message_type=message_type, now=now)
        pipe.execute()

    def record_failure(self, brand: str, *, key: str, member_id: str, route: str, errcode: int | None,
                       errmsg: str, reason: str, delivery: dict[str, Any] | None = None) -> None:
        """Append to the failed ledger (a capped stream) and settle the key as failed; with `delivery` (its data)
        it is kept for OUTCOME_TTL_S so a manager can retry it (`retry_failed`)."""
        code = "" if errcode is None else str(errcode)
        now = self.clock.now()
        pipe = self.redis.pipeline(transaction=False)
        if delivery is not None:
            pipe.set(keys.failed_delivery(brand, key), json.dumps(delivery), ex=OUTCOME_TTL_S)
        pipe.xadd(keys.failed_ledger(brand), {
            "key": key, "member": member_id, "route": route, "errcode": code, "errmsg": errmsg[:200],
            "reason": reason, "at": str(epoch_s(now)),
        }, maxlen=FAILED_MAXLEN, approximate=True)
        pipe.set(keys.ledger(brand, key), f"failed:{code or reason}", ex=OUTCOME_TTL_S)
        count_day(pipe, brand, "failed", now)
        pipe.execute()

    def remember_template(self, brand: str, msg_id: str, *, key: str, member_id: str) -> None:
        """A template message WeChat took: its delivery, for the TEMPLATESENDJOBFINISH event that says whether it
        reached the follower (record_template_result)."""
        self.redis.set(keys.template_send(brand, msg_id), json.dumps({"key": key, "member": member_id}),
                       ex=TEMPLATE_TTL_S)

    def record_template_result(self, brand: str, msg_id: str, status: str) -> bool:
        """TEMPLATESENDJOBFINISH: a template message WeChat took and then did not deliver ("failed:user block" when
        the follower refused the account's template messages, "failed: system failed" otherwise) is a failed
        delivery in the failed ledger, with WeChat's status, like a refused call. False when the msgid is not one
        of Siyu's sends (another system of the brand's, or older than TEMPLATE_TTL_S); "success" records nothing."""
        if not msg_id or status.strip().lower() == "success":
            return False
        found = self.redis.get(keys.template_send(brand, msg_id))
        if found is None:
            return False
        sent = json.loads(found)
        blocked = "block" in status.lower()
        reason = ("the follower blocks this account's template messages" if blocked
                  else "WeChat took the template message but did not deliver it")
        self.record_failure(brand, key=sent["key"], member_id=sent["member"], route="oa_template", errcode=None,
                            errmsg=status, reason=reason)
        return True

    def failures(self, brand: str, *, count: int = 100) -> list[dict[str, Any]]:
        """The newest permanent failures first: key, member, route, errcode, errmsg, reason, at, time."""
        return self._newest(keys.failed_ledger(brand), count)

    def parked_entries(self, brand: str, *, count: int = 100) -> list[dict[str, Any]]:
        """The newest parked deliveries first: key, member, type, purpose, reason, at, time."""
        return self._newest(keys.parked_ledger(brand), count)

    def _newest(self, stream: str, count: int) -> list[dict[str, Any]]:
        entries = self.redis.xrevrange(stream, count=count)
        out = []
        for entry_id, fields in entries:
            row = {"id": _s(entry_id), **{_s(k): _s(v) for k, v in fields.items()}}
            row["time"] = datetime.fromtimestamp(int(row.get("at") or 0), UTC).isoformat()
            out.append(row)
        return out

    def retryable_failures(self, brand: str, delivery_keys: list[str]) -> list[bool]:
        """Whether each failed key can be retried now (its delivery was kept and not retried yet)."""
        if not delivery_keys:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for key in delivery_keys:
            pipe.exists(keys.failed_delivery(brand, key))
        return [bool(n) for n in pipe.execute()]

    def take_failed(self, brand: str, key: str) -> dict[str, Any] | None:
        """Take a failed delivery back for a retry: its data, with its ledger key freed so that enqueueing it
        sends it again; None when it was not kept (too old, or retried already)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.get(keys.failed_delivery(brand, key))
        pipe.delete(keys.failed_delivery(brand, key))
        raw, _ = pipe.execute()
        if raw is None:
            return None
        self.release(brand, key)
        return json.loads(raw)

    def take_parked(self, brand: str, member_id: str, key: str) -> dict[str, Any] | None:
        """Take one parked delivery back (a manager's retry) with its ledger key freed; None when it is not
        waiting (sent on the member's interaction since, expired, or parked for good)."""
        pipe = self.redis.pipeline(transaction=True)
        pipe.hget(keys.parked(brand, member_id), key)
        pipe.hdel(keys.parked(brand, member_id), key)
        raw, _ = pipe.execute()
        if raw is None:
            return None
        self.release(brand, key)
        return json.loads(raw)["delivery"]

    def parked_waiting(self, brand: str, pairs: list[tuple[str, str]]) -> list[bool]:
        """Whether each (member, key) is still parked, waiting for its member."""
        if not pairs:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for member_id, key in pairs:
            pipe.hexists(keys.parked(brand, member_id), key)
        return [bool(n) for n in pipe.execute()]

    def park(self, brand: str, *, key: str, member_id: str, delivery: dict[str, Any], reason: str,
             ttl_s: int = PARK_TTL_S, wait: bool = True) -> None:
        """No route allows it now: keep it for the member's next interaction, for `ttl_s` at most, and
        list it with its reason in the parked ledger (`siyu deliveries parked`). With `wait=False` (no later
        moment can send it: the account kind lacks the API) it is listed but not kept for the member."""
        now = self.clock.now()
        pipe = self.redis.pipeline(transaction=False)
        pipe.set(keys.ledger(brand, key), f"parked:{reason[:500]}", ex=ttl_s)
        pipe.xadd(keys.parked_ledger(brand), {
            "key": key, "member": member_id, "reason": reason[:1000], "at": str(epoch_s(now)),
            "type": str(delivery.get("message", {}).get("type", "")), "purpose": str(delivery.get("purpose", "")),
        }, maxlen=FAILED_MAXLEN, approximate=True)
        count_day(pipe, brand, "parked", now)
        pipe.execute()
        if not member_id or not wait:
            return
        until = epoch_s(self.clock.now()) + ttl_s
        parked_key = keys.parked(brand, member_id)
        self.redis.hset(parked_key, key, json.dumps({"until": until, "delivery": delivery}))
        if self.redis.ttl(parked_key) < ttl_s:
            self.redis.expire(parked_key, ttl_s)

    def unpark(self, brand: str, member_id: str) -> list[dict[str, Any]]:
        """Take the member's parked deliveries that have not expired (as Delivery data) and free their
        ledger keys, so that enqueueing them again sends them. Call it when the member interacts."""
        parked_key = keys.parked(brand, member_id)
        pipe = self.redis.pipeline()
        pipe.hgetall(parked_key)
        pipe.delete(parked_key)
        entries, _ = pipe.execute()
        now_s = epoch_s(self.clock.now())
        out = []
        for key, raw in entries.items():
            item = json.loads(raw)
            if item["until"] > now_s:
                self.release(brand, _s(key))
                out.append(item["delivery"])
        return out


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def queue_sends(pipe: redis.client.Pipeline, brand: str, member_ids: list[str], *, route: str, purpose: str,
                message_type: str, now: datetime) -> None:
    """Record messages WeChat took, one per member, in the sends stream (their timelines) and the day's counter:
    the delivery job's own sends, and those WeCom reports a staff member's confirmed mass task made."""
    for member_id in member_ids:
        pipe.xadd(keys.sends(brand), {"type": SENT_EVENT, "at": str(epoch_s(now)), "member": member_id,
                                       "route": route, "purpose": purpose, "message": message_type},
                  maxlen=STREAM_MAXLEN, approximate=True)
    if member_ids:
        count_day(pipe, brand, f"sent:{route}", now, by=len(member_ids))


def count_day(pipe: redis.client.Pipeline, brand: str, name: str, now: datetime, *, by: int = 1) -> None:
    """Add `by` to the day's delivery counter `name` (sent:<route>, failed, parked: the dashboard's today)."""
    counter = keys.counter(brand, DAY_COUNTER, now.date().isoformat())
    pipe.hincrby(counter, name, by)
    pipe.expire(counter, COUNTER_TTL_S)
