"""A campaign's Official Account mass send by tag (高级群发: message/mass/sendall with filter tag_id), for the
followers a campaign that names the `oa_mass` route cannot reach by a one-member route (outside the 48 h
window, say), where the account kind has it (`mass_send`: verified accounts, bot/settings.py).

The fan-out queues `<locale>|<openid>|<member>`; when it is done, this tags those followers with a tag of the
campaign's own (tags/create, tags/members/batchtagging: 50 a call) and sends one text by that tag, per
language and script (bot.text.reading_of: a Hong Kong reader's is in traditional characters), with a
`clientmsgid` (a repeat within 24 h is refused, 45065: never twice). Limits, from the
platform's mass-send doc (docs/platform.md §3.1): a verified subscription account sends one mass message a
day, so it sends once, in the brand's default language, and waits for the next Beijing day when the day's is
used; a verified service account's followers each receive at most 4 a month ("多于4条的群发将对该用户发送失败"
and WeChat does not say who), so Siyu counts each follower's month itself and skips those at 4 with reason
`mass_limit`. The send's status comes from message/mass/get; once WeChat reports it done the tag is deleted
(an account has at most 100). The content is the same for everyone: links carry the campaign, no member.
"""

from __future__ import annotations

import logging
import secrets
from collections import defaultdict
from datetime import datetime
from typing import Any

import redis

from bot.campaigns.mass import OA_TASK_PREFIX
from bot.campaigns.plan import campaign_tag
from bot.channels.base import RouteContext
from bot.clock import BEIJING, epoch_s, next_beijing_day_s
from bot.content.campaigns import Campaign
from bot.content.model import Content
from bot.errors import AlreadyDoneError, GatewayError, SlowDownError
from bot.gateway.tokens import oa_app
from bot.member import F_CHANNEL, F_LOCALE, Member
from bot.outbound import Link, MiniProgram, News, Outbound, Text
from bot.sequences.render import render
from bot.store import keys
from bot.store.campaigns import CampaignStore
from bot.text import in_script, reading_parts

log = logging.getLogger(__name__)

CREATE_TAG, DELETE_TAG, TAGGING = "tags/create", "tags/delete", "tags/members/batchtagging"
SENDALL, MASS_GET = "message/mass/sendall", "message/mass/get"
TAGGING_BATCH = 50  # openids per batchtagging call
SERVICE_RECEIPTS_PER_MONTH = 4  # a service account's follower receives at most 4 mass sends a month
MASS_LIMIT = "mass_limit"  # skip reason: the follower had this month's 4
TASK_PREFIX = OA_TASK_PREFIX  # the campaign's task record of its mass send per language: `oa:<locale>`
RECEIPTS_TTL_S = 40 * 86400


def beijing(now: datetime) -> datetime:
    return now.astimezone(BEIJING)


