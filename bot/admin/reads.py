"""What the dashboard shows, read as plain data (dicts, lists, numbers, strings): no Flask, no HTML.

Each function reads through bot/manager/ (the admin API's read layer, so a page and its endpoint cannot tell
different stories) and only shapes the answer for a page: times to the second, sums a tile shows, a funnel's
rows, an FAQ snippet. What only the dashboard shows (the newest members, campaign progress bars) is here too.
Writes live in bot/admin/actions.py.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import yaml

from bot.content.campaigns import CAMPAIGN_ROUTES
from bot.manager import campaigns as manager_campaigns
from bot.manager import deliveries as manager_deliveries
from bot.manager import members as manager_members
from bot.manager import queues as manager_queues
from bot.manager import sequences as manager_sequences
from bot.manager.errors import ManagerError, NotFoundError
from bot.manager.overview import overview as manager_overview
from bot.services import Services
from bot.store import keys
from bot.store.events import NEW_MEMBER_PREFIX, newest_entries

TIMELINE_MAX = 100  # entries shown on a member's timeline
RECENT_SCAN = 5_000  # newest events looked through for the newest members
LIST_MAX = 50  # rows on a listing page


def overview(services: Services, brand: str) -> dict[str, Any]:
    """The overview page's numbers (bot/manager/overview.py). Days are UTC days, as the counters are kept."""
    o = manager_overview(services, brand)
    return {
        "day": o["day"], "members": o["members"],
        "new_today": _by_prefix(o["today"], NEW_MEMBER_PREFIX), "new_week": _by_prefix(o["week"], NEW_MEMBER_PREFIX),
        "active_enrolments": o["in_sequences"],
        "sent_today": o["sent_today"], "sent_today_total": sum(o["sent_today"].values()),
        "failed_today": o["today"].get("out.failed", 0), "parked_today": o["today"].get("out.parked", 0),
        "open_handoffs": o["open_handoffs"], "unanswered": o["unanswered_questions"],
    }


def _by_prefix(counts: dict[str, int], prefix: str) -> dict[str, int]:
    return {name.removeprefix(prefix) or "-": n for name, n in sorted(counts.items()) if name.startswith(prefix)}


def sequences(services: Services, brand: str) -> list[dict[str, Any]]:
    """Every sequence of the content in force with its stats report (as `GET /api/v1/sequences/{id}/stats`)."""
    try:
        rows = manager_sequences.list_sequences(services, brand)
    except ManagerError:
        return []
    return [{**row, "report": manager_sequences.stats(services, brand, row["id"])} for row in rows]


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


def _member_row(profile: dict[str, Any]) -> dict[str, Any]:
    return {"id": profile["id"], "channel": profile["channel"], "nickname": profile["nickname"],
            "first_seen": _time(profile["first_seen"]), "tags": profile["tags"], "opted_out": profile["opted_out"]}


def recent_members(services: Services, brand: str) -> list[dict[str, Any]]:
    """The newest members, from the event stream's first-sight records (recent history only)."""
    ids: list[str] = []
    for entry in newest_entries(services.redis, keys.events(brand), RECENT_SCAN):
        member_id = entry.get("member", "")
        if entry.get("new") == "1" and member_id and member_id not in ids:
            ids.append(member_id)
            if len(ids) >= LIST_MAX:
                break
    return [_member_row(p) for p in manager_members.profiles(services, brand, ids)]


def find_members(services: Services, brand: str, query: str) -> list[dict[str, Any]]:
    """`tag:<name>` lists members with that tag (newest first); anything else is a member id or a channel id (an
    openid, an external userid): the admin API's member search."""
    query = query.strip()
    criteria = {"tag": query.removeprefix("tag:").strip()} if query.startswith("tag:") else {"channel_id": query}
    if not any(criteria.values()):
        return []
    return [_member_row(p) for p in manager_members.search(services, brand, limit=LIST_MAX, **criteria)]


def member(services: Services, brand: str, member_id: str) -> dict[str, Any] | None:
    """A member's profile, sequences and timeline (what they did and what they received), newest first."""
    if not member_id:
        return None
    try:
        profile = manager_members.profile(services, brand, member_id)
        timeline = manager_members.timeline(services, brand, member_id, limit=TIMELINE_MAX)
    except NotFoundError:
        return None
    return {**_member_row(profile),
            "sequences": [{"sequence": sid, "next": s["step"], "state": s["state"], "due": _time(s["due"])}
                          for sid, s in sorted(profile["sequences"].items())],
            "timeline": [{"time": _time(row["at"]), "kind": row["type"], "details": row["details"]}
                         for row in timeline]}


