"""The sequence engine: enrol members, run due steps in batches, exit on goals, wake waiting steps.

A tick claims due enrolments atomically (bot/store/enrolments.py), decides each one (exit, skip, defer for
quiet hours or the daily cap, wait for the member's window, or hand the step to delivery), hands the
deliveries to the queue with their idempotency keys, THEN commits the new states (compare-and-set on each
record's generation) and releases the claim. A crash before the commit re-runs the batch after the lease:
the delivery ledger drops the repeated keys, so nothing is sent twice and no enrolment is lost.

The platform decides the route: the step lists routes it accepts, the channel layer's chooser says which
one the member's send budget and the account allow now (bot.channels.choose); with none allowed the step
waits for the member's next interaction (a message opens the Official Account window) or expires.
"""

from __future__ import annotations

import functools
import gc
import logging
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.channels import RouteContext, choose
from bot.clock import Clock, epoch_s
from bot.content.model import Content
from bot.content.sequences import (
    CONTACT_ADDED,
    FOLLOW,
    GROUP_JOIN,
    KEYWORD,
    ONCE,
    REPLY_ROUTE,
    SEND_WELCOME,
    TAG,
    QuietHours,
    SequenceDefaults,
    Step,
    StepContent,
    Trigger,
)
from bot.content.sequences import (
    Sequence as SequenceSpec,
)
from bot.content.variants import choose as choose_tone
from bot.inbound import INTERACTIONS, Channel, Inbound, Kind
from bot.member import F_ACCOUNT, F_KF_ACCOUNT, F_OPTED_OUT, F_STAFF, F_TIMEZONE, Member, member_id_for
from bot.outbound import Delivery, DeliveryContext, Outbound, Queue
from bot.sequences.render import NothingToSend, render
from bot.sequences.timing import (
    DueTimes,
    candidate_days,
    local_day,
    next_day_start,
    quiet_until,
    step_due,
    variant_for,
    zone_for,
)
from bot.store import keys
from bot.store.budget import BudgetSnapshot
from bot.store.enrolments import (
    BUCKETS,
    DUE,
    ENDED,
    WAITING,
    Enrolment,
    EnrolmentStore,
    Write,
    due_minute,
    parse_ref,
)
from bot.store.members import MemberStore
from bot.text import member_locale, normalize
from handlers.common import MENU_FIELD

log = logging.getLogger("siyu.sequences")

ContentProvider = Callable[[str], Content]
Sink = Callable[[list[Delivery]], None]
Shorten = Callable[[str, str, Sequence[Outbound]], tuple[Outbound, ...]]  # (brand, member id, messages)
PURPOSE = "sequence"
UNFOLLOWED = "unfollowed"  # the exit reason of an unfollow: WeChat refuses every later send with 43004
BATCH = 500
SLACK_S = 60  # a step whose recomputed time is later than this is rescheduled (the content was edited)
PAUSED_RECHECK_S = 3600
SETTLE_S = 60  # a step moved earlier is moved no sooner than this from now (reschedule_earlier says why)
SCAN_BUCKETS = 512  # record buckets a reschedule pass reads per script call (~8,000 records at 1M)
# Routes by the member channel they reach; a step's list is filtered to the member's channel.
ROUTE_CHANNEL = {"oa_custom": "oa", "oa_subscribe": "oa", "oa_template": "oa", "kf": "kf", "wecom_task": "wecom"}
DEFAULT_ROUTES = {"oa": ("oa_custom",), "kf": ("kf",), "wecom": ("wecom_task",)}


@dataclass(frozen=True)
class Decision:
    """What happened to one enrolment at one moment: the trace a tick logs and `preview` prints.

    outcome: sent (handed to delivery by `route`), waiting, expired, deferred, skipped, entered, ended,
    rescheduled. `at` is epoch seconds; `zone` the member's time zone name."""

    sequence: str
    step: str
    member: str
    at: int
    outcome: str
    route: str = ""
    reason: str = ""
    variant: str = ""
    zone: str = ""
    next_at: int = 0


@dataclass
class TickReport:
    claimed: int = 0
    stale: int = 0
    handed: int = 0
    decisions: list[Decision] = field(default_factory=list)

    def add(self, other: TickReport) -> None:
        self.claimed += other.claimed
        self.stale += other.stale
        self.handed += other.handed
        self.decisions.extend(other.decisions)


@dataclass
class RescheduleReport:
    """What a reschedule pass did: records due at a moved step (more than SETTLE_S ahead), moved to the
    step's earlier time, and left because a tick or a wake changed them meanwhile."""

    found: int = 0
    moved: int = 0
    stale: int = 0


