"""What follows from a callback whatever the handlers answered, as named steps run after routing:
record the follower's 订阅通知 choices, keep what WeChat reports of a finished mass send, release
deliveries parked until this member's next interaction, queue the pull a WeChat customer service notice
asks for, count the questions nobody could answer, open and close handoffs to a person (the staff
notification and, for WeChat customer service, the session's transfer to a person are deliveries, queued
with the callback's replies so they follow them).

They read `Inbound` fields and the handler's `Result`, never WeChat's raw names; writes go into the
callback's last pipeline where they can (the hot path keeps two Redis round trips).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import redis

from bot.community.effects import CommunityEffects
from bot.community.feed import CommunityFeed
from bot.inbound import INTERACTIONS, Channel, Inbound, Kind
from bot.member import F_NICKNAME, Member
from bot.outbound import Delivery, DeliveryContext, Queue, Text
from bot.queueing import DeliveryQueue
from bot.router import Result
from bot.settings import Settings
from bot.store import keys
from bot.store.budget import record_subscribe_acceptance
from bot.store.campaigns import CampaignStore
from bot.store.events import EventLog
from bot.store.handoffs import HandoffStore
from bot.store.ledger import DeliveryLedger
from bot.store.stack import push
from bot.store.unanswered import UnansweredQuestions

log = logging.getLogger("siyu.handoff")

UNANSWERED_EVENT = "unanswered"  # a handler's Result.events entry: {"question": text, "key": canonical form}
HANDOFF_OPEN = "handoff.open"  # handlers/handoff.py: {"id", "reason", "text", "staff", "robot", "until", ...}
HANDOFF_CLOSE = "handoff.close"  # handlers/handoff.py: {"id", "by"} (a staff member's close word)
HANDOFF_CANCEL = "handoff.cancel"  # handlers/handoff.py: {"id", "staff", "robot"} (the member took it back)
LAST_MESSAGES = 5  # the member's messages a staff notification quotes
EVENTS_SCANNED = 500  # how far back in the event stream they are looked for
WEEKDAYS = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
CHANNEL_NAMES = {"oa": "公众号 Official Account", "wecom": "企业微信 WeCom", "kf": "微信客服 WeChat customer service",
                 "group_bot": "群机器人 group bot"}


# The events `AfterRoute.run` records (a subscribe-message choice, a mass or template send's report, a kf notice), read
# once: on Python 3.11 each `Kind.X` is a lookup through EnumType's `__getattr__` hook (~0.9 k instructions), and
# every callback asks.
_REPORTS = (Kind.SUBSCRIBE_MSG_POPUP, Kind.SUBSCRIBE_MSG_CHANGE, Kind.MASS_SENT, Kind.TEMPLATE_SENT, Kind.KF_NOTICE)


class AfterRoute:
    """The steps, in order; `run` applies them all."""

    def __init__(self, redis_client: redis.Redis, ledger: DeliveryLedger, queue: DeliveryQueue, *,
                 handoffs: HandoffStore | None = None, events: EventLog | None = None,
                 settings: Settings | None = None, community: CommunityFeed | None = None,
                 groups: CommunityEffects | None = None) -> None:
        self.groups = groups  # arrivals by channel code, group joins, catch-ups (bot/community/effects.py)
        self.redis = redis_client
        self.community = community  # bot/community/feed.py: activities, referral codes and edges, tone stats
        self.ledger = ledger
        self.queue = queue
        self.handoffs = handoffs or HandoffStore(redis_client, ledger.clock)
        self.events = events or EventLog(redis_client, ledger.clock)
        self.settings = settings

    def deliveries(self, inbound: Inbound, member: Member | None, result: Result) -> list[Delivery]:
        """What the handler's events ask to send besides its replies, queued with them (after them, in
        one batch: a kf session must get the member's reply before it is passed to a person)."""
        out: list[Delivery] = []
        for event_type, fields in result.events:
            if event_type == HANDOFF_OPEN and member is not None:
                out.extend(self.open_handoff(inbound, member, fields))
            elif event_type == HANDOFF_CLOSE:
                out.extend(self.close_handoff(inbound, member, fields))
            elif event_type == HANDOFF_CANCEL and member is not None:
                out.extend(self.cancel_handoff(inbound, member, fields))
        if self.groups is not None:
            out.extend(self.groups.deliveries(inbound, member, result))
        return out

    def open_handoff(self, inbound: Inbound, member: Member, fields: Mapping[str, str]) -> list[Delivery]:
        """Store the handoff and queue exactly one staff notification (a WeCom app message to the staff,
        else the staff robot), plus the kf transfer for a WeChat customer service member. A retry of the
        callback finds it stored and queues nothing (the delivery keys would drop repeats anyway)."""
        handoff_id = fields.get("id", "")
        staff = [u for u in fields.get("staff", "").split(",") if u]
        robot = fields.get("robot", "")
        routes = self.staff_routes(inbound.brand, staff, robot)
        told = " or ".join(f"{route}:{'|'.join(staff) if route == 'wecom_app' else robot}" for route in routes)
        opened_s = int(inbound.sent_at.timestamp())
        until_s = int(fields.get("until") or opened_s)
        if not self.handoffs.open(inbound.brand, handoff_id=handoff_id, member_id=member.id,
                                  channel=str(inbound.channel), reason=fields.get("reason", ""),
                                  text=fields.get("text", ""), opened_s=opened_s, until_s=until_s, told=told):
            return []
        if not routes:
            log.warning("handoff %s opened for member %s but nobody can be told: handoff.yaml names staff %s and "
                        "robot %r; staff need the WeCom app (SIYU_WECOM_SECRET, SIYU_WECOM_AGENT_ID), a robot its key "
                        "(SIYU_GROUP_ROBOT_KEYS); it is listed by `siyu handoffs`", handoff_id, member.id,
                        staff or "none", robot)
            return []
        text = self.notification(inbound, member, fields)
        context = DeliveryContext(robot=robot, in_reply_to=inbound.dedupe_key)
        out = [Delivery(brand=inbound.brand, channel=str(Channel.WECOM), account="", member_id=member.id,
                        user_id="|".join(staff), message=Text(text=text), key=f"handoff:{handoff_id}",
                        purpose="handoff", queue=Queue.HIGH, routes=routes, context=context)]
        if inbound.channel is Channel.KF and inbound.open_kfid:
            servicer = fields.get("kf_servicer", "")
            out.append(Delivery(
                brand=inbound.brand, channel=str(inbound.channel), account=inbound.account, member_id=member.id,
                user_id=inbound.user_id, message=Text(text=f"handoff {handoff_id}: to a person"),
                key=f"handoff:{handoff_id}:kf", purpose="handoff", queue=Queue.HIGH, routes=("kf_trans",),
                context=DeliveryContext(open_kfid=inbound.open_kfid, staff_id=servicer,
                                        in_reply_to=inbound.dedupe_key)))
        log.info("handoff %s opened for member %s (%s); telling %s", handoff_id, member.id, fields.get("reason"), told)
        return out

    def staff_routes(self, brand: str, staff: list[str], robot: str) -> tuple[str, ...]:
        """The routes that can tell these staff, in order: the WeCom app to their userids, the staff robot.
        Without settings (tests of the store alone) every named one counts."""
        wanted = (("wecom_app",) if staff else ()) + (("group_robot",) if robot else ())
        config = self.settings.brands.get(brand) if self.settings is not None else None
        if self.settings is None:
            return wanted
        app = config is not None and config.wecom is not None and config.wecom.secret is not None and bool(
            config.wecom.agent_id)
        has_robot = config is not None and robot in config.robots
        return tuple(r for r in wanted if (r == "wecom_app" and app) or (r == "group_robot" and has_robot))

    def notification(self, inbound: Inbound, member: Member, fields: Mapping[str, str]) -> str:
        """The staff message: who, where, what they said last, how to reply and how to close."""
        handoff_id = fields.get("id", "")
        channel = str(inbound.channel)
        name = member.get(F_NICKNAME)
        lines = [f"【转人工 Handoff {handoff_id}】",
                 f"会员 Member: {name + ' ' if name else ''}{member.id}",
                 f"渠道 Channel: {CHANNEL_NAMES.get(channel, channel)}" + (f", 群 chat {inbound.chat_id}"
                                                                        if inbound.chat_id else ""),
                 f"原因 Reason: {fields.get('reason', '')}"
                 + ("（非工作时间 after hours）" if fields.get("after_hours") else ""),
                 "最近消息 Last messages:"]
        zone = _zone(fields.get("timezone", ""))
        lines += [f"· {at} {text}" for at, text in self.last_messages(inbound, member, zone)]
        lines.append(f"回复 Reply: {_how_to_reply(inbound, fields)}")
        close = f"{fields.get('close_word') or '结束'} {handoff_id}"
        lines.append(f"结束 Close: 在企业微信应用里回复「{close}」，或运行 siyu handoffs close {handoff_id}；"
                     f"结束前机器人不会自动回答该会员。")
        return "\n".join(lines)

    def last_messages(self, inbound: Inbound, member: Member, zone: tzinfo = UTC) -> list[tuple[str, str]]:
        """(time in the brand's zone, text) of the member's latest messages, oldest first, this one included."""
        found = [(_clock(inbound.sent_at, zone), inbound.text.strip()[:200])] if inbound.text.strip() else []
        for event in self.events.recent(inbound.brand, count=EVENTS_SCANNED):
            if len(found) >= LAST_MESSAGES:
                break
            if event.get("member") == member.id and event.get("text") and event.get("type", "").startswith("in."):
                at = event.get("at", "")
                stamp = _clock(datetime.fromtimestamp(int(at), UTC), zone) if at.isdigit() else ""
                found.append((stamp, event["text"]))
        return list(reversed(found))

    def close_handoff(self, inbound: Inbound, member: Member | None, fields: Mapping[str, str]) -> list[Delivery]:
        """A staff member's close word: close it, and tell them the outcome (a queued reply on their app)."""
        handoff_id = fields.get("id", "")
        closed = self.handoffs.close(inbound.brand, handoff_id) if handoff_id else None
        if not handoff_id:
            text = ("请在结束词后加上转人工编号，例如「结束 h1a2b3c4d」（编号见转人工通知）。"
                    "Add the handoff id after the close word.")
        elif closed is not None:
            log.info("handoff %s closed by %s", handoff_id, fields.get("by", ""))
            text = f"已结束转人工 {handoff_id}：机器人恢复回答会员 {closed.member_id}。Handoff closed." + (
                KF_STILL_WITH_A_PERSON if closed.channel == str(Channel.KF) else "")
        else:
            text = (f"没有进行中的转人工「{handoff_id}」（已结束、已超时或编号有误）。用 siyu handoffs 查看进行中的。"
                    f" No open handoff {handoff_id!r}.")
        return [Delivery(brand=inbound.brand, channel=str(inbound.channel), account=inbound.account,
                         member_id=member.id if member else "", user_id=inbound.user_id, message=Text(text=text),
                         key=f"reply:{inbound.dedupe_key}:handoff", purpose="reply", queue=Queue.HIGH,
                         context=DeliveryContext(agent_id=inbound.agent_id, in_reply_to=inbound.dedupe_key))]

    def cancel_handoff(self, inbound: Inbound, member: Member, fields: Mapping[str, str]) -> list[Delivery]:
        """The member took their request back: close it, and tell the staff who were told of it that nobody needs
        a reply (the same routes as the notice; one delivery per handoff, as a retry finds it closed)."""
        handoff_id = fields.get("id", "")
        closed = self.handoffs.close(inbound.brand, handoff_id) if handoff_id else None
        if closed is None:
            return []
        staff = [u for u in fields.get("staff", "").split(",") if u]
        robot = fields.get("robot", "")
        routes = self.staff_routes(inbound.brand, staff, robot)
        log.info("handoff %s cancelled by its member %s", handoff_id, member.id)
        if not routes:
            return []
        text = (f"会员 {member.id} 已取消转人工 {handoff_id}，无需回复；机器人恢复回答该会员。"
                f"The member cancelled handoff {handoff_id}: no reply needed.")
        return [Delivery(brand=inbound.brand, channel=str(Channel.WECOM), account="", member_id=member.id,
                         user_id="|".join(staff), message=Text(text=text), key=f"handoff:{handoff_id}:cancelled",
                         purpose="handoff", queue=Queue.HIGH, routes=routes,
                         context=DeliveryContext(robot=robot, in_reply_to=inbound.dedupe_key))]

    def queue_parked_check(self, pipe: redis.client.Pipeline, inbound: Inbound,
                           member_id: str | None) -> Callable[[list[Any]], bool]:
        """Add a cheap EXISTS to the callback's first round trip; the returned function reads it."""
        if member_id is None or inbound.kind not in INTERACTIONS:
            return lambda results: False
        index = len(pipe)
        push(pipe, "EXISTS", keys.parked(inbound.brand, member_id))  # pipe.exists, without redis-py's layers
        return lambda results: bool(results[index])

    def run(self, inbound: Inbound, member: Member | None, result: Result, *, has_parked: bool,
            pipe: redis.client.Pipeline) -> None:
        reported = inbound.kind in _REPORTS  # most callbacks are none of these events: their checks are skipped
        if reported:
            self.record_subscribe_choices(inbound, member)
            self.record_mass_result(inbound, pipe)
            self.record_template_result(inbound)
        if has_parked and member is not None:
            self.release_parked(inbound.brand, member)
        if reported:
            self.queue_kf_pull(inbound)
        self.count_unanswered(inbound.brand, result, pipe)
        if self.community is not None:
            self.community.observe(inbound, member, result, pipe)
        if self.groups is not None:
            self.groups.record(inbound)

    def record_subscribe_choices(self, inbound: Inbound, member: Member | None) -> None:
        """A 订阅通知 popup or settings change grants (or withdraws) one send per accepted template."""
        if member is None or inbound.kind not in (Kind.SUBSCRIBE_MSG_POPUP, Kind.SUBSCRIBE_MSG_CHANGE):
            return
        for template_id, accepted in inbound.subscribe_choices:
            record_subscribe_acceptance(self.redis, inbound.brand, member.id, template_id, accepted)

    @staticmethod
    def record_mass_result(inbound: Inbound, pipe: redis.client.Pipeline) -> None:
        """MASSSENDJOBFINISH: how many followers a mass send reached, for its campaign's report."""
        if inbound.kind is Kind.MASS_SENT and inbound.mass_result is not None:
            CampaignStore.queue_mass_result(pipe, inbound.brand, inbound.mass_result)
            result = inbound.mass_result
            logging.getLogger("siyu.campaigns").info("Official Account mass send %r finished: %r, %d sent, %d failed",
                                                     result.msg_id[:40], result.status[:40], result.sent, result.errors)

    def record_template_result(self, inbound: Inbound) -> None:
        """TEMPLATESENDJOBFINISH: a template message that did not reach the follower is a failure managers see."""
        if inbound.kind is not Kind.TEMPLATE_SENT:
            return
        msg_id = str(inbound.raw.get("MsgID") or inbound.raw.get("MsgId") or "")
        status = str(inbound.raw.get("Status") or "")
        if self.ledger.record_template_result(inbound.brand, msg_id, status):
            logging.getLogger("siyu.delivery").warning("template message %s to %s not delivered: %s",
                                                       msg_id[:20], inbound.user_id[:40], status[:60])

    def release_parked(self, brand: str, member: Member) -> None:
        """The member is back: what waited for their window (a sequence step, say) is queued again."""
        released = self.ledger.unpark(brand, member.id)
        if released:
            self.queue.enqueue([Delivery.from_data(data) for data in released])

    def queue_kf_pull(self, inbound: Inbound) -> None:
        """A kf_msg_or_event callback only announces messages: a job pulls them with its token."""
        if inbound.kind is Kind.KF_NOTICE:
            self.queue.enqueue_kf_pull(inbound.brand, inbound.open_kfid, inbound.kf_token)

    @staticmethod
    def count_unanswered(brand: str, result: Result, pipe: redis.client.Pipeline) -> None:
        for event_type, fields in result.events:
            if event_type == UNANSWERED_EVENT and fields.get("question"):
                UnansweredQuestions.count(pipe, brand, fields["question"], fields.get("key", ""))


