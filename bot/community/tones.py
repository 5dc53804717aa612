"""Tone stats: per content item and arm (bot/content/variants.py), how often it was shown, replied to,
clicked and converted, so a tone is measured against its holdout. Sequence steps count their arms in the
sequence's own stats (`siyu sequences stats`); FAQ answers here (`siyu tones`).
"""

from __future__ import annotations

import redis

from bot.store import keys

TONE_EVENT = "tone"  # a handler's Result.events entry: {"item": "faq:<id>", "arm": <arm>}
TONE_FIELD = "tn"  # member field: "<item>|<arm>|<epoch s>" of the last toned answer, for counting a reply
ARM_SEP = "~"  # a tracked link's campaign "<item>~<arm>" credits its clicks and conversions to the arm
METRICS = ("shown", "replied", "clicked", "converted")


def tone_field(item: str, arm: str, at_s: int) -> str:
    return f"{item}|{arm}|{at_s}"


def parse_tone_field(value: str) -> tuple[str, str, int] | None:
    item, _, rest = value.partition("|")
    arm, _, at = rest.partition("|")
    return (item, arm, int(at)) if item and arm and at.isdigit() else None


def campaign_for(item: str, arm: str) -> str:
    """The tracked-link campaign of an answer shown in `arm` (the item alone for the default)."""
    return f"{item}{ARM_SEP}{arm}" if arm and arm != "-" else item


def split_campaign(campaign: str) -> tuple[str, str] | None:
    """(item, arm) of a toned campaign, None for any other."""
    item, sep, arm = campaign.partition(ARM_SEP)
    return (item, arm) if sep and item and arm else None


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
