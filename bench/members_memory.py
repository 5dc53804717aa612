"""Redis memory per member: N members created through MemberStore as the webhook creates them, on a real
redis-server with its default encoding limits (DESIGN §4, issue 11: ≤ 300 bytes per member including its
profile, three tags and one sequence enrolment; the member store's share is meant to be ≤ ~200).

It starts its own redis-server on a free port (no persistence), records INFO memory `used_memory`, then
creates the members in pipelined batches: each one touched by a realistic callback (80 % Official Account
followers with 28-character openids sending a text, 20 % WeCom external contacts added, 32-character
external_userids), then updated with a locale, a city and a time zone, and given three tags from a pool of
20, the way the webhook's write pipeline applies a handler's result. `add_enrolments` is the hook for the
sequence engine's enrolment store. It prints used_memory before and after, bytes per member, and per key
kind: keys, their encodings, MEMORY USAGE in total and per member.

    .venv/bin/python bench/members_memory.py [--members 1000000] [--batch 1000] [--unionid-share 0.0]
    ./dev bench members_memory --members 100000
"""

from __future__ import annotations

import argparse
import random
import re
import string
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.clock import ManualClock
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_CITY, F_LOCALE, F_TIMEZONE
from bot.store import keys
from bot.store.members import MemberStore
from tests.support.redis_server import RedisServer

BRAND = "bench"
OA_APPID, WECOM_CORP = "wx5f3c2b1a0e9d8c7b", "ww8a7b6c5d4e3f2a1b"
TAGS = ("newcomer", "skincare", "haircare", "careers", "customer", "vip", "lang:zh", "lang:en", "city:shanghai",
        "city:shenzhen", "city:sydney", "city:vancouver", "lesson:basics", "lesson:routine", "product:serum-01",
        "product:toner-02", "job:sh-2031", "job:syd-118", "event:webinar-12", "survey:nps")
PROFILES = (("zh", "上海", "Asia/Shanghai"), ("zh", "深圳", "Asia/Shanghai"), ("zh", "北京", "Asia/Shanghai"),
            ("en", "Sydney", "Australia/Sydney"), ("en", "Vancouver", "America/Vancouver"),
            ("zh", "杭州", "Asia/Shanghai"))
ID_CHARS = string.ascii_letters + string.digits + "-_"


def add_enrolments(redis_client: redis.Redis, brand: str, numbers: Sequence[int]) -> None:
    """One active enrolment per member, as the engine writes it (bot/store/enrolments.py): the demo's
    `newcomer` at its second step, due within the next week (one due ref per member in the per-minute lists)."""
    from bot.store.enrolments import DUE, Enrolment, EnrolmentStore, Write
    from bot.store.member_codec import bucket_of, slot_of, unpack_id

    enrolments = EnrolmentStore(redis_client)
    start = int(datetime(2026, 12, 1, tzinfo=UTC).timestamp())
    rng = random.Random(11)
    numbers = list(numbers)
    for offset in range(0, len(numbers), 2000):
        chunk = numbers[offset:offset + 2000]
        pipe = redis_client.pipeline(transaction=False)
        for number in chunk:
            pipe.hget(keys.member_ids(brand, bucket_of(number)), slot_of(number))
        member_ids = [unpack_id(found.decode()) for found in pipe.execute() if found is not None]
        anchor = start + rng.randrange(0, 86400)
        enrolments.commit(brand, [Write(new=Enrolment(
            member_id=m, sequence_id="newcomer", next="lesson-1", anchor_s=anchor, last_s=anchor,
            due_s=anchor + 86400 + rng.randrange(0, 6 * 86400), gen=1, state=DUE, version=1),
            expected_gen=0, schedule=True) for m in member_ids])
    print(f"enrolled {len(numbers):,} members in newcomer (one record and one due ref each)")


def inbound(rng: random.Random, now: datetime) -> Inbound:
    if rng.random() < 0.8:
        openid = "o" + "".join(rng.choices(ID_CHARS, k=27))  # Official Account openids are 28 characters
        return Inbound(brand=BRAND, channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT, sent_at=now,
                       user_id=openid, msg_id=str(rng.getrandbits(63)), text="你好")
    external = "wm" + "".join(rng.choices(ID_CHARS, k=30))  # WeCom external_userid: 32 characters
    return Inbound(brand=BRAND, channel=Channel.WECOM, account=WECOM_CORP, kind=Kind.CONTACT_ADDED, sent_at=now,
                   user_id=external, staff_id="zhangwei")


def with_unionid(event: Inbound, rng: random.Random) -> Inbound:
    return replace(event, unionid="o" + "".join(rng.choices(ID_CHARS, k=27)))


