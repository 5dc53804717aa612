"""MemberStore's compact encoding on fakeredis: dense numbers, buckets of 128, tag bitmaps, chunked values,
interned few-valued fields, and the key names the Lua scripts build agreeing with keys.py."""

from __future__ import annotations

import fakeredis
import pytest

from bot.clock import ManualClock
from bot.inbound import Channel, Kind
from bot.member import (
    F_ACCOUNT,
    F_CHANNEL,
    F_CITY,
    F_FIRST_SEEN,
    F_HANDOFF,
    F_LOCALE,
    F_NICKNAME,
    F_STAFF,
    F_USER,
    Member,
    member_id_for,
)
from bot.store import keys
from bot.store.member_codec import CHUNK_BYTES, SLOTS, id_slot, pack_id, unpack_id
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, make_inbound

BRAND = "default"


@pytest.fixture
def store(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> MemberStore:
    return MemberStore(fake_redis, clock)


def oa_id(openid: str) -> str:
    return member_id_for(f"oa:{OA_APPID}:{openid}")


def touch_many(store: MemberStore, count: int) -> list[str]:
    pipe = store.redis.pipeline(transaction=False)
    pending = [store.queue_touch(pipe, make_inbound(user_id=f"o_{i:04d}")) for i in range(count)]
    results = pipe.execute()
    return [finish(results).id for finish in pending if finish is not None]


def test_numbers_are_dense_in_order_of_first_sight_and_never_change(store: MemberStore) -> None:
    ids = touch_many(store, 3)
    assert [store.number(BRAND, member_id) for member_id in ids] == [1, 2, 3]
    store.touch(make_inbound(user_id="o_0001", msg_id="again"))
    assert store.number(BRAND, ids[1]) == 2 and store.count(BRAND) == 3
    assert [store.member_id_of(BRAND, n) for n in (1, 2, 3)] == ids
    assert store.number(BRAND, oa_id("never")) is None and store.member_id_of(BRAND, 4) is None


def test_of_two_first_touches_batched_before_either_runs_exactly_one_is_new(store: MemberStore) -> None:
    first, second = store.redis.pipeline(transaction=False), store.redis.pipeline(transaction=False)
    pending = [store.queue_touch(pipe, make_inbound(user_id="o_twice")) for pipe in (first, second)]
    members = [finish(pipe.execute()) for finish, pipe in zip(pending, (first, second), strict=True) if finish]
    assert [m.is_new for m in members] == [True, False]
    assert members[0].fields == members[1].fields and store.count(BRAND) == 1


def test_touch_returns_identity_fields_and_timestamps(store: MemberStore, clock: ManualClock) -> None:
    member = store.touch(make_inbound(user_id="o_abc"))
    assert member is not None and member.is_new
    now = str(int(clock.now().timestamp()))
    assert member.fields == {F_FIRST_SEEN: now, F_CHANNEL: "oa", F_ACCOUNT: OA_APPID, F_USER: "o_abc",
                             "l:oa": now, "lm:oa": now}
    clock.advance(60)
    clicked = store.touch(make_inbound(user_id="o_abc", kind=Kind.MENU_CLICK, text=""))
    assert clicked is not None and not clicked.is_new
    assert clicked.fields["l:oa"] == str(int(now) + 60) and clicked.fields["lm:oa"] == now
    assert clicked.fields[F_FIRST_SEEN] == now


def test_touch_answers_what_a_read_after_it_finds(store: MemberStore, clock: ManualClock) -> None:
    """TOUCH hands the last-seen times it writes to read_member instead of reading them back: the member it
    returns must still be what GET reads right after, for a message and for an event, new member or not."""
    for kind, text in ((Kind.TEXT, "hi"), (Kind.MENU_CLICK, ""), (Kind.TEXT, "again")):
        touched = store.touch(make_inbound(user_id="o_same", kind=kind, text=text))
        assert touched is not None
        read = store.get(BRAND, touched.id)
        assert read is not None and touched.fields == read.fields and touched.tags == read.tags
        clock.advance(90)


def test_touch_reply_leaves_out_the_fields_the_caller_has(store: MemberStore, clock: ManualClock) -> None:
    """TOUCH neither reads nor answers the identity fields (stored once, from the same arguments), the last-seen
    times and unionid it writes, nor another channel's last-seen fields (a member is one channel identity):
    members.touch_known adds the first back, and the member is still what GET reads (issue 10: HGET 7 -> 4 per
    returning member's callback)."""
    from bot.store import member_scripts

    store.touch(make_inbound(user_id="wm_1", channel=Channel.WECOM, account="corp1"))  # registers l:wecom, lm:wecom
    for kind, text, unionid in ((Kind.TEXT, "hi", ""), (Kind.MENU_CLICK, "", "un_1"), (Kind.TEXT, "again", "")):
        inbound = make_inbound(user_id="o_known", kind=kind, text=text, unionid=unionid)
        touched = store.touch(inbound)
        assert touched is not None
        read = store.get(BRAND, touched.id)
        assert read is not None and touched.fields == read.fields and touched.tags == read.tags
        raw = store.redis.eval(member_scripts.TOUCH, 0, *store.touch_args(inbound, touched.id))
        answered = {name.decode() for name in raw[2][::2]}
        assert answered.isdisjoint({F_CHANNEL, F_ACCOUNT, F_USER, "l:oa", "l:wecom", "lm:wecom"})
        assert ("lm:oa" in answered) is (kind is Kind.MENU_CLICK)
        assert ("un" in answered) is (not unionid and "un" in read.fields)  # stored by the click, written by none
        clock.advance(90)
    no_account = store.touch(make_inbound(user_id="o_noacct", account=""))
    assert no_account is not None and F_ACCOUNT not in no_account.fields
    assert no_account.fields == store.get(BRAND, no_account.id).fields  # type: ignore[union-attr]


def test_bucket_boundary_128_members_per_bucket(store: MemberStore) -> None:
    ids = touch_many(store, 130)
    redis = store.redis
    assert redis.hlen(keys.member_ids(BRAND, 0)) == SLOTS - 1  # numbers 1..127
    assert redis.hlen(keys.member_ids(BRAND, 1)) == 3  # 128, 129, 130
    assert redis.hlen(keys.member_field(BRAND, F_USER, 0)) == SLOTS - 1
    assert redis.hlen(keys.member_field(BRAND, F_USER, 1)) == 3
    assert redis.hget(keys.member_field(BRAND, F_USER, 1), "0") == b"o_0127"  # number 128 = slot 0 of bucket 1
    store.update(BRAND, ids[127], set_fields={F_NICKNAME: "one-two-eight"}, add_tags=["edge"])
    store.update(BRAND, ids[126], set_fields={F_NICKNAME: "one-two-seven"})
    at_edge = store.get(BRAND, ids[127])
    assert at_edge is not None and at_edge.user_id == "o_0127" and at_edge.get(F_NICKNAME) == "one-two-eight"
    assert at_edge.tags == {"edge"}
    before = store.get(BRAND, ids[126])
    assert before is not None and before.get(F_NICKNAME) == "one-two-seven" and before.tags == frozenset()
    bucket, field = id_slot(ids[127])
    assert redis.hget(keys.member_numbers(BRAND, bucket), field) == b"128"


def test_tags_set_bits_by_member_number_and_come_back_with_the_member(store: MemberStore) -> None:
    first, second = touch_many(store, 2)
    store.update(BRAND, first, add_tags=["vip", "careers"])
    store.update(BRAND, second, add_tags=["vip"])
    store.update(BRAND, second, add_tags=["vip"])  # twice: still one membership
    assert store.members_with_tag(BRAND, "vip") == 2 and store.members_with_tag(BRAND, "careers") == 1
    assert store.redis.getbit(keys.tag_bitmap_key(BRAND, "careers"), 1) == 1
    assert store.redis.getbit(keys.tag_bitmap_key(BRAND, "careers"), 2) == 0
    store.update(BRAND, first, remove_tags=["vip", "never-added"])
    assert store.members_with_tag(BRAND, "vip") == 1 and store.redis.getbit(keys.tag_bitmap_key(BRAND, "vip"), 1) == 0
    assert not store.redis.exists(keys.tag_bitmap_key(BRAND, "never-added"))
    member = store.get(BRAND, first)
    assert member is not None and member.tags == {"careers"}
    touched = store.touch(make_inbound(user_id="o_0001"))
    assert touched is not None and touched.tags == {"vip"}
    store.update(BRAND, first, remove_tags=["careers"])
    assert store.get(BRAND, first).tags == frozenset()  # type: ignore[union-attr]
    assert store.redis.hget(keys.member_tags(BRAND, 0), "1") is None  # no empty list left behind


def test_values_up_to_64_bytes_take_one_entry_longer_ones_continue_in_chunks(store: MemberStore) -> None:
    [member_id] = touch_many(store, 1)
    redis = store.redis
    store.update(BRAND, member_id, set_fields={"x1": "a" * CHUNK_BYTES})
    assert redis.hget(keys.member_field(BRAND, "x1", 0), "1") == b"a" * CHUNK_BYTES
    assert not redis.exists(keys.member_field(BRAND, "x1", 0, chunk=1))
    long = "上海徐汇" * 25  # 300 bytes of UTF-8 = 4 chunks of 0xFF + 63 bytes and one of 48: edges inside characters
    store.update(BRAND, member_id, set_fields={F_NICKNAME: long})
    chunks = [redis.hget(keys.member_field(BRAND, F_NICKNAME, 0, chunk=k), "1") for k in range(5)]
    assert [len(c) for c in chunks if c is not None] == [CHUNK_BYTES] * 4 + [48]
    assert redis.hget(keys.member_field(BRAND, F_NICKNAME, 0, chunk=5), "1") is None
    assert store.get(BRAND, member_id).get(F_NICKNAME) == long  # type: ignore[union-attr]
    store.update(BRAND, member_id, set_fields={F_NICKNAME: "短"})
    assert not any(redis.exists(keys.member_field(BRAND, F_NICKNAME, 0, chunk=k)) for k in range(1, 6))
    assert store.get(BRAND, member_id).get(F_NICKNAME) == "短"  # type: ignore[union-attr]
    store.update(BRAND, member_id, set_fields={F_NICKNAME: ""})
    assert F_NICKNAME not in store.get(BRAND, member_id).fields  # type: ignore[union-attr]
    assert not redis.exists(keys.member_field(BRAND, F_NICKNAME, 0))


def test_few_valued_fields_are_stored_as_codes_and_read_as_values(store: MemberStore) -> None:
    first, second = touch_many(store, 2)
    store.update(BRAND, first, set_fields={F_LOCALE: "zh", F_CITY: "上海"})
    store.update(BRAND, second, set_fields={F_LOCALE: "zh", F_CITY: "Sydney"})
    stored = store.redis.hgetall(keys.member_field(BRAND, F_CITY, 0))
    assert all(value.isdigit() for value in stored.values()) and len(set(stored.values())) == 2
    assert store.redis.hget(keys.member_field(BRAND, F_LOCALE, 0), "1") == \
        store.redis.hget(keys.member_field(BRAND, F_LOCALE, 0), "2")
    assert store.redis.hget(keys.member_field(BRAND, F_ACCOUNT, 0), "1") != OA_APPID.encode()
    member = store.get(BRAND, second)
    assert member is not None and member.city == "Sydney" and member.locale == "zh"
    assert member.get(F_ACCOUNT) == OA_APPID and member.channel == "oa"


def test_update_of_a_member_never_touched_writes_nothing(store: MemberStore) -> None:
    store.update(BRAND, oa_id("ghost"), set_fields={F_LOCALE: "en"}, add_tags=["vip"])
    assert store.redis.keys("*") == [] and store.get(BRAND, oa_id("ghost")) is None


def test_unionid_links_the_identities_of_one_person(store: MemberStore) -> None:
    oa = store.touch(make_inbound(user_id="o_side", unionid="UNION1"))
    wecom = store.touch(make_inbound(channel=Channel.WECOM, account="ww_corp", user_id="wm_side",
                                     kind=Kind.CONTACT_ADDED, unionid="UNION1"))
    store.touch(make_inbound(user_id="o_side", unionid="UNION1", msg_id="again"))
    assert oa is not None and wecom is not None
    assert store.linked(BRAND, "UNION1") == {oa.id, wecom.id}
    assert store.linked(BRAND, "UNION2") == frozenset()


def test_clear_field_if_deletes_only_a_value_with_that_prefix(store: MemberStore) -> None:
    [member_id] = touch_many(store, 1)
    store.update(BRAND, member_id, set_fields={F_HANDOFF: "hnew|1800000000"})
    assert not store.clear_field_if(BRAND, member_id, F_HANDOFF, "hold|")
    assert store.get(BRAND, member_id).get(F_HANDOFF) == "hnew|1800000000"  # type: ignore[union-attr]
    assert store.clear_field_if(BRAND, member_id, F_HANDOFF, "hnew|")
    assert F_HANDOFF not in store.get(BRAND, member_id).fields  # type: ignore[union-attr]


@pytest.mark.parametrize("member_id", ["m0000000000000000", "m7fffffffffffffff", "m8000000000000000",
                                       "mffffffffffffffff", "m8fae528a3a532788", "not-canonical", "m12"])
def test_ids_pack_and_unpack_exactly(member_id: str) -> None:
    assert unpack_id(pack_id(member_id)) == member_id
    bucket, field = id_slot(member_id)
    assert 0 <= bucket < 1 << 16 and len(field.encode()) <= CHUNK_BYTES


def test_field_names_that_would_break_key_names_are_refused(store: MemberStore) -> None:
    [member_id] = touch_many(store, 1)
    with pytest.raises(ValueError):
        store.update(BRAND, member_id, set_fields={"a#1": "x"})


def test_the_staff_contact_is_recorded_on_contact_added_and_cleared_only_by_its_own_parting(
        store: MemberStore) -> None:
    def wecom(kind: Kind, staff: str) -> dict[str, str]:
        member = store.touch(make_inbound(channel=Channel.WECOM, account="ww_corp", user_id="wm_customer",
                                          kind=kind, staff_id=staff, text=""))
        assert member is not None
        return dict(member.fields)

    assert wecom(Kind.CONTACT_ADDED, "zhangsan")[F_STAFF] == "zhangsan"
    assert store.redis.hget(keys.member_field(BRAND, F_STAFF, 0), "1") != b"zhangsan"  # a code
    assert wecom(Kind.CONTACT_LEFT, "lisi")[F_STAFF] == "zhangsan"  # another staff member parted
    assert F_STAFF not in wecom(Kind.CONTACT_LEFT, "zhangsan")


def test_many_numbers_to_ids_in_one_round_trip(store: MemberStore) -> None:
    ids = touch_many(store, 3)
    assert store.member_ids_of(BRAND, [3, 1, 99]) == [ids[2], ids[0], None]
    assert store.member_ids_of(BRAND, []) == []


def test_get_many_reads_each_member_as_get_does_in_one_script_call(store: MemberStore) -> None:
    ids = touch_many(store, 3)
    store.update(BRAND, ids[0], set_fields={F_LOCALE: "en", F_CITY: "Sydney", F_NICKNAME: "长" * 40},
                 add_tags=["vip", "careers"])
    store.update(BRAND, ids[2], set_fields={F_CITY: "上海"}, add_tags=["careers"])
    unknown = oa_id("never")
    calls: list[int] = []
    original = store._get_many

    def counted(**kwargs: object) -> object:
        calls.append(1)
        return original(**kwargs)  # type: ignore[arg-type]

    store._get_many = counted  # type: ignore[method-assign]
    found = store.get_many(BRAND, [ids[2], unknown, ids[0], ids[1]])
    assert len(calls) == 1
    assert found[1] is None
    assert [m.fields if m else None for m in (found[0], found[2], found[3])] == \
        [store.get(BRAND, i).fields for i in (ids[2], ids[0], ids[1])]  # type: ignore[union-attr]
    assert found[2] is not None and found[2].tags == {"vip", "careers"} and found[2].city == "Sydney"
    assert found[0] is not None and found[0].tags == {"careers"} and found[3] is not None and not found[3].tags
    assert store.get_many(BRAND, []) == []


def test_get_many_reads_members_whose_values_hold_the_packing_separator_as_get_does(
        store: MemberStore, fake_redis: fakeredis.FakeRedis) -> None:
    """READ_MANY joins a member's values and tags with 0x1F; a value or tag holding that byte, or an interned code
    with no value, is sent unpacked, so nothing shifts into the next field or the tags."""
    ids = touch_many(store, 4)
    store.update(BRAND, ids[0], set_fields={F_NICKNAME: "a\x1fb"}, add_tags=["vip"])
    store.update(BRAND, ids[1], set_fields={F_CITY: "Sydney"}, add_tags=["x\x1fy", "careers"])
    store.update(BRAND, ids[2], set_fields={F_LOCALE: "en"})
    store.update(BRAND, ids[3], set_fields={F_CITY: "Perth"}, add_tags=["careers"])
    code = fake_redis.hget(keys.member_field(BRAND, F_LOCALE, 0), "3")
    fake_redis.hset(f"{keys.brand_prefix(BRAND)}{keys.MEMBER_CODE_VALUES}", code, "")  # a code with no value
    found = store.get_many(BRAND, ids)
    expected = [store.get(BRAND, i) for i in ids]
    assert [(m.fields, m.tags) if m else None for m in found] == [(m.fields, m.tags) if m else None for m in expected]
    assert found[0] is not None and found[0].get(F_NICKNAME) == "a\x1fb" and found[0].tags == {"vip"}
    assert found[1] is not None and found[1].tags == {"x\x1fy", "careers"} and found[1].city == "Sydney"
    assert found[2] is not None and F_LOCALE in found[2].fields and found[2].get(F_LOCALE, "?") == ""
    assert found[3] is not None and found[3].city == "Perth" and found[3].tags == {"careers"}


def test_get_many_reads_a_crowded_bucket_in_one_pass_as_get_does(store: MemberStore) -> None:
    """Members sharing a bucket (here 40 of 128 slots, past READ_MANY's DENSE) are read with one pass over each
    field hash: chunked values, chunked tag lists, unset fields, repeats and unknown members come back as GET
    reads them, in the order asked."""
    ids = touch_many(store, 40)
    tags = [f"interest:{n:03d}" for n in range(30)]  # their ids listed past 64 bytes: a chunked tag list
    for n, member_id in enumerate(ids):
        store.update(BRAND, member_id, set_fields={F_CITY: "上海" if n % 2 else "Sydney",
                                                   **({F_NICKNAME: "长" * 40} if n % 3 == 0 else {})},
                     add_tags=tags if n % 5 == 0 else [f"cohort:{n % 4}"])
    asked = [*reversed(ids), oa_id("never"), ids[7], ids[7]]
    found = store.get_many(BRAND, asked)
    assert found[40] is None
    for member_id, member in zip(asked, found, strict=True):
        if member_id == oa_id("never"):
            continue
        one = store.get(BRAND, member_id)
        assert member is not None and one is not None
        assert (member.id, member.fields, member.tags) == (one.id, one.fields, one.tags)
    assert found[-1] is not None and found[-1].tags == {"cohort:3"} and found[0] is not None
    assert found[0].tags == {f"cohort:{39 % 4}"} and found[39] is not None and found[39].tags == set(tags)
    assert found[39].get(F_NICKNAME) == "长" * 40


@pytest.mark.parametrize("by_number", [False, True])
def test_set_fields_many_in_a_crowded_bucket_writes_as_update_does(store: MemberStore, by_number: bool) -> None:
    """30 members of one bucket, written together (SET_FIELDS_MANY groups plain short values into one HSET per
    field hash) and, on a twin store, one UPDATE each: the same members, field for field, and the same raw hashes.
    The changes cover a value that was stored in chunks, a value past 64 bytes, a delete, an interned and an
    indexed field, a value holding a tab (that member's arguments are not joined into one), and an unknown member.
    `by_number`: every other member named by its number, as a tick does."""
    twin = MemberStore(fakeredis.FakeRedis(), store.clock)
    ids = touch_many(store, 30)
    assert touch_many(twin, 30) == ids
    for target in (store, twin):
        for n, member_id in enumerate(ids):
            target.update(BRAND, member_id, set_fields={"tp": "长" * 40 if n % 4 == 0 else str(n), F_NICKNAME: f"n{n}"})
    changes: dict[str, dict[str, str]] = {}
    for n, member_id in enumerate(ids):
        fields = {"tp": str(n + 100), "tc": "sensitive-basics"}
        if n % 5 == 0:
            fields[F_NICKNAME] = "长" * 30  # 90 bytes: chunked
        elif n % 5 == 1:
            fields[F_NICKNAME] = ""
        if n % 6 == 0:
            fields[F_CITY] = "上海"  # indexed
        if n % 7 == 0:
            fields[F_LOCALE] = "en"  # interned and indexed
        if n % 8 == 3:
            fields["tt"] = "a\tb"
        changes[member_id] = fields
    changes[oa_id("never")] = {"tp": "1"}
    numbers = {member_id: store.number(BRAND, member_id) or 0 for member_id in ids[::2]} if by_number else None
    store.set_fields_many(BRAND, changes, numbers=numbers)
    for member_id, fields in changes.items():
        twin.update(BRAND, member_id, set_fields=fields)
    assert store.get_many(BRAND, ids) == twin.get_many(BRAND, ids)
    assert store.number(BRAND, oa_id("never")) is None
    for name in ("tp", "tc", "tt", F_NICKNAME, F_CITY, F_LOCALE):
        for chunk in range(3):
            key = keys.member_field(BRAND, name, 0, chunk=chunk)
            assert store.redis.hgetall(key) == twin.redis.hgetall(key), (name, chunk)
    assert store.redis.smembers(keys.member_field_names(BRAND)) == twin.redis.smembers(keys.member_field_names(BRAND))
    assert store.redis.bitcount(keys.attr_bitmap(BRAND, F_CITY, "上海")) == 5


def test_set_fields_many_writes_each_member_as_update_does(store: MemberStore) -> None:
    ids = touch_many(store, 3)
    store.update(BRAND, ids[1], set_fields={F_NICKNAME: "old"})
    pipe = store.redis.pipeline(transaction=False)
    store.set_fields_many(BRAND, {ids[0]: {F_CITY: "上海", "tp": "lesson-1"}, oa_id("never"): {"tp": "x"},
                                  ids[1]: {F_NICKNAME: ""}}, pipe=pipe)
    pipe.execute()
    first, second, third = store.get_many(BRAND, ids)
    assert first is not None and first.city == "上海" and first.get("tp") == "lesson-1"
    assert second is not None and F_NICKNAME not in second.fields
    assert third is not None and "tp" not in third.fields
    assert store.number(BRAND, oa_id("never")) is None  # an unknown member is not created
    store.set_fields_many(BRAND, {ids[2]: {"tp": "lesson-2"}})
    assert store.get(BRAND, ids[2]).get("tp") == "lesson-2"  # type: ignore[union-attr]



def _claim_touch(store: MemberStore, user_id: str, dedupe_key: str, token: bytes, *,
                 late_by_ms: int = 0) -> tuple[bool, Member]:
    from bot.store.callbacks import claim_args
    from bot.store.scripting import execute_loading

    token, sent_ms = claim_args(token)
    pipe = store.redis.pipeline(transaction=False)
    pair = store.queue_claim_touch(pipe, make_inbound(user_id=user_id), dedupe_key,
                                   (token, sent_ms - late_by_ms))
    assert pair is not None
    claimed, touched = pair
    results = execute_loading(store.redis, pipe)
    return claimed(results), touched(results)


def test_claim_touch_claims_as_the_claim_alone_and_touches_whether_or_not_it_won(store: MemberStore,
                                                                              clock: ManualClock) -> None:
    """The webhook's claim and member touch are one script call (member_scripts.CLAIM_TOUCH): the first delivery
    claims, a retry does not (the first's token stays), a claim Redis runs too late is refused; the member is touched
    and answered in every case, as when the two were separate scripts in one pipeline."""
    key = keys.dedupe(BRAND, "cb1")
    won, member = _claim_touch(store, "o_ct", key, b"\x00pending:first")
    assert won and member.is_new and member.fields == store.get(BRAND, member.id).fields  # type: ignore[union-attr]
    assert store.redis.get(key) == b"\x00pending:first" and 0 < store.redis.pttl(key) <= 2000
    clock.advance(30)
    again, retried = _claim_touch(store, "o_ct", key, b"\x00pending:retry")
    assert not again and not retried.is_new and store.redis.get(key) == b"\x00pending:first"
    assert retried.fields["l:oa"] == str(int(clock.now().timestamp()))
    late_key = keys.dedupe(BRAND, "cb2")
    late, touched = _claim_touch(store, "o_other", late_key, b"\x00pending:late", late_by_ms=12_000)
    assert not late and store.redis.get(late_key) is None
    assert touched.is_new and touched.fields == store.get(BRAND, touched.id).fields  # type: ignore[union-attr]


def test_claim_touch_as_a_function_keeps_nothing_from_one_call_to_the_next(store: MemberStore) -> None:
    """CLAIM_TOUCH runs as a Redis function whose helpers are made once, at load: what a call reads per call (the
    brand prefix, the field registry) must not leak into the next, and its answer is the script's."""
    from bot.store import member_scripts
    from bot.store.callbacks import claim_args

    _, first = _claim_touch(store, "o_fn", keys.dedupe(BRAND, "fn1"), b"\x00pending:1")
    store.update(BRAND, first.id, set_fields={F_NICKNAME: "later"})  # a field name the registry did not have
    _, second = _claim_touch(store, "o_fn", keys.dedupe(BRAND, "fn2"), b"\x00pending:2")
    assert second.fields[F_NICKNAME] == "later"
    other = MemberStore(store.redis, store.clock)
    pipe = store.redis.pipeline(transaction=False)
    pair = other.queue_claim_touch(pipe, make_inbound(user_id="o_fn", brand="other"), keys.dedupe("other", "fn3"),
                                   claim_args(b"\x00pending:3"))
    assert pair is not None
    results = pipe.execute()
    elsewhere = pair[1](results)
    assert elsewhere.is_new and F_NICKNAME not in elsewhere.fields  # another brand's prefix: its own registry
    args = results[0]
    script = store.redis.eval(member_scripts.CLAIM_TOUCH, 1, keys.dedupe(BRAND, "fn4"),
                              *other.touch_args(make_inbound(user_id="o_fn"), first.id, claim_args(b"\x00p:4")))
    function = store.redis.fcall(member_scripts.CLAIM_TOUCH_FUNCTION.name, 1, keys.dedupe(BRAND, "fn5"),
                                 *other.touch_args(make_inbound(user_id="o_fn"), first.id, claim_args(b"\x00p:5")))
    assert script == function and args[0] == 1


def test_claim_touch_as_a_function_keeps_bucket_names_but_answers_each_member_its_own(store: MemberStore,
                                                                                   clock: ManualClock) -> None:
    """The function keeps the bucket and slot names it formats from one call to the next (they depend on nothing in
    Redis; branch hot7): members of several buckets touched in turn each get their own number, fields and bits."""
    touched = [_claim_touch(store, f"o_b{i:03d}", keys.dedupe(BRAND, f"b{i}"), b"\x00pending:b")[1]
               for i in range(131)]
    clock.advance(86_400)  # another day: another active-day bitmap, the day passed by the caller
    for i in (127, 0, 128, 130, 1):
        _, again = _claim_touch(store, f"o_b{i:03d}", keys.dedupe(BRAND, f"again{i}"), b"\x00pending:a")
        assert again.id == touched[i].id and not again.is_new and again.user_id == f"o_b{i:03d}"
        assert again.fields == store.get(BRAND, again.id).fields  # type: ignore[union-attr]
        assert store.number(BRAND, again.id) == i + 1
        day = int(clock.now().timestamp()) // 86_400
        assert store.redis.getbit(f"{keys.brand_prefix(BRAND)}{keys.ACTIVE_DAY}:{day}", i + 1) == 1


def test_the_touch_sends_its_four_optional_arguments_only_when_one_is_set(store: MemberStore,
                                                                           clock: ManualClock) -> None:
    """unionid, its bucket, the staff id recorded and the one that parted are empty for most callbacks: left off the
    call then (branch hot7: ~1,100 redis-server instructions an argument); a claim's come before them."""
    from bot.store import member_scripts
    from bot.store.callbacks import claim_args

    fixed = member_scripts.TOUCH_ARGS
    plain = make_inbound(user_id="o_opt")
    assert len(store.touch_args(plain, oa_id("o_opt"))) == fixed
    assert len(store.touch_args(plain, oa_id("o_opt"), claim_args(b"\x00p:o"))) == fixed + 2
    linked = make_inbound(user_id="o_opt", unionid="un_opt")
    assert store.touch_args(linked, oa_id("o_opt"), claim_args(b"\x00p:o"))[fixed + 2] == "un_opt"
    won, member = _claim_touch(store, "o_opt", keys.dedupe(BRAND, "opt1"), b"\x00pending:o")
    assert won and "un" not in member.fields
    pipe = store.redis.pipeline(transaction=False)
    pair = store.queue_claim_touch(pipe, linked, keys.dedupe(BRAND, "opt2"), claim_args(b"\x00pending:o2"))
    assert pair is not None
    results = pipe.execute()
    assert pair[0](results) and pair[1](results).fields["un"] == "un_opt"
    assert store.linked(BRAND, "un_opt") == {member.id}
    assert pair[1](results).fields == store.get(BRAND, member.id).fields  # type: ignore[union-attr]