@dataclass
class _Batch:
    """What one claimed batch decided, written together."""

    writes: list[Write] = field(default_factory=list)
    deliveries: list[Delivery] = field(default_factory=list)
    fields: dict[str, dict[str, str]] = field(default_factory=dict)
    # proactive messages handed out per (member id, local day): a plain dict (a Counter's __missing__ is a Python
    # call for every member not counted yet, twice per step)
    cap: dict[tuple[str, str], int] = field(default_factory=dict)
    decisions: list[Decision] = field(default_factory=list)
    paused: frozenset[str] = frozenset()  # sequences a manager paused (keys.sequences_paused), read once a batch
    # What every member of a zone shares at one moment, worked out once per batch (most members share a few
    # zones, and zone arithmetic was a fair part of a tick's Python time).
    _zones: dict[tuple[str, str], ZoneInfo] = field(default_factory=dict)
    _days: dict[str, str] = field(default_factory=dict)
    _quiet: dict[tuple[str, int], int | None] = field(default_factory=dict)
    _contexts: dict[tuple[int, str, str], DeliveryContext] = field(default_factory=dict)
    _routes: dict[tuple[int, str], tuple[str, ...]] = field(default_factory=dict)
    due: DueTimes = field(default_factory=DueTimes)  # step_due, its zone arithmetic once per zone and local date
    rendered: dict[object, object] = field(default_factory=dict)  # render's `shared`: what no member changes

    def routes(self, step: Step, channel: str) -> tuple[str, ...]:
        """member_routes, once per step and channel in a batch."""
        key = (id(step), channel)
        found = self._routes.get(key)
        if found is None:
            found = self._routes[key] = member_routes(step, channel)
        return found

    def context(self, step: Step, staff_id: str, open_kfid: str) -> DeliveryContext:
        """A step's DeliveryContext, shared by its members with the same staff contact and kf account (most
        members share one): it is immutable, and building one per member was a fair part of a tick's Python."""
        key = (id(step), staff_id, open_kfid)
        found = self._contexts.get(key)
        if found is None:
            found = self._contexts[key] = DeliveryContext(
                park_ttl_s=step.wait_s, staff_id=staff_id, open_kfid=open_kfid,
                # a WeCom customer step is a task the staff member confirms: when to remind, give up, and then
                task_remind_s=step.confirm_remind_s, task_expire_s=step.confirm_expire_s,
                task_otherwise=step.confirm_otherwise)
        return found

    def zone(self, member_zone: str, spec: SequenceSpec | None, defaults: SequenceDefaults) -> ZoneInfo:
        key = (member_zone, spec.timezone if spec else "")
        found = self._zones.get(key)
        if found is None:
            found = self._zones[key] = zone_for(member_zone, spec, defaults)
        return found

    def day(self, now_s: int, zone: ZoneInfo) -> str:
        found = self._days.get(zone.key)
        if found is None:
            found = self._days[zone.key] = local_day(now_s, zone)
        return found

    def quiet_until(self, now_s: int, zone: ZoneInfo, quiet: QuietHours) -> int | None:
        key = (zone.key, id(quiet))  # the content's own object, alive for the batch: no dataclass hash per member
        if key not in self._quiet:
            self._quiet[key] = quiet_until(now_s, zone, quiet)
        return self._quiet[key]


def gauge_moves(old: Enrolment | None, new: Enrolment) -> dict[tuple[str, str], int]:
    """The `at` / `waiting` gauges' changes when a record goes from `old` to `new` (a new dict each call: the
    caller adds its counts to it). They depend on the sequence and both records' step and state only, and a
    tick's records share a few of those: each combination is worked out once (_moves)."""
    if old is None:
        return dict(_moves(new.sequence_id, "", "", new.next, new.state))
    return dict(_moves(new.sequence_id, old.next, old.state, new.next, new.state))


_ACTIVE = (DUE, WAITING)  # Enrolment.active, without a property call per record


@functools.lru_cache(maxsize=4096)
def _moves(seq: str, old_step: str, old_state: str, new_step: str, new_state: str
           ) -> tuple[tuple[tuple[str, str], int], ...]:
    """gauge_moves' items for one combination ("" old state: no old record)."""
    moves: dict[tuple[str, str], int] = {}
    if old_state in _ACTIVE:
        moves[(seq, f"{old_step}|-|at")] = -1
        if old_state == WAITING:
            moves[(seq, f"{old_step}|-|waiting")] = -1
    if new_state in _ACTIVE:
        key = (seq, f"{new_step}|-|at")
        moves[key] = moves.get(key, 0) + 1
        if new_state == WAITING:
            key = (seq, f"{new_step}|-|waiting")
            moves[key] = moves.get(key, 0) + 1
    return tuple((k, v) for k, v in moves.items() if v)


def _retimed(record: Enrolment, spec: SequenceSpec, zone_name: str, content: Content, now_s: int) -> Enrolment | None:
    """`record` with its next step's time worked out in the member's new zone, or None when it does not move: a
    "day N at HH:MM" step was timed in the zone the member had when it was scheduled (often the brand's default,
    before their city told us theirs), so "10:00" would have come at 10:00 somewhere else. Only a step due later
    than SETTLE_S from now moves (one due sooner may be claimed by a tick already), and never to sooner than that;
    a step waiting for the member's message, or due `after` the previous one, has no clock time to move."""
    step = spec.step(record.next)
    if record.state != DUE or step is None or step.day is None or step.time_min < 0 or \
            record.due_s <= now_s + SETTLE_S:
        return None
    zone = zone_for(zone_name, spec, content.sequence_defaults)
    due = max(step_due(step, anchor_s=record.anchor_s, last_s=record.last_s, zone=zone), now_s + SETTLE_S)
    return record.but(due_s=due) if due_minute(due) != due_minute(record.due_s) else None


def transition(old: Enrolment | None, new: Enrolment, *, schedule: bool, fresh: bool = False) -> Write:
    """The compare-and-set write from `old` to `new` (generation bumped), gauges included. `fresh`: `new` is a
    copy the caller just made and shares with nobody, so its generation is set in place (a tick's batch makes one
    copy of each record fewer)."""
    gen = (old.gen if old else 0) + 1
    if fresh:
        new.__dict__["gen"] = gen
    else:
        new = new.but(gen=gen)
    return Write(new=new, expected_gen=old.gen if old else 0, schedule=schedule, stats=gauge_moves(old, new))


def member_routes(step: Step, channel: str) -> tuple[str, ...]:
    """The step's routes that reach a member on `channel`, in its order (its channel's default when it names
    none); `reply` never: only the trigger's own answer carries it."""
    named = step.routes or DEFAULT_ROUTES.get(channel, ())
    return tuple(r for r in named if ROUTE_CHANNEL.get(r) == channel)


