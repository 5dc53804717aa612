"""Members in Redis: one small hash per channel identity, tags as sets, a unionid link across channels.

The values it reads and writes (`Member`, its field names) live in bot/member.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.inbound import MESSAGE_KINDS, Inbound, Kind
from bot.member import F_ACCOUNT, F_CHANNEL, F_FIRST_SEEN, F_STAFF, F_UNIONID, F_USER, Member, member_id_for
from bot.store import keys

# Customer-contact events that end a staff member's relationship with the customer (docs/platform.md §3.3):
# del_external_contact (the staff member deleted the customer), del_follow_user (the customer deleted them).
STAFF_PARTED = frozenset({Kind.CONTACT_REMOVED, Kind.CONTACT_LEFT})


class MemberStore:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    def touch(self, inbound: Inbound) -> Member | None:
        """Record that this person interacted now; create the member on first sight.

        Returns None for callbacks about no single person (group lifecycle, tag changes).
        """
        pipe = self.redis.pipeline(transaction=False)
        pending = self.queue_touch(pipe, inbound)
        return pending(pipe.execute()) if pending else None

    def queue_touch(self, pipe: redis.client.Pipeline,
                    inbound: Inbound) -> Callable[[list[Any]], Member] | None:
        """Add the touch to `pipe` (to share a round trip with other commands); returns the function
        that turns the pipeline's results (from this touch's first command on) into the Member, or
        None when the callback concerns no single person."""
        identity = inbound.member_identity
        if identity is None:
            return None
        member_id = member_id_for(identity)
        now_s = epoch_s(self.clock.now())
        key = keys.member(inbound.brand, member_id)
        updates = {f"l:{inbound.channel}": str(now_s)}
        if inbound.kind in MESSAGE_KINDS:
            updates[f"lm:{inbound.channel}"] = str(now_s)
        if inbound.unionid:
            updates[F_UNIONID] = inbound.unionid
        if inbound.kind is Kind.CONTACT_ADDED and inbound.staff_id:
            updates[F_STAFF] = inbound.staff_id  # who a confirm task goes out through (bot/channels/wecom_task.py)
        # One round trip for a member we know (the hot path), a second one only on first sight.
        start = len(pipe)
        pipe.hset(key, mapping=updates)
        if inbound.unionid:
            pipe.sadd(keys.unionid_link(inbound.brand, inbound.unionid), member_id)
        pipe.hgetall(key)
        pipe.smembers(keys.member_tags(inbound.brand, member_id))
        end = len(pipe)
        return lambda results: self._touched(inbound, key, member_id, now_s, results[start:end])

    def _touched(self, inbound: Inbound, key: str, member_id: str, now_s: int, results: list[Any]) -> Member:
        *_, values, tags = results
        fields = _decode(values)
        if inbound.kind in STAFF_PARTED and inbound.staff_id and fields.get(F_STAFF) == inbound.staff_id:
            # rare, so its own round trip: a task in that staff member's name could no longer reach the customer
            self.redis.hdel(key, F_STAFF)
            fields.pop(F_STAFF)
        is_new = False
        if F_FIRST_SEEN not in fields:
            is_new = self._first_sight(inbound, key, member_id, now_s)
            fields = {F_FIRST_SEEN: str(now_s), F_CHANNEL: str(inbound.channel), F_ACCOUNT: inbound.account,
                      F_USER: inbound.user_id, **fields}
        return Member(id=member_id, brand=inbound.brand, fields=fields, tags=_decode_set(tags), is_new=is_new)

    def _first_sight(self, inbound: Inbound, key: str, member_id: str, now_s: int) -> bool:
        """Create the member's identity fields; True for the one caller that created them (NX)."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.hsetnx(key, F_FIRST_SEEN, str(now_s))
        pipe.hsetnx(key, F_CHANNEL, str(inbound.channel))
        pipe.hsetnx(key, F_ACCOUNT, inbound.account)
        pipe.hsetnx(key, F_USER, inbound.user_id)
        pipe.zadd(keys.members_index(inbound.brand), {member_id: now_s}, nx=True)
        return bool(pipe.execute()[0])

    def get(self, brand: str, member_id: str) -> Member | None:
        pipe = self.redis.pipeline()
        pipe.hgetall(keys.member(brand, member_id))
        pipe.smembers(keys.member_tags(brand, member_id))
        values, tags = pipe.execute()
        if not values:
            return None
        return Member(id=member_id, brand=brand, fields=_decode(values), tags=_decode_set(tags))

    def get_many(self, brand: str, member_ids: list[str]) -> list[Member | None]:
        """Several members in one round trip (a sequence tick reads a batch of them)."""
        pipe = self.redis.pipeline(transaction=False)
        for member_id in member_ids:
            pipe.hgetall(keys.member(brand, member_id))
            pipe.smembers(keys.member_tags(brand, member_id))
        results = pipe.execute()
        return [Member(id=member_id, brand=brand, fields=_decode(values), tags=_decode_set(tags)) if values else None
                for member_id, values, tags in zip(member_ids, results[::2], results[1::2], strict=True)]

    def update(self, brand: str, member_id: str, *, set_fields: Mapping[str, str] | None = None,
               add_tags: Iterable[str] = (), remove_tags: Iterable[str] = (),
               pipe: redis.client.Pipeline | None = None) -> None:
        """Apply what a handler decided (profile fields, tags) in one round trip; pass a pipeline
        to batch it with other writes (the caller executes it)."""
        add, remove = list(add_tags), list(remove_tags)
        if not (set_fields or add or remove):
            return
        own = pipe is None
        pipe = self.redis.pipeline() if pipe is None else pipe
        if set_fields:
            empty = [name for name, value in set_fields.items() if value == ""]
            filled = {name: value for name, value in set_fields.items() if value != ""}
            if filled:
                pipe.hset(keys.member(brand, member_id), mapping=filled)
            if empty:
                pipe.hdel(keys.member(brand, member_id), *empty)
        if add:
            pipe.sadd(keys.member_tags(brand, member_id), *add)
            for tag in add:
                pipe.sadd(keys.tag_members(brand, tag), member_id)
        if remove:
            pipe.srem(keys.member_tags(brand, member_id), *remove)
            for tag in remove:
                pipe.srem(keys.tag_members(brand, tag), member_id)
        if own:
            pipe.execute()

    def linked(self, brand: str, unionid: str) -> frozenset[str]:
        """Every member id (one per channel identity) of the person with this unionid."""
        return _decode_set(self.redis.smembers(keys.unionid_link(brand, unionid)))

    def count(self, brand: str) -> int:
        return int(self.redis.zcard(keys.members_index(brand)))


def _decode(values: Mapping[bytes | str, bytes | str]) -> dict[str, str]:
    return {_s(k): _s(v) for k, v in values.items()}


def _decode_set(values: Iterable[bytes | str]) -> frozenset[str]:
    return frozenset(_s(v) for v in values)


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