def unanswered(services: Services, brand: str) -> list[dict[str, Any]]:
    """The most asked questions nobody answered, each with an FAQ entry to paste into config/faq.yaml."""
    return [{**row, "snippet": faq_snippet(row["question"])}
            for row in manager_members.unanswered(services, brand, limit=LIST_MAX)]


def faq_snippet(question: str) -> str:
    """A config/faq.yaml entry for this question, the answers left for the manager to write."""
    locale = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in question) else "en"
    entry = {"id": "new-" + hashlib.blake2b(question.encode(), digest_size=3).hexdigest(),
             "questions": {locale: [question]}, "answers": {locale: "TODO: the answer"}}
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=False)
    return "\n".join("  " + line for line in text.splitlines())


def handoffs(services: Services, brand: str) -> list[dict[str, Any]]:
    return manager_members.open_handoffs(services, brand)


def deliveries(services: Services, brand: str, *, confirming: bool = False) -> dict[str, Any]:
    """Failed and parked deliveries (with reasons; whether each failure can be retried) and delivery jobs RQ
    gave up on, as `GET /api/v1/deliveries/failed` and `/parked` list them. `retryable` counts the failures a
    retry all would queue: among those shown, or, when `confirming` it, among all it takes (RETRY_ALL_MAX)."""
    failed = manager_deliveries.failed(services, brand, limit=LIST_MAX)
    counted = manager_deliveries.failed(services, brand, limit=manager_deliveries.RETRY_ALL_MAX) if confirming \
        else failed
    return {"failed": failed, "retryable": len({row["key"] for row in counted if row["retryable"]}),
            "parked": manager_deliveries.parked(services, brand, limit=LIST_MAX),
            "failed_jobs": manager_queues.failed_delivery_jobs(services, brand)}


def queues(services: Services, brand: str = "") -> dict[str, Any]:
    """Queue health (bot/manager/queues.py, as `GET /api/v1/queues`) and the failed jobs with their errors; an
    empty queue's oldest job shows as none, an age in whole seconds."""
    health = manager_queues.health(services)
    rows = [{**row, "oldest_age_s": int(row["oldest_age_s"]) if row["depth"] else None} for row in health["queues"]]
    return {"queues": rows, "workers": health["workers"], "failed_jobs": manager_queues.failed_jobs(services, brand)}


def campaigns(services: Services, brand: str) -> list[dict[str, Any]]:
    """One row per campaign (config/campaigns.yaml and created ones), newest state first as the list gives them:
    id, name, status, segment, targeted, handled, share (0..1), sent and skipped by route or reason, waiting,
    and which of launch / pause / resume / cancel its status allows. [] when the brand has no content to read."""
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
                    "can_launch": manager_campaigns.may_launch(status),
                    "can_pause": manager_campaigns.may_pause(status), "can_resume": status == "paused",
                    "can_cancel": manager_campaigns.may_cancel(status)})
    return out


def launch_preview(services: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    """What the launch confirmation shows: the campaign's row and its dry run (`GET /api/v1/campaigns/{id}/dry-run`:
    who would get it now, by route, who waits for their local time, who is skipped and why; nothing is sent).
    Raises the manager's NotFoundError / ConflictError (unknown campaign, content or segment that cannot be read)."""
    row = next((r for r in manager_campaigns.list_campaigns(services, brand) if r["id"] == campaign_id), None)
    if row is None:
        raise NotFoundError(f"no campaign {campaign_id!r}")
    dry = manager_campaigns.dry_run(services, brand, campaign_id)
    return {**row, "can_launch": manager_campaigns.may_launch(row["status"]), "dry": dry,
            "would_send_total": sum(dry["would_send"].values()),
            "would_skip_total": sum(dry["would_skip"].values())}


def campaign_choices(services: Services, brand: str, locale: str) -> dict[str, Any]:
    """What the new-campaign form offers: the brand's products and jobs (id, name in the page's language) and
    the routes a campaign may name, in the order the route chooser tries them."""
    try:
        content = manager_campaigns.context(services).content(brand)
    except ManagerError:
        return {"products": [], "jobs": [], "routes": list(CAMPAIGN_ROUTES)}
    return {"products": [(p.id, p.name.get(locale)) for p in content.products],
            "jobs": [(j.id, f"{j.title.get(locale)} · {j.city}") for j in content.jobs],
            "routes": list(CAMPAIGN_ROUTES)}


def has_campaigns(services: Services, brand: str) -> bool:
    """Whether the navigation shows the campaigns page (cheaper than campaigns(): no progress read)."""
    try:
        return bool(manager_campaigns.list_campaigns(services, brand))
    except ManagerError:
        return False


def _time(iso: str | None) -> str:
    """An ISO 8601 time as the pages show it: UTC, to the second."""
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") if iso else ""
