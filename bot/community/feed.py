"""What Siyu sees, fed to the community room after each callback: questions asked in groups, answers marked
helpful, lessons taken, referral codes asked for, new members arriving with a referral code, tone variants
shown and replied to. Writes go into the callback's last pipeline (no extra round trip).

The mapping from a callback to activities is `activities` (pure, tested alone); `observe` writes them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from zoneinfo import ZoneInfo

import redis

from bot.clock import Clock, epoch_s
from bot.community.activity import ActivityLog, day_of
from bot.community.referrals import ReferralStore
from bot.community.tones import ToneStats
from bot.content.community import ASKED, HELPFUL, LESSON
from bot.content.model import Content
from bot.content.variants import TONE_EVENT, TONE_FIELD, parse_tone_field
from bot.inbound import MESSAGE_KINDS, Inbound, Kind
from bot.member import Member
from bot.router import Result
from bot.store.members import MemberStore

QA_EVENTS = frozenset({"answered", "suggested", "unanswered"})  # handlers/qa.py: the member asked the bot
LESSON_EVENT = "lesson"  # handlers/tutorials.py: the member took the next lesson of a series
REFERRAL_EVENT = "referral.code"  # handlers/referral.py: {"code"}
# The intelligent bot's feedback_event `type`: 1 = accurate (the member marked the answer helpful), 2 =
# inaccurate, 3 = cancelled (docs/platform.md, "Intelligent bot feedback"; field names from PLATFORM.md §5).
FEEDBACK_HELPFUL = "1"
REPLY_WINDOW_S = 24 * 3600  # a message this soon after a toned answer counts as a reply to it


def activities(inbound: Inbound, member: Member | None, result: Result) -> list[tuple[str, str]]:
    """(activity, group chat id or "") this callback earns its member."""
    if member is None:
        return []
    out: list[tuple[str, str]] = []
    names = {name for name, _ in result.events}
    if inbound.in_group and inbound.kind in MESSAGE_KINDS and names & QA_EVENTS:
        out.append((ASKED, inbound.chat_id))
    if inbound.kind is Kind.FEEDBACK and inbound.event_key == FEEDBACK_HELPFUL:
        out.append((HELPFUL, inbound.chat_id))
    if LESSON_EVENT in names:
        out.append((LESSON, ""))
    return out


class CommunityFeed:
    def __init__(self, redis_client: redis.Redis, clock: Clock, members: MemberStore,
                 content: Callable[[str], Content]) -> None:
        self.redis = redis_client
        self.clock = clock
        self.members = members
        self.content = content
        self.activity = ActivityLog(redis_client)
        self.tones = ToneStats(redis_client)

    def observe(self, inbound: Inbound, member: Member | None, result: Result, pipe: redis.client.Pipeline) -> None:
        if member is None:
            return
        found = activities(inbound, member, result)
        referral = [fields for name, fields in result.events if name == REFERRAL_EVENT]
        toned = [fields for name, fields in result.events if name == TONE_EVENT]
        arriving = inbound.kind is Kind.CONTACT_ADDED and member.is_new and bool(inbound.scene)
        replied = member.get(TONE_FIELD) and inbound.kind in MESSAGE_KINDS
        if not (found or referral or toned or arriving or replied):
            return
        content = self.content(inbound.brand)
        now = self.clock.now()
        day = day_of(now, ZoneInfo(content.sequence_defaults.timezone or "Asia/Shanghai"))
        for activity, group in found:
            self.activity.record(inbound.brand, member.id, activity, day=day, group=group, pipe=pipe)
        for fields in referral:
            if fields.get("code"):
                ReferralStore.register(pipe, inbound.brand, member.id, fields["code"])
        if arriving:
            ReferralStore.queue_arrival(pipe, inbound.brand, member, inbound.scene, channel=str(inbound.channel),
                                        now_s=epoch_s(now), stay_s=content.community.referral.stay_s, day=day)
        for fields in toned:
            self._shown(pipe, inbound.brand, fields)
        if replied:
            self._replied(pipe, inbound, member, result, epoch_s(now))

    def _shown(self, pipe: redis.client.Pipeline, brand: str, fields: Mapping[str, str]) -> None:
        if fields.get("item") and fields.get("arm"):
            self.tones.count(pipe, brand, fields["item"], fields["arm"], "shown")

    def _replied(self, pipe: redis.client.Pipeline, inbound: Inbound, member: Member, result: Result,
                 now_s: int) -> None:
        """The member wrote after a toned answer: a reply for that arm (once), the field cleared unless this
        callback's answer set a new one."""
        parsed = parse_tone_field(member.get(TONE_FIELD))
        if parsed is not None and 0 <= now_s - parsed[2] <= REPLY_WINDOW_S:
            self.tones.count(pipe, inbound.brand, parsed[0], parsed[1], "replied")
        if TONE_FIELD not in result.set_fields:
            self.members.update(inbound.brand, member.id, set_fields={TONE_FIELD: ""}, pipe=pipe)
