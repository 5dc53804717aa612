"""What a sequence tick works out once per batch instead of once per member gives each member the same result as
working it out for them alone: step times (DueTimes against step_due), rendered steps (render's `shared`), and
the batch read (EnrolmentStore.read_tick against reading records and members one by one)."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import fakeredis

from bot.clock import ManualClock
from bot.content.localized import LocalizedText
from bot.content.sequences import SEND_LESSON, SEND_TEXT, Step, StepContent
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_LOCALE, F_TIMEZONE, Member
from bot.sequences.render import render
from bot.sequences.timing import DueTimes, step_due
from bot.store import keys
from bot.store.enrolments import CAP_TTL_S, DUE, Enrolment, EnrolmentStore, Write
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, demo_content

# Zones with DST, with clocks changing at midnight (Asuncion, Santiago, Havana, Gaza), by 30 minutes (Lord Howe),
# across the date line (Apia) and at odd offsets (St John's, Kathmandu)
ZONES = ("Asia/Shanghai", "America/Vancouver", "America/Asuncion", "America/Santiago", "America/Havana", "Asia/Gaza",
         "Australia/Lord_Howe", "Pacific/Apia", "America/St_Johns", "Asia/Kathmandu", "Europe/London", "UTC")


def test_due_times_agree_with_step_due_in_every_zone_and_on_every_date() -> None:
    steps = [Step(id=f"d{day}-{minute}", send=StepContent(kind="text"), day=day, time_min=minute)
             for day in (0, 1, 3, 7) for minute in (0, 30, 600, 1439)]
    steps += [Step(id="after", send=StepContent(kind="text"), after_s=7200),
              Step(id="day-no-time", send=StepContent(kind="text"), day=2, time_min=-1)]
    rng = random.Random(11)
    start = int(datetime(2025, 1, 1, tzinfo=UTC).timestamp())
    for name in ZONES:
        zone, due = ZoneInfo(name), DueTimes()
        # anchors clustered on a few days (as a batch's are) and spread over three years (every DST change)
        anchors = [start + rng.randrange(0, 3 * 365 * 86400) for _ in range(400)]
        anchors += [anchors[0] + rng.randrange(-86400, 86400) for _ in range(100)]
        for anchor in anchors:
            for step in steps:
                last = anchor + 3600
                assert due(step, anchor_s=anchor, last_s=last, zone=zone) == \
                    step_due(step, anchor_s=anchor, last_s=last, zone=zone), (name, anchor, step.id)


def _member(n: int, locale: str) -> Member:
    return Member(id=f"m{n:016x}", brand="default", fields={"ch": "oa", "u": f"o{n}", F_LOCALE: locale,
                                                          "tp:sensitive-basics": str(n % 3)})


def test_a_shared_render_gives_each_member_what_rendering_for_them_alone_gives() -> None:
    """Every lesson of the demo (an image, a Mini Program page or a tracked link beside the text) and a text,
    for members in both locales: the same messages and fields; tracked links still carry each member."""
    content = demo_content()
    sends = [StepContent(kind=SEND_LESSON, ref=series.id, number=number)
             for series in content.tutorials for number in range(1, len(series.lessons) + 1)]
    sends.append(StepContent(kind=SEND_TEXT, text=LocalizedText(zh="你好", en="Hello")))
    shared: dict[object, object] = {}
    members = [_member(n, "en" if n % 2 else "zh") for n in range(6)]
    tracked = 0
    for send in sends:
        for member in members:
            alone = render(send, member=member, content=content, locale=member.locale, sequence_id="s", step_id="x")
            batch = render(send, member=member, content=content, locale=member.locale, sequence_id="s", step_id="x",
                           shared=shared)
            assert batch == alone
            if any(member.id in str(message) for message in alone.messages):
                tracked += 1
    assert tracked > 0  # some lessons carry tracked links: those were rendered per member, not shared


def test_read_tick_reads_records_budgets_caps_and_members_as_reading_them_one_by_one() -> None:
    redis = fakeredis.FakeRedis()
    now = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    members = MemberStore(redis, ManualClock(now))
    store = EnrolmentStore(redis)
    found = []
    for n in range(30):  # one member bucket: read in one pass
        inbound = Inbound(brand="default", channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT, sent_at=now,
                          user_id=f"o{n}", msg_id=f"x{n}", text="hi")
        member = members.touch(inbound)
        assert member is not None
        members.update("default", member.id, set_fields={F_TIMEZONE: "Europe/London"} if n % 4 == 0 else {},
                       add_tags=[f"t{n % 3}"])
        found.append(member.id)
    writes = [Write(new=Enrolment(member_id=m, sequence_id="seq", next="one", anchor_s=1, last_s=1, due_s=60,
                                  gen=1, state=DUE), expected_gen=0, schedule=True) for m in found[:25]]
    store.commit("default", writes, sent={(found[0], "20261203"): 2, (found[1], "20261202"): 1})
    store.commit("default", [], sent={(found[1], "20261202"): 1, (found[4], "20261204"): 1})  # counted again; new
    redis.hset(keys.budget("default", found[2]), "m123", 3)
    refs = [(m, "seq", 1) for m in found]  # the last five have no record
    refs[3] = (found[3], "seq", 7)  # a stale ref: its record is at generation 1
    days = ["20261202", "20261203", "20261204"]
    reads = store.read_tick("default", refs, days)
    assert reads[25:] == [None] * 5
    for (member_id, _seq, gen), read in zip(refs[:25], reads[:25], strict=True):
        assert read is not None
        assert read.record == store.get("default", member_id, "seq")
        assert read.caps == [int(redis.get(keys.daily_cap("default", member_id, d)) or 0) for d in days]
        assert read.budget_used == {k.decode(): int(v) for k, v in redis.hgetall(keys.budget("default",
                                                                                            member_id)).items()}
        if gen == read.record.gen:
            assert read.member == members.get("default", member_id)
        else:
            assert read.member is None  # stale: not read
    assert reads[0] is not None and reads[0].caps == [0, 2, 0] and reads[1] is not None and reads[1].caps == [2, 0, 0]
    assert reads[4] is not None and reads[4].caps == [0, 0, 1]
    assert 0 < redis.ttl(keys.daily_cap("default", found[1], "20261202")) <= CAP_TTL_S
    assert reads[2] is not None and reads[2].budget_used == {"m123": 3}
    assert reads[4] is not None and reads[4].member is not None and reads[4].member.get(F_TIMEZONE) == "Europe/London"
