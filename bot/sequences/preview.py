"""`siyu sequences preview`: the timeline a member would get, computed by the same engine on a simulated clock.

The engine, its store and the route chooser run on a private in-memory Redis (fakeredis) with a ManualClock
that jumps from one due time to the next, so quiet hours, the daily cap, the member's send budget and the
account's capabilities decide exactly as they would live. Nothing is sent: the deliveries are collected.

The simulated member either writes once a day (`active`, the default: each morning at the end of the quiet
hours, which opens the Official Account's 48-hour window) or never writes again after joining (`silent`),
which shows the steps that wait and expire.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fakeredis

from bot.channels import RouteContext
from bot.clock import ManualClock, epoch_s
from bot.content.model import Content
from bot.content.sequences import QuietHours
from bot.gateway import Gateway
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_OPTED_OUT, F_TIMEZONE, Member
from bot.sequences.engine import Decision, SequenceEngine
from bot.sequences.timing import iso_local, quiet_until, zone_for
from bot.settings import Settings
from bot.store.budget import BudgetStore
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore

PREVIEW_USER = "o_preview_member"
MAX_TICKS = 500


@dataclass(frozen=True)
class Row:
    step: str
    at: str  # ISO 8601 with the member zone's offset
    outcome: str
    route: str = ""
    reason: str = ""
    variant: str = ""
    next_at: str = ""

    def to_json(self) -> dict[str, str]:
        out = {"step": self.step, "at": self.at, "outcome": self.outcome}
        for name in ("route", "reason", "variant", "next_at"):
            value = getattr(self, name)
            if value and value != "-":
                out[name] = value
        return out


def preview(content: Content, settings: Settings, brand: str, sequence_id: str, *, start: datetime,
            days: int = 14, zone: str = "", member: Member | None = None, channel: str = "oa",
            active: bool = True) -> list[Row]:
    """The rows of one member's timeline from `start` for `days` days; `member` lends its attributes
    (zone, language, city, tags, channel), else a new follower on `channel` in `zone`."""
    spec = content.sequence(sequence_id)
    if spec is None:
        raise KeyError(sequence_id)
    redis = fakeredis.FakeRedis()
    clock = ManualClock(start.astimezone(UTC))
    members = MemberStore(redis, clock)
    store = EnrolmentStore(redis)
    engine = SequenceEngine(store=store, members=members, content=lambda _b: content, clock=clock, sink=lambda _d: None,
                            routes=RouteContext(gateway=Gateway(redis, settings), budget=BudgetStore(redis)))
    channel = member.channel if member is not None and member.channel else channel
    account = _account(settings, brand, channel)
    simulated = _join(members, brand, channel, account, clock, member, zone)
    the_zone = zone_for(simulated.get(F_TIMEZONE), spec, content.sequence_defaults)
    decisions = engine.enrol(brand, simulated, sequence_id, reason="preview", answered_by_trigger=True)
    rows = [_row(d, the_zone.key) for d in decisions if d.outcome != "entered"]
    if decisions and decisions[0].outcome == "refused":
        return [_row(decisions[0], the_zone.key)]
    end_s = epoch_s(start) + days * 86400
    quiet = spec.quiet_hours or content.sequence_defaults.quiet_hours
    for _ in range(MAX_TICKS):
        due = store.next_due(brand)
        if due is None or due > end_s:
            break
        if active:
            _write_before(members, brand, channel, account, clock, simulated.user_id, due, the_zone, quiet)
        clock.advance(max(0, due - epoch_s(clock.now())))
        rows += [_row(d, the_zone.key) for d in engine.tick(brand).decisions]
    return rows


def _row(decision: Decision, zone: str) -> Row:
    tz = ZoneInfo(decision.zone or zone)
    return Row(step=decision.step, at=iso_local(decision.at, tz), outcome=decision.outcome, route=decision.route,
               reason=decision.reason, variant=decision.variant,
               next_at=iso_local(decision.next_at, tz) if decision.next_at else "")


def _account(settings: Settings, brand: str, channel: str) -> str:
    found = settings.brands.get(brand)
    if found is None:
        return ""
    if channel == Channel.OA and found.oa is not None:
        return found.oa.appid
    if channel == Channel.WECOM and found.wecom is not None:
        return found.wecom.corp_id
    return ""


def _join(members: MemberStore, brand: str, channel: str, account: str, clock: ManualClock, member: Member | None,
          zone: str) -> Member:
    """The simulated member: joined now (a follow or a new contact), with the lent attributes (their opt-out too)."""
    kind = Kind.SUBSCRIBE if channel == Channel.OA else Kind.CONTACT_ADDED
    joined = members.touch(Inbound(brand=brand, channel=Channel(channel), account=account, kind=kind,
                                   sent_at=clock.now(), user_id=PREVIEW_USER))
    assert joined is not None
    fields: dict[str, str] = {}
    tags: frozenset[str] = frozenset()
    if member is not None:  # and their opt-out, which the engine honours first (a previewed 退订 got every step)
        fields = {k: v for k, v in member.fields.items() if k in ("lc", "ci", "tz", "nn", "st", F_OPTED_OUT)}
        tags = member.tags
    if zone:
        fields[F_TIMEZONE] = zone
    members.update(brand, joined.id, set_fields=fields, add_tags=tags)
    found = members.get(brand, joined.id)
    assert found is not None
    return found


def _write_before(members: MemberStore, brand: str, channel: str, account: str, clock: ManualClock, user_id: str,
                  due: int, zone: ZoneInfo, quiet: QuietHours) -> None:
    """An active member writes once a day, at the end of the quiet hours (or 09:00) before `due`, which opens
    the Official Account's 48 h window (5 messages) as a real morning message would."""
    local_due = datetime.fromtimestamp(due, UTC).astimezone(zone)
    morning = local_due.replace(hour=quiet.end // 60 if quiet.start != quiet.end else 9,
                                minute=quiet.end % 60 if quiet.start != quiet.end else 0, second=0)
    if morning > local_due:
        morning -= timedelta(days=1)
    at = int(morning.timestamp())
    if at <= epoch_s(clock.now()) or (quiet_until(at, zone, quiet) is not None and at > due):
        return
    clock.advance(at - epoch_s(clock.now()))
    members.touch(Inbound(brand=brand, channel=Channel(channel), account=account, kind=Kind.TEXT, sent_at=clock.now(),
                          user_id=user_id, msg_id=f"preview-{at}", text="hi"))


def as_json(rows: list[Row]) -> list[Mapping[str, str]]:
    return [row.to_json() for row in rows]
