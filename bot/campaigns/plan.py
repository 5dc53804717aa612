"""What a campaign does for one member now: send by a route, hand to a WeCom mass task, wait for the member's
moment, or skip with a reason. Pure apart from the route chooser's view of the send budget (RouteContext).

The daily cap and quiet hours are the sequences' (content.sequence_defaults, the same counters: keys.daily_cap
via EnrolmentStore), worked out with the sequence engine's own timing functions (bot/sequences/timing.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.channels import RouteContext, choose
from bot.content.campaigns import OA_MASS, SCHEDULE_LOCAL, SCHEDULE_WINDOW, WECOM_MASS, Campaign
from bot.content.model import Content
from bot.content.sequences import StepContent, StepTone
from bot.content.variants import DEFAULT_ARM, Pick, campaign_for
from bot.content.variants import choose as choose_tone
from bot.member import F_ACCOUNT, F_KF_ACCOUNT, F_TIMEZONE, Member
from bot.outbound import Delivery, DeliveryContext, Outbound, Queue, Text
from bot.sequences.render import NothingToSend, render
from bot.sequences.timing import local_day, quiet_until, zone_for
from bot.text import member_locale

PURPOSE = "campaign"
SLACK_S = 60  # a member whose moment is within this is sent now
# Skip reasons (progress and report keys `skipped:<reason>`).
OPTED_OUT, CAPPED, QUIET, NO_ROUTE, UNKNOWN, NO_CONTENT = (
    "opted_out", "capped", "quiet_hours", "no_route", "unknown_member", "no_content")
SKIP_REASONS = (OPTED_OUT, CAPPED, QUIET, NO_ROUTE, UNKNOWN, NO_CONTENT)
Shorten = Callable[[str, str, Sequence[Outbound]], tuple[Outbound, ...]]


@dataclass(frozen=True)
class Verdict:
    """outcome: send (route: the one allowed now; delivery), mass (route wecom_mass with staff, or oa_mass),
    later (due_s), skip (reason)."""

    outcome: str
    reason: str = ""
    route: str = ""
    delivery: Delivery | None = None
    staff: str = ""
    locale: str = ""
    due_s: int = 0
    day: str = ""  # the member's local day (the cap counts per local day)
    detail: str = ""
    arm: str = DEFAULT_ARM  # the tone arm the member is counted under (bot/content/variants.py)


def campaign_tag(campaign_id: str) -> str:
    """The campaign's name on its links (sy_c) and in the click counters: `camp:<id>`."""
    return f"camp:{campaign_id}"


def delivery_key(campaign_id: str, member_id: str) -> str:
    """One message per (campaign, member), ever: the delivery ledger refuses a second."""
    return f"camp:{campaign_id}:{member_id}"


def campaign_of_key(key: str) -> str:
    parts = key.split(":")
    return parts[1] if len(parts) == 3 and parts[0] == "camp" else ""


def tone_for(campaign: Campaign, member: Member, *, locale: str, content: Content) -> Pick[StepTone]:
    """The campaign's tone for this member (the first whose audience fits, unless they are in the holdout),
    keyed by the campaign so a member keeps their arm across a pause, a resume and a second look."""
    return choose_tone(campaign.tones, member_id=member.id, tags=member.tags, locale=locale, channel=member.channel,
                       key=campaign_tag(campaign.id), holdout_pct=content.community.holdout_pct)


def arm_content(campaign: Campaign, arm: str) -> tuple[StepContent, str]:
    """(what to send, the tag its links carry) for an arm: a tone's own content, else `send`; the links of any
    measured arm (a tone, or its holdout) carry `camp:<id>~<arm>`, so clicks and conversions count per arm."""
    tone = next((t for t in campaign.tones if t.id == arm), None)
    return (tone.send if tone is not None else campaign.send), campaign_for(campaign_tag(campaign.id), arm)


def member_zone(member: Member, content: Content) -> ZoneInfo:
    return zone_for(member.get(F_TIMEZONE), None, content.sequence_defaults)


def due_at(campaign: Campaign, zone: ZoneInfo, *, launched_s: int, number: int, size: int) -> int:
    """When this member's message is due (epoch s): at launch; at the schedule's local time in their zone;
    or their slot of a spread window (by member number, so a resume keeps everyone's slot)."""
    schedule = campaign.schedule
    if schedule.kind == SCHEDULE_WINDOW and schedule.spread_s > 0:
        return launched_s + schedule.spread_s * max(number - 1, 0) // max(size, 1)
    if schedule.kind == SCHEDULE_LOCAL and schedule.time_min >= 0:
        start = datetime.fromtimestamp(launched_s, UTC).astimezone(zone)
        day = date.fromisoformat(schedule.date) if schedule.date else start.date()
        hour, minute = divmod(schedule.time_min, 60)
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
        if not schedule.date and moment.timestamp() < launched_s - SLACK_S:
            moment = datetime.combine(day + timedelta(days=1), moment.timetz())
        return int(moment.timestamp())
    return launched_s