def arm_for(member: Member, sequence_id: str, step: Step, content: Content) -> tuple[str, StepContent]:
    """(arm, content) of a step for a member: a tone whose audience fits them (or its holdout, which keeps the
    default), else the A/B split's sticky arm, else the step's `send`. The arm names the stats' variant."""
    if step.tones:
        locale = member_locale(member, content.brand.default_locale)
        pick = choose_tone(step.tones, member_id=member.id, tags=member.tags, locale=locale, channel=member.channel,
                      key=f"seq:{sequence_id}:{step.id}", holdout_pct=content.community.holdout_pct)
        if pick.tone is not None:
            return pick.arm, pick.tone.send
        if pick.measured:
            variant = variant_for(member.id, sequence_id, step)
            send = variant.send if variant is not None else step.send
            assert send is not None
            return pick.arm, send
    variant = variant_for(member.id, sequence_id, step)
    send = variant.send if variant is not None else step.send
    assert send is not None
    return (variant.id if variant is not None else "-"), send


def condition_holds(step: Step, member: Member, enrolment: Enrolment) -> str | None:
    """None when the step's condition holds, else why not."""
    when = step.when
    if when.empty:
        return None
    missing = [t for t in when.has_tags if t not in member.tags]
    if missing:
        return f"lacks tag {missing[0]}"
    present = [t for t in when.lacks_tags if t in member.tags]
    if present:
        return f"has tag {present[0]}"
    if when.locales and (member.locale or "zh") not in when.locales:
        return f"locale {member.locale or 'zh'} not in {', '.join(when.locales)}"
    if when.channels and member.channel not in when.channels:
        return f"channel {member.channel} not in {', '.join(when.channels)}"
    if when.clicked_previous is not None:
        clicked = bool(enrolment.sent_step) and enrolment.clicked == enrolment.sent_step
        if clicked != when.clicked_previous:
            return "clicked the previous step" if clicked else "did not click the previous step"
    return None


# Read once: on Python 3.11 each `Kind.X` / `Channel.X` costs ~0.9 k instructions (EnumType's `__getattr__` hook), and
# every callback asks each follow trigger.
_FOLLOWS = (Kind.SUBSCRIBE, Kind.SCAN)
_OA = Channel.OA


def triggered_by(trigger: Trigger, inbound: Inbound, added_tags: Iterable[str], content: Content) -> bool:
    """Whether `inbound` (with the tags its handler added) fires `trigger`."""
    if trigger.kind == FOLLOW:
        if inbound.channel is not _OA or inbound.kind not in _FOLLOWS:
            return False
        if inbound.kind is Kind.SCAN and not trigger.value:
            return False  # a follower scanning again is no new follow
        return not trigger.value or inbound.scene == trigger.value
    if trigger.kind == CONTACT_ADDED:
        return inbound.kind is Kind.CONTACT_ADDED and (not trigger.value or inbound.scene == trigger.value)
    if trigger.kind == GROUP_JOIN:
        if inbound.kind is not Kind.GROUP_UPDATED or inbound.update_detail != "add_member":
            return False
        group = content.group_for_chat(inbound.chat_id)
        return group is not None and group.id == trigger.value
    if trigger.kind == KEYWORD:
        text = normalize(inbound.text) if inbound.is_message else ""
        return bool(text) and any(normalize(k) in text for k in trigger.keywords)
    if trigger.kind == TAG:
        return trigger.value in set(added_tags)
    return False


