"""A campaign delivery's outcome, counted where the delivery layer settles it (jobs/deliver.py count_step):
`sent:<route>`, `failed:<route>`, `parked`, `maybe`, `task:<route>` in the campaign's stats."""

from __future__ import annotations

import redis

from bot.campaigns.plan import campaign_of_key
from bot.outbound import Delivery
from bot.store import keys


def count_delivery(redis_client: redis.Redis, delivery: Delivery, outcome: str) -> None:
    campaign_id = campaign_of_key(delivery.key)
    if campaign_id:
        redis_client.hincrby(keys.campaign_stats(delivery.brand, campaign_id), outcome, 1)


def campaign_cancelled(redis_client: redis.Redis, delivery: Delivery) -> bool:
    """Whether the delivery's campaign was cancelled (one HGET, before each send of a campaign delivery)."""
    campaign_id = campaign_of_key(delivery.key)
    status = redis_client.hget(keys.campaign(delivery.brand, campaign_id), "status") if campaign_id else None
    return status in (b"cancelled", "cancelled")
