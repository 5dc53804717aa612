"""Clicks and conversions credited to the community: a click on a member's referral link counts `clicked`
for them, a conversion credited to it `converted`; a click or conversion on a toned answer's link counts for
its tone arm. Called by the tracking views (bot/tracking/views.py), one line each.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import redis

from bot.clock import Clock
from bot.community.activity import ActivityLog, day_of
from bot.community.codes import referral_from_state
from bot.community.tones import ToneStats
from bot.content.community import CLICKED, CONVERTED
from bot.content.groups import REFERRAL_SOURCE
from bot.content.model import Content
from bot.content.variants import split_campaign
from bot.store import keys

REFERRAL_CAMPAIGN = "rf:"  # handlers/referral.py: the campaign of a member's invite link, "rf:<code>"
# Every invite link's clicks and conversions also count here, the click counters of the referral source's row in
# `siyu channels report` (bot/community/attribution.py REFERRAL_SOURCE). Its "unique" counts distinct invite
# links opened: the link carries its owner's reference, not the clicker's.
REFERRAL_SOURCE_CAMPAIGN = f"channel:{REFERRAL_SOURCE}"


def credit_referrer(redis_client: redis.Redis, clock: Clock, content: Content, brand: str, campaign: str,
                    metric: str) -> None:
    """The referral half of `credit` alone: the click redirect counts a toned link's arm in its own script
    (LinkStore.follow) and needs only this, for `rf:` links."""
    referrer = referrer_of(campaign)
    if referrer is not None:
        day = day_of(clock.now(), ZoneInfo(content.sequence_defaults.timezone or "Asia/Shanghai"))
        ActivityLog(redis_client).record(brand, referrer, CLICKED if metric == "clicked" else CONVERTED, day=day)
        pipe = redis_client.pipeline(transaction=False)
        pipe.hincrby(keys.clicks(brand, REFERRAL_SOURCE_CAMPAIGN), "n" if metric == "clicked" else "conversions", 1)
        if metric == "clicked":
            pipe.pfadd(keys.clickers(brand, REFERRAL_SOURCE_CAMPAIGN), referrer)
        pipe.execute()


def referrer_of(campaign: str) -> str | None:
    return referral_from_state(campaign[len(REFERRAL_CAMPAIGN):]) if campaign.startswith(REFERRAL_CAMPAIGN) else None


def credit(redis_client: redis.Redis, clock: Clock, content: Content, brand: str, campaign: str, metric: str) -> None:
    """`metric` is "clicked" or "converted"."""
    credit_referrer(redis_client, clock, content, brand, campaign, metric)
    toned = split_campaign(campaign)
    if toned is not None:
        ToneStats.count(redis_client, brand, toned[0], toned[1], metric)
