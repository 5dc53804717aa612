"""What the dashboard shows, read as plain data (dicts, lists, numbers, strings): no Flask, no HTML.

Each function takes the Services and a brand and only reads, so the admin API's read layer can take these
over (or these can call it) when the two meet. Writes live in bot/admin/actions.py.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import yaml
from rq import Queue as RQQueue
from rq import Worker
from rq.job import Job
from rq.registry import FailedJobRegistry

from bot.manager import campaigns as manager_campaigns
from bot.manager.errors import ManagerError
from bot.manager.sequences import summarise
from bot.member import F_CHANNEL, F_FIRST_SEEN, F_NICKNAME
from bot.outbound import Queue
from bot.queueing import DELIVER_JOB
from bot.services import Services
from bot.store import keys
from bot.store.enrolments import DUE, ENDED, WAITING
from bot.store.events import NEW_MEMBER_PREFIX
from bot.store.handoffs import HandoffStore
from bot.store.ledger import DAY_COUNTER, DeliveryLedger

TIMELINE_SCAN = 20_000  # newest entries of each stream looked through for one member's timeline (each keeps ~100,000)
TIMELINE_MAX = 100  # entries shown on a member's timeline
RECENT_SCAN = 5_000  # newest events looked through for the newest members
LIST_MAX = 50  # rows on a listing page
WEEK_DAYS = 7
ENROLMENT_STATES = {DUE: "due", WAITING: "waiting", ENDED: "ended"}


def _s(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode() if isinstance(value, bytes) else value


def _day_counters(services: Services, brand: str, name: str, days: int) -> list[dict[str, int]]:
    """The per-day counter hashes for the last `days` UTC days, today first."""
    today = services.clock.now().date()
    pipe = services.redis.pipeline(transaction=False)
    for back in range(days):
        pipe.hgetall(keys.counter(brand, name, (today - timedelta(days=back)).isoformat()))
    return [{_s(k): int(v) for k, v in found.items()} for found in pipe.execute()]


def _by_prefix(counts: list[dict[str, int]], prefix: str) -> dict[str, int]:
    total: Counter[str] = Counter()
    for day in counts:
        for name, n in day.items():
            if name.startswith(prefix):
                total[name.removeprefix(prefix) or "-"] += n
    return dict(sorted(total.items()))


def overview(services: Services, brand: str) -> dict[str, Any]:
    """The overview page's numbers. Days are UTC days, as the counters are kept."""
    events = _day_counters(services, brand, "events", WEEK_DAYS)
    deliveries = _day_counters(services, brand, DAY_COUNTER, 1)[0]
    sent_today = _by_prefix([deliveries], "sent:")
    return {
        "day": services.clock.now().date().isoformat(),
        "members": services.members.count(brand),
        "new_today": _by_prefix(events[:1], NEW_MEMBER_PREFIX),
        "new_week": _by_prefix(events, NEW_MEMBER_PREFIX),
        "active_enrolments": sum(row["active"] for row in sequences(services, brand)),
        "sent_today": sent_today,
        "sent_today_total": sum(sent_today.values()),
        "failed_today": deliveries.get("failed", 0),
        "parked_today": deliveries.get("parked", 0),
        "open_handoffs": len(HandoffStore(services.redis, services.clock).list_open(brand)),
        "unanswered": int(services.redis.zcard(keys.unanswered(brand))),
    }


def sequences(services: Services, brand: str) -> list[dict[str, Any]]:
    """Every sequence of the content in force, with its stats report (bot/manager/sequences.py summarise)."""
    content = services.content(brand)
    out = []
    for spec in content.sequences:
        counters = services.enrolments.stats(brand, spec.id)
        report = summarise(spec, counters)
        out.append({"id": spec.id, "name": spec.name.get(content.brand.default_locale), "paused": spec.paused,
                    "active": sum(v for k, v in counters.items() if k.endswith("|-|at")),
                    "waiting": sum(v for k, v in counters.items() if k.endswith("|-|waiting")), "report": report})
    return out