class SequenceEngine:
    """Enrolment, ticks and exits for every brand; `routes` is None where no delivery layer exists (the web
    process): ticks need it, enrolment and exits do not."""

    def __init__(self, *, store: EnrolmentStore, members: MemberStore, content: ContentProvider, clock: Clock,
                 sink: Sink, routes: RouteContext | None = None, content_version: Callable[[str], int] | None = None,
                 shorten: Shorten | None = None) -> None:
        self.store = store
        self.members = members
        self.content = content
        self.clock = clock
        self.sink = sink
        self.routes = routes
        self.content_version = content_version or (lambda brand: 0)
        self.shorten = shorten  # links through <public>/l/<code> (bot/tracking/shorten.py)

    def with_routes(self, routes: RouteContext) -> SequenceEngine:
        """The same engine with the delivery layer, as workers run it (ticks decide routes)."""
        return SequenceEngine(store=self.store, members=self.members, content=self.content, clock=self.clock,
                              sink=self.sink, routes=routes, content_version=self.content_version,
                              shorten=self.shorten)

    # -- enrolment and exits -------------------------------------------------------------------------

    def enrol(self, brand: str, member: Member, sequence_id: str, *, reason: str = "cli",
              answered_by_trigger: bool = False) -> list[Decision]:
        """Enrol `member` if the entry rules allow. The first Decision says what happened and why (entered or
        refused); the rest what came with it (the trigger's answer as the first step, other sequences left)."""
        content = self.content(brand)
        now_s = epoch_s(self.clock.now())
        spec = content.sequence(sequence_id)
        if spec is None:
            return [Decision(sequence_id, "", member.id, now_s, "refused", reason="no such sequence")]
        zone = zone_for(member.get(F_TIMEZONE), spec, content.sequence_defaults)
        if member.opted_out:
            return [Decision(spec.id, "", member.id, now_s, "refused", reason="the member opted out", zone=zone.key)]
        ids = [spec.id, *spec.not_while_in, *(s.id for s in content.sequences if spec.id in s.exit.entering)]
        current = self.store.of_member(brand, member.id, dict.fromkeys(ids))
        mine = current.get(spec.id)
        if mine is not None and mine.active:
            return [Decision(spec.id, mine.next, member.id, now_s, "refused", reason="already enrolled", zone=zone.key)]
        if mine is not None and spec.entry == ONCE:
            return [Decision(spec.id, "", member.id, now_s, "refused",
                            reason=f"entry once: enrolled before ({mine.next})", zone=zone.key)]
        busy = [s for s in spec.not_while_in if s in current and current[s].active]
        if busy:
            return [Decision(spec.id, "", member.id, now_s, "refused", reason=f"while in sequence {busy[0]}",
                            zone=zone.key)]
        writes: list[Write] = []
        decisions: list[Decision] = []
        for other in content.sequences:  # entering this one is another's exit goal
            record = current.get(other.id)
            if spec.id in other.exit.entering and record is not None and record.active:
                writes.append(self._ended(record, now_s, f"goal:entered {spec.id}"))
                decisions.append(Decision(other.id, record.next, member.id, now_s, "ended",
                                          reason=f"entered {spec.id}"))
        first = spec.steps[0]
        record = Enrolment(member_id=member.id, sequence_id=spec.id, next=first.id, anchor_s=now_s, last_s=now_s,
                           due_s=now_s, gen=0, state=DUE, version=self.content_version(brand))
        if first.routes == (REPLY_ROUTE,):
            if answered_by_trigger:
                decisions.append(Decision(spec.id, first.id, member.id, now_s, "sent", route=REPLY_ROUTE,
                                          reason="the answer to the trigger", zone=zone.key))
                done = f"{first.id}|-|sent:{REPLY_ROUTE}"
            else:
                decisions.append(Decision(spec.id, first.id, member.id, now_s, "skipped",
                                          reason="only the trigger's own answer carries it", zone=zone.key))
                done = f"{first.id}|-|skipped:reply-only"
            record = self._advanced(spec, record, first, now_s, zone)
        else:
            done = ""
            record = replace(record, due_s=step_due(first, anchor_s=now_s, last_s=now_s, zone=zone))
        write = transition(mine, record, schedule=record.active)
        write.count(spec.id, "-|-|enrolled").count(spec.id, f"-|-|enrolled:{reason}")
        if done:
            write.count(spec.id, done)
        if not record.active:
            write.count(spec.id, "-|-|completed")
        applied = self.store.commit(brand, [write, *writes])
        if not applied[0]:
            return [Decision(spec.id, "", member.id, now_s, "refused", reason="changed meanwhile; try again",
                            zone=zone.key)]
        entered = Decision(spec.id, record.next, member.id, now_s, "entered", reason=reason, zone=zone.key,
                           next_at=record.due_s if record.active else 0)
        for decision in [entered, *decisions]:
            _log(decision)
        return [entered, *decisions]

    def exit(self, brand: str, member_id: str, sequence_id: str, reason: str) -> bool:
        """End an active enrolment now (a goal reached, opted out, a manager's command)."""
        now_s = epoch_s(self.clock.now())
        record = self.store.get(brand, member_id, sequence_id)
        if record is None or not record.active:
            return False
        applied = self.store.commit(brand, [self._ended(record, now_s, reason)])[0]
        if applied:
            _log(Decision(sequence_id, record.next, member_id, now_s, "ended", reason=reason))
        return applied

    def left(self, brand: str, member_id: str, reason: str) -> list[str]:
        """The member is out of reach (WeChat said 43004, 40003 or 48002 to a send): end every active enrolment
        with `reason`; the ids of the sequences left."""
        return [seq for seq in self.sequence_ids(brand) if self.exit(brand, member_id, seq, reason)]

    def converted(self, brand: str, member_id: str, kind: str = "") -> list[str]:
        """A conversion of `kind` came back for the member (issue 12's signed endpoint calls this): end every
        enrolment whose sequence has `exit: {conversion: true}` or lists that kind; the ids of the sequences left."""
        content = self.content(brand)
        wanted = [s.id for s in content.sequences if s.exit.ends_on_conversion(kind)]
        return [seq for seq in wanted if self.exit(brand, member_id, seq, "goal:conversion")]

    def clicked(self, brand: str, member_id: str, sequence_id: str, step_id: str) -> bool:
        """The member opened a tracked link of `step_id` (issue 12's `/l/<code>` calls this): counted per step
        and variant, and remembered on the enrolment for the next step's `clicked_previous` condition."""
        record = self.store.get(brand, member_id, sequence_id)
        if record is None or not record.active:
            return False
        write = transition(record, replace(record, clicked=step_id), schedule=False)
        write.new = replace(write.new, gen=record.gen)  # no reschedule: its due ref stays valid
        spec = self.content(brand).sequence(sequence_id)
        step = spec.step(step_id) if spec is not None else None
        vid = "-"
        if step is not None and step.tones:  # a tone's arm depends on the member's tags: read them
            member = self.members.get(brand, member_id)
            vid = arm_for(member, sequence_id, step, self.content(brand))[0] if member is not None else "-"
        elif step is not None:
            variant = variant_for(member_id, sequence_id, step)
            vid = variant.id if variant else "-"
        write.count(sequence_id, f"{step_id}|{vid}|clicked")
        return self.store.commit(brand, [write])[0]

    def _ended(self, record: Enrolment, now_s: int, reason: str) -> Write:
        new = replace(record, state=ENDED, next=_reason_word(reason), due_s=now_s)
        return transition(record, new, schedule=False).count(record.sequence_id, f"{record.next}|-|exited:{reason}")

    # -- what a callback changes ----------------------------------------------------------------------------

    def paused_by_manager(self, brand: str, sequence_id: str | None = None) -> frozenset[str]:
        """Sequences a manager paused (admin API, `siyu sequences pause`), on top of sequences.yaml's `paused`:
        no new enrolments, and due steps wait (rechecked every PAUSED_RECHECK_S). With `sequence_id`, that
        one only (empty when it runs)."""
        key = keys.sequences_paused(brand)
        if sequence_id is not None:
            return frozenset({sequence_id}) if self.store.redis.sismember(key, sequence_id) else frozenset()
        return frozenset(_s(v) for v in self.store.redis.smembers(key))

    def sequence_ids(self, brand: str) -> list[str]:
        return [s.id for s in self.content(brand).sequences]

    def after_callback(self, inbound: Inbound, member: Member | None, *, handler: str | None,
                       added_tags: Iterable[str], set_fields: dict[str, str] | None,
                       records: dict[str, Enrolment], replied: bool = True) -> list[Decision]:
        """Exit goals reached, waiting steps woken by the interaction, and enrolments the callback triggers.
        `records` are the member's enrolments read in the callback's first round trip; `replied`, whether the
        handler answered with anything (a WeCom contact added without a WelcomeCode is answered with nothing: no
        welcome may be sent, so a `reply` step is skipped, not counted sent)."""
        if member is None and not (inbound.kind is Kind.GROUP_UPDATED and inbound.member_changes):
            return []
        content = self.content(inbound.brand)
        if not content.sequences:
            return []
        added = set(added_tags)
        now_s = epoch_s(self.clock.now())
        out: list[Decision] = []
        if member is not None:
            writes: list[Write] = []
            opting = (set_fields or {}).get(F_OPTED_OUT)
            opted_out = opting == "1" or (member.opted_out and opting != "")
            text = normalize(inbound.text) if inbound.is_message else ""
            new_zone = (set_fields or {}).get(F_TIMEZONE, "")
            moved_zone = new_zone if new_zone and new_zone != member.get(F_TIMEZONE) else ""
            for seq_id, record in records.items():
                spec = content.sequence(seq_id)
                if not record.active:
                    continue
                goal = UNFOLLOWED if inbound.kind is Kind.UNSUBSCRIBE else _goal(spec, opted_out,
                                                                                 added | set(member.tags), text)
                if goal:
                    writes.append(self._ended(record, now_s, goal))
                    out.append(Decision(seq_id, record.next, member.id, now_s, "ended", reason=goal))
                elif record.state == WAITING and inbound.kind in INTERACTIONS:
                    # due this very minute (the index rounds up: a woken step must not wait for the next one)
                    woken = replace(record, state=DUE, due_s=now_s - now_s % 60)
                    writes.append(transition(record, woken, schedule=True).count(seq_id, f"{record.next}|-|woken"))
                    out.append(Decision(seq_id, record.next, member.id, now_s, "woken",
                                        reason=f"the member's {inbound.kind}"))
                elif moved_zone and spec is not None:
                    retimed = _retimed(record, spec, moved_zone, content, now_s)
                    if retimed is not None:
                        writes.append(transition(record, retimed, schedule=True))
                        out.append(Decision(seq_id, record.next, member.id, now_s, "rescheduled",
                                            reason=f"the member's zone is now {moved_zone}", next_at=retimed.due_s))
            self.store.commit(inbound.brand, writes)
        for spec in content.sequences:
            if spec.paused:
                continue
            if any(triggered_by(t, inbound, added, content) for t in spec.triggers):
                if self.paused_by_manager(inbound.brand, spec.id):  # read only when a trigger matched
                    continue
                answered = replied and handler == "welcome" and inbound.kind in (Kind.SUBSCRIBE, Kind.CONTACT_ADDED)
                for who in self._joiners(inbound, member):
                    out.extend(self.enrol(inbound.brand, who, spec.id, reason=_trigger_word(inbound),
                                          answered_by_trigger=answered))
        for decision in out:
            if decision.outcome in ("ended", "woken", "rescheduled"):
                _log(decision)
        return out

    def _joiners(self, inbound: Inbound, member: Member | None) -> list[Member]:
        """The members a callback enrols: its member, or everyone a group's add_member names."""
        if inbound.kind is Kind.GROUP_UPDATED:
            out = []
            for user_id in inbound.member_changes:
                identity = f"{Channel.WECOM}:{inbound.account}:{user_id}"
                found = self.members.get(inbound.brand, member_id_for(identity))
                out.append(found or Member(id=member_id_for(identity), brand=inbound.brand,
                                           fields={"ch": str(Channel.WECOM), "u": user_id, "ac": inbound.account}))
            return out
        return [member] if member is not None else []

    # -- a published edit that moved steps earlier ------------------------------------------------------------

    def reschedule_earlier(self, brand: str, moved: Mapping[str, Sequence[str]], *, content: Content | None = None,
                           buckets_per_call: int = SCAN_BUCKETS) -> RescheduleReport:
        """Move the members due at a step that an edit moved earlier to the step's new time (bot/sequences/
        edits.py finds the steps). Without this they would get it at the old time: nothing claims them before.

        Batched: one script reads a range of record buckets and returns only the records due at those steps,
        one GET_MANY reads their members' zones, one COMMIT writes the moves. Idempotent: a record already at
        its new time is left alone, so running it twice (an RQ retry) moves nobody twice. Safe against a
        concurrent tick: it only moves records due more than SETTLE_S from now, which no tick can have claimed
        (a claim takes refs due by now) before this pass commits, and each move is a compare-and-set on the
        record's generation, so a record a tick changed meanwhile is left to it. A move changes the due time
        only: the step, the enrolment and so the delivery key stay, and the new time is never sooner than
        SETTLE_S from now, when every process reads the edited content (bot/content/publish.CHECK_INTERVAL_S).
        `content` is the edited content (the job reads the published version); by default the engine's."""
        content = content or self.content(brand)
        report = RescheduleReport()
        for seq_id, step_ids in moved.items():
            spec = content.sequence(seq_id)
            steps = {step.id: step for step in (spec.step(i) for i in step_ids) if step is not None} if spec else {}
            if spec is None or not steps:
                continue
            for first in range(0, BUCKETS, buckets_per_call):
                now_s = epoch_s(self.clock.now())  # per batch: a pass over a million records takes a while
                found = [r for r in self.store.due_at_steps(brand, seq_id, list(steps), first, buckets_per_call)
                         if r.due_s > now_s + SETTLE_S]  # due soon (or claimed): the tick runs it as it is
                report.found += len(found)
                if not found:
                    continue
                members = self.members.get_many(brand, [r.member_id for r in found])
                writes = []
                for rec, member in zip(found, members, strict=True):
                    zone = zone_for(member.get(F_TIMEZONE) if member else "", spec, content.sequence_defaults)
                    due = max(step_due(steps[rec.next], anchor_s=rec.anchor_s, last_s=rec.last_s, zone=zone),
                              now_s + SETTLE_S)
                    if due_minute(due) < due_minute(rec.due_s):
                        writes.append(transition(rec, rec.but(due_s=due), schedule=True))
                        _log(Decision(seq_id, rec.next, rec.member_id, now_s, "rescheduled",
                                      reason="the step moved earlier", zone=zone.key, next_at=due))
                applied = self.store.commit(brand, writes)
                report.moved += applied.count(True)
                report.stale += applied.count(False)
        return report

    # -- ticks ---------------------------------------------------------------------------------------------

    def tick(self, brand: str, *, limit: int = BATCH, max_batches: int | None = None) -> TickReport:
        """Claim and run due enrolments in batches of `limit` until none is due (or `max_batches` ran)."""
        report = TickReport()
        batches = 0
        while max_batches is None or batches < max_batches:
            token = secrets.token_hex(8)
            now_s = epoch_s(self.clock.now())
            refs = self.store.claim(brand, now_s, limit=limit, token=token)
            if not refs:
                break
            report.add(self.run_batch(brand, refs, now_s))
            self.store.release_claim(brand, token)
            batches += 1
        return report

    def run_batch(self, brand: str, refs: Sequence[str], now_s: int) -> TickReport:
        with _cyclic_gc_paused():
            return self._run_batch(brand, refs, now_s)

    def _run_batch(self, brand: str, refs: Sequence[str], now_s: int) -> TickReport:
        """Decide every claimed ref, hand the deliveries over, then commit the states.

        Two round trips for the whole batch, whatever its size: one script reads every record with the
        member's send budget, daily-cap counters and the member itself (TICK_READ); one command writes the
        states with the cap counters (the members' own fields, which only lessons change, share its round
        trip). Per-ref round trips were most of a tick's time (bench/sequence_tick.py)."""
        if self.routes is None:
            raise RuntimeError("a tick needs the delivery layer (RouteContext): run it in a worker")
        report = TickReport(claimed=len(refs))
        parsed = [p for p in (parse_ref(r) for r in refs) if p is not None]
        days = candidate_days(now_s)
        found = self.store.read_tick(brand, parsed, days)
        live = [read for read, (_m, _s, gen) in zip(found, parsed, strict=True)
                if read is not None and read.record.gen == gen and read.record.active]
        report.stale = len(refs) - len(live)
        if not live:
            return report
        content = self.content(brand)
        members = [read.member for read in live]
        used = {(brand, read.record.member_id): read.budget_used for read in live}
        # the budgets read with the records; no part record (RouteContext.parts_left): these deliveries are new,
        # and reading it would be a round trip per member
        route_ctx = replace(self.routes, budget=BudgetSnapshot(self.routes.budget.redis, used), ledger=None)
        batch = _Batch(paused=self.paused_by_manager(brand))  # one SMEMBERS per batch, not per member
        now = datetime.fromtimestamp(now_s, UTC)
        sent_today: dict[str, int] = {}
        decided = []
        for read, member in zip(live, members, strict=True):
            rec = read.record
            spec = content.sequence(rec.sequence_id)
            zone = batch.zone(member.get(F_TIMEZONE) if member else "", spec, content.sequence_defaults)
            day = batch.day(now_s, zone)
            if day in days:
                sent_today[rec.member_id] = read.caps[days.index(day)]
            else:  # a zone beyond UTC-12..+14: read its day's counter on its own
                sent_today[rec.member_id] = self.store.sent_today(brand, [rec.member_id], [day])[0]
            decided.append((rec, member, zone, day))
        for rec, member, zone, day in decided:
            self._decide(brand, content, rec, member, now, now_s, zone, day, sent_today, batch, route_ctx)
        if batch.deliveries:
            self.sink(batch.deliveries)  # first: a crash before the commit re-runs these keys, the ledger drops them
        if batch.fields:
            writes = self.store.redis.pipeline(transaction=False)
            numbers = {read.record.member_id: read.number for read in live if read.number}
            self.members.set_fields_many(brand, batch.fields, pipe=writes, numbers=numbers)
            self.store.commit(brand, batch.writes, sent=batch.cap, pipe=writes)
            written = writes.execute()
            applied = EnrolmentStore.applied(written[-1]) if batch.writes or batch.cap else []
        else:
            applied = self.store.commit(brand, batch.writes, sent=batch.cap)
        report.stale += applied.count(False)
        report.handed = len(batch.deliveries)
        report.decisions = batch.decisions
        if log.isEnabledFor(logging.INFO):  # _log builds its arguments before logging would drop them
            for decision in batch.decisions:
                _log(decision)
        return report

    def _decide(self, brand: str, content: Content, rec: Enrolment, member: Member | None, now: datetime,
                now_s: int, zone: ZoneInfo, day: str, sent_today: dict[str, int], batch: _Batch,
                route_ctx: RouteContext) -> None:
        seq_id = rec.sequence_id
        spec = content.sequence(seq_id)
        if spec is None:
            return self._end(rec, now_s, zone, batch, "sequence removed from the content")
        if member is None:
            return self._end(rec, now_s, zone, batch, "member unknown")
        if member.opted_out:
            return self._end(rec, now_s, zone, batch, "opted-out")
        goal = _goal(spec, False, member.tags, "")
        if goal:
            return self._end(rec, now_s, zone, batch, goal)
        if spec.paused or seq_id in batch.paused:
            later = rec.but(due_s=now_s + PAUSED_RECHECK_S)
            batch.writes.append(transition(rec, later, schedule=True, fresh=True))
            return None
        step = self._current_step(spec, rec, zone, batch.due)
        if step is None:
            done = rec.but(state=ENDED, next="completed", due_s=now_s)
            batch.writes.append(transition(rec, done, schedule=False, fresh=True).count(seq_id, "-|-|completed"))
            return _decided(batch, rec, now_s, zone, "ended", rec.next, "completed")
        if rec.state == WAITING:  # claimed at its expiry (a member's interaction wakes it as due instead)
            moved = self._advanced(spec, rec, step, now_s, zone, batch.due)
            write = transition(rec, moved, schedule=moved.active, fresh=True).count(seq_id, f"{step.id}|-|expired")
            batch.writes.append(write.count(seq_id, "-|-|completed") if not moved.active else write)
            return _decided(batch, rec, now_s, zone, "expired", step.id,
                            f"no route allowed it within {_span(step.wait_s)}",
                            next_at=moved.due_s if moved.active else 0)
        rec_at = rec if rec.next == step.id else rec.but(next=step.id)  # an edit removed the step it was at
        due = batch.due(step, anchor_s=rec.anchor_s, last_s=rec.last_s, zone=zone)
        if due > now_s + SLACK_S:
            later = rec_at.but(state=DUE, due_s=due)
            batch.writes.append(transition(rec, later, schedule=True, fresh=True))
            return _decided(batch, rec, now_s, zone, "rescheduled", step.id, "the step's time changed", next_at=due)
        unmet = condition_holds(step, member, rec)
        if unmet:
            return self._skip(spec, rec, step, now_s, zone, batch, f"condition: {unmet}", "skipped:condition")
        quiet = spec.quiet_hours or content.sequence_defaults.quiet_hours
        until = batch.quiet_until(now_s, zone, quiet)
        if until is not None:
            later = rec_at.but(state=DUE, due_s=until)
            batch.writes.append(transition(rec, later, schedule=True, fresh=True)
                                .count(seq_id, f"{step.id}|-|deferred:quiet"))
            return _decided(batch, rec, now_s, zone, "deferred", step.id, f"quiet hours {quiet.label()} ({zone.key})",
                            next_at=until)
        cap = content.sequence_defaults.daily_cap
        cap_key = (rec.member_id, day)
        taken = sent_today.get(rec.member_id, 0) + batch.cap.get(cap_key, 0)
        if taken >= cap:
            nxt = next_day_start(now_s, zone, quiet)
            later = rec_at.but(state=DUE, due_s=nxt)
            batch.writes.append(transition(rec, later, schedule=True, fresh=True)
                                .count(seq_id, f"{step.id}|-|deferred:cap"))
            return _decided(batch, rec, now_s, zone, "deferred", step.id,
                            f"daily cap: {taken} of {cap} proactive messages today", next_at=nxt)
        channel = member.channel
        routes = batch.routes(step, channel)
        if not routes:
            return self._skip(spec, rec, step, now_s, zone, batch,
                              f"no route of {list(step.routes) or 'the default'} reaches a {channel or '?'} "
                              "member", "skipped:no-route")
        vid, send = arm_for(member, seq_id, step, content)
        locale = member_locale(member, content.brand.default_locale)
        if send.kind == SEND_WELCOME:
            return self._skip(spec, rec, step, now_s, zone, batch, "only the trigger's own answer carries it",
                              "skipped:reply-only")
        try:
            rendered = render(send, member=member, content=content, locale=locale, sequence_id=seq_id,
                              step_id=step.id, shared=batch.rendered)
        except NothingToSend as exc:
            return self._skip(spec, rec, step, now_s, zone, batch, str(exc), "skipped:content")
        messages = self.shorten(brand, member.id, rendered.messages) if self.shorten else rendered.messages
        delivery = object.__new__(Delivery)  # as Decision: the frozen __init__'s setattr per field, in one update
        delivery.__dict__.update(
            brand=brand, channel=channel, account=member.get(F_ACCOUNT), member_id=member.id,
            user_id=member.user_id, message=messages[0], attachments=messages[1:],
            key=f"seq:{seq_id}:{step.id}.{vid}:{member.id}:{rec.anchor_s}", purpose=PURPOSE, queue=Queue.DEFAULT,
            routes=routes, context=batch.context(step, member.get(F_STAFF),
                                                 member.get(F_KF_ACCOUNT) if channel == Channel.KF else ""))
        choice = choose(route_ctx, delivery, member, now)
        if choice.route is None:
            reason = "; ".join(choice.reasons)
            if choice.permanent:
                return self._skip(spec, rec, step, now_s, zone, batch, reason, "skipped:refused")
            until_s = now_s + step.wait_s
            waiting = rec_at.but(state=WAITING, due_s=until_s)
            batch.writes.append(transition(rec, waiting, schedule=True, fresh=True)
                                .count(seq_id, f"{step.id}|{vid}|waited"))
            return _decided(batch, rec, now_s, zone, "waiting", step.id,
                            f"{reason}; waits for the member's next message until {_span(step.wait_s)} from now",
                            variant=vid, next_at=until_s)
        batch.deliveries.append(delivery)
        batch.cap[cap_key] = batch.cap.get(cap_key, 0) + 1
        if rendered.set_fields:
            batch.fields.setdefault(member.id, {}).update(rendered.set_fields)
        if rendered.shown:  # shown last: "工资多少" / "多少钱" / "还有吗" right after it ask about it (render.Rendered)
            kind, shown_id = rendered.shown
            batch.fields.setdefault(member.id, {})[MENU_FIELD] = f"{kind}|{now_s}|{shown_id}"
        moved = self._advanced(spec, rec_at, step, now_s, zone, batch.due, clicked="", sent_step=step.id)
        route = choice.route.name
        write = transition(rec, moved, schedule=moved.active, fresh=True).count(seq_id,
                                                                              f"{step.id}|{vid}|handed:{route}")
        batch.writes.append(write.count(seq_id, "-|-|completed") if not moved.active else write)
        return _decided(batch, rec, now_s, zone, "sent", step.id, route=route, variant=vid,
                        next_at=moved.due_s if moved.active else 0)

    def _skip(self, spec: SequenceSpec, rec: Enrolment, step: Step, now_s: int, zone: ZoneInfo, batch: _Batch,
              reason: str, metric: str) -> None:
        moved = self._advanced(spec, rec, step, now_s, zone, batch.due)
        write = transition(rec, moved, schedule=moved.active, fresh=True).count(spec.id, f"{step.id}|-|{metric}")
        batch.writes.append(write.count(spec.id, "-|-|completed") if not moved.active else write)
        _decided(batch, rec, now_s, zone, "skipped", step.id, reason, next_at=moved.due_s if moved.active else 0)

    def _end(self, rec: Enrolment, now_s: int, zone: ZoneInfo, batch: _Batch, reason: str) -> None:
        batch.writes.append(self._ended(rec, now_s, reason))
        _decided(batch, rec, now_s, zone, "ended", rec.next, reason)

    @staticmethod
    def _advanced(spec: SequenceSpec, rec: Enrolment, step: Step, now_s: int, zone: ZoneInfo,
                  due_of: Callable[..., int] = step_due, **also: str) -> Enrolment:
        """The record once `step` is handled now: the next step and when it is due, or ended (completed);
        `also` are further fields to change in the same copy."""
        index = spec.index(step.id)
        following = spec.steps[index + 1] if 0 <= index < len(spec.steps) - 1 else None
        if following is None:
            return rec.but(state=ENDED, next="completed", last_s=now_s, due_s=now_s, **also)
        due = due_of(following, anchor_s=rec.anchor_s, last_s=now_s, zone=zone)
        return rec.but(state=DUE, next=following.id, last_s=now_s, due_s=max(due, now_s), **also)

    @staticmethod
    def _current_step(spec: SequenceSpec, rec: Enrolment, zone: ZoneInfo,
                      due_of: Callable[..., int] = step_due) -> Step | None:
        """The record's next step in the content in force, by id. When an edit removed it, the member moves
        on to the first remaining step due at or after the time the removed one was (a removed step is
        skipped, none is sent twice); None when nothing is left (the enrolment is done)."""
        step = spec.step(rec.next)
        if step is not None:
            return step
        log.info("sequence %s: step %r of member %s is gone from the content; carrying over", spec.id, rec.next,
                 rec.member_id)
        return next((s for s in spec.steps
                     if due_of(s, anchor_s=rec.anchor_s, last_s=rec.last_s, zone=zone) >= rec.due_s - SLACK_S), None)


