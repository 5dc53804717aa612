"""The sequence engine on fakeredis: entry rules, the trigger's own answer, waiting for the member's window,
quiet hours and the daily cap in the member's zone, exit goals, sticky A/B, editing a live sequence, claims."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import fakeredis
import pytest

from bot.channels import RouteContext
from bot.clock import ManualClock, epoch_s
from bot.content.model import Content
from bot.content.schema import load_content, validate_directory
from bot.content.sequences import QuietHours, Step, StepContent, Variant
from bot.gateway import Gateway
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_TIMEZONE, Member
from bot.outbound import Delivery
from bot.sequences.engine import SequenceEngine, step_of_key
from bot.sequences.timing import local, next_day_start, quiet_until, step_due, variant_for
from bot.store.budget import BudgetStore
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, make_settings

CONFIG = Path(__file__).resolve().parents[2] / "config"
SHANGHAI = ZoneInfo("Asia/Shanghai")
VANCOUVER = ZoneInfo("America/Vancouver")

DRIP = """
defaults: {timezone: Asia/Shanghai, quiet_hours: "21:00-09:00", daily_cap: 2}
sequences:
  - id: drip
    name: Drip
    triggers: [follow]
    entry: {entry}
    exit: {tags: [customer], replies: [别再发]}
    steps:
      - {id: hello, send: welcome, routes: [reply]}
      - {id: one, day: 1, time: "10:00", send: {text: one}, wait: 1d}
      - {id: two, day: 1, time: "10:30", send: {text: two}}
      - {id: three, day: 1, time: "11:00", send: {text: three}}
      - {id: late, after: 2h, send: {text: late}}
  - id: other
    name: Other
    not_while_in: [drip]
    steps:
      - {id: x, after: 1h, send: {text: x}}
"""


def content_with(tmp_path: Path, sequences_yaml: str) -> Content:
    directory = tmp_path / "config"
    shutil.copytree(CONFIG, directory, dirs_exist_ok=True)
    (directory / "sequences.yaml").write_text(sequences_yaml, encoding="utf-8")
    return load_content(directory)


class Harness:
    """An engine on fakeredis with a manual clock; deliveries are collected, members write when told."""

    def __init__(self, content: Content, start: datetime) -> None:
        self.redis = fakeredis.FakeRedis()
        self.clock = ManualClock(start)
        self.content = content
        self.members = MemberStore(self.redis, self.clock)
        self.sent: list[Delivery] = []
        settings = make_settings()
        self.engine = SequenceEngine(
            store=EnrolmentStore(self.redis), members=self.members, content=lambda _b: self.content, clock=self.clock,
            sink=self.sent.extend, routes=RouteContext(gateway=Gateway(self.redis, settings),
                                                       budget=BudgetStore(self.redis)))

    def inbound(self, user: str, kind: Kind, text: str = "") -> Inbound:
        return Inbound(brand="default", channel=Channel.OA, account=OA_APPID, kind=kind, sent_at=self.clock.now(),
                       user_id=user, text=text, msg_id=f"{user}-{epoch_s(self.clock.now())}" if text else "")

    def follow(self, user: str = "o_a", zone: str = "") -> Member:
        member = self.members.touch(self.inbound(user, Kind.SUBSCRIBE))
        assert member is not None
        if zone:
            self.members.update("default", member.id, set_fields={F_TIMEZONE: zone})
        found = self.members.get("default", member.id)
        assert found is not None
        return found

    def write(self, member: Member, text: str = "hi") -> Member:
        """The member writes: the window opens and waiting steps wake, as the webhook pipeline does it."""
        inbound = self.inbound(member.user_id, Kind.TEXT, text)
        touched = self.members.touch(inbound)
        records = self.engine.store.of_member("default", member.id, self.engine.sequence_ids("default"))
        self.engine.after_callback(inbound, touched, handler="qa", added_tags=(), set_fields={}, records=records)
        assert touched is not None
        return touched

    def run_until(self, moment: datetime) -> list[tuple[str, str, str]]:
        """Tick at every due time up to `moment`: (local time, step, outcome) in the member's zone."""
        out = []
        while True:
            due = self.engine.store.next_due("default")
            if due is None or due > moment.timestamp():
                break
            self.clock.advance(max(0.0, due - self.clock.now().timestamp()))
            for d in self.engine.tick("default").decisions:
                out.append((local(d.at, ZoneInfo(d.zone)).strftime("%m-%d %H:%M"), d.step, d.outcome))
        self.clock.advance(max(0.0, moment.timestamp() - self.clock.now().timestamp()))
        return out