def funnel(report: dict[str, Any]) -> list[dict[str, Any]]:
    """A sequence report as funnel rows: enrolled, then per step (and variant) how many got it and clicked."""
    rows: list[dict[str, Any]] = [{"label": "enrolled", "step": "", "variant": "", "reached": report["enrolled"],
                                   "clicked": 0}]
    for step in report["steps"]:
        rows.append({"label": step["step"] + (f" [{step['variant']}]" if step["variant"] != "-" else ""),
                     "step": step["step"], "variant": step["variant"],
                     "reached": sum(step["sent"].values()),
                     "clicked": step["clicked"], "parked": step["parked"], "failed": sum(step["failed"].values()),
                     "now": step["at"]})
    rows.append({"label": "completed", "step": "", "variant": "", "reached": report["completed"], "clicked": 0})
    return rows


def _member_row(member: Any) -> dict[str, Any]:
    first = member.fields.get(F_FIRST_SEEN, "")
    return {"id": member.id, "channel": member.fields.get(F_CHANNEL, ""), "nickname": member.fields.get(F_NICKNAME, ""),
            "first_seen": _time(int(first)) if first.isdigit() else "", "tags": sorted(member.tags),
            "opted_out": member.opted_out}


def recent_members(services: Services, brand: str) -> list[dict[str, Any]]:
    """The newest members, from the event stream's first-sight records (recent history only)."""
    ids: list[str] = []
    for entry in _scan(services, keys.events(brand), RECENT_SCAN):
        member_id = entry.get("member", "")
        if entry.get("new") == "1" and member_id and member_id not in ids:
            ids.append(member_id)
            if len(ids) >= LIST_MAX:
                break
    return [_member_row(m) for m in services.members.get_many(brand, ids) if m is not None]


def find_members(services: Services, brand: str, query: str) -> list[dict[str, Any]]:
    """`tag:<name>` lists members with that tag (from its bitmap); anything else is a member id."""
    query = query.strip()
    if query.startswith("tag:"):
        bitmap = services.redis.get(keys.tag_bitmap_key(brand, query.removeprefix("tag:").strip())) or b""
        numbers = [i * 8 + bit for i, byte in enumerate(bitmap) if byte for bit in range(8) if byte & (0x80 >> bit)]
        ids = [found for n in numbers[:LIST_MAX] if (found := services.members.member_id_of(brand, n))]
    else:
        ids = [query] if query else []
    return [_member_row(m) for m in services.members.get_many(brand, ids) if m is not None]


def member(services: Services, brand: str, member_id: str) -> dict[str, Any] | None:
    """A member's profile, sequences and timeline (what they did and what they received), newest first."""
    found = services.members.get(brand, member_id) if member_id else None
    if found is None:
        return None
    content = services.content(brand)
    enrolled = services.enrolments.of_member(brand, member_id, [s.id for s in content.sequences])
    timeline: list[dict[str, Any]] = []
    for stream in (keys.events(brand), keys.sends(brand)):  # what they did; what they received
        kept = 0
        for entry in _scan(services, stream, TIMELINE_SCAN):
            if stream == keys.events(brand) and entry.get("type") in FROM_DETAILED_SOURCES:
                continue  # the delivery job also logs these outcomes there: shown once, from the sources below
            if entry.get("member") == member_id:
                timeline.append(_timeline_row(entry))
                kept += 1
                if kept >= TIMELINE_MAX:
                    break
    ledger = DeliveryLedger(services.redis, services.clock)
    for kind, rows in (("failed", ledger.failures(brand, count=1000)),
                       ("parked", ledger.parked_entries(brand, count=1000))):
        timeline.extend({**_timeline_row(row), "kind": kind} for row in rows if row.get("member") == member_id)
    timeline.sort(key=lambda row: (row["at"], row["order"]), reverse=True)  # ties: the order Redis wrote them
    return {**_member_row(found), "fields": dict(sorted(found.fields.items())),
            "sequences": [{"sequence": sid, "next": e.next, "last_sent": e.sent_step,
                           "state": ENROLMENT_STATES.get(e.state, e.state),
                           "due": _time(e.due_s) if e.active else ""}
                          for sid, e in sorted(enrolled.items())],
            "timeline": timeline[:TIMELINE_MAX]}


