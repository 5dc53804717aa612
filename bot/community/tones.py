"""Tone stats: per content item and arm (bot/content/variants.py), how often it was shown, replied to,
clicked and converted, so a tone is measured against its holdout. Sequence steps count their arms in the
sequence's own stats (`siyu sequences stats`); FAQ answers, campaign messages (`camp:<id>`) and group drops
(`drop:<series>`) here (`siyu tones`).
"""

from __future__ import annotations

from collections.abc import Iterable

import redis

from bot.content.variants import (
    ARM_SEP,
    DEFAULT_ARM,
    TONE_EVENT,
    TONE_FIELD,
    campaign_for,
    parse_tone_field,
    split_campaign,
    tone_field,
)
from bot.store import keys
from bot.store.members import MemberStore

METRICS = ("shown", "replied", "clicked", "converted")

class ToneStats:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    @staticmethod
    def count(pipe: redis.client.Pipeline | redis.Redis, brand: str, item: str, arm: str, metric: str,
              n: int = 1) -> None:
        pipe.hincrby(keys.tone_stats(brand, item), f"{arm}|{metric}", n)
        pipe.sadd(keys.tone_items(brand), item)

    def sent(self, brand: str, item: str, arms: Iterable[tuple[str, str]], *, now_s: int,
             members: MemberStore | None = None) -> None:
        """Messages of `item` that WeChat took, per (member id, arm): each measured arm counts as shown, and with
        `members` the member's next message within a day counts as a reply to it (the FAQ's TONE_FIELD), as for
        a toned answer. Members no tone fits (DEFAULT_ARM) are not measured."""
        pipe = self.redis.pipeline(transaction=False)
        for member_id, arm in arms:
            if not arm or arm == DEFAULT_ARM:
                continue
            self.count(pipe, brand, item, arm, "shown")
            if members is not None and member_id:
                members.update(brand, member_id, set_fields={TONE_FIELD: tone_field(item, arm, now_s)}, pipe=pipe)
        if len(pipe):
            pipe.execute()

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