@pytest.fixture
def drip(tmp_path: Path) -> Content:
    return content_with(tmp_path, DRIP.replace("{entry}", "once"))


# -- timing -----------------------------------------------------------------------------------------------


def test_day_steps_land_on_the_local_date_across_a_dst_change() -> None:
    """Vancouver leaves daylight time on 2026-11-01: day 1 at 10:00 is 10:00 local on both sides."""
    step = Step(id="s", send=StepContent(kind="text"), day=1, time_min=600)
    anchor = int(datetime(2026, 10, 31, 20, 0, tzinfo=VANCOUVER).timestamp())
    due = step_due(step, anchor_s=anchor, last_s=anchor, zone=VANCOUVER)
    assert local(due, VANCOUVER).isoformat() == "2026-11-01T10:00:00-08:00"
    assert due - anchor == 15 * 3600  # a 15-hour wait, not 14: the clocks went back


def test_quiet_hours_span_midnight_in_the_members_zone() -> None:
    quiet = QuietHours(start=21 * 60, end=9 * 60)
    late = int(datetime(2026, 12, 3, 22, 30, tzinfo=SHANGHAI).timestamp())
    early = int(datetime(2026, 12, 4, 7, 0, tzinfo=SHANGHAI).timestamp())
    noon = int(datetime(2026, 12, 4, 12, 0, tzinfo=SHANGHAI).timestamp())
    morning = datetime(2026, 12, 4, 9, 0, tzinfo=SHANGHAI).timestamp()
    assert quiet_until(late, SHANGHAI, quiet) == morning
    assert quiet_until(early, SHANGHAI, quiet) == morning
    assert quiet_until(noon, SHANGHAI, quiet) is None
    assert next_day_start(noon, SHANGHAI, quiet) == datetime(2026, 12, 5, 9, 0, tzinfo=SHANGHAI).timestamp()


def test_variants_are_sticky_and_follow_their_weights() -> None:
    step = Step(id="split", variants=(Variant("a", 3, StepContent(kind="text")),
                                      Variant("b", 1, StepContent(kind="text"))))
    picks = Counter(variant_for(f"m{i:016x}", "seq", step).id for i in range(4000))  # type: ignore[union-attr]
    assert 2850 < picks["a"] < 3150 and picks["a"] + picks["b"] == 4000
    assert {variant_for("m1", "seq", step) for _ in range(5)} == {variant_for("m1", "seq", step)}


# -- enrolment ---------------------------------------------------------------------------------------------


def test_the_follow_answers_the_first_step_and_the_rest_is_scheduled(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))  # 10:00 in Shanghai
    member = h.follow()
    entered, answered = h.engine.enrol("default", member, "drip", reason="follow", answered_by_trigger=True)
    assert (entered.outcome, entered.step) == ("entered", "one")
    assert (answered.step, answered.outcome, answered.route) == ("hello", "sent", "reply")
    assert local(entered.next_at, SHANGHAI).isoformat() == "2026-12-04T10:00:00+08:00"
    again = h.engine.enrol("default", member, "drip")[0]
    assert (again.outcome, again.reason) == ("refused", "already enrolled")
    busy = h.engine.enrol("default", member, "other")[0]
    assert (busy.outcome, busy.reason) == ("refused", "while in sequence drip")


def test_entry_once_refuses_a_second_enrolment_and_again_allows_it(tmp_path: Path) -> None:
    for entry, expected in (("once", "refused"), ("again", "entered")):
        content = content_with(tmp_path / entry, DRIP.replace("{entry}", entry))
        h = Harness(content, datetime(2026, 12, 3, 2, tzinfo=UTC))
        member = h.follow()
        h.engine.enrol("default", member, "drip")
        assert h.engine.exit("default", member.id, "drip", "manager")
        assert h.engine.enrol("default", member, "drip")[0].outcome == expected


# -- ticks -------------------------------------------------------------------------------------------------


