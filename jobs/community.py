"""RQ jobs of the community room, registered with RQ's CronScheduler (`siyu cron`): the referral stay check
(every 10 minutes) and the leader tagging pass (hourly). Thin: services -> bot/community -> counts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from rq.cron import CronScheduler

from bot.community.leaders import LeaderBoard, corp_of
from bot.community.referrals import ReferralStore
from bot.community.settle import settle
from bot.outbound import Delivery, Queue
from bot.store.events import EventLog
from jobs import context

log = logging.getLogger(__name__)

SETTLE_EVERY_S = 600  # a stay is due a day after arrival: ten minutes late is fine
LEADERS_EVERY_S = 3600  # the window moves by days; hourly keeps the tag within an hour of the score


def settle_referrals(brand: str) -> dict[str, int]:
    svc = context.services()

    def enqueue(deliveries: Sequence[Delivery]) -> None:
        for delivery in deliveries:
            svc.later.enqueue_later([delivery.to_data()], queue=delivery.queue, delay_s=0, delays=0)

    report = settle(brand, store=ReferralStore(svc.redis, svc.clock), members=svc.members,
                    content=svc.sequences.content(brand), clock=svc.clock, enqueue=enqueue)
    if report.checked:
        log.info("referrals brand=%s: %s", brand, report)
    return dict(vars(report))


def refresh_leaders(brand: str) -> dict[str, int]:
    svc = context.services()
    board = LeaderBoard(svc.redis, svc.members, svc.clock, EventLog(svc.redis, svc.clock),
                        corp_of=corp_of(svc.settings))
    report = board.refresh(brand, svc.sequences.content(brand))
    log.info("leaders brand=%s: %d leaders, tagged %d, untagged %d", brand, report.leaders, len(report.tagged),
             len(report.untagged))
    for group, done in report.groups.items():
        log.info("leaders brand=%s group=%s: %d leaders, tagged %d, untagged %d", brand, group, done.leaders,
                 len(done.tagged), len(done.untagged))
    return {"leaders": report.leaders, "tagged": len(report.tagged), "untagged": len(report.untagged),
            "group_leaders": sum(g.leaders for g in report.groups.values()),
            "group_tagged": sum(len(g.tagged) for g in report.groups.values()),
            "group_untagged": sum(len(g.untagged) for g in report.groups.values())}


def register(cron: CronScheduler, brands: Iterable[str]) -> None:
    for brand in brands:
        cron.register(settle_referrals, queue_name=str(Queue.DEFAULT), args=(brand,), interval=SETTLE_EVERY_S,
                      name=f"settle-referrals:{brand}")
        cron.register(refresh_leaders, queue_name=str(Queue.BULK), args=(brand,), interval=LEADERS_EVERY_S,
                      name=f"refresh-leaders:{brand}")
