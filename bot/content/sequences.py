"""sequences.yaml as values: nurture sequences (journeys) a community manager writes, and the defaults
they share (time zone, quiet hours, the daily cap on proactive messages per member).

Values only; the engine that runs them is bot/sequences/, the reader bot/content/schema/sequences.py.
A step's `id` is stable on purpose: re-applying an edited file carries running enrolments over by id.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from bot.content.localized import LocalizedText
from bot.content.variants import Audience

# Trigger kinds: what enrols a member (CLI and API enrolment need no trigger).
FOLLOW, CONTACT_ADDED, GROUP_JOIN, KEYWORD, TAG = "follow", "contact_added", "group_join", "keyword", "tag"
TRIGGER_KINDS = (FOLLOW, CONTACT_ADDED, GROUP_JOIN, KEYWORD, TAG)
# Entry rules: enrol once ever, or again once the previous enrolment ended.
ONCE, AGAIN = "once", "again"
# The route that is the answer to the trigger itself (the follow's passive reply, WeCom's welcome
# message): only a first step due at once can take it, and the welcome handler carries it.
REPLY_ROUTE = "reply"
# Step content kinds.
SEND_TEXT, SEND_LESSON, SEND_PRODUCT, SEND_JOB, SEND_LINK, SEND_WELCOME = (
    "text", "lesson", "product", "job", "link", "welcome")
MEMBER_CITY = "member-city"  # job: a posting in the member's city (else the first posting)


@dataclass(frozen=True)
class Trigger:
    """`kind` plus what narrows it: a QR scene or contact-way State (`value`, "" = any), a group id, the
    keywords (any of them in a member's message), or a tag."""

    kind: str
    value: str = ""
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class StepContent:
    """What a step sends, in the member's language. `kind` is one of the SEND_* names:
    text (`text`), a tutorial lesson (`ref` = series id, `number` = 1-based lesson), a product card
    (`ref` = product id), a job posting (`ref` = job id or MEMBER_CITY), a link (`text` = title,
    `url`, `description`), or the brand's welcome (carried by the trigger's own answer)."""

    kind: str
    text: LocalizedText = field(default_factory=LocalizedText)
    ref: str = ""
    number: int = 0
    url: str = ""
    description: LocalizedText = field(default_factory=LocalizedText)


@dataclass(frozen=True)
class Variant:
    """One arm of an A/B split step; members are assigned by weight, sticky (hash of member and step)."""

    id: str
    weight: int
    send: StepContent


@dataclass(frozen=True)
class StepTone:
    """The step in another voice for one audience (bot/content/variants.py), measured against its holdout."""

    id: str
    when: Audience
    send: StepContent


@dataclass(frozen=True)
class Condition:
    """Sent only when all given parts hold; otherwise the step is skipped (and counted)."""

    has_tags: tuple[str, ...] = ()
    lacks_tags: tuple[str, ...] = ()
    locales: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    clicked_previous: bool | None = None  # None: either

    @property
    def empty(self) -> bool:
        return not (self.has_tags or self.lacks_tags or self.locales or self.channels) and \
            self.clicked_previous is None


@dataclass(frozen=True)
class Step:
    """One message of a sequence.

    Timing: `after_s` after the previous step was handled, or, when `day` is set, `day` days after the
    local date the member enrolled, at `time_min` minutes after local midnight (-1: the enrolment's own
    time of day). `routes` are acceptable in order ("" tuple: the member's channel default); `wait_s` is
    how long the step waits for the member's next interaction when no route allows it now.
    `confirm_*` time a WeCom confirm task (remind the staff member, give up, and what then).
    """

    id: str
    send: StepContent | None = None
    variants: tuple[Variant, ...] = ()
    tones: tuple[StepTone, ...] = ()  # tried first: a fitting tone replaces send / the A/B arm
    after_s: int = 0
    day: int | None = None
    time_min: int = -1
    routes: tuple[str, ...] = ()
    when: Condition = field(default_factory=Condition)
    wait_s: int = 3 * 86400
    confirm_remind_s: int = 4 * 3600
    confirm_expire_s: int = 24 * 3600
    confirm_otherwise: str = "skip"

    @property
    def is_split(self) -> bool:
        return bool(self.variants)


# What a conversion's `kind` may be (POST /api/v1/conversions; a sequence's `exit: {conversion: [kinds]}`).
CONVERSION_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


@dataclass(frozen=True)
class ExitGoals:
    """What ends an enrolment while the member waits: opting out always; these tags; a message containing
    one of `replies`; a conversion (`conversion_kinds`: only of these kinds, e.g. a purchase and not a job
    application; empty: any kind); entering one of `entering` (sequence ids)."""

    tags: tuple[str, ...] = ()
    replies: tuple[str, ...] = ()
    conversion: bool = False
    entering: tuple[str, ...] = ()
    conversion_kinds: tuple[str, ...] = ()

    def ends_on_conversion(self, kind: str) -> bool:
        return self.conversion and (not self.conversion_kinds or kind in self.conversion_kinds)


@dataclass(frozen=True)
class QuietHours:
    """No proactive message from `start` to `end` (minutes after local midnight; start > end spans
    midnight). start == end: no quiet hours."""

    start: int = 21 * 60
    end: int = 9 * 60

    def label(self) -> str:
        return f"{self.start // 60:02d}:{self.start % 60:02d}-{self.end // 60:02d}:{self.end % 60:02d}"


@dataclass(frozen=True)
class SequenceDefaults:
    """sequences.yaml `defaults`: the brand's zone for members without one, quiet hours, and the cap
    on proactive messages per member per local day shared by every sequence (and campaigns)."""

    timezone: str = "Asia/Shanghai"
    quiet_hours: QuietHours = field(default_factory=QuietHours)
    daily_cap: int = 2


@dataclass(frozen=True)
class Sequence:
    id: str
    name: LocalizedText
    steps: tuple[Step, ...]
    triggers: tuple[Trigger, ...] = ()
    entry: str = ONCE
    not_while_in: tuple[str, ...] = ()
    exit: ExitGoals = field(default_factory=ExitGoals)
    quiet_hours: QuietHours | None = None  # None: the defaults'
    timezone: str = ""  # the zone for members without one; "": the defaults'
    paused: bool = False

    def step(self, step_id: str) -> Step | None:
        index = self._positions.get(step_id)
        return self.steps[index] if index is not None else None

    def index(self, step_id: str) -> int:
        return self._positions.get(step_id, -1)

    @functools.cached_property
    def _positions(self) -> dict[str, int]:
        """Step id -> index, built on first use: a tick asks for a step a few times per member it decides.
        (A cached_property writes the instance's __dict__, so the dataclass stays frozen and its fields,
        equality and serialized form are unchanged.)"""
        positions: dict[str, int] = {}
        for i, step in enumerate(self.steps):
            positions.setdefault(step.id, i)  # the first of a (schema-refused) duplicate id, as before
        return positions