def _decided(batch: _Batch, rec: Enrolment, now_s: int, zone: ZoneInfo, outcome: str, step: str, reason: str = "",
             route: str = "", variant: str = "", next_at: int = 0) -> None:
    """Record a Decision. A module function, not closures made on every `_decide` call (two function objects
    and their cells per member were ~1 % of a tick's Python)."""
    made = object.__new__(Decision)  # the frozen __init__ sets each field through object.__setattr__: one update
    made.__dict__.update(sequence=rec.sequence_id, step=step, member=rec.member_id, at=now_s, outcome=outcome,
                         route=route, reason=reason, variant=variant, zone=zone.key, next_at=next_at)
    batch.decisions.append(made)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a batch runs. A batch allocates some ten objects per member
    (records, decisions, deliveries), freed by reference counting, and the collector's passes over them and
    over the worker's whole heap (content, modules) cost ~20 % of a tick's Python (bench/sequence_tick.py).
    Any cycle a batch leaves is collected after it, when the collector is back on."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _goal(spec: SequenceSpec | None, opted_out: bool, tags: AbstractSet[str], text: str) -> str:
    """The exit goal reached, as a reason word, or ""."""
    if opted_out:
        return "opted-out"
    if spec is None:
        return ""
    hit = next((t for t in spec.exit.tags if t in tags), None) if spec.exit.tags else None
    if hit:
        return f"goal:tag {hit}"
    if text and any(normalize(word) in text for word in spec.exit.replies):
        return "goal:reply"
    return ""