# Delivery outcomes the delivery job writes to the event stream too (jobs.deliver.record_received): the timeline
# takes them from the sends stream (route, message type) and the failed and parked ledgers (reasons) instead.
FROM_DETAILED_SOURCES = frozenset({"out.sent", "out.failed", "out.parked"})


def _timeline_row(entry: dict[str, str]) -> dict[str, Any]:
    at = int(entry.get("at") or 0)
    kind = entry.get("type", "")
    details = {k: v for k, v in entry.items() if k not in ("type", "at", "member", "id", "time") and v}
    ms, _, seq = entry.get("id", "0-0").partition("-")
    order = (int(ms), int(seq)) if ms.isdigit() and seq.isdigit() else (0, 0)
    return {"at": at, "time": _time(at), "kind": kind, "details": details, "order": order}


def _scan(services: Services, stream: str, limit: int, chunk: int = 1_000) -> Any:
    """A stream's entries newest first, `limit` at most, read in chunks."""
    last = "+"
    seen = 0
    while seen < limit:
        rows = services.redis.xrevrange(stream, max=last, count=chunk)
        if not rows:
            return
        for entry_id, fields in rows:
            seen += 1
            yield {_s(k): _s(v) for k, v in fields.items()} | {"id": _s(entry_id)}
        if len(rows) < chunk:
            return
        last = "(" + _s(rows[-1][0])


def unanswered(services: Services, brand: str) -> list[dict[str, Any]]:
    """The most asked questions nobody answered, each with an FAQ entry to paste into config/faq.yaml."""
    return [{"question": question, "count": count, "snippet": faq_snippet(question)}
            for question, count in services.unanswered.top(brand, LIST_MAX)]


def faq_snippet(question: str) -> str:
    """A config/faq.yaml entry for this question, the answers left for the manager to write."""
    locale = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    entry = {"id": "new-" + hashlib.blake2b(question.encode(), digest_size=3).hexdigest(),
             "questions": {locale: [question]}, "answers": {locale: "TODO: the answer"}}
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=False)
    return "\n".join("  " + line for line in text.splitlines())


def handoffs(services: Services, brand: str) -> list[dict[str, Any]]:
    now = services.clock.now()
    return [h.to_data(now) for h in HandoffStore(services.redis, services.clock).list_open(brand)]


def deliveries(services: Services, brand: str) -> dict[str, Any]:
    """Failed and parked deliveries (the ledger's streams, with reasons) and delivery jobs RQ gave up on."""
    ledger = DeliveryLedger(services.redis, services.clock)
    return {"failed": ledger.failures(brand, count=LIST_MAX), "parked": ledger.parked_entries(brand, count=LIST_MAX),
            "failed_jobs": [job for job in failed_jobs(services, brand) if job["func"] == DELIVER_JOB]}


def failed_jobs(services: Services, brand: str = "") -> list[dict[str, Any]]:
    """Jobs in RQ's failed registries, newest first, with their error's last line; delivery jobs of other
    brands are left out when `brand` is given."""
    out = []
    for name in Queue:
        queue = RQQueue(str(name), connection=services.redis)
        registry = FailedJobRegistry(queue=queue)
        for job in Job.fetch_many(registry.get_job_ids(), connection=services.redis):
            if job is None:
                continue
            brands = job_brands(job)
            if brand and brands and brand not in brands:
                continue
            result = job.latest_result()
            error = (result.exc_string or "").strip().splitlines() if result is not None else []
            out.append({"id": job.id, "queue": str(name), "func": job.func_name, "description": job.description or "",
                        "error": error[-1] if error else "", "ended_at": _at(job.ended_at), "brands": sorted(brands)})
    return sorted(out, key=lambda row: row["ended_at"], reverse=True)


