"""Campaigns for managers: list, create, dry run, launch, pause, resume, cancel, progress, report.

Plain functions over `CampaignContext`, taking and returning plain data (dicts, lists), so the CLI prints them
and the admin API can serve them as they are. A ValueError carries a message meant for the manager.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import redis

from bot.campaigns import plan
from bot.campaigns.mass import OA_TASK_PREFIX
from bot.campaigns.queue import DUE_JOB, FAN_OUT_JOB, MASS_JOB, TRACK_JOB, CampaignQueue
from bot.channels import RouteContext
from bot.clock import Clock, epoch_s
from bot.community.tones import ToneStats
from bot.content.campaigns import OA_MASS, WECOM_MASS, Campaign
from bot.content.model import Content
from bot.content.variants import HOLD, campaign_for
from bot.segments.evaluate import Segments, numbers_in
from bot.segments.parser import SegmentSyntaxError, parse
from bot.sequences.timing import local_day
from bot.store import keys
from bot.store.campaigns import CANCELLED, DONE, DRAFT, PAUSED, RUNNING, CampaignStore
from bot.store.enrolments import EnrolmentStore
from bot.store.links import LinkStore
from bot.store.members import MemberStore

RANGE = 2048  # member numbers per fan-out job (each job slices itself further; several run side by side)
READ_BATCH = 500  # members read per round trip in a dry run
MASS_NOT_DELIVERED = "mass_not_delivered"  # skip reason: tagged for a mass send WeChat says did not reach them


@dataclass(frozen=True, kw_only=True)
class CampaignContext:
    redis: redis.Redis
    clock: Clock
    content: Callable[[str], Content]  # the brand's content in force
    queue: CampaignQueue
    routes: RouteContext | None = None  # the dry run asks the route chooser; None: routes are not checked

    @property
    def store(self) -> CampaignStore:
        return CampaignStore(self.redis)

    @property
    def members(self) -> MemberStore:
        return MemberStore(self.redis, self.clock)

    @property
    def segments(self) -> Segments:
        return Segments(self.redis, self.clock)


def find(ctx: CampaignContext, brand: str, campaign_id: str) -> tuple[Campaign, dict[str, str]]:
    """The campaign (stored: frozen at launch or created by CLI; else the content's) and its record."""
    record = ctx.store.get(brand, campaign_id)
    if record.get("spec"):
        return ctx.store.spec(record), record
    spec = ctx.content(brand).campaign(campaign_id)
    if spec is None:
        known = sorted({*ctx.store.ids(brand), *(c.id for c in ctx.content(brand).campaigns)})
        raise ValueError(f"no campaign {campaign_id!r}; known: {', '.join(known) or 'none'}")
    return spec, {"status": DRAFT, "source": "config"}


def list_campaigns(ctx: CampaignContext, brand: str) -> list[dict[str, Any]]:
    ids = list(dict.fromkeys([*(c.id for c in ctx.content(brand).campaigns), *ctx.store.ids(brand)]))
    out = []
    for campaign_id in ids:
        spec, record = find(ctx, brand, campaign_id)
        out.append({"id": spec.id, "name": spec.name.get(ctx.content(brand).brand.default_locale),
                    "status": record.get("status", DRAFT), "source": record.get("source", "config"),
                    "segment": spec.segment, "send": spec.send.kind, "schedule": spec.schedule.label(),
                    "targeted": int(record.get("targeted", 0))})
    return out


def create(ctx: CampaignContext, brand: str, spec: Campaign) -> dict[str, Any]:
    """Store a campaign made outside config/ (CLI, admin API) as a draft; replaces a draft of the same id."""
    try:
        parse(spec.segment)
    except SegmentSyntaxError as exc:
        raise ValueError(str(exc)) from exc
    status = ctx.store.status(brand, spec.id)
    if status and status != DRAFT:
        raise ValueError(f"campaign {spec.id!r} is {status}: a launched campaign cannot be changed")
    ctx.store.save(brand, spec, source="cli", now_s=epoch_s(ctx.clock.now()))
    return {"id": spec.id, "status": DRAFT}


def dry_run(ctx: CampaignContext, brand: str, campaign_id: str, *, sample_limit: int = 0) -> dict[str, Any]:
    """Who would receive it now, by route, and who would be skipped and why; nothing is sent or counted.
    Every member of the segment is read (READ_BATCH a round trip): ~1 s per 10,000 members."""
    spec, _record = find(ctx, brand, campaign_id)
    content = ctx.content(brand)
    result = ctx.segments.evaluate(brand, spec.segment, into=f"dry:{campaign_id}", ttl_s=120)
    size = int(ctx.redis.get(keys.member_seq(brand)) or 0)
    now = ctx.clock.now()
    now_s = epoch_s(now)
    routes: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    arms: Counter[str] = Counter()
    later = 0
    enrolments = EnrolmentStore(ctx.redis)
    for start in range(0, size + 1, READ_BATCH * 8):
        numbers = numbers_in(ctx.redis, result.key, start, start + READ_BATCH * 8)
        for verdict in verdicts(ctx, brand, spec, content, numbers, enrolments, now_s, size, render=False,
                                 launched_s=now_s):  # as if launched now
            if verdict.outcome == "skip":
                skipped[verdict.reason] += 1
            elif verdict.outcome == "later":
                later += 1
            else:
                routes[verdict.route] += 1
                arms[verdict.arm] += 1
    ctx.redis.delete(result.key)
    out = {"id": spec.id, "segment": spec.segment, "targeted": result.count, "would_send": dict(routes),
           "would_wait": later, "would_skip": dict(skipped), "schedule": spec.schedule.label(),
           "groups": len(spec.groups)}
    if spec.tones:  # who would read which tone (members waiting for their moment are decided then)
        out["would_tone"] = dict(arms)
    return out


def verdicts(ctx: CampaignContext, brand: str, spec: Campaign, content: Content, numbers: list[int],
              enrolments: EnrolmentStore, now_s: int, size: int, *, render: bool, launched_s: int | None,
              shorten: plan.Shorten | None = None) -> list[plan.Verdict]:
    """Each member's verdict now (`launched_s` None: their moment has come, as for members taken when due)."""
    if not numbers:
        return []
    members = ctx.members
    ids = members.member_ids_of(brand, numbers)
    found = members.get_many(brand, [i for i in ids if i])
    by_id = {m.id: m for m in found if m is not None}
    zones = [plan.member_zone(by_id[i], content) if i in by_id else None for i in ids]
    days = [local_day(now_s, z) if z is not None else "" for z in zones]
    counts = enrolments.sent_today(brand, [i or "" for i in ids], days)
    out = []
    now = ctx.clock.now()
    # no part record (RouteContext.parts_left): these deliveries are new, and reading it is a round trip each
    routes = replace(_routes(ctx), ledger=None)
    for number, member_id, zone, sent in zip(numbers, ids, zones, counts, strict=True):
        member = by_id.get(member_id or "")
        due = plan.due_at(spec, zone, launched_s=launched_s, number=number, size=size) \
            if zone is not None and launched_s is not None else 0
        out.append(plan.decide(spec, member, brand=brand, content=content, routes=routes, now=now,
                               sent_today=sent, due_s=due, render_content=render, shorten=shorten))
    return out


def _routes(ctx: CampaignContext) -> RouteContext:
    if ctx.routes is None:
        raise ValueError("checking routes needs the delivery layer's context (RouteContext)")
    return ctx.routes


def launch(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """Freeze the campaign and its audience (the segment materialised now), then queue the fan-out."""
    spec, record = find(ctx, brand, campaign_id)
    store = ctx.store
    if not record.get("spec"):  # from config/: frozen into the store at launch
        store.save(brand, spec, source="config", now_s=epoch_s(ctx.clock.now()))
    now_s = epoch_s(ctx.clock.now())
    if store.transition(brand, campaign_id, (DRAFT,), RUNNING, launched_s=now_s) is None:
        raise ValueError(f"campaign {campaign_id!r} is {store.status(brand, campaign_id)}, not a draft: "
                         "use resume for a paused one")
    result = ctx.segments.evaluate(brand, spec.segment, into=f"camp:{campaign_id}")
    size = int(ctx.redis.get(keys.member_seq(brand)) or 0)
    store.set_fields(brand, campaign_id, targeted=result.count, size=size)
    starts = list(range(0, size + 1, RANGE)) if result.count else []
    store.open_ranges(brand, campaign_id, starts)
    for start in starts:
        ctx.queue.enqueue(FAN_OUT_JOB, brand, campaign_id, start, start + RANGE,
                          description=f"campaign {campaign_id}: members {start}..{start + RANGE - 1}")
    if spec.groups:
        ctx.queue.enqueue(MASS_JOB, brand, campaign_id, True, description=f"campaign {campaign_id}: group tasks")
    if not starts:
        store.transition(brand, campaign_id, (RUNNING,), DONE, stopped_s=now_s)
    return progress(ctx, brand, campaign_id)


def pause(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """New sends stop at the next chunk (well under a second); resume carries on where it stopped."""
    find(ctx, brand, campaign_id)
    if ctx.store.transition(brand, campaign_id, (RUNNING,), PAUSED) is None:
        raise ValueError(f"campaign {campaign_id!r} is {ctx.store.status(brand, campaign_id) or DRAFT}, not running")
    return progress(ctx, brand, campaign_id)


def resume(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """Queue every unfinished range again: members already handled are passed over, and the ledger refuses a
    second message to anyone, so nobody gets it twice."""
    find(ctx, brand, campaign_id)
    store = ctx.store
    if store.transition(brand, campaign_id, (PAUSED,), RUNNING) is None:
        raise ValueError(f"campaign {campaign_id!r} is {store.status(brand, campaign_id) or DRAFT}, not paused")
    for start in store.ranges_left(brand, campaign_id):
        ctx.queue.enqueue(FAN_OUT_JOB, brand, campaign_id, start, start + RANGE,
                          description=f"campaign {campaign_id}: members {start}.. (resumed)")
    waiting, _first = store.waiting(brand, campaign_id)
    if waiting:
        ctx.queue.enqueue(DUE_JOB, brand, campaign_id, description=f"campaign {campaign_id}: due members (resumed)")
    if not store.ranges_left(brand, campaign_id) and not waiting:
        store.transition(brand, campaign_id, (RUNNING,), DONE, stopped_s=epoch_s(ctx.clock.now()))
    return progress(ctx, brand, campaign_id)


def cancel(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """No new sends from the next chunk on; open WeCom mass tasks are cancelled (what staff already sent
    stays sent: WeCom does not recall it)."""
    find(ctx, brand, campaign_id)
    if ctx.store.transition(brand, campaign_id, (DRAFT, RUNNING, PAUSED), CANCELLED,
                            stopped_s=epoch_s(ctx.clock.now())) is None:
        raise ValueError(f"campaign {campaign_id!r} is already {ctx.store.status(brand, campaign_id)}")
    if ctx.store.tasks(brand, campaign_id):
        ctx.queue.enqueue(TRACK_JOB, brand, campaign_id, description=f"campaign {campaign_id}: cancel tasks")
    return progress(ctx, brand, campaign_id)


PROGRESS_FIELDS = ("id", "status", "targeted", "handled", "sent", "skipped", "in_flight", "maybe", "waiting",
                   "next_due_s", "mass")


def progress(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """targeted, handled, sent by route, skipped by reason (failed included), waiting, mass tasks."""
    spec, record = find(ctx, brand, campaign_id)
    archived = _archived(ctx, brand, campaign_id, record)
    if archived is not None:
        return {k: archived[k] for k in (*PROGRESS_FIELDS, "snapshot") if k in archived}
    stats = ctx.store.stats(brand, campaign_id)
    sent = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("sent:") and v}
    skipped = {k.split(":", 1)[1]: v for k, v in stats.items() if k.startswith("skipped:") and v}
    failed = sum(v for k, v in stats.items() if k.startswith("failed:"))
    if failed:
        skipped["failed"] = failed
    for name in ("parked", "cancelled"):  # settled by the delivery job after the fan-out handed them over
        if stats.get(name):
            skipped[name] = stats[name]
    waiting, next_s = ctx.store.waiting(brand, campaign_id)
    targeted = int(record.get("targeted", 0))
    handled = sum(v for k, v in stats.items() if k.startswith("skipped:")) + stats.get("handed", 0) + \
        stats.get("mass:queued", 0)
    tasks_made = sum(v for k, v in stats.items() if k.startswith("task:"))
    settled = sum(sent.values()) + failed + stats.get("parked", 0) + stats.get("maybe", 0) + tasks_made + \
        stats.get("cancelled", 0)
    return {"id": spec.id, "status": record.get("status", DRAFT), "targeted": targeted, "handled": handled,
            "sent": sent, "skipped": skipped, "in_flight": max(stats.get("handed", 0) - settled, 0),
            "maybe": stats.get("maybe", 0), "waiting": waiting, "next_due_s": next_s,
            "mass": {"queued": stats.get("mass:queued", 0), "tasks": len(ctx.store.tasks(brand, campaign_id))}}


def report(ctx: CampaignContext, brand: str, campaign_id: str) -> dict[str, Any]:
    """The campaign's outcome: sent by route (WeCom mass tasks by what staff confirmed and WeCom delivered),
    skipped by reason, clicks (all and unique members), conversions and their value. An archived campaign's is
    its last daily snapshot (`snapshot`: its UTC day; bot/campaigns/retention.py)."""
    spec, record = find(ctx, brand, campaign_id)
    archived = _archived(ctx, brand, campaign_id, record)
    if archived is not None:
        return archived
    out = progress(ctx, brand, campaign_id)
    tag = plan.campaign_tag(campaign_id)
    tags = [tag, *(campaign_for(tag, arm) for arm in tone_arms(spec))]  # a toned member's links carry the arm
    links = LinkStore(ctx.redis)
    clicks = links.click_counts_many(brand, tags)
    value = _value(ctx, brand, *tags)
    tasks = _with_mass_results(ctx, brand, ctx.store.tasks(brand, campaign_id))
    out["clicks"] = clicks["clicks"]
    out["clicked"] = clicks["unique"]
    out["converted"] = clicks["conversions"]
    out["value"] = value
    out["tasks"] = [_task_row(msgid, task) for msgid, task in sorted(tasks.items())]
    for route, mine in ((WECOM_MASS, [t for k, t in tasks.items() if not k.startswith(OA_TASK_PREFIX)]),
                        (OA_MASS, [t for k, t in tasks.items() if k.startswith(OA_TASK_PREFIX)])):
        mass_sent = sum(t.get("results", {}).get("sent", 0) for t in mine)
        if mass_sent:
            out["sent"][route] = mass_sent
    undelivered = sum(t["results"]["not_delivered"] for t in tasks.values() if "not_delivered" in t.get("results", {}))
    if undelivered:
        out["skipped"][MASS_NOT_DELIVERED] = undelivered
    if spec.tones:  # each tone beside its holdout, as `siyu tones` counts them
        out["tones"] = [row for row in ToneStats(ctx.redis).report(brand) if row["item"] == tag]
    return out


def tone_arms(spec: Campaign) -> list[str]:
    """The measured arms of a campaign: each tone and its holdout."""
    return [arm for tone in spec.tones for arm in (tone.id, tone.id + HOLD)]


def _archived(ctx: CampaignContext, brand: str, campaign_id: str, record: dict[str, str]) -> dict[str, Any] | None:
    """The report of an archived campaign (its live keys are gone): the last snapshot, with the status now."""
    if not record.get("archived"):
        return None
    found = ctx.store.last_snapshot(brand, campaign_id)
    if found is None:
        return None
    day, snap = found
    return {**snap, "status": record.get("status", snap.get("status", "")), "snapshot": day}


def _with_mass_results(ctx: CampaignContext, brand: str, tasks: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The Official Account mass sends WeChat has reported on (MASSSENDJOBFINISH) count what it said: SentCount
    followers sent, and the rest of the followers tagged for it not delivered (unfollowed since, refused, over
    the month's 4, ErrorCount). Until the report comes, message/mass/get's SEND_SUCCESS counts every follower
    tagged (its follow-up job's `results`)."""
    msg_ids = {str(t["msg_id"]): k for k, t in tasks.items() if k.startswith(OA_TASK_PREFIX) and t.get("msg_id")}
    out = dict(tasks)
    for msg_id, found in ctx.store.mass_results(brand, list(msg_ids)).items():
        key = msg_ids[msg_id]
        task = tasks[key]
        out[key] = {**task, "status": "sent" if found.succeeded else "failed", "wechat_status": found.status,
                    "results": {"sent": found.sent, "failed": found.errors,
                                "not_delivered": max(len(task.get("targets", [])) - found.sent, 0)}}
    return out


def _task_row(msgid: str, task: dict[str, Any]) -> dict[str, Any]:
    """A WeCom mass task, or an Official Account mass send by tag (msgid `oa:<locale>`, chat_type oa_tag)."""
    return {"msgid": str(task.get("msg_id", msgid)) if msgid.startswith(OA_TASK_PREFIX) else msgid,
            "chat_type": task.get("chat_type", "single"), "staff": task.get("staff", ""),
            "targets": len(task.get("targets", [])), "status": task.get("status", "open"),
            "reminders": len(task.get("reminds_s", [])), "results": task.get("results", {})}


def sequence_report(ctx: CampaignContext, brand: str, sequence_id: str) -> list[dict[str, Any]]:
    """Per step of a sequence: sent by route (the delivery job's counts), clicks, unique clickers, conversions
    and value, from the click counters of the step's links (tagged `seq:<sequence>:<step>`)."""
    spec = ctx.content(brand).sequence(sequence_id)
    if spec is None:
        raise ValueError(f"no sequence {sequence_id!r}")
    stats = EnrolmentStore(ctx.redis).stats(brand, sequence_id)
    links = LinkStore(ctx.redis)
    rows = []
    for step in spec.steps:
        sent: Counter[str] = Counter()
        for name, n in stats.items():
            step_id, _variant, metric = [*name.split("|"), "", ""][:3]
            if step_id == step.id and metric.startswith("sent:"):
                sent[metric.split(":", 1)[1]] += n
        tag = f"seq:{sequence_id}:{step.id}"
        clicks = links.click_counts(brand, tag)
        rows.append({"step": step.id, "sent": dict(sent), "clicks": clicks["clicks"], "clicked": clicks["unique"],
                     "converted": clicks["conversions"], "value": _value(ctx, brand, tag)})
    return rows


def _value(ctx: CampaignContext, brand: str, *tags: str) -> dict[str, str]:
    """Conversion value per currency credited to campaign or step tags (keys.clicks `value:<currency>`), summed."""
    total: dict[str, float] = {}
    for tag in tags:
        for k, v in ctx.redis.hgetall(keys.clicks(brand, tag)).items():
            name = k.decode() if isinstance(k, bytes) else k
            if name.startswith("value:"):
                currency = name.split(":", 1)[1]
                total[currency] = total.get(currency, 0.0) + float(v)
    return {currency: f"{amount:.2f}" for currency, amount in total.items()}
