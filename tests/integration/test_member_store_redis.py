"""MemberStore on a real redis-server with its default limits: the bucketed hashes stay listpacks (the
memory budget depends on it, and fakeredis has no encodings), and concurrent first sights stay one member."""

from __future__ import annotations

import threading

import redis

from bot.clock import ManualClock
from bot.inbound import Channel, Kind
from bot.member import F_CITY, F_LOCALE, F_NICKNAME, F_TIMEZONE, F_USER, member_id_for
from bot.store import keys
from bot.store.member_codec import id_slot
from bot.store.members import MemberStore, claim_touch_reply
from tests.support.factories import make_inbound

BRAND = "default"


def encoding(client: redis.Redis, key: str) -> str:
    found = client.object("encoding", key)
    return found.decode() if isinstance(found, bytes) else str(found)


def test_a_full_bucket_of_128_members_stays_listpack_encoded(real_redis: redis.Redis, clock: ManualClock) -> None:
    store = MemberStore(real_redis, clock)
    ids = []
    for i in range(300):  # buckets 0 (1..127), 1 (128..255, full) and 2
        wecom = i % 5 == 0
        inbound = make_inbound(channel=Channel.WECOM, account="ww8a7b6c5d4e3f2a1b", user_id=f"wm{i:030d}",
                               kind=Kind.CONTACT_ADDED) if wecom else make_inbound(user_id=f"o{i:027d}")
        member = store.touch(inbound)
        assert member is not None
        ids.append(member.id)
        store.update(BRAND, member.id, set_fields={F_LOCALE: "zh", F_CITY: "上海", F_TIMEZONE: "Asia/Shanghai",
                                                   F_NICKNAME: "长" * 21 + "x"},  # 64 bytes exactly
                     add_tags=["newcomer", f"city:{i % 7}", f"interest:{i % 11}"])
    assert real_redis.hlen(keys.member_field(BRAND, F_USER, 1)) == 128
    bucket_keys = [keys.member_ids(BRAND, 1), keys.member_tags(BRAND, 1)] + [
        keys.member_field(BRAND, name, 1) for name in ("fs", "ch", "ac", "u", "l:oa", "lm:oa", "l:wecom", F_LOCALE,
                                                       F_CITY, F_TIMEZONE, F_NICKNAME)]
    assert {key: encoding(real_redis, key) for key in bucket_keys} == {key: "listpack" for key in bucket_keys}
    id_bucket, _ = id_slot(ids[200])
    assert encoding(real_redis, keys.member_numbers(BRAND, id_bucket)) == "listpack"
    assert real_redis.bitcount(keys.tag_bitmap_key(BRAND, "newcomer")) == 300
    assert store.get(BRAND, ids[200]).get(F_NICKNAME) == "长" * 21 + "x"  # type: ignore[union-attr]
    store.update(BRAND, ids[200], set_fields={F_NICKNAME: "长" * 22})  # 66 bytes: continues in a chunk
    assert encoding(real_redis, keys.member_field(BRAND, F_NICKNAME, 1)) == "listpack"
    assert store.get(BRAND, ids[200]).get(F_NICKNAME) == "长" * 22  # type: ignore[union-attr]