def test_steps_wait_for_the_window_and_go_out_when_the_member_writes(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    member = h.follow()
    h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    trace = h.run_until(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))  # 11:00 in Shanghai, the follow long over
    assert trace == [("12-04 10:00", "one", "waiting")]
    assert h.sent == []
    h.write(member)  # 11:00: the 48-hour window opens
    trace = h.run_until(datetime(2026, 12, 4, 3, 1, tzinfo=UTC))
    # "one" woke and went out, "two" (due 10:30) with it; "three" would be the third today: the cap is 2
    assert [(step, outcome) for _at, step, outcome in trace] == [("one", "sent"), ("two", "sent"),
                                                                  ("three", "deferred")]
    assert [d.message.text for d in h.sent] == ["one", "two"]  # type: ignore[union-attr]
    assert step_of_key(h.sent[0].key) == ("drip", "one", "-")
    trace = h.run_until(datetime(2026, 12, 5, 4, 0, tzinfo=UTC))
    assert trace[0] == ("12-05 09:00", "three", "sent")  # the next local morning, the window still open


def test_a_waiting_step_expires_when_the_member_never_writes(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    member = h.follow()
    h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    trace = h.run_until(datetime(2026, 12, 5, 3, 0, tzinfo=UTC))
    assert trace[:3] == [("12-04 10:00", "one", "waiting"), ("12-05 10:00", "one", "expired"),
                         ("12-05 10:00", "two", "waiting")]
    assert h.sent == []
    assert h.engine.store.stats("default", "drip")["one|-|expired"] == 1


def test_quiet_hours_defer_to_the_end_of_the_night_in_the_members_zone(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 12, 0, tzinfo=UTC))  # 20:00 in Shanghai, 04:00 in Vancouver
    member = h.follow(zone="America/Vancouver")
    h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    h.clock.advance(86400 + 3 * 3600)  # 12-04 07:00 in Vancouver: the member writes
    h.write(member)
    trace = h.run_until(datetime(2026, 12, 4, 19, 0, tzinfo=UTC))  # 11:00 in Vancouver
    assert ("12-04 10:00", "one", "sent") in trace  # 10:00 Vancouver time, not Shanghai's
    night = h.follow(user="o_night")  # no zone: the brand's, Shanghai
    h.engine.enrol("default", night, "other")  # x comes an hour later: 04:00 in Shanghai, quiet
    h.clock.advance(60)
    h.write(night)
    trace = h.run_until(datetime(2026, 12, 5, 2, 0, tzinfo=UTC))
    assert [t for t in trace if t[1] == "x"] == [("12-05 04:00", "x", "deferred"), ("12-05 09:00", "x", "sent")]


