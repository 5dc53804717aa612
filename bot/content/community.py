"""community.yaml as values: how leaders are scored (each activity's weight and caps, the window, the
threshold and its tag), how members ask for their referral code and what rewards bringing people in.

Values only; the scoring is bot/community/, the reader bot/content/schema/community.py. docs/leaders.md
explains every number below and why it is the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.localized import LocalizedText

# The activities Siyu sees without the chat archive (docs/leaders.md, "What counts"); one letter each, as
# the activity log stores them (bot/community/activity.py).
BROUGHT = "brought"  # someone arrived through the member's referral code
STAYED = "stayed"  # ... and was still a contact a day later
ASKED = "asked"  # the member asked the bot a question in a group
HELPFUL = "helpful"  # the member marked a bot answer helpful (the intelligent bot's feedback)
CLICKED = "clicked"  # someone opened a link the member shared (their referral link)
CONVERTED = "converted"  # a conversion credited to a link the member shared
LESSON = "lesson"  # the member completed a tutorial lesson
ACTIVITIES = (BROUGHT, STAYED, ASKED, HELPFUL, CLICKED, CONVERTED, LESSON)
TENURE = "tenure"  # not logged: days since first seen, for members active in the window
# What a member does inside one group, so what a group's score counts (bot/community/feed.py records these with
# the group's chat id); referrals, clicks and lessons are the brand's only (an invite link is no group's).
GROUP_ACTIVITIES = (ASKED, HELPFUL)


@dataclass(frozen=True)
class ActivityRule:
    """Points per occurrence (`weight`), at most `daily_cap` occurrences counted per day, and at most
    `window_cap` points from this activity over the whole window (0: no window cap): the daily cap stops
    one noisy day, the window cap a member who does one thing every day."""

    weight: float
    daily_cap: int
    window_cap: float = 0.0


DEFAULT_RULES = {
    BROUGHT: ActivityRule(3.0, 5, 20.0),
    STAYED: ActivityRule(5.0, 5, 25.0),
    ASKED: ActivityRule(1.0, 3, 15.0),
    HELPFUL: ActivityRule(2.0, 3, 15.0),
    CLICKED: ActivityRule(0.5, 10, 10.0),
    CONVERTED: ActivityRule(5.0, 3, 25.0),
    LESSON: ActivityRule(2.0, 2, 20.0),
}


@dataclass(frozen=True)
class LeaderRules:
    """`threshold`: a brand score at or above it earns `tag`; the tag is removed below `untag_below`
    (default: the threshold itself), so a member hovering at the line is not tagged and untagged daily.
    Tenure adds `tenure_per_day` per day since first seen, at most `tenure_max` points, and only to members
    with some activity in the window (a silent old member is not a leader)."""

    window_days: int = 30
    threshold: float = 35.0  # above any one activity's window cap plus tenure (25 + 5): it takes two kinds
    untag_below: float = -1.0  # < 0: the threshold
    tag: str = "leader"
    tenure_per_day: float = 0.1
    tenure_max: float = 5.0
    rules: dict[str, ActivityRule] = field(default_factory=lambda: dict(DEFAULT_RULES))
    # A leader of one group: the group's score (GROUP_ACTIVITIES in it, plus tenure) at or above
    # `group_threshold` earns `group_tag(id)`, removed below `group_untag_below` (< 0: the group threshold).
    # Above GROUP_ACTIVITIES' largest window cap plus tenure (15 + 5) by default: it takes two kinds here too.
    group_threshold: float = 25.0
    group_untag_below: float = -1.0

    @property
    def untag_at(self) -> float:
        return self.threshold if self.untag_below < 0 else self.untag_below

    @property
    def group_untag_at(self) -> float:
        return self.group_threshold if self.group_untag_below < 0 else self.group_untag_below

    def group_tag(self, group_id: str) -> str:
        """`leader:van-skincare`: segments (`tag:leader:van-skincare`), sequence conditions and tone audiences
        address the leaders of one group by it."""
        return f"{self.tag}:{group_id}"

    def rule(self, activity: str) -> ActivityRule:
        return self.rules.get(activity) or DEFAULT_RULES[activity]


@dataclass(frozen=True)
class ReferralReward:
    """What a member gets once `after` people they brought stayed a day: a tag, a text, a link (a coupon), a
    tutorial lesson (`lesson` a series id, `lesson_number` which one)."""

    after: int = 0  # 0: no reward
    tag: str = ""
    text: LocalizedText = field(default_factory=LocalizedText)
    url: str = ""
    lesson: str = ""
    lesson_number: int = 1


@dataclass(frozen=True)
class Referral:
    """`link`: the brand's WeCom customer-acquisition link (获客链接, created once in the admin console or by
    API); a member's own link is it plus `customer_channel=<their code>`, which WeCom hands back as the new
    contact's `state` (docs/leaders.md, "Referral codes"). Without a link, referral codes are off."""

    words: tuple[str, ...] = ("邀请", "invite")
    link: str = ""
    text: LocalizedText = field(default_factory=lambda: LocalizedText(
        zh="这是你的专属邀请链接，朋友通过它添加我们，就会记在你名下：",
        en="Here is your own invite link: friends who add us through it are counted as yours:"))
    stay_s: int = 86400  # a referred member who is still a contact this long after arriving "stayed"
    reward: ReferralReward = field(default_factory=ReferralReward)


ARCHIVE = "archive"  # the breakdown's name for the chat archive's points (docs/leaders.md, "The archive")


@dataclass(frozen=True)
class ArchiveSource:
    """Where a brand that has WeCom's chat archive puts its JSON-lines export (`file`, or every `*.jsonl` of
    `export_dir`), and what the reply/mention PageRank is worth: a member at the average rank of the scope's
    graph earns `weight` points, at most `cap` (one more capped input, never the whole score). Without a file
    or a directory there is no archive and scores are what Siyu sees itself."""

    file: str = ""
    export_dir: str = ""
    weight: float = 5.0
    cap: float = 15.0

    @property
    def configured(self) -> bool:
        return bool(self.file or self.export_dir)


@dataclass(frozen=True)
class Community:
    leaders: LeaderRules = field(default_factory=LeaderRules)
    archive: ArchiveSource = field(default_factory=ArchiveSource)
    referral: Referral = field(default_factory=Referral)
    holdout_pct: int = 10  # tone variants (bot/content/variants.py): share of eligible members kept on the default
