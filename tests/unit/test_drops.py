"""Group tutorial drops (bot/community/drops.py) on the demo's groups: lesson times in each group's zone, one
hand-over per group and lesson, the robot or the owner's confirm task, skipped (and reported) when too late,
and the lessons a late joiner missed."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.services import Services

VAN = ZoneInfo("America/Vancouver")
# The test clock starts Monday 2026-11-23 08:00 UTC: the first tick anchors the start-less demo schedules there.
VAN_LESSON_1 = datetime(2026, 11, 24, 20, 0, tzinfo=VAN)  # Tuesday 20:00 in Vancouver
TOR_LESSON_1 = datetime(2026, 11, 25, 20, 0, tzinfo=ZoneInfo("America/Toronto"))  # Wednesday 20:00


def at(clock: ManualClock, moment: datetime) -> None:
    clock.advance((moment - clock.now()).total_seconds())


def test_each_lesson_goes_once_at_its_local_time_by_the_groups_route(
        services: Services, clock: ManualClock, delivery_queue: RecordingDeliveryQueue) -> None:
    assert services.drops.tick("default").queued == []  # anchors; nothing due yet
    at(clock, VAN_LESSON_1 - timedelta(seconds=1))
    assert services.drops.tick("default").queued == []
    at(clock, VAN_LESSON_1)
    assert services.drops.tick("default").queued == [("van-skincare", 1)]
    assert services.drops.tick("default").queued == []  # claimed: never twice
    robot, *rest = delivery_queue.deliveries  # one delivery per robot message: a slowed part goes alone
    assert robot.key == "drop:van-skincare:1:0" and robot.routes == ("group_robot",)
    assert [d.key for d in rest] == [f"drop:van-skincare:1:{n}" for n in range(1, len(rest) + 1)]
    assert robot.context.robot == "SIYU_ROBOT_KEY_VAN_SKINCARE" and robot.user_id == "wrOgQhDgAAvanskincare01"
    assert "认识你的肤质" in robot.message.text  # lesson 1 of sensitive-basics, in the group's language
    at(clock, TOR_LESSON_1 + timedelta(minutes=5))
    assert services.drops.tick("default").queued == [("tor-skincare", 1)]
    task = delivery_queue.deliveries[-1]
    # no robot in that group: one group mass send its owner confirms, the lesson's parts in it
    assert task.key == "drop:tor-skincare:1" and task.routes == ("wecom_task",) and task.context.staff_id == "zhangsan"
    assert task.user_id == task.context.chat_id == "wrOgQhDgAAtorskincare01"


def test_a_drop_found_too_late_is_skipped_and_reported(services: Services, clock: ManualClock,
                                                       delivery_queue: RecordingDeliveryQueue) -> None:
    services.drops.tick("default")
    at(clock, VAN_LESSON_1 + timedelta(hours=2, minutes=1))  # max_late: 2h
    report = services.drops.tick("default")
    assert ("van-skincare", 1, 7260) in report.skipped and delivery_queue.deliveries == []
    skipped = [e for e in services.events.recent("default", count=50) if e.get("type") == "drop.skipped"]
    assert skipped and skipped[0]["group"] == "van-skincare"
    assert services.drops.tick("default").skipped == []  # reported once
    at(clock, VAN_LESSON_1 + timedelta(days=7))
    assert services.drops.tick("default").queued == [("van-skincare", 2)]  # the next one goes on time


def test_a_late_joiner_gets_the_lessons_dropped_before_they_joined(services: Services, clock: ManualClock) -> None:
    services.drops.tick("default")
    for week in range(3):
        at(clock, VAN_LESSON_1 + timedelta(days=7 * week))
        services.drops.tick("default")
    joined = VAN_LESSON_1 + timedelta(days=14, hours=-1)  # after lessons 1 and 2, before 3
    services.drops.store.record_join("default", "wmLate01", "van-skincare", int(joined.timestamp()))
    catch_up = services.drops.catch_up("default", "wmLate01")
    assert [d.key.split(":")[:3] for d in catch_up] == [["catchup", "van-skincare", "1"],
                                                         ["catchup", "van-skincare", "2"]]
    assert all(d.routes == ("wecom_task",) and d.user_id == "wmLate01" for d in catch_up)  # 1:1, not the group
    assert services.drops.catch_up("default", "wmLate01") == []  # asked again: nothing twice
    assert services.drops.catch_up("default", "wmNobody") == []


def test_a_groups_drops_take_the_tone_its_tags_fit_with_a_holdout_of_lessons(
        services: Services, clock: ManualClock, delivery_queue: RecordingDeliveryQueue) -> None:
    """The Vancouver group is tagged `newcomers`: sensitive-basics' `newcomers` tone opens each of its lessons,
    except the held-out ones (posted as written, counted as `newcomers~hold`); the Toronto group fits no tone.
    The arm is stored at hand-over, shown in the status, and counted as shown once the post went out (its first
    part); a late joiner's catch-up reads the group's voice without counting for it."""
    from dataclasses import replace

    from bot.community.drops import DropStore, drop_tone, lesson_messages
    from bot.community.tones import ToneStats
    from bot.content.variants import in_holdout
    from bot.manager.groups import drops_status
    from tests.support.factories import demo_content

    content = demo_content()
    content = replace(content, community=replace(content.community, holdout_pct=50))
    van, tor = content.group("van-skincare"), content.group("tor-skincare")
    series = content.tutorial("sensitive-basics")
    assert van is not None and tor is not None and series is not None
    intro = series.tones[0].intro.zh
    held = [n for n in range(1, 6) if in_holdout(f"van-skincare:{n}", "drop:sensitive-basics", 50)]
    kept = [n for n in range(1, 6) if n not in held]
    assert held and kept
    for number in range(1, 6):
        pick = drop_tone(content, van, series, number)
        text = lesson_messages(content, van, series, number, where="wecom.drop", tone=pick)[0].text
        assert (pick.arm, text.startswith(intro)) == (("newcomers", True) if number in kept else
                                                     ("newcomers~hold", False))
    [_text, link] = lesson_messages(content, van, series, 4, where="wecom.drop", tone=drop_tone(content, van,
                                                                                                  series, 4))
    assert link.url.endswith("sy_c=drop:sensitive-basics~" + drop_tone(content, van, series, 4).arm)
    assert drop_tone(content, tor, series, 1).arm == "-"  # tagged skincare only: no tone fits

    services.drops.tick("default")  # the demo content (10 % holdout): lesson 1 goes out in the tone
    at(clock, VAN_LESSON_1)
    services.drops.tick("default")
    assert delivery_queue.deliveries[0].message.text.startswith(intro)
    store = DropStore(services.redis)
    assert store.tones("default", "van-skincare") == {1: "newcomers"}
    [row] = [r for r in drops_status(services, "default") if r["group"] == "van-skincare" and r["lesson"] == 1]
    assert (row["state"], row["tone"]) == ("queued", "newcomers")
    for delivery in delivery_queue.deliveries:  # the robot posted every part: the lesson counts once
        store.count_posted("default", delivery.key)
    store.count_posted("default", "drop:tor-skincare:1")  # no tone stored for it: nothing
    assert [(r["item"], r["arm"], r["shown"]) for r in ToneStats(services.redis).report("default")] == [
        ("drop:sensitive-basics", "newcomers", 1)]
    services.drops.store.record_join("default", "wmLate02", "van-skincare", int(VAN_LESSON_1.timestamp()) + 60)
    [catch_up] = services.drops.catch_up("default", "wmLate02")
    assert catch_up.message.text.startswith(intro)  # the lesson as the group read it
