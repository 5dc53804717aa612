"""groups.yaml drop schedules and channels.yaml acquisition channels, as frozen values (no IO).

Kept beside `model.py` (as `sequences.py` is) so the community room's content reads in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.localized import LocalizedText

# a channel's WeCom `state` (or Official Account QR scene) is this prefix + its id (docs/groups.md)
CHANNEL_STATE_PREFIX = "ch_"
# referral codes (`rf_<member>`) are one source in the channel report, under this id: no channel may take it
REFERRAL_SOURCE = "referral"
STATE_MAX_CHARS = 30  # add_contact_way / add_join_way `state`: at most 30 characters (docs/platform.md §groups)
CATCHUP_WORDS = ("补课", "missed lessons")  # always honoured; groups.yaml `catchup_words` adds to them
CONTACT_WAY = "contact_way"
JOIN_WAY = "join_way"
CHANNEL_KINDS = (CONTACT_WAY, JOIN_WAY)


@dataclass(frozen=True)
class DropSchedule:
    """A group's tutorial drops: lesson k of `series` goes at the k-th time `cron` names (in `timezone`)
    on or after `start` (a local date, YYYY-MM-DD; or when first seen); a drop found more than `max_late_s`
    after its time is skipped and reported instead of posted late (a Tuesday-evening lesson on Thursday
    morning helps nobody)."""

    cron: str
    series: str
    start: str = ""  # "": from when the drop tick first saw the schedule (bot/community/schedule.py)
    timezone: str = "Asia/Shanghai"
    max_late_s: int = 2 * 3600


@dataclass(frozen=True)
class AcqChannel:
    """channels.yaml: one place people come from (a Xiaohongshu note, a Douyin video, a poster, a partner).

    `kind` contact_way: a 「联系我」 code on `staff` (add_contact_way); join_way: a group join code on
    `groups` (groupchat/add_join_way; `auto_create_room` opens a new group named `room_base_name` +
    a number when one fills). The platform hands the code's `state` back on every newcomer it brings;
    `welcome` (with `link`, tracked as campaign `channel:<id>`) greets them and `tags` mark them.
    """

    id: str
    name: str
    kind: str
    welcome: LocalizedText = field(default_factory=LocalizedText)
    tags: tuple[str, ...] = ()
    link: str = ""
    staff: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()  # groups.yaml ids (join ways)
    auto_create_room: bool = True
    room_base_name: str = ""
    room_base_id: int = 1

    @property
    def state(self) -> str:
        return CHANNEL_STATE_PREFIX + self.id

    @property
    def campaign(self) -> str:
        return f"channel:{self.id}"
