"""Tone stats: per content item and arm (bot/content/variants.py), how often it was shown, replied to,
clicked and converted, so a tone is measured against its holdout. Sequence steps count their arms in the
sequence's own stats (`siyu sequences stats`); FAQ answers here (`siyu tones`).
"""

from __future__ import annotations

import redis

from bot.content.variants import ARM_SEP, TONE_EVENT, TONE_FIELD, campaign_for, parse_tone_field, split_campaign
from bot.store import keys

METRICS = ("shown", "replied", "clicked", "converted")

class ToneStats:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    @staticmethod
    def count(pipe: redis.client.Pipeline | redis.Redis, brand: str, item: str, arm: str, metric: str) -> None:
        pipe.hincrby(keys.tone_stats(brand, item), f"{arm}|{metric}", 1)
        pipe.sadd(keys.tone_items(brand), item)

    def report(self, brand: str) -> list[dict[str, object]]:
        """One row per item and arm: the METRICS, and rates per shown."""
        items = sorted(i.decode() if isinstance(i, bytes) else i for i in self.redis.smembers(keys.tone_items(brand)))
        rows: list[dict[str, object]] = []
        for item in items:
            arms: dict[str, dict[str, int]] = {}
            for field, value in self.redis.hgetall(keys.tone_stats(brand, item)).items():
                name = field.decode() if isinstance(field, bytes) else field
                arm, _, metric = name.rpartition("|")
                arms.setdefault(arm, dict.fromkeys(METRICS, 0))[metric] = int(value)
            for arm in sorted(arms):
                row: dict[str, object] = {"item": item, "arm": arm, **arms[arm]}
                shown = arms[arm]["shown"]
                for metric in METRICS[1:]:
                    row[f"{metric}_rate"] = round(arms[arm][metric] / shown, 4) if shown else 0.0
                rows.append(row)
        return rows


__all__ = ["ARM_SEP", "TONE_EVENT", "TONE_FIELD", "ToneStats", "campaign_for", "parse_tone_field", "split_campaign"]
