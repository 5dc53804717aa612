"""campaigns.yaml as values: a segment, what to send (in the member's language), when, and by which routes.

Values only; the reader is bot/content/schema/campaigns.py, the fan-out bot/campaigns/. The per-member daily
cap and quiet hours are not here on purpose: they are the brand's (sequences.yaml `defaults`), shared with
sequences, so a member never gets more than the cap from both together.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.localized import LocalizedText
from bot.content.sequences import StepContent, StepTone

SCHEDULE_NOW, SCHEDULE_LOCAL, SCHEDULE_WINDOW = "now", "local", "window"
# The campaign's own route for WeCom customers: one add_msg_template task per staff member for all their
# customers in the campaign (not one per customer, as the per-member `wecom_task` route makes).
WECOM_MASS = "wecom_mass"
# The Official Account's own mass send by tag (message/mass/sendall), where the account kind has it: for the
# followers no one-member route named before it reaches now. Only when the brand names it (monthly and daily
# limits: bot/campaigns/oa_mass.py).
OA_MASS = "oa_mass"
# Routes a campaign may name: bot.channels' one-member routes, and the mass sends above.
CAMPAIGN_ROUTES = ("oa_custom", "oa_subscribe", "oa_template", "kf", "wecom_task", WECOM_MASS, OA_MASS)
DEFAULT_ROUTES = {"oa": ("oa_custom",), "kf": ("kf",), "wecom": (WECOM_MASS,)}
ROUTE_CHANNEL = {"oa_custom": "oa", "oa_subscribe": "oa", "oa_template": "oa", "kf": "kf", "wecom_task": "wecom",
                 WECOM_MASS: "wecom", OA_MASS: "oa"}


@dataclass(frozen=True)
class Schedule:
    """now: at launch; local: at `time_min` minutes after midnight in each member's zone on `date`
    (YYYY-MM-DD; "" = the first such moment after launch); window: spread evenly over `spread_s` from launch."""

    kind: str = SCHEDULE_NOW
    time_min: int = -1
    date: str = ""
    spread_s: int = 0

    def label(self) -> str:
        if self.kind == SCHEDULE_LOCAL:
            at = f"{self.time_min // 60:02d}:{self.time_min % 60:02d}"
            return f"local {at}{' on ' + self.date if self.date else ''}"
        if self.kind == SCHEDULE_WINDOW:
            return f"spread over {self.spread_s // 60} min"
        return "now"


@dataclass(frozen=True)
class GroupTarget:
    """A WeCom customer group a campaign reaches by a group mass task its owner confirms."""

    chat_id: str
    owner: str


@dataclass(frozen=True)
class Campaign:
    """One campaign. `routes` are acceptable routes in order, filtered to each member's channel ("" tuple:
    DEFAULT_ROUTES); `groups` are customer groups sent a group mass task besides the members; `remind_s` and
    `expire_s` time the WeCom tasks (remind unconfirmed staff, then cancel). `tones`: the message in another
    voice for an audience (leaders, newcomers, English speakers), chosen per member at render time with a
    holdout on `send` (bot/content/variants.py), as a sequence step's."""

    id: str
    name: LocalizedText
    segment: str
    send: StepContent
    routes: tuple[str, ...] = ()
    schedule: Schedule = field(default_factory=Schedule)
    groups: tuple[GroupTarget, ...] = ()
    remind_s: int = 4 * 3600
    expire_s: int = 24 * 3600
    tones: tuple[StepTone, ...] = ()

    def routes_for(self, channel: str) -> tuple[str, ...]:
        if not self.routes:
            return DEFAULT_ROUTES.get(channel, ())
        return tuple(r for r in self.routes if ROUTE_CHANNEL.get(r) == channel)