# A kf session handed to a person (state 2 or 3) refuses the bot's kf/send_msg (95018) until a servicer ends it in
# WeCom; the API cannot take it back from the queue (doc 94669, docs/platform.md §3.2).
KF_STILL_WITH_A_PERSON = ("\n注意：该会员的微信客服会话仍在人工接待或待接入池中，请在企业微信「微信客服」里结束该会话，"
                          "机器人才能在那里回复。The kf session stays with a person until a servicer ends it in WeCom; "
                          "only then can the bot reply there.")


def _how_to_reply(inbound: Inbound, fields: Mapping[str, str]) -> str:
    if inbound.channel is Channel.KF:
        servicer = fields.get("kf_servicer", "")
        return (f"会话已转给接待人员 {servicer}，在企业微信「微信客服」里回复" if servicer else
                "会话已转入微信客服待接入池，接待人员在企业微信「微信客服」里接入并回复")
    if inbound.channel is Channel.OA:
        return "在公众号后台「内容与互动 → 消息」里回复该粉丝（其最后一条消息后 48 小时内）"
    if inbound.chat_id:
        return f"在群 {inbound.chat_id} 里回复"
    return f"在企业微信里直接联系 {inbound.user_id}"


def _clock(at: datetime, zone: tzinfo) -> str:
    """"周一 09:58 PST": the staff read the brand's office-hours zone."""
    local = at.astimezone(zone)
    return f"{WEEKDAYS[local.weekday()]} {local.strftime('%H:%M')} {local.tzname() or ''}".rstrip()


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
