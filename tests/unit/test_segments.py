"""Segments: the parser's trees and its errors (with the column), and evaluation over the member store's
bitmaps on fakeredis, checked against the same question answered member by member in Python."""

from __future__ import annotations

import random
from datetime import date

import fakeredis
import pytest

from bot.clock import ManualClock
from bot.inbound import Channel
from bot.member import F_CITY, F_LOCALE, Member
from bot.segments.evaluate import Segments, numbers_in, sample
from bot.segments.parser import And, Not, Or, SegmentSyntaxError, Term, parse, render
from bot.store import keys
from bot.store.members import MemberStore
from tests.support.factories import make_inbound

BRAND = "default"


def test_precedence_is_not_then_and_then_or() -> None:
    tree = parse("tag:a | !tag:b & city:Toronto")
    assert tree == Or(Term("tag", "a"), And(Not(Term("tag", "b")), Term("city", "toronto")))
    assert render(parse("(tag:a | tag:b) & tag:c")) == "(tag:a | tag:b) & tag:c"
    assert parse('tag:"summer sale"') == Term("tag", "summer sale")
    assert parse("active:<30d") == Term("active", "<30d", op="<", days=30)
    assert parse("joined:>2026-01-01").on == date(2026, 1, 1)


@pytest.mark.parametrize(("text", "column", "says"), [
    ("tag:vip &", 10, "ends where a term"),
    ("tag:vip & (city:x", 18, "expected )"),
    ("tag:vip city:x", 9, "expected & or |"),
    ("colour:red", 1, "unknown term kind"),
    ("tag:", 5, "needs a value"),
    ("tag:a & active:<7", 16, "active: takes"),
    ("joined:>2026-13-01", 9, "not a date"),
    ("tag:a & )", 9, "expected a term"),
    ('tag:"open', 5, "unterminated"),
    ("", 1, "empty segment"),
    ("vip", 1, "is not a term"),
])
def test_a_malformed_expression_points_at_its_column(text: str, column: int, says: str) -> None:
    with pytest.raises(SegmentSyntaxError) as caught:
        parse(text)
    assert caught.value.column == column and says in caught.value.reason
    assert caught.value.pointer().splitlines()[1].index("^") == column - 1


@pytest.fixture
def world(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> tuple[MemberStore, Segments, list[Member]]:
    """60 members first seen over 3 days (2026-11-23..25), with random tags, cities, locales and channels."""
    store = MemberStore(fake_redis, clock)
    rng = random.Random(7)
    members = []
    for i in range(60):
        if i and i % 20 == 0:
            clock.advance(86400)
        channel = rng.choice([Channel.OA, Channel.WECOM])
        member = store.touch(make_inbound(user_id=f"u{i}", msg_id=f"x{i}", channel=channel))
        assert member is not None
        store.update(BRAND, member.id, set_fields={F_CITY: rng.choice(["Toronto", "Vancouver", "Paris"]),
                                                   F_LOCALE: rng.choice(["zh", "en"])},
                     add_tags=[t for t in ("vip", "churned", "buyer") if rng.random() < 0.4])
        members.append(member)
    return store, Segments(fake_redis, clock), [store.get(BRAND, m.id) for m in members]  # type: ignore[misc]


def _expected(members: list[Member], keep) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.id for m in members if keep(m)}


# Each expression with what it means, asked of one member at a time.
EXPRESSIONS = [
    ("tag:vip", lambda m: "vip" in m.tags),
    ("tag:vip & !tag:churned", lambda m: "vip" in m.tags and "churned" not in m.tags),
    ("!tag:vip", lambda m: "vip" not in m.tags),
    ("(city:toronto | city:VANCOUVER) & locale:zh",
     lambda m: m.city.lower() in ("toronto", "vancouver") and m.locale == "zh"),
    ("channel:wecom & !(tag:buyer | tag:churned)",
     lambda m: m.channel == "wecom" and not ({"buyer", "churned"} & m.tags)),
    ("joined:>2026-11-23", lambda m: m.first_seen_at.date() > date(2026, 11, 23)),
    ("joined:<2026-11-25", lambda m: m.first_seen_at.date() < date(2026, 11, 25)),
    ("joined:>2026-11-25", lambda m: False),
    ("joined:<2026-11-23", lambda m: False),
    ("tag:nobody-has-it", lambda m: False),
    ("!tag:nobody-has-it", lambda m: True),
]


@pytest.mark.parametrize(("expr", "keep"), EXPRESSIONS)
def test_evaluation_agrees_with_asking_each_member(world, expr, keep) -> None:  # type: ignore[no-untyped-def]
    store, segments, members = world
    result = segments.evaluate(BRAND, expr, into="t")
    wanted = _expected(members, keep)
    assert result.count == len(wanted)
    found = {store.member_id_of(BRAND, n) for n in numbers_in(store.redis, result.key, 0, 1000)}
    assert found == wanted
    assert not store.redis.keys(keys.segment_scratch_prefix(BRAND) + "*")  # scratch cleaned up


