"""Platform rules from PLATFORM.md that the delivery job must keep, over real HTTP to the fake WeChat API."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.clock import ManualClock
from bot.inbound import Kind
from bot.outbound import Delivery, Text
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.ledger import DeliveryLedger
from bot.store.members import MemberStore
from jobs import deliver
from jobs.context import JobServices
from tests.support.factories import make_inbound

OPENID = "o_follower_1"


def oa_delivery(member_id: str, key: str) -> Delivery:
    return Delivery(brand="default", channel="oa", account="wx", member_id=member_id, user_id=OPENID,
                    message=Text(text="hi"), key=key, purpose="sequence")


def touched(env: JobServices, clock: ManualClock, kind: Kind) -> str:
    member = MemberStore(env.members.redis, clock).touch(make_inbound(kind=kind, text="", msg_id=""))
    assert member is not None
    return member.id


@pytest.mark.parametrize("kind", [Kind.TEMPLATE_SENT, Kind.LOCATION_REPORT, Kind.UNSUBSCRIBE, Kind.MENU_VIEW,
                                  Kind.MENU_MINIPROGRAM, Kind.SUBSCRIBE_MSG_POPUP, Kind.KF_SESSION])
def test_an_event_that_opens_no_window_gives_no_customer_service_sends(env: JobServices, clock: ManualClock,
                                                                      kind: Kind) -> None:
    """PLATFORM.md §0 / docs/platform.md §3.2: only a message (5 in 48 h), a follow, a QR scan or a click / scancode
    menu (3 in 1 min) open customer-service sends. A template's delivery report, a location report, an unfollow or
    a view menu does not: a send after one is refused with 45015, so the bot must not try it."""
    MemberStore(env.members.redis, clock).touch(make_inbound())  # wrote 49 h ago: that window has closed
    clock.advance(49 * 3600)
    member_id = touched(env, clock, kind)
    assert deliver.deliver_batch([oa_delivery(member_id, "seq:late").to_data()]) == {"parked": 1}


@pytest.mark.parametrize("kind", [Kind.SUBSCRIBE, Kind.SCAN, Kind.MENU_CLICK, Kind.MENU_SCAN])
def test_a_follow_scan_or_click_opens_three_sends_within_a_minute(env: JobServices, clock: ManualClock,
                                                                  kind: Kind) -> None:
    member_id = touched(env, clock, kind)
    batch = [oa_delivery(member_id, f"seq:{i}").to_data() for i in range(4)]
    assert deliver.deliver_batch(batch) == {"sent": 3, "parked": 1}
    clock.advance(60)
    assert deliver.deliver_batch([oa_delivery(member_id, "seq:after").to_data()]) == {"parked": 1}


def test_a_template_report_inside_a_message_window_keeps_the_five(env: JobServices, clock: ManualClock) -> None:
    """The follower wrote an hour ago (5 sends in 48 h); a template's delivery report arriving now must not swap
    that budget for an event's 3 in 1 minute."""
    MemberStore(env.members.redis, clock).touch(make_inbound())
    clock.advance(3600)
    member_id = touched(env, clock, Kind.TEMPLATE_SENT)
    batch = [oa_delivery(member_id, f"seq:{i}").to_data() for i in range(6)]
    assert deliver.deliver_batch(batch) == {"sent": 5, "parked": 1}


def test_the_window_closes_at_exactly_48_hours_and_a_new_message_reopens_five(env: JobServices,
                                                                               clock: ManualClock) -> None:
    store = MemberStore(env.members.redis, clock)
    member = store.touch(make_inbound())
    assert member is not None
    assert deliver.deliver_batch([oa_delivery(member.id, f"a:{i}").to_data() for i in range(2)]) == {"sent": 2}
    clock.advance(48 * 3600 - 1)
    assert deliver.deliver_batch([oa_delivery(member.id, "a:last").to_data()]) == {"sent": 1}
    clock.advance(1)
    assert deliver.deliver_batch([oa_delivery(member.id, "a:closed").to_data()]) == {"parked": 1}
    again = store.touch(make_inbound(msg_id="100002"))  # the follower writes again: 5 more for 48 h
    assert again is not None
    clock.advance(timedelta(minutes=5).total_seconds())
    assert env.routes.budget.remaining("default", again, "oa", clock.now()) == 5