def send(routes: RouteContext, store: CampaignStore, redis_client: redis.Redis, brand: str, spec: Campaign,
         content: Content, now: datetime) -> tuple[int, int | None]:
    """Tag and send what the fan-out queued: (mass sends submitted, None) or (0, epoch s to try again) when a
    subscription account's send of the day is used."""
    items = store.oa_mass_items(brand, spec.id)
    if not items:
        return 0, None
    found = routes.settings.brands.get(brand)
    account = found.oa if found is not None else None
    if account is None or "mass_send" not in account.capabilities:  # the settings changed since the fan-out
        log.warning("campaign %s: the Official Account (%s) has no mass send now: %d follower(s) skipped",
                    spec.id, account.described if account else "none", len(items))
        store.bump(brand, spec.id, {"skipped:no_route": len(items), "mass:queued": -len(items)})
        store.drop_oa_mass_items(brand, spec.id)
        return 0, None
    local = beijing(now)
    day, month = local.strftime("%Y%m%d"), local.strftime("%Y%m")
    by_locale: dict[str, list[tuple[str, str]]] = defaultdict(list)
    subscription = account.kind == "subscription"
    for locale, openid, member_id in items:
        by_locale[content.brand.default_locale if subscription else locale].append((openid, member_id))
    if subscription:
        used = redis_client.set(keys.oa_mass_day(brand, day), spec.id, nx=True, ex=2 * 86400)
        if not used and _s(redis_client.get(keys.oa_mass_day(brand, day))) != spec.id:
            log.info("campaign %s: the subscription account's mass send of %s is used; waiting for the next day",
                     spec.id, day)
            return 0, next_beijing_day_s(now)
    app = oa_app(routes.settings, brand)
    made = 0
    for locale, people in sorted(by_locale.items()):
        if not subscription:
            people = _within_month(store, redis_client, brand, spec.id, month, people)
        if not people:
            continue
        try:
            made += _send_one(routes, app, store, redis_client, brand, spec, content, locale, people, month, now,
                              count_receipts=not subscription)
        except SlowDownError as exc:  # 45028: no mass quota left (the console's send counts too): the next day
            log.warning("campaign %s: WeChat has no mass quota left today (%s): the %s mass send waits for the "
                        "next day", spec.id, exc, locale)
            later = [] if subscription else [i for i in items if i[0] > locale]  # not tried yet
            store.keep_oa_mass_items(brand, spec.id, [(locale, o, m) for o, m in people] + later)
            return made, next_beijing_day_s(now)
    store.drop_oa_mass_items(brand, spec.id)
    return made, None


