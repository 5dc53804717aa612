"""Nurture sequences through the real webhook: a signed follow enrols the follower in `newcomer` (its welcome is
the passive reply), a message wakes a step that waited for the window, 退订 ends the journey, a WeCom contact
enrols too, and a duplicate follow enrols nobody twice."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services
from jobs import context
from tests.support.factories import OA_APPID, WECOM_CORP_ID, make_settings


def oa_member(openid: str) -> str:
    return member_id_for(f"oa:{OA_APPID}:{openid}")


def test_a_follow_enrols_and_a_message_wakes_the_waiting_step(simulator: Simulator, services: Services,
                                                               clock: ManualClock,
                                                               delivery_queue: RecordingDeliveryQueue) -> None:
    reply = simulator.oa_event("o_new", "subscribe")
    assert "欢迎" in reply.text  # the brand's welcome, answering the follow: newcomer's first step
    member_id = oa_member("o_new")
    record = services.enrolments.get("default", member_id, "newcomer")
    assert record is not None and record.next == "lesson-1"
    assert delivery_queue.kicks == []  # nothing is due now: no tick kicked
    stats = services.enrolments.stats("default", "newcomer")
    assert stats["welcome|-|sent:reply"] == 1 and stats["-|-|enrolled:follow"] == 1

    jobs = context.build(make_settings(), core=services, later=delivery_queue)  # type: ignore[arg-type]
    clock.advance(2 * 86400)  # lesson-1 was due yesterday at 10:00; the follower has not written since
    assert [d.outcome for d in jobs.sequences.tick("default").decisions] == ["waiting"]
    assert delivery_queue.deliveries == []

    simulator.oa_message("o_new", "早上好")
    assert delivery_queue.kicks == ["default"]  # the woken step is due now
    sent = jobs.sequences.tick("default").decisions
    assert [(d.step, d.outcome, d.route) for d in sent] == [("lesson-1", "sent", "oa_custom")]
    lesson = [d for d in delivery_queue.deliveries if d.purpose == "sequence"]
    assert len(lesson) == 1 and lesson[0].key.startswith(f"seq:newcomer:lesson-1.-:{member_id}:")
    assert "认识你的肤质" in lesson[0].message.text  # type: ignore[union-attr]

    simulator.oa_message("o_new", "退订")
    record = services.enrolments.get("default", member_id, "newcomer")
    assert record is not None and not record.active and record.next == "opted-out"


def test_a_retried_follow_enrols_once_and_a_wecom_contact_enrols(simulator: Simulator, services: Services,
                                                                  clock: ManualClock) -> None:
    simulator.oa_event("o_twice", "subscribe")
    simulator.oa_event("o_twice", "subscribe")  # the same second: WeChat's retry, deduplicated
    clock.advance(5)
    simulator.oa_event("o_twice", "unsubscribe")
    simulator.oa_event("o_twice", "subscribe")  # followed again: entry once, not enrolled again
    assert services.enrolments.stats("default", "newcomer")["-|-|enrolled"] == 1

    simulator.wecom_contact_added("wm_customer_1", staff="zhangsan", state="spring-qr")
    record = services.enrolments.get("default", member_id_for(f"wecom:{WECOM_CORP_ID}:wm_customer_1"), "newcomer")
    assert record is not None and record.active and record.next == "lesson-1"


def test_a_contact_added_without_a_welcome_code_counts_the_welcome_skipped_not_sent(simulator: Simulator,
                                                                                     services: Services) -> None:
    """WeCom sends no WelcomeCode when the contact way sends its own welcome (or the customer was welcomed): no
    welcome can be sent, and none is. The sequence's welcome step (route `reply`, the answer to the trigger) was
    counted "sent" all the same, and the dashboard showed a welcome nobody received (lead26). With a code, sent."""
    simulator.wecom_contact_added("wm_no_code", staff="zhangsan")
    simulator.wecom_contact_added("wm_code", staff="zhangsan", welcome_code="WELCOMECODE1")
    stats = services.enrolments.stats("default", "newcomer")
    assert stats["welcome|-|sent:reply"] == 1, stats
    assert stats["welcome|-|skipped:reply-only"] == 1, stats
    record = services.enrolments.get("default", member_id_for(f"wecom:{WECOM_CORP_ID}:wm_no_code"), "newcomer")
    assert record is not None and record.next == "lesson-1"  # enrolled all the same: the lessons still come
