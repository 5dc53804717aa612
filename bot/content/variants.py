"""Tone per segment: content that carries variants keyed by a simple audience (a tag, a language, a
channel), and the one function that picks one at render time, keeping a stable random holdout on the
default so the effect of the tone can be measured against it.

Pure: FAQ answers (handlers/qa.py), sequence steps (bot/sequences/engine.py), campaign messages
(bot/campaigns/plan.py) and group drops (bot/community/drops.py) call `choose`. The arm names it returns are
what the stats count by (docs/leaders.md, "Tone").
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from bot.content.localized import LocalizedText

HOLD = "~hold"  # suffix of the arm of members a tone fits but who are held out on the default
DEFAULT_ARM = "-"  # no tone fits the member: the default, not part of any measurement
TONE_EVENT = "tone"  # a handler's Result.events entry: {"item": "faq:<id>", "arm": <arm>}
TONE_FIELD = "tn"  # member field: "<item>|<arm>|<epoch s>" of the last toned answer, for counting a reply
GROUP_CHANNEL = "group"  # the channel a group post is chosen for: it has none, so a tone naming channels never fits
ARM_SEP = "~"  # a tracked link's campaign "<item>~<arm>" credits its clicks and conversions to the arm


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


@dataclass(frozen=True)
class Audience:
    """Who a tone is for: every given part must hold (tags the member has, tags they lack, their language,
    their channel). An empty audience fits nobody: a tone must say whom it is for."""

    tags: tuple[str, ...] = ()
    lacks: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.tags or self.lacks or self.locales or self.channels)

    def fits(self, tags: frozenset[str], *, locale: str, channel: str) -> bool:
        if self.empty:
            return False
        return (all(t in tags for t in self.tags) and not any(t in tags for t in self.lacks)
                and (not self.locales or locale in self.locales)
                and (not self.channels or channel in self.channels))

    def label(self) -> str:
        parts = [*(f"tag:{t}" for t in self.tags), *(f"!tag:{t}" for t in self.lacks),
                 *(f"locale:{x}" for x in self.locales), *(f"channel:{x}" for x in self.channels)]
        return " & ".join(parts)


@dataclass(frozen=True)
class ToneText:
    """A FAQ answer's variant: the same answer in another voice for one audience."""

    id: str
    when: Audience
    answers: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True)
class LessonTone:
    """A tutorial series in another voice for one audience: an opening and/or closing line around each lesson
    (the lessons themselves are the course, shared by every group). For a group drop the audience is the group
    (its `tags`, its locale); a tone that names channels never fits a group post."""

    id: str
    when: Audience
    intro: LocalizedText = field(default_factory=LocalizedText)
    outro: LocalizedText = field(default_factory=LocalizedText)


class Toned(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def when(self) -> Audience: ...


T = TypeVar("T", bound=Toned)


@dataclass(frozen=True)
class Pick(Generic[T]):
    """The tone to render (None: the default) and the arm it is counted under: the tone's id, its id plus
    HOLD (the tone fits but the member is in the holdout), or DEFAULT_ARM (no tone fits)."""

    tone: T | None
    arm: str

    @property
    def measured(self) -> bool:
        return self.arm != DEFAULT_ARM


def choose(tones: Sequence[T], *, member_id: str, tags: frozenset[str], locale: str, channel: str, key: str,
           holdout_pct: int) -> Pick[T]:
    """The first tone whose audience fits the member, unless the member falls in the holdout: a stable hash
    of (`key`, member) below `holdout_pct` of 100 keeps the default, so the same member always gets the same
    arm for one piece of content (`key`: e.g. "faq:shipping", "seq:newcomer:d1")."""
    for tone in tones:
        if tone.when.fits(tags, locale=locale, channel=channel):
            if in_holdout(member_id, key, holdout_pct):
                return Pick(None, tone.id + HOLD)
            return Pick(tone, tone.id)
    return Pick(None, DEFAULT_ARM)


def in_holdout(member_id: str, key: str, holdout_pct: int) -> bool:
    digest = hashlib.blake2b(f"tone|{key}|{member_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % 100 < max(0, min(100, holdout_pct))