def test_exit_goals_stop_the_rest(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    tagged, replied, opted = h.follow("o_tag"), h.follow("o_reply"), h.follow("o_out")
    for member in (tagged, replied, opted):
        h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    h.members.update("default", tagged.id, add_tags=["customer"])
    h.write(replied, "别再发了谢谢")
    h.members.update("default", opted.id, set_fields={"oo": "1"})
    h.clock.advance(86400 - 3600)
    for member in (tagged, opted):
        h.write(member)
    trace = h.run_until(datetime(2026, 12, 8, tzinfo=UTC))
    assert h.sent == []
    stats = h.engine.store.stats("default", "drip")
    assert stats["one|-|exited:goal:tag customer"] == 1 and stats["one|-|exited:goal:reply"] == 1
    assert stats["one|-|exited:opted-out"] == 1 and stats["one|-|at"] == 0
    assert trace == []  # each ended at the callback that reached the goal, not at a later tick


def test_editing_a_live_sequence_carries_members_over_by_step_id(tmp_path: Path, drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    member = h.follow()
    h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    h.clock.advance(86400 - 3600)
    h.write(member)
    h.run_until(datetime(2026, 12, 4, 2, 10, tzinfo=UTC))  # "one" went out at 10:00
    edited = DRIP.replace("{entry}", "once").replace(
        '      - {id: two, day: 1, time: "10:30", send: {text: two}}\n', "").replace(
        '"11:00", send: {text: three}', '"12:00", send: {text: three}')
    h.content = content_with(tmp_path / "v2", edited)
    trace = h.run_until(datetime(2026, 12, 4, 5, 0, tzinfo=UTC))
    assert [(at, step, outcome) for at, step, outcome in trace if outcome != "rescheduled"] == [
        ("12-04 12:00", "three", "sent")]  # "two" was removed: skipped; "three" moved to 12:00; "one" not again
    assert [d.message.text for d in h.sent] == ["one", "three"]  # type: ignore[union-attr]


def test_two_claims_never_take_the_same_enrolment(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    for i in range(300):
        h.engine.enrol("default", h.follow(f"o_{i}"), "other")
    h.clock.advance(7200)
    store, now = h.engine.store, epoch_s(h.clock.now())
    first = store.claim("default", now, limit=200, token="a")
    second = store.claim("default", now, limit=200, token="b")
    assert len(first) == 200 and len(second) == 100 and not set(first) & set(second)
    assert store.claim("default", now, limit=200, token="c") == []


def test_a_dead_ticks_claim_comes_back_after_its_lease(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    h.engine.enrol("default", h.follow(), "other")
    h.clock.advance(7200)
    store, now = h.engine.store, epoch_s(h.clock.now())
    taken = store.claim("default", now, limit=10, token="dead", lease_s=-1)  # its worker died at once
    assert len(taken) == 1
    assert store.claim("default", now, limit=10, token="next") == taken


CLICKS = """
sequences:
  - id: shop
    name: Shop
    exit: {conversion: true}
    steps:
      - {id: card, after: 1h, send: {product: amino-cleanser}}
      - {id: nudge, after: 1d, send: {text: still thinking?}, when: {clicked_previous: false}}
      - {id: thanks, after: 1h, send: {text: thanks for looking}, when: {clicked_previous: true}}
"""


def test_clicks_choose_the_next_step_and_a_conversion_ends_the_journey(tmp_path: Path) -> None:
    h = Harness(content_with(tmp_path, CLICKS), datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    clicker, browser, buyer = h.follow("o_click"), h.follow("o_browse"), h.follow("o_buy")
    for member in (clicker, browser, buyer):
        h.engine.enrol("default", member, "shop")
        h.write(member)
    h.run_until(datetime(2026, 12, 3, 3, 1, tzinfo=UTC))
    assert h.engine.clicked("default", clicker.id, "shop", "card")
    assert h.engine.converted("default", buyer.id, "purchase") == ["shop"]
    for member in (clicker, browser):
        h.write(member)
    h.run_until(datetime(2026, 12, 5, tzinfo=UTC))
    texts = {(d.member_id, getattr(d.message, "text", d.message.type)) for d in h.sent}
    assert (clicker.id, "thanks for looking") in texts and (clicker.id, "still thinking?") not in texts
    assert (browser.id, "still thinking?") in texts and (browser.id, "thanks for looking") not in texts
    assert not any(d.member_id == buyer.id and d.message.type == "text" for d in h.sent)
    stats = h.engine.store.stats("default", "shop")
    assert stats["card|-|clicked"] == 1 and stats["nudge|-|exited:goal:conversion"] == 1


def test_a_wechat_customer_service_member_gets_steps_from_their_kf_account(drip: Content) -> None:
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    inbound = Inbound(brand="default", channel=Channel.KF, account="ww0123456789abcdef", kind=Kind.TEXT,
                      sent_at=h.clock.now(), user_id="wm_kf_customer", msg_id="k1", text="hi", open_kfid="wkKF01")
    member = h.members.touch(inbound)
    assert member is not None
    h.members.update("default", member.id, set_fields={"kf": "wkKF01"})
    BudgetStore(h.redis).kf_opened("default", "wkKF01", "wm_kf_customer", h.clock.now())
    h.engine.enrol("default", h.members.get("default", member.id), "other")  # type: ignore[arg-type]
    trace = h.run_until(datetime(2026, 12, 3, 3, 1, tzinfo=UTC))
    assert [(step, outcome) for _at, step, outcome in trace] == [("x", "sent")]
    assert h.sent[0].routes == ("kf",) and h.sent[0].context.open_kfid == "wkKF01"


CONFIRM = """
sequences:
  - id: vip
    name: VIP
    steps:
      - id: invite
        after: 1h
        send: {text: join our VIP night}
        routes: [wecom_task]
        confirm: {remind_after: 2h, expire_after: 6h, otherwise: wait}
"""


def test_a_wecom_customers_step_is_a_confirm_task_with_the_steps_timing(tmp_path: Path) -> None:
    from bot.store.tasks import TaskStore

    h = Harness(content_with(tmp_path, CONFIRM), datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    settings = make_settings(SIYU_WECOM_SECRET="wecom-app-secret")
    h.engine.routes = RouteContext(gateway=Gateway(h.redis, settings), budget=BudgetStore(h.redis),
                                   tasks=TaskStore(h.redis))
    customer = h.members.touch(Inbound(brand="default", channel=Channel.WECOM, account="ww0123456789abcdef",
                                       kind=Kind.CONTACT_ADDED, sent_at=h.clock.now(), user_id="wm_vip",
                                       staff_id="zhangsan"))
    assert customer is not None
    h.members.update("default", customer.id, set_fields={"st": "zhangsan"})
    h.engine.enrol("default", h.members.get("default", customer.id), "vip")  # type: ignore[arg-type]
    trace = h.run_until(datetime(2026, 12, 3, 3, 1, tzinfo=UTC))
    assert [(step, outcome) for _at, step, outcome in trace] == [("invite", "sent")]
    task = h.sent[0]
    assert task.routes == ("wecom_task",) and task.context.staff_id == "zhangsan"
    assert (task.context.task_remind_s, task.context.task_expire_s, task.context.task_otherwise) == (
        7200, 21600, "wait")


def test_a_conversion_exit_may_name_the_kinds_that_end_it(tmp_path: Path) -> None:
    kinds = CLICKS.replace("exit: {conversion: true}", "exit: {conversion: [purchase, subscription]}")
    h = Harness(content_with(tmp_path, kinds), datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    applicant, buyer = h.follow("o_apply"), h.follow("o_buy")
    for member in (applicant, buyer):
        h.engine.enrol("default", member, "shop")
    assert h.engine.converted("default", applicant.id, "application") == []
    assert h.engine.converted("default", buyer.id, "purchase") == ["shop"]


@pytest.mark.parametrize("value", ["[Purchase]", "[buy now]", "{kind: purchase}"])
def test_a_conversion_exit_refuses_what_is_neither_a_flag_nor_kinds(tmp_path: Path, value: str) -> None:
    bad = CLICKS.replace("exit: {conversion: true}", f"exit: {{conversion: {value}}}")
    directory = tmp_path / "config"
    shutil.copytree(CONFIG, directory)
    (directory / "sequences.yaml").write_text(bad, encoding="utf-8")
    assert any("conversion" in str(problem) for problem in validate_directory(directory)), value


@pytest.mark.parametrize(("campaign", "sequence_step", "tracking"), [
    ("camp:promo", ("", ""), "sy_m=m1&sy_s=oa.camp&sy_c=camp:promo"),
    ("", ("newcomer", "checkin"), "sy_m=m1&sy_s=oa.seq&sy_c=seq:newcomer:checkin")])
def test_a_link_written_in_a_text_step_or_campaign_is_tracked(campaign: str, sequence_step: tuple[str, str],
                                                               tracking: str) -> None:
    """Before: a campaign's text "冬季上新，看这里 https://lumi-skin.example/winter" went out with the URL as written,
    so nobody's click was counted and `siyu campaigns report` said 0 clicks whoever clicked; after: the URL carries
    the member, the source and the campaign as every other link does (then <public>/l/<code> swaps it)."""
    from bot.content.localized import LocalizedText
    from bot.outbound import Text
    from bot.sequences.render import render

    send = StepContent(kind="text", text=LocalizedText(zh="冬季上新，看这里 https://lumi-skin.example/winter?x=1。还有："
                                                           "https://lumi-skin.example/b", en="No link here."))
    member = Member(id="m1", brand="default", fields={"ch": "oa"})
    for shared in (None, {}):
        (text,) = render(send, member=member, content=load_content(Path("config")), locale="zh", campaign=campaign,
                         sequence_id=sequence_step[0], step_id=sequence_step[1], shared=shared).messages
        assert isinstance(text, Text)
        assert text.text == (f"冬季上新，看这里 https://lumi-skin.example/winter?x=1&{tracking}。还有："
                             f"https://lumi-skin.example/b?{tracking}")
    (plain,) = render(send, member=member, content=load_content(Path("config")), locale="en", campaign=campaign,
                      shared={}).messages
    assert isinstance(plain, Text) and plain.text == "No link here."


def test_an_unfollow_ends_the_followers_sequences(drip: Content) -> None:
    """PLATFORM.md §2: 43004 "require subscribe" means stop the sequence; the unsubscribe event says it first, so
    no later step is tried on a follower WeChat would refuse."""
    h = Harness(drip, datetime(2026, 12, 3, 2, 0, tzinfo=UTC))
    member = h.follow("o_gone")
    h.engine.enrol("default", member, "drip", answered_by_trigger=True)
    unfollow = h.inbound("o_gone", Kind.UNSUBSCRIBE)
    touched = h.members.touch(unfollow)
    records = h.engine.store.of_member("default", member.id, h.engine.sequence_ids("default"))
    h.engine.after_callback(unfollow, touched, handler=None, added_tags=(), set_fields={}, records=records)
    record = h.engine.store.get("default", member.id, "drip")
    assert record is not None and not record.active and record.next == "unfollowed"
    assert h.run_until(datetime(2026, 12, 8, tzinfo=UTC)) == [] and h.sent == []