def test_concurrent_first_callbacks_of_one_person_make_one_member(real_redis: redis.Redis,
                                                                 clock: ManualClock) -> None:
    store = MemberStore(real_redis, clock)
    store.touch(make_inbound(user_id="o_someone_else"))
    barrier, seen = threading.Barrier(8), []

    def first_callback(n: int) -> None:
        barrier.wait()
        member = store.touch(make_inbound(user_id="o_racing", msg_id=str(n)))
        assert member is not None
        seen.append(member)

    threads = [threading.Thread(target=first_callback, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(m.is_new for m in seen) == [False] * 7 + [True]
    assert {m.id for m in seen} == {seen[0].id} and store.number(BRAND, seen[0].id) == 2
    assert store.count(BRAND) == 2 and store.member_id_of(BRAND, 2) == seen[0].id


def test_claim_touch_as_a_redis_function_answers_as_the_script(real_redis: redis.Redis, clock: ManualClock) -> None:
    """The webhook's claim with the member touch is a Redis function (its helpers made once, at load): on a real
    Redis, call after call, across brands and a field registry that grows between calls, the function answers what
    the same body run as a script answers, and writes the same."""
    from bot.store import member_scripts
    from bot.store.callbacks import claim_args
    from bot.store.scripting import execute_loading

    store = MemberStore(real_redis, clock)
    answers: list[list[object]] = []
    for round_, (brand, user) in enumerate([("default", "o_a"), ("other", "o_a"), ("default", "o_b"),
                                            ("default", "o_a"), ("other", "o_c")]):
        inbound = make_inbound(brand=brand, user_id=user)
        member_id = store.touch(inbound).id if round_ == 3 else None  # type: ignore[union-attr]
        if member_id:
            store.update(brand, member_id, set_fields={F_NICKNAME: f"n{round_}"}, add_tags=[f"t{round_}"])
        pipe = real_redis.pipeline(transaction=False)
        pair = store.queue_claim_touch(pipe, inbound, keys.dedupe(brand, f"f{round_}"), claim_args(b"\x00p:f"))
        assert pair is not None
        by_function = execute_loading(real_redis, pipe)[0]
        args = store.touch_args(inbound, member_id_for(inbound.member_identity or ""), claim_args(b"\x00p:s"))
        by_script = real_redis.eval(member_scripts.CLAIM_TOUCH, 1, keys.dedupe(brand, f"s{round_}"), *args)
        # the script runs second: the same claim, member, fields and tags (in the registry's order), no longer new
        assert by_function[0] == by_script[0] == 1
        by_function, by_script = claim_touch_reply(by_function), claim_touch_reply(by_script)
        assert by_script[0] == 0 and by_function[1] == by_script[1]
        assert _pairs(by_function[2]) == _pairs(by_script[2]) and set(by_function[3]) == set(by_script[3])
        answers.append(by_function)
    assert [a[0] for a in answers] == [1, 1, 1, 0, 1]  # is_new: first sight per brand
    assert b"n3" in answers[3][2] and b"t3" in answers[3][3]


def _pairs(flat: list[bytes]) -> dict[bytes, bytes]:
    return dict(zip(flat[::2], flat[1::2], strict=True))


def test_a_returning_members_touch_decodes_one_code_or_tag_with_hget_and_keeps_each_members_fields(
        real_redis: redis.Redis, clock: ManualClock) -> None:
    """The webhook's claim and touch (the function library) for returning members: one interned value and one tag
    are turned into their value and name with HGET, which answers a string, not with HMGET, which answers a table
    Redis must build and Lua walk (~5 k redis-server instructions each, branch hot12); two or more of each still go
    in one HMGET. And the names a touch skips per channel are kept by the library from call to call: a touch that
    writes a unionid (skipping it) must not make a later touch of another member skip the unionid it stored."""
    from bot.inbound import Inbound
    from bot.member import F_UNIONID, Member
    from bot.store.callbacks import claim_args
    from bot.store.scripting import execute_loading

    store = MemberStore(real_redis, clock)
    one, two = make_inbound(user_id="o_one"), make_inbound(user_id="o_two", unionid="un_two")
    for inbound, fields, tags in ((one, {F_LOCALE: "zh"}, ["vip"]),
                                  (two, {F_LOCALE: "en", F_CITY: "上海"}, ["a", "b"])):
        member = store.touch(inbound)
        assert member is not None
        store.update(BRAND, member.id, set_fields=fields, add_tags=tags)

    def claim_touch(inbound: Inbound, round_: int) -> Member:
        pipe = real_redis.pipeline(transaction=False)
        pair = store.queue_claim_touch(pipe, inbound, keys.dedupe(BRAND, f"h{round_}"), claim_args(b"\x00p:h"))
        assert pair is not None
        return pair[1](execute_loading(real_redis, pipe))

    claim_touch(make_inbound(user_id="o_three", unionid="un_three"), 0)  # loads the library; skips its unionid
    real_redis.config_resetstat()
    first = claim_touch(make_inbound(user_id="o_one", msg_id="2"), 1)
    assert first.fields[F_LOCALE] == "zh" and first.tags == {"vip"}
    assert "cmdstat_hmget" not in real_redis.info("commandstats")
    second = claim_touch(make_inbound(user_id="o_two", msg_id="3"), 2)
    assert second.fields[F_UNIONID] == "un_two"  # read back, not skipped
    assert (second.fields[F_LOCALE], second.fields[F_CITY]) == ("en", "上海") and second.tags == {"a", "b"}
    assert real_redis.info("commandstats")["cmdstat_hmget"]["calls"] == 2