def test_active_counts_days_of_interaction(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    store, segments = MemberStore(fake_redis, clock), Segments(fake_redis, clock)
    for i in range(4):  # member i last interacts on day 10 * i
        store.touch(make_inbound(user_id=f"a{i}", msg_id=f"a{i}"))
    for i in range(1, 4):
        clock.advance(10 * 86400)
        for j in range(i, 4):
            store.touch(make_inbound(user_id=f"a{j}", msg_id=f"b{i}{j}"))
    assert segments.count(BRAND, "active:<1d") == 1
    assert segments.count(BRAND, "active:<11d") == 2
    assert segments.count(BRAND, "active:<31d") == 4
    assert segments.count(BRAND, "active:>11d") == 2


def test_sample_reads_the_first_members(world) -> None:  # type: ignore[no-untyped-def]
    store, segments, _members = world
    result = segments.evaluate(BRAND, "!tag:none", into="s")
    assert sample(store.redis, result.key, 3) == [1, 2, 3]
    assert numbers_in(store.redis, result.key, 10, 13) == [10, 11, 12]


def test_hostile_nesting_and_length_are_syntax_errors_not_crashes() -> None:
    """A few hundred ( or ! exhausted Python's recursion (RecursionError: a traceback from the CLI)."""
    import pytest

    from bot.segments.parser import MAX_DEPTH, MAX_TERMS, SegmentSyntaxError, parse

    for hostile in ("(" * 500 + "tag:a" + ")" * 500, "!" * 800 + "tag:a", " & ".join(["tag:a"] * 400)):
        with pytest.raises(SegmentSyntaxError):
            parse(hostile)
    assert parse("(" * MAX_DEPTH + "tag:a" + ")" * MAX_DEPTH) is not None
    assert parse(" | ".join(f"tag:t{i}" for i in range(MAX_TERMS))) is not None


def _forget_indexes(redis_client: fakeredis.FakeRedis) -> None:
    """As the store was before the member scripts kept the segment indexes (tag bitmaps too)."""
    for pattern in (keys.ATTR_BITMAP, keys.ACTIVE_DAY, keys.TAG_BITMAP):
        for key in redis_client.keys(f"siyu:{BRAND}:{pattern}:*"):
            redis_client.delete(key)
    redis_client.delete(keys.join_days(BRAND))


@pytest.mark.parametrize(("expr", "keep"), EXPRESSIONS)
def test_reindex_backfills_members_written_before_the_indexes(world, clock: ManualClock, expr, keep
                                                              ) -> None:  # type: ignore[no-untyped-def]
    from bot.clock import epoch_s
    from bot.segments.reindex import reindex

    store, segments, members = world
    _forget_indexes(store.redis)
    assert segments.count(BRAND, "tag:vip | channel:oa | channel:wecom") == 0  # nothing indexed: missed
    done = reindex(store.redis, BRAND, now_s=epoch_s(clock.now()), batch=16)
    assert done == {"members": 60, "batches": 4}
    assert segments.count(BRAND, expr) == len(_expected(members, keep))
    before = {k: store.redis.get(k) for k in store.redis.keys(f"siyu:{BRAND}:*bits:*")}
    reindex(store.redis, BRAND, now_s=epoch_s(clock.now()))  # again: nothing changes
    assert {k: store.redis.get(k) for k in store.redis.keys(f"siyu:{BRAND}:*bits:*")} == before


def test_reindex_marks_each_member_active_on_its_last_seen_day(fake_redis: fakeredis.FakeRedis,
                                                               clock: ManualClock) -> None:
    from bot.clock import epoch_s
    from bot.segments.reindex import reindex

    store, segments = MemberStore(fake_redis, clock), Segments(fake_redis, clock)
    for i in range(4):  # member i last interacts on day 10 * i, as in the test above
        store.touch(make_inbound(user_id=f"a{i}", msg_id=f"a{i}"))
    for i in range(1, 4):
        clock.advance(10 * 86400)
        for j in range(i, 4):
            store.touch(make_inbound(user_id=f"a{j}", msg_id=f"b{i}{j}"))
    _forget_indexes(fake_redis)
    assert segments.count(BRAND, "active:<31d") == 0
    reindex(fake_redis, BRAND, now_s=epoch_s(clock.now()))
    assert [segments.count(BRAND, e) for e in ("active:<1d", "active:<11d", "active:<31d", "active:>11d")] == \
        [1, 2, 4, 2]
    expiries = {int(k.rsplit(b":", 1)[1]): int(fake_redis.execute_command("EXPIRETIME", k))
                for k in fake_redis.keys(f"siyu:{BRAND}:actbits:*")}
    assert expiries and all(at == day * 86400 + keys.ACTIVE_TTL_S for day, at in expiries.items())