def decide(campaign: Campaign, member: Member | None, *, brand: str, content: Content, routes: RouteContext,
           now: datetime, sent_today: int, due_s: int = 0, shorten: Shorten | None = None,
           render_content: bool = True) -> Verdict:
    """The member's verdict now. `sent_today`: proactive messages they had today (their local day), from
    the shared cap counters. `due_s` (from due_at) later than now: "later". Without `render_content` (a
    dry run) the delivery carries a placeholder text: the route chooser only needs its kind."""
    if member is None:
        return Verdict("skip", UNKNOWN)
    if member.opted_out:
        return Verdict("skip", OPTED_OUT)
    now_s = int(now.timestamp())
    if due_s > now_s + SLACK_S:
        return Verdict("later", due_s=due_s)
    zone = member_zone(member, content)
    day = local_day(now_s, zone)
    quiet = content.sequence_defaults.quiet_hours
    until = quiet_until(now_s, zone, quiet)
    if until is not None:
        return Verdict("skip", QUIET, detail=f"quiet hours {quiet.label()} ({zone.key})")
    cap = content.sequence_defaults.daily_cap
    if sent_today >= cap:
        return Verdict("skip", CAPPED, detail=f"{sent_today} of {cap} proactive messages today")
    locale = member_locale(member, content.brand.default_locale)
    arm = tone_for(campaign, member, locale=locale, content=content).arm if campaign.tones else DEFAULT_ARM
    names = campaign.routes_for(member.channel)
    if WECOM_MASS in names:
        if member.staff_id:
            return Verdict("mass", route=WECOM_MASS, staff=member.staff_id, locale=locale, day=day, arm=arm)
        names = tuple(n for n in names if n != WECOM_MASS)
        if not names:
            return Verdict("skip", NO_ROUTE, detail="no WeCom staff contact known for this customer")
    oa_mass = OA_MASS in names and _has_mass_send(routes, brand)
    names = tuple(n for n in names if n != OA_MASS)
    if oa_mass and (not names or campaign.routes_for(member.channel)[0] == OA_MASS):
        return Verdict("mass", route=OA_MASS, locale=locale, day=day)
    if not names:
        return Verdict("skip", NO_ROUTE, detail=f"no route of the campaign reaches a {member.channel or '?'} member")
    if render_content:
        send, tag = arm_content(campaign, arm)
        try:
            messages = render(send, member=member, content=content, locale=locale, campaign=tag).messages
        except NothingToSend as exc:
            return Verdict("skip", NO_CONTENT, detail=str(exc))
        if shorten is not None:
            messages = shorten(brand, member.id, messages)
    else:
        messages = (_placeholder(campaign),)
    delivery = Delivery(
        brand=brand, channel=member.channel, account=member.get(F_ACCOUNT), member_id=member.id,
        user_id=member.user_id, message=messages[0], attachments=tuple(messages[1:]),
        key=delivery_key(campaign.id, member.id), purpose=PURPOSE, queue=Queue.BULK, routes=names,
        context=DeliveryContext(staff_id=member.staff_id,
                                open_kfid=member.get(F_KF_ACCOUNT) if member.channel == "kf" else "",
                                task_remind_s=campaign.remind_s, task_expire_s=campaign.expire_s))
    choice = choose(routes, delivery, member, now)
    if choice.route is None:
        if oa_mass:  # named after the one-member routes: for the followers none of them reaches now
            return Verdict("mass", route=OA_MASS, locale=locale, day=day)
        return Verdict("skip", NO_ROUTE, detail="; ".join(choice.reasons))
    return Verdict("send", route=choice.route.name, delivery=delivery, locale=locale, day=day, arm=arm)


def _has_mass_send(routes: RouteContext, brand: str) -> bool:
    """Whether the brand's Official Account kind has the mass send (verified accounts: settings.OA_CAPABILITIES)."""
    found = routes.settings.brands.get(brand)
    return found is not None and found.oa is not None and "mass_send" in found.oa.capabilities


def _placeholder(campaign: Campaign) -> Outbound:
    return Text(text=campaign.id)