def job_brands(job: Job) -> set[str]:
    """The brands a delivery job sends for (its arguments are Delivery data); empty for other jobs."""
    try:
        args = job.args
    except Exception:  # a job whose arguments no longer load (code moved) is still listed, brandless
        return set()
    if job.func_name == DELIVER_JOB and args and isinstance(args[0], list):
        return {str(d.get("brand", "")) for d in args[0] if isinstance(d, dict)}
    brand = job.kwargs.get("brand") if isinstance(job.kwargs, dict) else None
    return {brand} if isinstance(brand, str) else set()


def queues(services: Services, brand: str = "") -> dict[str, Any]:
    """Queue health: depth and oldest waiting job per queue, workers, failed jobs with their errors."""
    now = datetime.now(UTC)  # RQ stamps jobs with the wall clock, not ours
    rows = []
    for name in Queue:
        queue = RQQueue(str(name), connection=services.redis)
        oldest_ids = queue.get_job_ids(0, 1)
        oldest = Job.fetch_many(oldest_ids, connection=services.redis)[0] if oldest_ids else None
        enqueued = oldest.enqueued_at if oldest is not None else None
        rows.append({"name": str(name), "depth": queue.count,
                     "oldest_age_s": int((now - enqueued.replace(tzinfo=UTC)).total_seconds()) if enqueued else None,
                     "started": queue.started_job_registry.count, "scheduled": queue.scheduled_job_registry.count,
                     "failed": queue.failed_job_registry.count})
    workers = [{"name": w.name, "state": str(w.get_state()), "queues": [q.name for q in w.queues],
                "current_job": w.get_current_job_id() or "", "last_heartbeat": _at(w.last_heartbeat)}
               for w in Worker.all(connection=services.redis)]
    return {"queues": rows, "workers": workers, "failed_jobs": failed_jobs(services, brand)}


def campaigns(services: Services, brand: str) -> list[dict[str, Any]]:
    """One row per campaign (config/campaigns.yaml and created ones), newest state first as the list gives them:
    id, name, status, segment, targeted, handled, share (0..1), sent and skipped by route or reason, waiting,
    and which of pause / resume / cancel its status allows. [] when the brand has no content to read."""
    try:
        rows = manager_campaigns.list_campaigns(services, brand)
    except ManagerError:
        return []
    out = []
    for row in rows:
        try:
            p = manager_campaigns.progress(services, brand, row["id"])
        except ManagerError:
            continue
        targeted, handled = p["targeted"], p["handled"]
        status = p["status"]
        out.append({**row, "status": status, "targeted": targeted, "handled": handled,
                    "share": min(handled / targeted, 1.0) if targeted else (1.0 if status == "done" else 0.0),
                    "sent": p["sent"], "skipped": p["skipped"], "waiting": p["waiting"],
                    "can_pause": manager_campaigns.may_pause(status), "can_resume": status == "paused",
                    "can_cancel": manager_campaigns.may_cancel(status)})
    return out


def has_campaigns(services: Services, brand: str) -> bool:
    """Whether the navigation shows the campaigns page (cheaper than campaigns(): no progress read)."""
    try:
        return bool(manager_campaigns.list_campaigns(services, brand))
    except ManagerError:
        return False


def _at(value: datetime | None) -> str:
    return value.replace(tzinfo=UTC).isoformat(timespec="seconds") if value is not None else ""


def _time(at_s: int) -> str:
    return datetime.fromtimestamp(at_s, UTC).strftime("%Y-%m-%d %H:%M:%S") if at_s else ""