def load(client: redis.Redis, members: int, batch: int, unionid_share: float) -> None:
    rng = random.Random(11)
    clock = ManualClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    store = MemberStore(client, clock)
    started, created = time.perf_counter(), 0
    while created < members:
        size = min(batch, members - created)
        events = [inbound(rng, clock.now()) for _ in range(size)]
        events = [with_unionid(e, rng) if rng.random() < unionid_share else e for e in events]
        touches = client.pipeline(transaction=False)
        pending = [store.queue_touch(touches, event) for event in events]
        results = touches.execute()
        writes = client.pipeline(transaction=False)
        for finish in pending:
            assert finish is not None
            member = finish(results)
            assert member.is_new
            locale, city, zone = rng.choice(PROFILES)
            store.update(BRAND, member.id, set_fields={F_LOCALE: locale, F_CITY: city, F_TIMEZONE: zone},
                         add_tags=rng.sample(TAGS, 3), pipe=writes)
        writes.execute()
        created += size
        clock.advance(1)
        if created % (batch * 100) == 0 or created == members:
            elapsed = time.perf_counter() - started
            print(f"  {created:>9,} members  {elapsed:6.1f} s  ({created / elapsed:,.0f}/s)", flush=True)


def kind_of(key: str) -> str:
    """A key's kind: its name with the brand prefix dropped and bucket numbers folded."""
    rest = key.removeprefix(keys.brand_prefix(BRAND))
    rest = re.sub(r":\d+$", ":<bucket>", rest)
    rest = re.sub(r"^enr:[0-9a-f]{4}$", "enr:<bucket>", rest)  # enrolment records, by member-id hash
    if rest.startswith(keys.TAG_BITMAP + ":"):
        return keys.TAG_BITMAP + ":<tag>"
    return rest


def breakdown(client: redis.Redis, members: int) -> None:
    usage: dict[str, int] = defaultdict(int)
    count: Counter[str] = Counter()
    encodings: dict[str, Counter[str]] = defaultdict(Counter)
    names = [k.decode() for k in client.scan_iter(count=10_000)]
    for start in range(0, len(names), 5000):
        chunk = names[start:start + 5000]
        pipe = client.pipeline(transaction=False)
        for name in chunk:
            pipe.memory_usage(name, samples=0)
            pipe.object("encoding", name)
        replies = pipe.execute()
        for name, used, encoding in zip(chunk, replies[::2], replies[1::2], strict=True):
            kind = kind_of(name)
            usage[kind] += int(used or 0)
            count[kind] += 1
            encodings[kind][encoding.decode() if isinstance(encoding, bytes) else str(encoding)] += 1
    print(f"\n{'key kind':<24} {'keys':>8}  {'encoding':<28} {'MEMORY USAGE':>14} {'B/member':>9}")
    for kind in sorted(usage, key=lambda k: -usage[k]):
        shown = ", ".join(f"{e} {n:,}" for e, n in encodings[kind].most_common())
        print(f"{kind:<24} {count[kind]:>8,}  {shown:<28} {usage[kind]:>14,} {usage[kind] / members:>9.1f}")
    print(f"{'sum of MEMORY USAGE':<24} {sum(count.values()):>8,}  {'':<28} {sum(usage.values()):>14,} "
          f"{sum(usage.values()) / members:>9.1f}")


def used_memory(client: redis.Redis) -> int:
    return int(client.info("memory")["used_memory"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument("--unionid-share", type=float, default=0.0,
                        help="share of callbacks carrying a unionid (OA text messages carry none)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir)).start()
        try:
            client = server.client()
            print(f"{client.info('server')['redis_version']=}, "
                  f"hash-max-listpack-entries={client.config_get('hash-max-listpack-entries')}, "
                  f"hash-max-listpack-value={client.config_get('hash-max-listpack-value')}")
            before = used_memory(client)
            load(client, args.members, args.batch, args.unionid_share)
            members_only = used_memory(client)
            add_enrolments(client, BRAND, range(1, args.members + 1))
            after = used_memory(client)
            print(f"members alone: {(members_only - before) / args.members:.1f} B per member; one enrolment each: "
                  f"{(after - members_only) / args.members:.1f} B per member")
            store = MemberStore(client, ManualClock(datetime(2026, 12, 1, tzinfo=UTC)))
            assert store.count(BRAND) == args.members
            print(f"\nused_memory before {before:,} B, after {after:,} B: {after - before:,} B for "
                  f"{args.members:,} members = {(after - before) / args.members:.1f} B per member "
                  f"(target: ≤ 300 with one enrolment; the member store's share ≤ ~200)")
            tagged = sum(store.members_with_tag(BRAND, tag) for tag in TAGS)
            print(f"tag memberships (BITCOUNT over {len(TAGS)} tags): {tagged:,} = {tagged / args.members:.2f} "
                  f"per member")
            breakdown(client, args.members)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