def _reason_word(reason: str) -> str:
    """An ended record's `next`: the reason, without the record's separator."""
    return reason.replace("|", "/")[:40]


def _trigger_word(inbound: Inbound) -> str:
    return {Kind.SUBSCRIBE: "follow", Kind.SCAN: "follow", Kind.CONTACT_ADDED: "contact_added",
            Kind.GROUP_UPDATED: "group_join"}.get(inbound.kind, "keyword" if inbound.is_message else "tag")


def _span(seconds: int) -> str:
    if seconds % 86400 == 0:
        return f"{seconds // 86400} d"
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    return f"{seconds // 60} min"


def _log(decision: Decision) -> None:
    log.info("sequence %s step %s member %s: %s%s%s", decision.sequence, decision.step or "-", decision.member,
             decision.outcome, f" by {decision.route}" if decision.route else "",
             f" ({decision.reason})" if decision.reason else "")


def step_of_key(key: str) -> tuple[str, str, str] | None:
    """(sequence, step, variant) of a sequence delivery's idempotency key
    `seq:<sequence>:<step>.<variant>:<member>:<enrolled at>`, else None."""
    parts = key.split(":")
    if len(parts) != 5 or parts[0] != "seq":
        return None
    step, _, variant = parts[2].partition(".")
    return parts[1], step, variant or "-"


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
