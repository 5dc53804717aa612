"""The stay check behind referral rewards: a day (`referral.stay`) after someone arrived with a referral code,
did they stay? Then `stayed` counts for the referrer, and once `reward.after` of the people they brought
stayed, the reward goes out once: a tag, and a message (text, coupon link, a lesson) as a delivery, through the
delivery layer like every send (it decides the route, the member's window, opt-out; never bypassed here).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.clock import Clock
from bot.community.activity import day_of
from bot.community.referrals import ReferralStore
from bot.content.model import Content
from bot.content.sequences import SEND_LESSON, StepContent
from bot.inbound import Channel
from bot.member import F_ACCOUNT, F_KF_ACCOUNT, Member
from bot.outbound import Delivery, DeliveryContext, Link, Outbound, Queue, Text
from bot.sequences.render import NothingToSend, render
from bot.store.members import MemberStore
from bot.text import member_locale

log = logging.getLogger("siyu.referrals")
PURPOSE = "referral"


@dataclass
class Settled:
    checked: int = 0
    stayed: int = 0
    left: int = 0
    rewarded: int = 0


def stayed(member: Member | None) -> bool:
    """Still with the brand: known, not opted out, and (a WeCom customer) still a contact of some staff member
    (the store clears the staff field when they part, bot/store/members.py)."""
    if member is None or member.opted_out:
        return False
    return bool(member.staff_id) if member.channel == Channel.WECOM else True


def settle(brand: str, *, store: ReferralStore, members: MemberStore, content: Content, clock: Clock,
           enqueue: Callable[[Sequence[Delivery]], None], limit: int = 500) -> Settled:
    report = Settled()
    due = store.claim_due(brand, limit=limit)
    if not due:
        return report
    reward = content.community.referral.reward
    day = day_of(clock.now(), ZoneInfo(content.sequence_defaults.timezone or "Asia/Shanghai"))
    for member_id, member in zip(due, members.get_many(brand, due), strict=True):
        report.checked += 1
        edge = store.edge(brand, member_id)
        if edge is None:
            continue
        if not stayed(member):
            report.left += 1
            continue
        report.stayed += 1
        total = store.count_stayed(brand, edge.referrer, day=day)
        if reward.after and total >= reward.after and store.claim_reward(brand, edge.referrer):
            referrer = members.get(brand, edge.referrer)
            if referrer is not None:
                _reward(brand, referrer, content, members, enqueue)
                report.rewarded += 1
                log.info("referral reward for %s: %d people they brought stayed (tag %r)", referrer.id, total,
                         reward.tag)
    return report


def _reward(brand: str, referrer: Member, content: Content, members: MemberStore,
            enqueue: Callable[[Sequence[Delivery]], None]) -> None:
    reward = content.community.referral.reward
    if reward.tag:
        members.update(brand, referrer.id, add_tags=[reward.tag])
    locale = member_locale(referrer, content.brand.default_locale)
    messages: list[Outbound] = []
    if reward.text:
        messages.append(Text(text=reward.text.get(locale)))
    if reward.url:
        title = "你的邀请奖励" if locale == "zh" else "Your referral reward"
        messages.append(Link(title=title, url=reward.url))
    if reward.lesson:
        try:
            messages += render(StepContent(kind=SEND_LESSON, ref=reward.lesson, number=reward.lesson_number),
                               member=referrer, content=content, locale=locale, campaign=PURPOSE).messages
        except NothingToSend as exc:  # the series changed since the config was checked: the rest still goes
            log.warning("referral reward for %s: no lesson (%s)", referrer.id, exc)
    if not messages:
        return
    enqueue([Delivery(brand=brand, channel=referrer.channel, account=referrer.get(F_ACCOUNT), member_id=referrer.id,
                      user_id=referrer.user_id, message=messages[0], attachments=tuple(messages[1:]),
                      key=f"referral-reward:{referrer.id}", purpose=PURPOSE, queue=Queue.DEFAULT,
                      context=DeliveryContext(staff_id=referrer.staff_id,
                                              open_kfid=referrer.get(F_KF_ACCOUNT) if referrer.channel == Channel.KF
                                              else ""))])