def _within_month(store: CampaignStore, redis_client: redis.Redis, brand: str, campaign_id: str, month: str,
                  people: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Followers under the month's 4; the rest are skipped (`mass_limit`), moved off `mass:queued`."""
    counts = redis_client.hmget(keys.oa_mass_receipts(brand, month), [m for _o, m in people])
    kept = [p for p, n in zip(people, counts, strict=True) if int(n or 0) < SERVICE_RECEIPTS_PER_MONTH]
    over = len(people) - len(kept)
    if over:
        log.info("campaign %s: %d follower(s) already had %d mass sends this month: skipped", campaign_id, over,
                 SERVICE_RECEIPTS_PER_MONTH)
        store.bump(brand, campaign_id, {f"skipped:{MASS_LIMIT}": over, "mass:queued": -over})
    return kept


def _send_one(routes: RouteContext, app: Any, store: CampaignStore, redis_client: redis.Redis, brand: str,
              spec: Campaign, content: Content, locale: str, people: list[tuple[str, str]], month: str,
              now: datetime, *, count_receipts: bool) -> int:
    key = f"{TASK_PREFIX}{locale}"  # `locale` is a reading (bot.text.reading_of): "zh", "zh-hk", "en"
    task = store.tasks(brand, spec.id).get(key) or {
        "chat_type": "oa_tag", "staff": "", "locale": locale, "targets": [], "status": "tagging", "reminds_s": [],
        "results": {}, "created_s": epoch_s(now)}
    language, script = reading_parts(locale)
    text = in_script(mass_text(spec, content, brand, language), script)  # Hong Kong readers read it in theirs
    try:
        if not task.get("tag_id"):
            name = f"siyu {spec.id[:min(16, 19 - len(locale))]} {locale} {secrets.token_hex(2)}"  # ≤ 30 bytes
            task["tag_id"] = int(routes.call(app, CREATE_TAG, {"tag": {"name": name}})["tag"]["id"])
            store.save_task(brand, spec.id, key, task)
        openids = [o for o, _m in people]
        for i in range(0, len(openids), TAGGING_BATCH):
            routes.call(app, TAGGING, {"openid_list": openids[i:i + TAGGING_BATCH], "tagid": task["tag_id"]},
                        idempotent=True)
        payload = {"filter": {"is_to_all": False, "tag_id": task["tag_id"]}, "msgtype": "text",
                   "text": {"content": text}, "clientmsgid": f"siyu-{brand}-{spec.id}-{locale}"[:64]}
        try:
            task["msg_id"] = routes.call(app, SENDALL, payload, idempotent=True).get("msg_id")
        except AlreadyDoneError:
            log.info("campaign %s: the %s mass send was already made (clientmsgid)", spec.id, locale)
    except SlowDownError:
        store.save_task(brand, spec.id, key, task)  # its tag is kept for the next try
        raise
    except GatewayError as exc:
        log.warning("campaign %s: the %s mass send failed (%s): %d follower(s) counted failed", spec.id, locale, exc,
                    len(people))
        store.bump(brand, spec.id, {"failed:oa_mass": len(people)})  # still handled (mass:queued), as WeCom's
        task["status"] = "failed"
        store.save_task(brand, spec.id, key, task)
        return 0
    task.update(status="submitted", targets=[o for o, _m in people], submitted_s=epoch_s(now))
    store.save_task(brand, spec.id, key, task)
    store.bump(brand, spec.id, {"mass:oa_submitted": len(people)})
    if count_receipts:
        pipe = redis_client.pipeline(transaction=False)
        for _o, member_id in people:
            pipe.hincrby(keys.oa_mass_receipts(brand, month), member_id, 1)
        pipe.expire(keys.oa_mass_receipts(brand, month), RECEIPTS_TTL_S)
        pipe.execute()
    log.info("campaign %s: OA mass send by tag %s to %d follower(s) (%s), msg_id %s", spec.id, task["tag_id"],
             len(people), locale, task.get("msg_id"))
    return 1


def mass_text(spec: Campaign, content: Content, brand: str, locale: str) -> str:
    """The campaign's message as one text (a mass send by tag carries one message): its texts, and each link
    as its title and URL (the campaign's tag on it, no member reference)."""
    anyone = Member(id="", brand=brand, fields={F_CHANNEL: "oa", F_LOCALE: locale})
    messages = render(spec.send, member=anyone, content=content, locale=locale, campaign=campaign_tag(spec.id)).messages
    return "\n\n".join(p for m in messages for p in _text_of(m) if p)


def _text_of(message: Outbound) -> list[str]:
    match message:
        case Text(text=text):
            return [text]
        case Link(title=title, url=url):
            return [f"{title}\n{url}"]
        case News(articles=articles):
            return [f"{a.title}\n{a.url}" for a in articles]
        case MiniProgram(title=title, fallback_url=url) if url:
            return [f"{title}\n{url}"]
    return []


def track(routes: RouteContext, store: CampaignStore, brand: str, campaign_id: str) -> int:
    """message/mass/get for each submitted send: done -> `sent` (and the tag deleted); failed -> `failed`.
    How many are still submitted."""
    waiting = 0
    app = None
    for key, task in store.tasks(brand, campaign_id).items():
        if not key.startswith(TASK_PREFIX) or task.get("status") != "submitted":
            continue
        app = app or oa_app(routes.settings, brand)
        try:
            if task.get("msg_id") is not None:
                status = str(routes.call(app, MASS_GET, {"msg_id": task["msg_id"]}, idempotent=True).get("msg_status"))
            else:
                status = "SEND_SUCCESS"  # made by an earlier try (45065): WeChat has it
            task["msg_status"] = status
            if status == "SEND_SUCCESS":
                task.update(status="sent", results={"sent": len(task["targets"])})
                routes.call(app, DELETE_TAG, {"tag": {"id": task["tag_id"]}}, idempotent=True)
            elif status in ("SEND_FAIL", "DELETE"):
                task["status"] = "failed"
            else:
                waiting += 1
        except GatewayError as exc:
            log.warning("campaign %s: OA mass send %s: %s", campaign_id, task.get("msg_id"), exc)
            waiting += 1
        store.save_task(brand, campaign_id, key, task)
    return waiting


def _s(value: bytes | str | None) -> str:
    return value.decode() if isinstance(value, bytes) else (value or "")


