"""Each `siyu simulate --event` through the real webhook (the app on fakeredis, posted by the simulator):
it arrives as the right Inbound kind, and the welcome handler answers it the way the demo shows.

No fake WeChat API here (`fake=None`, as under `siyu serve`): a QR scan is then a new follower's, and
a contact arrives without a WelcomeCode. tests/integration/test_simulate_events.py plays them with it."""

from __future__ import annotations

from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.events import parse_event, play
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.store.ledger import DeliveryLedger
from tests.support.factories import OA_APPID, WECOM_CORP_ID, demo_content

CONTENT = demo_content()


def last_inbound(services: Services) -> dict[str, str]:
    return next(e for e in services.events.recent("default", count=10) if e["type"].startswith("in."))


def test_follow_unfollow_and_qr_follow(simulator: Simulator, services: Services) -> None:
    played = play(parse_event("subscribe"), simulator, user="o_scenario_1", fake=None)
    assert played.reply.text == CONTENT.brand.welcome.oa_follow.zh.strip()
    assert last_inbound(services)["type"] == "in.subscribe"
    played = play(parse_event("unsubscribe"), simulator, user="o_scenario_1", fake=None)
    assert played.reply.body == b"success" and last_inbound(services)["type"] == "in.unsubscribe"
    played = play(parse_event("scan:spring-fair"), simulator, user="o_scenario_2", fake=None)
    assert "qrscene_spring-fair" in played.sent and played.reply.text == CONTENT.brand.welcome.oa_follow.zh.strip()
    assert last_inbound(services)["type"] == "in.subscribe"
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_scenario_2"))
    assert member is not None and "qr:spring-fair" in member.tags


def test_contact_added_without_a_code_is_tagged_not_welcomed(simulator: Simulator, services: Services,
                                                             delivery_queue: RecordingDeliveryQueue) -> None:
    played = play(parse_event("contact-added:xhs"), simulator, user="wmScenario01", fake=None)
    assert played.reply.status == 200 and "no WelcomeCode" in played.sent
    assert last_inbound(services)["type"] == "in.contact_added"
    member = services.members.get("default", member_id_for(f"wecom:{WECOM_CORP_ID}:wmScenario01"))
    assert member is not None and "source:xhs" in member.tags
    assert delivery_queue.deliveries == []  # WeCom allows no welcome without a code: nothing claimed


def test_group_join_queues_one_group_welcome(simulator: Simulator, services: Services,
                                             delivery_queue: RecordingDeliveryQueue) -> None:
    group = CONTENT.groups[0]
    played = play(parse_event("group-join"), simulator, user="wmScenario02", fake=None, groups=CONTENT.groups)
    assert played.reply.status == 200
    inbound = last_inbound(services)
    assert (inbound["type"], inbound["chat"], inbound["change"]) == ("in.group_updated", group.chat_id, "update")
    [welcome] = delivery_queue.deliveries
    assert group.welcome.zh.strip()[:15] in welcome.message.text  # type: ignore[attr-defined]


def test_group_join_of_an_unknown_chat_says_there_is_no_robot(simulator: Simulator) -> None:
    played = play(parse_event("group-join:wrNotOurs0001"), simulator, user="wmScenario03", fake=None,
                  groups=CONTENT.groups)
    assert played.reply.status == 200 and "wmScenario03 joined wrNotOurs0001" in played.sent
    assert played.notes == ("wrNotOurs0001 is not a group of config/groups.yaml: the bot has no robot there",)


def test_a_template_message_reported_undelivered_is_a_failure_managers_see(simulator: Simulator,
                                                                         services: Services) -> None:
    """Judged from outside: WeChat took a template message (msgid), then TEMPLATESENDJOBFINISH said
    "failed:user block" (the follower refuses the account's template messages), and nothing recorded it: the send
    stayed `sent`. Now the failed ledger (`siyu deliveries failed`, the dashboard) lists it with WeChat's status;
    a success and a msgid that is not one of Siyu's sends record nothing."""
    member_id = member_id_for(f"oa:{OA_APPID}:o_template_1")
    ledger = DeliveryLedger(services.redis, services.clock)
    ledger.settle("default", "seq:newcomer:1:day3", "sent")
    ledger.remember_template("default", "200163840", key="seq:newcomer:1:day3", member_id=member_id)
    ledger.remember_template("default", "200163836", key="seq:newcomer:1:day1", member_id=member_id)
    for msg_id, status in (("200163836", "success"), ("999", "failed:user block")):
        played = simulator.oa_event("o_template_1", "TEMPLATESENDJOBFINISH", MsgID=msg_id, Status=status)
        assert played.body == b"success"
    assert ledger.failures("default") == []
    played = simulator.oa_event("o_template_1", "TEMPLATESENDJOBFINISH", MsgID="200163840", Status="failed:user block")
    assert played.body == b"success"
    [failure] = ledger.failures("default")
    assert (failure["key"], failure["member"], failure["route"], failure["errmsg"]) == (
        "seq:newcomer:1:day3", member_id, "oa_template", "failed:user block")
    assert "blocks" in failure["reason"]
    assert ledger.state("default", "seq:newcomer:1:day3") == "failed:" + failure["reason"]
