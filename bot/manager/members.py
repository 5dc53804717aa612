"""Members for managers: search (by tag, name or channel id), a profile, a timeline, and the changes a
manager makes (tag, untag, opt out, open or close a handoff). Enrolments are in manager/sequences.py.

Search reads at most SCAN_LIMIT members (newest first) for a name; a tag reads its bitmap; a channel id is
looked up directly for each of the brand's accounts. Bounded on purpose: a million members must not turn a
manager's query into a Redis stall.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.clock import epoch_s
from bot.errors import ContentError
from bot.manager.errors import ConflictError, InvalidRequestError, NotFoundError
from bot.manager.sequences import STATE_NAMES
from bot.member import (
    F_CHANNEL,
    F_CITY,
    F_HANDOFF,
    F_LOCALE,
    F_NICKNAME,
    F_OPTED_OUT,
    F_TIMEZONE,
    F_USER,
    Member,
    member_id_for,
)
from bot.services import Services
from bot.store import keys
from bot.store.events import newest_entries
from bot.store.handoffs import HandoffStore
from bot.store.ledger import SENT_EVENT, DeliveryLedger

SCAN_LIMIT = 5_000  # members read for a name search, newest first
TIMELINE_SCAN = 20_000  # newest entries of the event and sends streams read for a timeline (each keeps ~100,000)
LEDGER_SCAN = 1_000  # newest entries of the failed and parked ledgers read for a timeline
TIMELINE_HIDDEN = frozenset({"member", "at", "type", "id", "time"})  # shown apart, or the same for every row
FAILED_EVENT, PARKED_EVENT = "out.failed", "out.parked"  # a timeline's names for the ledgers' entries
# Delivery outcomes the delivery job also wrote to the event stream until 2026-12 (jobs.deliver.record_received):
# a timeline takes them from the sends stream and the ledgers only, so the ones still in the stream show once.
FROM_DETAILED_SOURCES = frozenset({SENT_EVENT, FAILED_EVENT, PARKED_EVENT})
MAX_LIMIT = 200
TAG_MAX_CHARS = 64
MANAGER_HANDOFF_S = 24 * 3600  # a handoff a manager opens lasts a day unless closed


def profile(svc: Services, brand: str, member_id: str) -> dict[str, Any]:
    member = svc.members.get(brand, member_id)
    if member is None:
        raise NotFoundError(f"no member {member_id!r} in brand {brand!r}")
    return _profile(svc, member)


def profiles(svc: Services, brand: str, member_ids: list[str]) -> list[dict[str, Any]]:
    """The profiles of the known members among `member_ids`, in that order (one read for all of them)."""
    return [_profile(svc, m) for m in svc.members.get_many(brand, member_ids) if m is not None] if member_ids else []


def _profile(svc: Services, member: Member) -> dict[str, Any]:
    handoff = member.get(F_HANDOFF)
    enrolments = {}
    try:
        ids = [spec.id for spec in svc.content(member.brand).sequences]
        enrolments = svc.enrolments.of_member(member.brand, member.id, ids) if ids else {}
    except ContentError:  # a profile without content still shows the member
        enrolments = {}
    first = member.first_seen_at
    return {
        "id": member.id, "brand": member.brand, "channel": member.get(F_CHANNEL), "user_id": member.get(F_USER),
        "nickname": member.get(F_NICKNAME), "locale": member.get(F_LOCALE), "city": member.get(F_CITY),
        "timezone": member.get(F_TIMEZONE), "opted_out": member.opted_out, "tags": sorted(member.tags),
        "first_seen": first.isoformat() if first else None,
        "handoff": handoff.partition("|")[0] if handoff else None,
        "sequences": {seq: {"step": rec.next, "state": STATE_NAMES.get(rec.state, rec.state), "active": rec.active,
                            "due": datetime.fromtimestamp(rec.due_s, UTC).isoformat()
                            if rec.active and rec.due_s else None}
                      for seq, rec in enrolments.items()},
    }


def search(svc: Services, brand: str, *, tag: str = "", name: str = "", channel_id: str = "",
           limit: int = 50) -> list[dict[str, Any]]:
    """Members matching every criterion given (at least one), newest first, at most `limit`."""
    if not (tag or name or channel_id):
        raise InvalidRequestError("give at least one of tag, name, channel_id")
    limit = max(1, min(limit, MAX_LIMIT))
    if channel_id:
        candidates = _by_channel_id(svc, brand, channel_id)
    elif tag:
        numbers = _numbers_with_tag(svc, brand, tag, cap=SCAN_LIMIT)
        candidates = [m for m in _members_of(svc, brand, numbers) if m is not None]
    else:
        top = svc.members.count(brand)
        candidates = [m for m in _members_of(svc, brand, list(range(top, max(0, top - SCAN_LIMIT), -1)))
                      if m is not None]
    needle = name.casefold()
    found = [m for m in candidates
             if (not tag or tag in m.tags) and (not needle or needle in m.get(F_NICKNAME).casefold())]
    return [_profile(svc, m) for m in found[:limit]]


def _by_channel_id(svc: Services, brand: str, channel_id: str) -> list[Member]:
    """The member ids a channel id can have: one per (channel, account) of the brand (member_id_for)."""
    settings = svc.settings.brands.get(brand)
    accounts: list[tuple[str, str]] = []
    if settings is not None and settings.oa is not None:
        accounts.append(("oa", settings.oa.appid))
    if settings is not None and settings.wecom is not None:
        accounts.append(("wecom", settings.wecom.corp_id))
        accounts.append(("kf", settings.wecom.corp_id))
    ids = list(dict.fromkeys(member_id_for(f"{channel}:{account}:{channel_id}") for channel, account in accounts))
    if channel_id.startswith("m") and len(channel_id) == 17:
        ids.insert(0, channel_id)  # a member id works too
    return [m for m in svc.members.get_many(brand, ids) if m is not None] if ids else []


def _numbers_with_tag(svc: Services, brand: str, tag: str, *, cap: int) -> list[int]:
    """Member numbers carrying `tag`, highest (newest) first, at most `cap`."""
    bitmap = svc.redis.get(keys.tag_bitmap_key(brand, tag)) or b""
    out: list[int] = []
    for index in range(len(bitmap) - 1, -1, -1):
        byte = bitmap[index]
        if not byte:
            continue
        for bit in range(7, -1, -1):  # bit 0 of a Redis bitmap is the high bit of byte 0
            if byte & (0x80 >> bit):
                out.append(index * 8 + bit)
                if len(out) >= cap:
                    return out
    return out


def _members_of(svc: Services, brand: str, numbers: list[int]) -> list[Member | None]:
    if not numbers:
        return []
    known = [i for i in svc.members.member_ids_of(brand, numbers) if i]
    return list(svc.members.get_many(brand, known)) if known else []


def timeline(svc: Services, brand: str, member_id: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """What the member did and received, newest first, each message once: their events (the event stream), each
    message WeChat took (the sends stream: route, purpose, message type), and each send that failed for good or
    was parked (the failed and parked ledgers: errcode, reason). Recent history: the newest TIMELINE_SCAN entries
    of each stream and LEDGER_SCAN of each ledger are looked through."""
    profile(svc, brand, member_id)  # 404 for an unknown member
    limit = max(1, min(limit, MAX_LIMIT))
    found: list[tuple[tuple[int, int, int], dict[str, Any]]] = []
    for stream, skip in ((keys.events(brand), FROM_DETAILED_SOURCES), (keys.sends(brand), frozenset[str]())):
        kept = 0
        for entry in newest_entries(svc.redis, stream, TIMELINE_SCAN):
            if entry.get("member") != member_id or entry.get("type") in skip:
                continue
            found.append(_timeline_entry(entry))
            kept += 1
            if kept >= limit:
                break
    ledger = DeliveryLedger(svc.redis, svc.clock)
    found.extend(_timeline_entry({**row, "type": FAILED_EVENT})
                 for row in ledger.failures(brand, count=LEDGER_SCAN) if row.get("member") == member_id)
    found.extend(_timeline_entry({**row, "message": row.get("type", ""), "type": PARKED_EVENT})
                 for row in ledger.parked_entries(brand, count=LEDGER_SCAN) if row.get("member") == member_id)
    found.sort(key=lambda pair: pair[0], reverse=True)  # ties within a second: the order Redis wrote them
    return [row for _, row in found[:limit]]


def _timeline_entry(entry: dict[str, str]) -> tuple[tuple[int, int, int], dict[str, Any]]:
    """(sort key, row): a stream entry as {type, at (ISO 8601, UTC), details (its other non-empty fields)}."""
    at = int(entry.get("at") or 0)
    ms, _, seq = entry.get("id", "0-0").partition("-")
    order = (at, int(ms), int(seq)) if ms.isdigit() and seq.isdigit() else (at, 0, 0)
    details = {k: v for k, v in entry.items() if k not in TIMELINE_HIDDEN and v}
    return order, {"type": entry.get("type", ""), "at": datetime.fromtimestamp(at, UTC).isoformat(),
                   "details": details}


def _checked_tags(tags: list[str]) -> list[str]:
    clean = [t.strip() for t in tags if isinstance(t, str) and t.strip()]
    if not clean:
        raise InvalidRequestError("give one or more tags")
    for tag in clean:
        if len(tag) > TAG_MAX_CHARS or any(c in tag for c in " \t\r\n"):
            raise InvalidRequestError(f"tag {tag[:TAG_MAX_CHARS]!r}: at most {TAG_MAX_CHARS} characters, no spaces")
    return clean


def tag(svc: Services, brand: str, member_id: str, tags: list[str]) -> dict[str, Any]:
    clean = _checked_tags(tags)
    profile(svc, brand, member_id)
    svc.members.update(brand, member_id, add_tags=clean)
    svc.events.append(brand, "tagged", {"member": member_id, "tags": ",".join(clean), "by": "manager"})
    return profile(svc, brand, member_id)


def untag(svc: Services, brand: str, member_id: str, tags: list[str]) -> dict[str, Any]:
    clean = _checked_tags(tags)
    profile(svc, brand, member_id)
    svc.members.update(brand, member_id, remove_tags=clean)
    svc.events.append(brand, "untagged", {"member": member_id, "tags": ",".join(clean), "by": "manager"})
    return profile(svc, brand, member_id)


def opt_out(svc: Services, brand: str, member_id: str) -> dict[str, Any]:
    """As if the member had sent 退订: proactive sends skip them from now on, and their sequences end."""
    found = profile(svc, brand, member_id)
    svc.members.update(brand, member_id, set_fields={F_OPTED_OUT: "1"})
    svc.events.append(brand, "optout", {"member": member_id, "by": "manager"})
    for sequence_id, state in found["sequences"].items():
        if state["active"]:
            svc.sequences.exit(brand, member_id, sequence_id, "opted-out")
    return profile(svc, brand, member_id)


def open_handoff(svc: Services, brand: str, member_id: str, *, note: str = "") -> dict[str, Any]:
    """A person takes the member over: the bot stays quiet on them until the handoff is closed or lapses."""
    found = profile(svc, brand, member_id)
    if found["handoff"]:
        raise ConflictError(f"member {member_id} already has handoff {found['handoff']} open")
    now = svc.clock.now()
    until = now + timedelta(seconds=MANAGER_HANDOFF_S)
    handoff_id = "h" + secrets.token_hex(6)
    store = HandoffStore(svc.redis, svc.clock)
    store.open(brand, handoff_id=handoff_id, member_id=member_id, channel=found["channel"], reason="manager",
               text=note[:200], opened_s=epoch_s(now), until_s=epoch_s(until), told="")
    svc.members.update(brand, member_id, set_fields={F_HANDOFF: f"{handoff_id}|{epoch_s(until)}"})
    opened = store.get(brand, handoff_id)
    if opened is None:  # closed in the same instant by someone else
        raise ConflictError(f"handoff {handoff_id} was closed at once")
    return opened.to_data(now)


def close_handoff(svc: Services, brand: str, handoff_id: str) -> dict[str, Any]:
    closed = HandoffStore(svc.redis, svc.clock).close(brand, handoff_id)
    if closed is None:
        raise NotFoundError(f"no open handoff {handoff_id!r} in brand {brand!r}")
    return closed.to_data(svc.clock.now())


def open_handoffs(svc: Services, brand: str) -> list[dict[str, Any]]:
    now = svc.clock.now()
    return [h.to_data(now) for h in HandoffStore(svc.redis, svc.clock).list_open(brand)]


def unanswered(svc: Services, brand: str, *, limit: int = 50) -> list[dict[str, Any]]:
    return [{"question": q, "count": n} for q, n in svc.unanswered.top(brand, max(1, min(limit, 1000)))]