@pytest.mark.parametrize(("errcode", "reason"), [(43004, "unfollowed"), (40003, "invalid openid"),
                                                 (48002, "refuses messages")])
def test_a_follower_wechat_says_is_gone_leaves_their_sequences(env: JobServices, fake: FakeWeChatServer,
                                                               clock: ManualClock, errcode: int, reason: str) -> None:
    """PLATFORM.md §2: 43004 (unfollowed: the unsubscribe event was missed), 40003 (invalid openid) and 48002 (the
    follower blocked the account's messages) are permanent for the follower: the failed step is recorded with its
    errcode, and the sequences end there instead of trying every later step into the same refusal."""
    member = MemberStore(env.members.redis, clock).touch(make_inbound())
    assert member is not None
    env.sequences.enrol("default", member, "newcomer", answered_by_trigger=True)
    fake.set_faults(rate=1.0, errcodes=[errcode])
    delivery = oa_delivery(member.id, f"seq:newcomer:lesson-1.-:{member.id}:1")
    assert deliver.deliver_batch([delivery.to_data()]) == {"failed": 1}
    assert DeliveryLedger(env.members.redis, clock).failures("default")[0]["errcode"] == str(errcode)
    record = env.sequences.store.get("default", member.id, "newcomer")
    assert record is not None and not record.active and record.next == reason


def test_a_closed_window_ends_no_sequence(env: JobServices, fake: FakeWeChatServer, clock: ManualClock) -> None:
    """45015 / 45047 close the customer-service window, not the follower: their sequences go on."""
    member = MemberStore(env.members.redis, clock).touch(make_inbound())
    assert member is not None
    env.sequences.enrol("default", member, "newcomer", answered_by_trigger=True)
    fake.set_faults(rate=1.0, errcodes=[45015])
    assert deliver.deliver_batch([oa_delivery(member.id, "seq:x").to_data()]) == {"parked": 1}
    record = env.sequences.store.get("default", member.id, "newcomer")
    assert record is not None and record.active


@pytest.mark.parametrize("errcode", [45047, 45015])
def test_a_window_wechat_says_is_closed_parks_the_delivery_for_the_next_message(env: JobServices,
                                                                                fake: FakeWeChatServer,
                                                                                clock: ManualClock,
                                                                                errcode: int) -> None:
    """PLATFORM.md §2: 45047 (the window's quota used) waits for the follower's next interaction, 45015 (outside
    48 h) switches route or waits: the budget closes, the route chooser runs again and, with no other route, the
    delivery is parked with WeChat's answer as its reason (`siyu deliveries parked`), not failed for good."""
    store = MemberStore(env.members.redis, clock)
    member = store.touch(make_inbound())
    assert member is not None
    fake.set_faults(rate=1.0, errcodes=[errcode])
    assert deliver.deliver_batch([oa_delivery(member.id, "seq:closed").to_data()]) == {"parked": 1}
    assert DeliveryLedger(env.members.redis, clock).failures("default") == []
    parked = DeliveryLedger(env.members.redis, clock).parked_entries("default")
    assert parked[0]["key"] == "seq:closed" and str(errcode) in parked[0]["reason"]
    assert len(fake.requests("/cgi-bin/message/custom/send")) == 1  # refused once, not tried again
    assert env.routes.budget.remaining("default", member, "oa", clock.now()) == 0


def test_a_rate_limit_from_wechat_stops_the_api_for_every_worker(env: JobServices, fake: FakeWeChatServer,
                                                                 clock: ManualClock) -> None:
    """docs/platform.md §4, SLOW: WeChat's 45009 (the OA daily quota) stops this (app, api) until the quota is back,
    for every worker: the next delivery waits without a call that would be refused the same way."""
    member = MemberStore(env.members.redis, clock).touch(make_inbound())
    assert member is not None
    fake.set_faults(rate=1.0, errcodes=[45009], paths=["/cgi-bin/message/custom/send"])
    assert deliver.deliver_batch([oa_delivery(member.id, "seq:a").to_data()]) == {"slow": 1}
    fake.set_faults()
    assert deliver.deliver_batch([oa_delivery(member.id, "seq:b").to_data()]) == {"slow": 1}
    assert len(fake.requests("/cgi-bin/message/custom/send")) == 1
