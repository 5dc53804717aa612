"""Members in Redis, compact enough for a million on one server (DESIGN §4: ≤ 300 bytes per member with
its enrolment; this store's share is ~200).

Each member gets a dense number on first sight; its profile fields, tag ids and id live in hashes
bucketed by that number, tag membership in one bitmap per tag. The encoding is in member_codec.py, the
atomic reads and writes in member_scripts.py, the key names in keys.py. The values it hands out
(`Member`, its field names) live in bot/member.py and do not show any of this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.inbound import MESSAGE_KINDS, WINDOW_BY_ACTION, Inbound, Kind
from bot.member import F_ACCOUNT, F_CHANNEL, F_UNIONID, F_USER, Member, member_id_for
from bot.store import keys, member_scripts
from bot.store.member_codec import bucket_of, check_field_name, id_slot, pack_id, slot_of, unionid_bucket, unpack_id
from bot.store.scripting import queue_function, queue_script
from bot.store.stack import push

# Customer-contact events that end a staff member's relationship with the customer (docs/platform.md §3.3):
# del_external_contact (the staff member deleted the customer), del_follow_user (the customer deleted them).
STAFF_PARTED = frozenset({Kind.CONTACT_REMOVED, Kind.CONTACT_LEFT})
Touched = Callable[[list[Any]], Member]  # reads the touched member from the pipeline's results
PACK_SEPARATOR = "\x1f"  # member_scripts.READ_MANY joins a member's values and tags with it
GET_MANY_CHUNK = 1000  # members per GET_MANY call: a few ms of Redis time, so other clients are not held up


class MemberStore:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock
        # Outside a pipeline, EVALSHA (loading the script once). Inside one, EVAL with the body (redis-py
        # checks a registered script with SCRIPT EXISTS before every pipeline, a second round trip), or EVALSHA
        # where the caller runs the pipeline through scripting.execute_loading (the webhook's first trip).
        self._get = redis_client.register_script(member_scripts.GET)
        self._update = redis_client.register_script(member_scripts.UPDATE)
        self._clear_if = redis_client.register_script(member_scripts.CLEAR_IF)
        self._get_many = redis_client.register_script(member_scripts.GET_MANY)
        self._set_fields_many = redis_client.register_script(member_scripts.SET_FIELDS_MANY)

    def touch(self, inbound: Inbound) -> Member | None:
        """Record that this person interacted now; create the member on first sight.

        Returns None for callbacks about no single person (group lifecycle, tag changes).
        """
        pipe = self.redis.pipeline(transaction=False)
        pending = self.queue_touch(pipe, inbound)
        return pending(pipe.execute()) if pending else None

    def queue_touch(self, pipe: redis.client.Pipeline, inbound: Inbound, *,
                    by_sha: bool = False) -> Callable[[list[Any]], Member] | None:
        """Add the touch to `pipe` (one command, to share a round trip with other commands); returns the
        function that turns the pipeline's results into the Member, or None when the callback concerns no
        single person. On first sight the script assigns the number and the identity fields; of two
        concurrent first callbacks exactly one gets `is_new`. `by_sha`: EVALSHA, not the ~6.7 KB body; the
        pipeline must then run through scripting.execute_loading."""
        identity = inbound.member_identity
        if identity is None:
            return None
        member_id = member_id_for(identity)
        index = len(pipe)
        args = self.touch_args(inbound, member_id)
        queue_script(pipe, member_scripts.TOUCH, 0, *args, by_sha=by_sha)
        return lambda results: _member(inbound.brand, member_id, results[index], touch_known(args))

    def queue_claim_touch(self, pipe: redis.client.Pipeline, inbound: Inbound, dedupe_key: str,
                          claim: Sequence[Any]) -> tuple[Callable[[list[Any]], bool], Touched] | None:
        """The callback's claim and the touch in one call (member_scripts.CLAIM_TOUCH, as a Redis function: the
        pipeline must run through scripting.execute_loading): `claim` is callbacks.claim_args for `dedupe_key`.
        Returns the functions reading, from the pipeline's results, whether the claim was won and the touched
        Member; None when the callback concerns no single person (nothing queued: claim it alone,
        CallbackLedger.queue_claim)."""
        identity = inbound.member_identity
        if identity is None:
            return None
        member_id = member_id_for(identity)
        index = len(pipe)
        args = self.touch_args(inbound, member_id, claim)
        queue_function(pipe, member_scripts.CLAIM_TOUCH_FUNCTION, 1, dedupe_key, *args)
        return (lambda results: results[index][0] == 1,
                lambda results: _member(inbound.brand, member_id, claim_touch_reply(results[index]),
                                        touch_known(args)))

    def touch_args(self, inbound: Inbound, member_id: str, claim: Sequence[Any] = ()) -> tuple[Any, ...]:
        """TOUCH's ARGV (member_scripts.TOUCH_ARGS of them, then `claim`, callbacks.claim_args, for CLAIM_TOUCH), then
        the four optional ones when any of them is set."""
        bucket, field = id_slot(member_id)
        now = epoch_s(self.clock.now())
        fixed = (keys.brand_prefix(inbound.brand), bucket, field, pack_id(member_id), now, str(inbound.channel),
                 inbound.account, inbound.user_id, _opens(inbound.kind), now // 86400,
                 *claim)
        # F_STAFF: who a confirm task goes out through (bot/channels/wecom_task.py); cleared only when the staff
        # member who parted is the one recorded
        staff = inbound.staff_id if inbound.kind is Kind.CONTACT_ADDED else ""
        parted = inbound.staff_id if inbound.kind in STAFF_PARTED else ""
        if not (inbound.unionid or staff or parted):
            return fixed
        return (*fixed, inbound.unionid or "", unionid_bucket(inbound.unionid) if inbound.unionid else 0, staff,
                parted)

    def get(self, brand: str, member_id: str) -> Member | None:
        bucket, field = id_slot(member_id)
        found = self._get(args=[keys.brand_prefix(brand), bucket, field])
        if not found:
            return None
        _, fields, tags = found
        return Member(id=member_id, brand=brand, fields=_pairs(fields), tags=_names(tags))

    def get_many(self, brand: str, member_ids: list[str]) -> list[Member | None]:
        """Several members, one script call per GET_MANY_CHUNK of them (a sequence tick reads a batch of 500):
        the GET script per member, even pipelined, cost ~30 µs of Redis CPU each (bench/sequence_tick.py)."""
        out: list[Member | None] = []
        prefix = keys.brand_prefix(brand)
        for start in range(0, len(member_ids), GET_MANY_CHUNK):
            chunk = member_ids[start:start + GET_MANY_CHUNK]
            args: list[str | int] = [prefix]
            for member_id in chunk:
                args += id_slot(member_id)
            raw_names, found = self._get_many(args=args)
            out += decode_many(brand, chunk, raw_names, found)
        return out

    def update(self, brand: str, member_id: str, *, set_fields: Mapping[str, str] | None = None,
               add_tags: Iterable[str] = (), remove_tags: Iterable[str] = (),
               pipe: redis.client.Pipeline | None = None) -> None:
        """Apply what a handler decided (profile fields, "" deletes one; tags) atomically; pass a pipeline
        to batch it with other writes (the caller executes it). A member never touched is left alone:
        members are created by `touch`, which gives them their number."""
        add, remove = list(add_tags), list(remove_tags)
        if not (set_fields or add or remove):
            return
        pairs = list((set_fields or {}).items())
        for name, _ in pairs:
            check_field_name(name)
        args = [keys.brand_prefix(brand), *_update_args(member_id, pairs, add, remove)]
        if pipe is None:
            self._update(args=args)
        else:
            push(pipe, "EVAL", member_scripts.UPDATE, 0, *args)  # pipe.eval, without redis-py's layers

    def set_fields_many(self, brand: str, changes: Mapping[str, Mapping[str, str]],
                        pipe: redis.client.Pipeline | None = None, numbers: Mapping[str, int] | None = None) -> None:
        """`update(set_fields=...)` for many members (member id -> fields) in one script call (SET_FIELDS_MANY): a
        tick writes back what its batch's lessons set (the tutorial progress), members of one bucket together.
        `numbers`: member id -> number where the caller read it (a tick's batch read), so the script looks no
        number up."""
        if not changes:
            return
        args: list[str | int] = [keys.brand_prefix(brand)]
        checked: set[str] = set()  # each field name checked once, not once per member
        known = numbers or {}
        for member_id, fields in changes.items():
            for name in fields:
                if name not in checked:
                    check_field_name(name)
                    checked.add(name)
            number = known.get(member_id)
            bucket, field = ("", number) if number else id_slot(member_id)
            flat = [x for pair in fields.items() for x in pair]
            one = "\t".join((str(bucket), str(field), *flat))
            if one.count("\t") == 1 + len(flat):  # no part holds a tab: one argument (SET_FIELDS_MANY says why)
                args.append(one)
            else:
                args += (bucket, field, len(fields), *flat)
        if pipe is None:
            self._set_fields_many(args=args)
        else:
            pipe.eval(member_scripts.SET_FIELDS_MANY, 0, *args)

    def clear_field_if(self, brand: str, member_id: str, name: str, starts_with: str) -> bool:
        """Delete field `name` when its value starts with `starts_with`, atomically (so a newer value
        written meanwhile survives); True when it did."""
        bucket, field = id_slot(member_id)
        return bool(self._clear_if(args=[keys.brand_prefix(brand), bucket, field, name, starts_with]))

    def number(self, brand: str, member_id: str) -> int | None:
        """The member's dense number (1, 2, ...: the bit of its tags in tag bitmaps, the key of compact
        per-member state elsewhere), None when never seen."""
        bucket, field = id_slot(member_id)
        found = self.redis.hget(keys.member_numbers(brand, bucket), field)
        return int(found) if found is not None else None

    def member_id_of(self, brand: str, number: int) -> str | None:
        """The member id numbered `number`, None when no member has it (yet)."""
        found = self.redis.hget(keys.member_ids(brand, bucket_of(number)), slot_of(number))
        return unpack_id(_s(found)) if found is not None else None

    def member_ids_of(self, brand: str, numbers: list[int]) -> list[str | None]:
        """`member_id_of` for many numbers in one round trip (a manager's search reads thousands)."""
        pipe = self.redis.pipeline(transaction=False)
        for number in numbers:
            pipe.hget(keys.member_ids(brand, bucket_of(number)), slot_of(number))
        return [unpack_id(_s(found)) if found is not None else None for found in pipe.execute()] if numbers else []

    def linked(self, brand: str, unionid: str) -> frozenset[str]:
        """Every member id (one per channel identity) of the person with this unionid."""
        numbers = self.redis.hget(keys.unionid_links(brand, unionid_bucket(unionid)), unionid)
        if numbers is None:
            return frozenset()
        found = (self.member_id_of(brand, int(n)) for n in _s(numbers).split(","))
        return frozenset(member_id for member_id in found if member_id is not None)

    def count(self, brand: str) -> int:
        """Members ever seen in the brand (numbers are dense and never reused)."""
        return int(self.redis.get(keys.member_seq(brand)) or 0)

    def tags_starting(self, brand: str, prefix: str) -> list[str]:
        """The tag names ever given in the brand that start with `prefix` (`leader:`, say), sorted; a tag keeps
        its id when nobody carries it any more, so this lists tags held by nobody too."""
        return sorted(n for n in map(_s, self.redis.hkeys(keys.tag_ids(brand))) if n.startswith(prefix))

    def members_with_tag(self, brand: str, tag: str) -> int:
        """How many members carry `tag` now (one BITCOUNT over its bitmap)."""
        return int(self.redis.bitcount(keys.tag_bitmap_key(brand, tag)))


def decode_many(brand: str, member_ids: Iterable[str], raw_names: list[Any], found: Iterable[Any]
                ) -> list[Member | None]:
    """Members from a READ_MANY reply (member_scripts): its field names, and per member false, {number, packed}
    (values, "" where unset, then tags, joined by 0x1F) or {number, values, tags}, in the order of `member_ids`."""
    names = [_s(name) for name in raw_names]
    count = len(names)
    as_bytes = bool(raw_names) and isinstance(raw_names[0], bytes)  # a client without decode_responses
    out: list[Member | None] = []
    for member_id, one in zip(member_ids, found, strict=True):
        if not one:
            out.append(None)
            continue
        if len(one) == 2:
            parts = (one[1].decode() if as_bytes else one[1]).split(PACK_SEPARATOR)
            fields = {name: value for name, value in zip(names, parts[:count], strict=True) if value}
            tag_names = frozenset(parts[count:])
        elif as_bytes:
            _, values, tags = one
            fields = {name: value.decode() for name, value in zip(names, values, strict=True) if value is not None}
            tag_names = frozenset(tag.decode() for tag in tags)
        else:
            _, values, tags = one
            fields = {name: value for name, value in zip(names, values, strict=True) if value is not None}
            tag_names = frozenset(tags)
        member = object.__new__(Member)  # Member's frozen __init__ sets each field through object.__setattr__
        member.__dict__.update(id=member_id, brand=brand, fields=fields, tags=tag_names, is_new=False)
        out.append(member)
    return out


def _update_args(member_id: str, pairs: list[tuple[str, str]], add: list[str], remove: list[str]) -> list[str | int]:
    """One member's part of UPDATE's arguments (member_scripts._APPLY_UPDATE)."""
    bucket, field = id_slot(member_id)
    return [bucket, field, len(pairs), *(x for pair in pairs for x in pair), len(add), *add, len(remove), *remove]


# TOUCH's ARGV[9]: which customer-service budget the callback opens, and the field its time goes in (bot/member.py)
OPENED = {"1": "lm", "2": "la"}


def _opens(kind: Kind) -> str:
    """"1" for a message (5 sends in 48 h), "2" for a follow, scan or click (3 in 1 min), else "0"."""
    return "1" if kind in MESSAGE_KINDS else "2" if kind in WINDOW_BY_ACTION else "0"


def touch_known(args: tuple[Any, ...]) -> dict[str, str]:
    """The fields the touch script leaves out of its reply because the caller has them (member_scripts TOUCH): the
    identity (channel, account, user id: stored once, when the member is made, from these same arguments, and a
    member id is a hash of them), the last-seen times the touch writes, and the unionid it writes. Empty values are
    not stored, so they are left out here too. `args`: MemberStore.touch_args."""
    _, _, _, _, now, channel, account, user, message = args[:9]
    unionid = args[-4] if len(args) > member_scripts.TOUCH_ARGS + 2 else ""  # with the optional four
    at = str(now)
    known = {F_CHANNEL: channel, F_USER: user, f"l:{channel}": at}
    if account:
        known[F_ACCOUNT] = account
    if message in OPENED:
        known[f"{OPENED[message]}:{channel}"] = at
    if unionid:
        known[F_UNIONID] = unionid
    return known


def claim_touch_reply(reply: list[Any]) -> list[Any]:
    """CLAIM_TOUCH's flat reply {claimed, is_new, number, count, fields (count entries), tags...} as TOUCH's
    {is_new, number, fields, tags} (member_scripts: one flat array costs Redis less to send than nested ones)."""
    count = reply[3]
    return [reply[1], reply[2], reply[4:4 + count], reply[4 + count:]]


def _member(brand: str, member_id: str, result: list[Any], known: dict[str, str] | None = None) -> Member:
    """The touched member from TOUCH's reply {is_new, number, fields, tags}, with the fields the caller knows
    (touch_known), which the reply leaves out."""
    is_new, _, fields, tags = result
    values = _pairs(fields)
    if known:
        values.update(known)
    member = object.__new__(Member)  # as decode_many: Member's frozen __init__ costs a setattr per field
    member.__dict__.update(id=member_id, brand=brand, fields=values, tags=_names(tags), is_new=bool(is_new))
    return member


def _pairs(flat: list[bytes | str]) -> dict[str, str]:
    """[name, value, name, value...] as a dict (a repeated name: its last value, as a dict display keeps)."""
    texts = [value.decode() if isinstance(value, bytes) else value for value in flat]  # _s without a call each
    return dict(zip(texts[::2], texts[1::2], strict=True))


def _names(values: Iterable[bytes | str]) -> frozenset[str]:
    return frozenset([value.decode() if isinstance(value, bytes) else value for value in values])


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
