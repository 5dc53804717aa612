"""Tone stats: per content item and arm (bot/content/variants.py), how often it was shown, replied to,
clicked and converted, so a tone is measured against its holdout. Sequence steps count their arms in the
sequence's own stats (`siyu sequences stats`); FAQ answers, campaign messages (`camp:<id>`) and group drops
(`drop:<series>`) here (`siyu tones`).
"""

from __future__ import annotations

from collections.abc import Iterable

import redis

from bot.content.model import Content
from bot.content.variants import (
    ARM_SEP,
    DEFAULT_ARM,
    GROUP_CHANNEL,
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


def configured(content: Content) -> list[dict[str, object]]:
    """Every tone in the content, where it is counted, and (a tutorial series') the groups whose drops it
    fits: what `siyu tones --configured` lists before anything was shown."""
    rows: list[dict[str, object]] = []

    def add(item: str, tone_id: str, label: str, counted: str, **extra: object) -> None:
        rows.append({"item": item, "tone": tone_id, "audience": label, "counted_in": counted,
                     "holdout_pct": content.community.holdout_pct, **extra})

    for entry in content.faq:
        for faq_tone in entry.tones:
            add(f"faq:{entry.id}", faq_tone.id, faq_tone.when.label(), "siyu tones")
    for sequence in content.sequences:
        for step in sequence.steps:
            for step_tone in step.tones:
                add(f"seq:{sequence.id}:{step.id}", step_tone.id, step_tone.when.label(),
                    f"siyu sequences stats {sequence.id}")
    for campaign in content.campaigns:
        for campaign_tone in campaign.tones:
            add(f"camp:{campaign.id}", campaign_tone.id, campaign_tone.when.label(),
                f"siyu tones; siyu campaigns report {campaign.id}")
    for series in content.tutorials:
        for lesson_tone in series.tones:
            groups = [g.id for g in content.groups if g.drops is not None and g.drops.series == series.id
                      and lesson_tone.when.fits(frozenset(g.tags), locale=g.locale, channel=GROUP_CHANNEL)]
            add(f"drop:{series.id}", lesson_tone.id, lesson_tone.when.label(), "siyu tones", groups=groups)
    return rows


__all__ = ["ARM_SEP", "TONE_EVENT", "TONE_FIELD", "ToneStats", "campaign_for", "configured", "parse_tone_field",
           "split_campaign"]
