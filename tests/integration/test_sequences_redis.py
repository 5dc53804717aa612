"""The sequence engine on a real redis-server (its Lua claims and commits), with the real route chooser, the
real delivery job and ledger against the fake WeChat API over HTTP (issue 11, Evidence).

Members follow at 2026-11-23 08:00 UTC (16:00 in Shanghai); `newcomer`'s lesson-1 is due day 1 at 10:00
local, 2026-11-24 02:00 UTC, while their window is open.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import redis

from bot.app import create_app
from bot.clock import ManualClock, epoch_s
from bot.content.localized import LocalizedText
from bot.content.publish import ContentStore, publish, published_version
from bot.content.sequences import Sequence, Step, StepContent
from bot.gateway import DEFAULT_LIMITS, Gateway, Rate
from bot.inbound import Kind
from bot.manager.content import publish_content
from bot.member import Member, member_id_for
from bot.outbound import Delivery
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.local_media import serve_demo_media
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from bot.store.enrolments import DUE, ENDED, EnrolmentStore
from jobs import context
from jobs import sequences as sequence_jobs
from jobs.context import JobServices
from jobs.deliver import deliver_batch
from tests.support.factories import OA_APPID, demo_content, make_settings
from tests.support.jobs import LaterRecorder
from tests.support.redis_server import RedisServer
from tests.support.sequences import BRAND, RecordingSink, engine_on, follower, step_of, with_newcomer_steps

pytestmark = pytest.mark.timeout(120)
CUSTOM_SEND = "/cgi-bin/message/custom/send"
LEASE_S = 3  # the crashed ticks' lease in the test (production: bot.store.enrolments.LEASE_S)
LESSON_1_AT = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # day 1, 10:00 in Shanghai


@pytest.fixture
def svc(redis_server: RedisServer, real_redis: redis.Redis, fake: FakeWeChatServer,
        clock: ManualClock) -> Iterator[JobServices]:
    """The job side on the real redis-server, sending to the fake; the demo's lesson images served locally.
    Our rate buckets are lifted: the manual clock never refills them, and these tests are about the engine
    (a lesson's image slowed down after its text would be re-sent whole: see the closing note of issue 11)."""
    settings = make_settings(SIYU_REDIS_URL=redis_server.url, SIYU_OA_API_ORIGIN=fake.origin,
                             SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oasecret",
                             SIYU_WECOM_SECRET="appsecret", SIYU_WECOM_CONTACT_SECRET="contactsecret",
                             SIYU_JOB_SLICE_S="60")  # a delivery job here sends its whole batch
    gateway = Gateway(real_redis, settings, limits={key: Rate(1_000_000, 1_000_000) for key in DEFAULT_LIMITS},
                      retry_delays_s=(0.0,), sleep=lambda s: None)
    services = context.build(settings, real_redis, clock=clock, gateway=gateway, later=LaterRecorder())
    context.install(services)
    serve_demo_media(services.gateway.http)
    yield services
    context.install(None)


def enrol_followers(svc: JobServices, clock: ManualClock, count: int, prefix: str = "o_seq") -> list[str]:
    """`count` new followers enrolled in `newcomer` as the follow's welcome enrols them; their member ids."""
    engine = svc.sequences
    ids = []
    for i in range(count):
        member = follower(svc.members, f"{prefix}{i:05d}", clock.now())
        [entered, *_] = engine.enrol(BRAND, member, "newcomer", reason="follow", answered_by_trigger=True)
        assert entered.outcome == "entered", entered
        ids.append(member.id)
    return ids


def morning_messages(svc: JobServices, clock: ManualClock, count: int, prefix: str = "o_seq") -> None:
    """Move to lesson-1's time, the followers having written an hour before (their 48 h window open)."""
    clock.advance(epoch_s(LESSON_1_AT) - 3600 - epoch_s(clock.now()))
    for i in range(count):
        follower(svc.members, f"{prefix}{i:05d}", clock.now(), kind=Kind.TEXT)
    clock.advance(3600)


def test_two_ticks_racing_hand_each_due_step_over_exactly_once(svc: JobServices, redis_server: RedisServer,
                                                                 clock: ManualClock) -> None:
    ids = enrol_followers(svc, clock, 1000)
    morning_messages(svc, clock, 1000)
    sink = RecordingSink()
    start = threading.Barrier(2)
    reports = []

    def run() -> None:
        client = redis_server.client()  # each tick its own connection, as two workers would have
        engine = engine_on(EnrolmentStore(client), svc.members, svc.sequences.content, clock, sink, svc.routes)
        start.wait()
        reports.append(engine.tick(BRAND, limit=50))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    counts = Counter(sink.keys)
    assert len(counts) == 1000 and max(counts.values()) == 1
    assert {step_of(k) for k in counts} == {"lesson-1"}
    assert all(r.claimed > 0 for r in reports), "both ticks took part"
    assert sum(r.handed for r in reports) == 1000 and sum(r.stale for r in reports) == 0
    records = svc.sequences.store.get_many(BRAND, [(m, "newcomer") for m in ids])
    assert {(r.next, r.state) for r in records if r} == {("product", DUE)}
    assert svc.sequences.store.due_backlog(BRAND, epoch_s(clock.now())) == 0


class Crash(Exception):
    """The worker dies right after handing the batch to delivery, before committing it."""


def test_a_tick_dying_after_its_claim_loses_nothing_and_the_ledger_sends_nothing_twice(
        svc: JobServices, clock: ManualClock, fake: FakeWeChatServer) -> None:
    ids = enrol_followers(svc, clock, 300)
    morning_messages(svc, clock, 300)
    now_s = epoch_s(clock.now())
    store = svc.sequences.store

    def deliver_then_die(deliveries: list[Delivery]) -> None:
        # the delivery job ran, the tick did not commit
        assert deliver_batch([d.to_data() for d in deliveries]) == {"sent": len(deliveries)}
        raise Crash

    crashed = RecordingSink(deliver_then_die)
    dying = engine_on(store, svc.members, svc.sequences.content, clock, crashed, svc.routes)
    leased_until = time.monotonic() + LEASE_S
    refs = store.claim(BRAND, now_s, limit=200, token="dies-after-delivery", lease_s=LEASE_S)
    assert len(refs) == 200
    with pytest.raises(Crash):
        dying.run_batch(BRAND, refs, now_s)
    assert len(store.claim(BRAND, now_s, limit=100, token="dies-at-once", lease_s=LEASE_S)) == 100  # never run
    assert store.claim(BRAND, now_s, limit=100, token="too-early") == []  # every ref is someone's
    sent_before = len(fake.requests(CUSTOM_SEND))
    assert sent_before > 0

    time.sleep(leased_until + LEASE_S - time.monotonic() + 0.2)  # both leases run out (Redis's own clock)
    outcomes: Counter[str] = Counter()
    healthy_sink = RecordingSink(lambda deliveries: outcomes.update(deliver_batch([d.to_data() for d in deliveries])))
    healthy = engine_on(store, svc.members, svc.sequences.content, clock, healthy_sink, svc.routes)
    report = healthy.tick(BRAND)
    assert report.claimed == 300 and report.handed == 300
    assert len(set(healthy_sink.keys)) == 300
    assert outcomes == {"skipped": 200, "sent": 100}, "the ledger dropped the keys the crashed tick delivered"
    assert len(crashed.keys) == 200
    assert set(crashed.keys) <= set(healthy_sink.keys), "the re-run carries the same idempotency keys"
    records = store.get_many(BRAND, [(m, "newcomer") for m in ids])
    assert {(r.next, r.state) for r in records if r} == {("product", DUE)}
    per_member = Counter(r["body"]["touser"] for r in fake.requests(CUSTOM_SEND) if r["errcode"] == 0)
    first = fake.requests(CUSTOM_SEND)[0]["body"]["touser"]
    assert len(per_member) == 300
    assert set(per_member.values()) == {per_member[first]}, "every follower got lesson-1's messages once"
    assert per_member[first] == 2  # the lesson's text and its image: once each, never twice


def test_reapplying_an_edited_sequence_mid_run_neither_restarts_nor_repeats(
        svc: JobServices, real_redis: redis.Redis, clock: ManualClock) -> None:
    demo = demo_content()
    first_version = publish(real_redis, BRAND, demo)
    published = ContentStore(real_redis, BRAND, directory=Path("config"), check_interval_s=0)
    sink = RecordingSink(clock=clock)
    engine = engine_on(svc.sequences.store, svc.members, lambda _b: published.current(), clock, sink, svc.routes,
                       content_version=lambda brand: published_version(real_redis, brand) or 0)
    ids = []
    for i in range(50):
        member = follower(svc.members, f"o_edit{i:03d}", clock.now())
        engine.enrol(BRAND, member, "newcomer", answered_by_trigger=True)
        ids.append(member.id)
    zone = ZoneInfo("Asia/Shanghai")

    def day_at(day: int, hour: int, minute: int = 0) -> int:
        start = datetime(2026, 11, 23, tzinfo=zone) + timedelta(days=day)
        return int(start.replace(hour=hour, minute=minute).timestamp())

    def run_until(moment: int) -> None:
        """Tick at every due minute up to `moment`, each member writing every morning (window open)."""
        while (due := svc.sequences.store.next_due(BRAND)) is not None and due <= moment:
            clock.advance(max(0, due - epoch_s(clock.now())))
            for i in range(50):
                follower(svc.members, f"o_edit{i:03d}", clock.now(), kind=Kind.TEXT)
            engine.tick(BRAND)
        clock.advance(max(0, moment - epoch_s(clock.now())))

    run_until(day_at(2, 12))  # lesson-1 went out on day 1; product is due on day 3
    steps = {s.id: s for s in demo.sequence("newcomer").steps}  # type: ignore[union-attr]
    tip = Step(id="tip", send=StepContent(kind="text", text=LocalizedText(zh="小贴士", en="A tip")), day=6,
               time_min=11 * 60, routes=("oa_custom",))
    edited = with_newcomer_steps(demo, [steps["welcome"], steps["lesson-1"],  # product removed
                                        replace(steps["job"], day=4, time_min=11 * 60),  # moved earlier
                                        tip, steps["checkin"]])  # a step added
    assert publish(real_redis, BRAND, edited) == first_version + 1
    run_until(day_at(12, 12))

    by_member: dict[str, list[str]] = {}
    for delivery in sink.deliveries:
        by_member.setdefault(delivery.member_id, []).append(step_of(delivery.key))
    assert set(by_member) == set(ids)
    assert {tuple(steps) for steps in by_member.values()} == {("lesson-1", "job", "tip", "checkin")}
    local_times = {(step_of(d.key), at.astimezone(zone).strftime("%m-%d %H:%M"))
                   for d, at in zip(sink.deliveries, sink.at, strict=True)}
    assert local_times == {("lesson-1", "11-24 10:00"), ("job", "11-27 11:00"), ("tip", "11-29 11:00"),
                           ("checkin", "11-30 10:00")}, "the moved and the added step at their new times"
    records = svc.sequences.store.get_many(BRAND, [(m, "newcomer") for m in ids])
    assert {(r.state, r.next, r.version) for r in records if r} == {(ENDED, "completed", first_version)}
    assert {r.anchor_s for r in records if r} == {epoch_s(datetime(2026, 11, 23, 8, tzinfo=UTC))}, "nobody restarted"



def test_a_step_moved_earlier_moves_its_waiting_members_once_beside_a_racing_tick(
        svc: JobServices, real_redis: redis.Redis, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """`product` (day 3 at 12:30) is moved to day 2 at 12:30 while group A's product is due (they enrolled on
    11-23) and group B waits for it (enrolled on 11-25: due 11-28, now 11-27). The apply queues the pass;
    the pass runs while a tick sends A's product, and one B member leaves between the pass's read and its
    write. Each A member gets product once, at the old time; each B member once, at the new time, under the
    delivery key it had before the edit; the leaver is not brought back; a second pass moves nobody."""
    zone = ZoneInfo("Asia/Shanghai")
    publish(real_redis, BRAND, demo_content())
    published = ContentStore(real_redis, BRAND, directory=Path("config"), check_interval_s=0)
    sink = RecordingSink(clock=clock)
    engine = engine_on(svc.sequences.store, svc.members, lambda _b: published.current(), clock, sink, svc.routes,
                       content_version=lambda brand: published_version(real_redis, brand) or 0)
    openids = {"A": [f"o_early_a{i:02d}" for i in range(30)], "B": [f"o_early_b{i:02d}" for i in range(30)]}

    def local(day: int, hour: int, minute: int = 0) -> int:
        return int((datetime(2026, 11, 23, hour, minute, tzinfo=zone) + timedelta(days=day)).timestamp())

    def enrol(group: str) -> dict[str, int]:
        ids = {}
        for openid in openids[group]:
            member = follower(svc.members, openid, clock.now())
            [entered, *_] = engine.enrol(BRAND, member, "newcomer", answered_by_trigger=True)
            assert entered.outcome == "entered"
            ids[member.id] = epoch_s(clock.now())
        return ids

    def run_until(moment: int) -> None:
        """Tick at every due minute before `moment`, every member writing first (their window open)."""
        while (due := svc.sequences.store.next_due(BRAND)) is not None and due < moment:
            clock.advance(max(0, due - epoch_s(clock.now())))
            for openid in openids["A"] + openids["B"]:
                follower(svc.members, openid, clock.now(), kind=Kind.TEXT)
            engine.tick(BRAND)
        clock.advance(max(0, moment - epoch_s(clock.now())))

    group_a = enrol("A")  # 11-23 16:00
    run_until(local(2, 16))
    group_b = enrol("B")  # 11-25 16:00
    run_until(local(3, 12, 30))  # B had lesson-1 this morning; A's product falls due now
    for openid in openids["A"] + openids["B"]:
        follower(svc.members, openid, clock.now(), kind=Kind.TEXT)
    store = svc.sequences.store
    before = {r.member_id: r for r in store.get_many(BRAND, [(m, "newcomer") for m in group_b]) if r}
    assert {(r.next, r.due_s) for r in before.values()} == {("product", local(5, 12, 30))}

    steps = {s.id: s for s in demo_content().sequence("newcomer").steps}  # type: ignore[union-attr]
    edited = with_newcomer_steps(demo_content(), [*(steps[i] for i in ("welcome", "lesson-1")),
                                                  replace(steps["product"], day=2),
                                                  *(steps[i] for i in ("job", "checkin"))])
    web = build_services(svc.settings, redis_client=real_redis, clock=clock, queue=RecordingDeliveryQueue())
    publish_content(web, BRAND, edited)  # what `siyu config apply` and POST /content/apply run
    assert web.queue.reschedules == [(BRAND, {"newcomer": ["product"]})]  # type: ignore[attr-defined]

    leaver = sorted(group_b)[0]
    read_members = svc.sequences.members.get_many

    def leave_while_the_pass_works(brand: str, member_ids: list[str]) -> list[Member | None]:
        if leaver in member_ids:  # after the pass read the records, before it writes them
            assert engine.exit(BRAND, leaver, "newcomer", "cli")
        return read_members(brand, member_ids)

    monkeypatch.setattr(svc.sequences.members, "get_many", leave_while_the_pass_works)
    start = threading.Barrier(2)
    results: dict[str, object] = {}

    def run(name: str, work: Callable[[], object]) -> None:
        start.wait()
        results[name] = work()

    [(_brand, moved)] = web.queue.reschedules  # type: ignore[attr-defined]
    threads = [threading.Thread(target=run, args=("tick", lambda: engine.tick(BRAND))),
               threading.Thread(target=run, args=("pass", lambda: sequence_jobs.reschedule(BRAND, moved)))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    monkeypatch.undo()
    assert results["pass"] == {"found": 30, "moved": 29, "stale": 1}
    assert sequence_jobs.reschedule(BRAND, moved) == {"found": 29, "moved": 0, "stale": 0}, "idempotent"
    after = {r.member_id: r for r in store.get_many(BRAND, [(m, "newcomer") for m in group_b]) if r}
    assert after.pop(leaver).state == ENDED
    assert {(r.next, r.state, r.due_s) for r in after.values()} == {("product", DUE, local(4, 12, 30))}
    assert all(r.gen == before[m].gen + 1 for m, r in after.items())

    run_until(local(8, 12))
    keys = Counter(sink.keys)
    assert max(keys.values()) == 1, "no step handed over twice"
    product_at = {d.member_id: at.astimezone(zone).strftime("%m-%d %H:%M")
                  for d, at in zip(sink.deliveries, sink.at, strict=True) if step_of(d.key) == "product"}
    assert {product_at[m] for m in group_a} == {"11-26 12:30"}, "A: the tick's send at the old time"
    assert {product_at[m] for m in after} == {"11-27 12:30"}, "B: moved to day 2"
    assert leaver not in product_at
    assert {f"seq:newcomer:product.-:{m}:{group_b[m]}" for m in after} <= set(keys), "the same delivery keys"


# --- opt-out, waiting for the window, quiet hours and the daily cap -------------------------------------------


@pytest.fixture
def webhook(redis_server: RedisServer, real_redis: redis.Redis, svc: JobServices, clock: ManualClock) -> Simulator:
    """The real app (webhook pipeline, handlers, enrolment from callbacks) on the same redis-server and clock,
    signed callbacks from the simulator."""
    services = build_services(svc.settings, redis_client=real_redis, clock=clock, queue=RecordingDeliveryQueue())
    brand = svc.settings.brands[BRAND]
    transport = flask_transport(create_app(services=services).test_client())
    return Simulator(oa=brand.oa, wecom=brand.wecom, transport=transport, now=lambda: int(clock.now().timestamp()))


def test_opt_out_stops_the_rest_and_a_step_without_a_route_goes_out_after_the_next_message(
        svc: JobServices, webhook: Simulator, clock: ManualClock, fake: FakeWeChatServer) -> None:
    """Three followers through the webhook: `active` writes every morning, `quits` opts out on day 2 after
    lesson-1, `silent` never writes until day 6 at 12:00, when the step waiting for its window (the job
    posting, due day 5 at 19:00) goes out at once; lesson-1 and product waited 2 d each and expired."""
    zone = ZoneInfo("Asia/Shanghai")
    sink = RecordingSink(lambda deliveries: deliver_batch([d.to_data() for d in deliveries]), clock=clock)
    engine = engine_on(svc.sequences.store, svc.members, svc.sequences.content, clock, sink, svc.routes)
    for openid in ("o_active", "o_quits", "o_silent"):
        assert webhook.oa_event(openid, "subscribe").text  # the follow's welcome, which enrols them

    def at(day: int, hour: int, minute: int = 0) -> int:
        return int((datetime(2026, 11, 23, hour, minute, tzinfo=zone) + timedelta(days=day)).timestamp())

    def tick_until(moment: int) -> None:
        while (due := svc.sequences.store.next_due(BRAND)) is not None and due <= moment:
            clock.advance(max(0, due - epoch_s(clock.now())))
            engine.tick(BRAND)
        clock.advance(max(0, moment - epoch_s(clock.now())))
        engine.tick(BRAND)

    for day in range(1, 12):
        tick_until(at(day, 9, 30))
        webhook.oa_message("o_active", "早")
        if day == 1:
            webhook.oa_message("o_quits", "早")
        if day == 2:
            assert "退订" in webhook.oa_message("o_quits", "退订").text
        if day == 6:
            tick_until(at(day, 12))
            webhook.oa_message("o_silent", "还有工作机会吗")
            tick_until(at(day, 12, 1))
    tick_until(at(12, 12))

    got: dict[str, list[tuple[str, str]]] = {}
    for delivery, moment in zip(sink.deliveries, sink.at, strict=True):
        got.setdefault(delivery.user_id, []).append((step_of(delivery.key),
                                                     moment.astimezone(zone).strftime("%m-%d %H:%M")))
    assert got == {
        "o_active": [("lesson-1", "11-24 10:00"), ("product", "11-26 12:30"), ("job", "11-28 19:00"),
                     ("checkin", "11-30 10:00")],
        "o_quits": [("lesson-1", "11-24 10:00")],
        "o_silent": [("job", "11-29 12:00"), ("checkin", "11-30 10:00")],
    }
    sent_to = Counter(r["body"]["touser"] for r in fake.requests(CUSTOM_SEND) if r["errcode"] == 0)
    assert set(sent_to) == {"o_active", "o_quits", "o_silent"}
    stats = svc.sequences.store.stats(BRAND, "newcomer")
    assert stats["lesson-1|-|expired"] == 1 and stats["product|-|expired"] == 1  # o_silent's
    assert stats["job|-|woken"] == 1
    assert sum(v for k, v in stats.items() if "exited:opted-out" in k) == 1
    quits = svc.members.get(BRAND, member_id_for(f"oa:{OA_APPID}:o_quits"))
    assert quits is not None and quits.opted_out
    record = svc.sequences.store.get(BRAND, quits.id, "newcomer")
    assert record is not None and (record.state, record.next) == (ENDED, "opted-out")


def test_quiet_hours_and_the_daily_cap_defer_in_the_members_zone_across_a_dst_change(
        svc: JobServices, real_redis: redis.Redis) -> None:
    """A member in Vancouver enrolled on Saturday 2026-10-31 at 18:00 PDT; clocks go back to PST (UTC-8) on
    Sunday 2026-11-01 at 02:00. Quiet hours 21:00-09:00 and a cap of 2 a day, in the member's zone."""
    zone = ZoneInfo("America/Vancouver")
    clock = ManualClock(datetime(2026, 10, 31, 18, tzinfo=zone).astimezone(UTC))
    text = StepContent(kind="text", text=LocalizedText(zh="你好", en="hello"))
    steps = (Step(id="s1", send=text, after_s=2 * 3600), Step(id="s2", send=text, after_s=3600),
             Step(id="s3", send=text, after_s=600), Step(id="s4", send=text, after_s=600),
             Step(id="s5", send=text, day=3, time_min=10 * 60))
    demo = demo_content()
    content = replace(demo, sequences=(*demo.sequences, Sequence(id="dst", name=LocalizedText(en="dst"),
                                                                 steps=steps)))
    assert content.sequence_defaults.daily_cap == 2
    sink = RecordingSink(clock=clock)
    engine = engine_on(svc.sequences.store, svc.members, lambda _b: content, clock, sink, svc.routes)
    member = follower(svc.members, "o_vancouver", clock.now(), kind=Kind.TEXT, fields={"tz": "America/Vancouver"})
    [entered] = engine.enrol(BRAND, member, "dst")
    assert entered.outcome == "entered"
    deferred = []
    while (due := svc.sequences.store.next_due(BRAND)) is not None:
        clock.advance(max(0, due - epoch_s(clock.now())))
        follower(svc.members, "o_vancouver", clock.now(), kind=Kind.TEXT)  # the window is never the reason
        deferred += [(d.step, d.reason) for d in engine.tick(BRAND).decisions if d.outcome == "deferred"]
    local = [(step_of(d.key), at.astimezone(zone).strftime("%Y-%m-%d %H:%M %z"))
             for d, at in zip(sink.deliveries, sink.at, strict=True)]
    assert local == [("s1", "2026-10-31 20:00 -0700"), ("s2", "2026-11-01 09:00 -0800"),
                     ("s3", "2026-11-01 09:10 -0800"), ("s4", "2026-11-02 09:00 -0800"),
                     ("s5", "2026-11-03 10:00 -0800")]
    assert deferred == [("s2", "quiet hours 21:00-09:00 (America/Vancouver)"),
                        ("s4", "daily cap: 2 of 2 proactive messages today")]
