"""WeChat customer service (微信客服) in: pull what a kf_msg_or_event callback announced with kf/sync_msg,
and translate each pulled message into an `Inbound` (the one place that knows sync_msg's field names).

Fields per doc 94670: msgid, open_kfid, external_userid, send_time, origin (3 = the customer,
4 = a system event, 5 = a servicer), msgtype and its object. Only what customers send is routed.
An enter_session event's welcome_code becomes `Inbound.welcome_code`, so the pipeline queues the
welcome for the kf_welcome route (kf/send_msg_on_event, within 20 s, once).
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

import redis

from bot.errors import ConfigError, GatewayError
from bot.gateway import Gateway, wecom_app
from bot.inbound import Channel, Inbound, Kind, Location
from bot.store import keys
from bot.store.budget import BudgetStore
from bot.webhook.json_inbound import without_lone_surrogates

log = logging.getLogger("siyu.kf")

CUSTOMER = 3  # msg origin 3 = sent by the WeChat customer (doc 94670)
SYSTEM_EVENT = 4
PULL_LOCK_TTL_S = 30  # one sync_msg pull in flight per kf account (docs/platform.md §5, kf row)
PULL_PAGE = 1000  # sync_msg's maximum page size (doc 94670)
EXPIRED_MSG_TOKEN = 95007  # sync_msg: "不合法的msgtoken", the callback's Token expired (10 min) or is unknown
MESSAGE_KINDS = {"text": Kind.TEXT, "image": Kind.IMAGE, "voice": Kind.VOICE, "video": Kind.VIDEO,
                 "file": Kind.FILE, "location": Kind.LOCATION, "link": Kind.LINK}
EVENT_KINDS = {"enter_session": Kind.ENTER_CHAT}


def routable(message: Mapping[str, Any]) -> bool:
    """Customer messages and system events about a customer; never our own servicers' messages."""
    return message.get("origin") in (CUSTOMER, SYSTEM_EVENT) and bool(_customer(message))


def to_inbound(message: Mapping[str, Any], *, brand: str, corp_id: str, received_at: datetime,
               open_kfid: str = "") -> Inbound:
    """`open_kfid` is the kf account the pull was for: used when the message names none itself. A lone UTF-16
    surrogate in sync_msg's JSON (half an emoji pair) reads as U+FFFD, as in the intelligent bot's callbacks."""
    message = without_lone_surrogates(message)
    msgtype = str(message.get("msgtype", ""))
    found = message.get(msgtype)
    body: Mapping[str, Any] = found if isinstance(found, Mapping) else {}
    event = msgtype == "event"
    if event:
        kind = EVENT_KINDS.get(str(body.get("event_type", "")), Kind.UNKNOWN)
    else:
        kind = MESSAGE_KINDS.get(msgtype, Kind.UNKNOWN)
    text = body.get("content", "") if msgtype == "text" else ""
    location = None
    if kind is Kind.LOCATION and isinstance(body.get("latitude"), int | float):
        location = Location(latitude=float(body["latitude"]), longitude=float(body.get("longitude", 0)),
                            label=str(body.get("name", "")))
    send_time = message.get("send_time")
    menu_id = body.get("menu_id", "") if msgtype == "text" else ""
    return Inbound(
        brand=brand,
        channel=Channel.KF,
        account=corp_id,
        kind=kind,
        sent_at=datetime.fromtimestamp(send_time, tz=UTC) if isinstance(send_time, int) else received_at,
        user_id=_customer(message),
        msg_id=str(message.get("msgid", "")),
        text=text if isinstance(text, str) else "",
        event=str(body.get("event_type", "")) if event else "",
        scene=str(body.get("scene", "")) if event else "",
        media_id=str(body.get("media_id", "")),
        location=location,
        welcome_code=str(body.get("welcome_code") or "") if kind is Kind.ENTER_CHAT else "",
        # events may name the kf account only inside `event`; else the account the pull was for
        open_kfid=str(message.get("open_kfid") or body.get("open_kfid") or open_kfid),
        menu_choice=str(menu_id) if isinstance(menu_id, str | int) else "",
        raw=message,
    )


def _customer(message: Mapping[str, Any]) -> str:
    body = message.get("event")
    if isinstance(body, Mapping) and body.get("external_userid"):
        return str(body["external_userid"])
    return str(message.get("external_userid", ""))


def pull_kf_messages(gateway: Gateway, brand: str, open_kfid: str, token: str,
                     on_page: Callable[[list[dict[str, Any]]], None] | None = None) -> list[dict[str, Any]]:
    """Pull what a kf_msg_or_event callback announced: sync_msg from the cursor kept in Redis.

    Call it with the callback's Token (valid 10 min; without one the API is strictly rate limited)
    and OpenKfId. Returns WeChat's messages as plain dicts, oldest first (msgid, open_kfid,
    external_userid, send_time, origin, msgtype and its object); dedupe them on msgid. Each customer
    message reopens that customer's 5-in-48 h reply budget. Returns [] when another process is
    pulling this kf account now: that pull reads the same messages. Raises a GatewayError on failure,
    leaving the cursor where the last fully read page ended. `on_page` handles each page before the
    cursor moves past it, so a crash while handling re-reads the page instead of losing it.
    """
    if not open_kfid:
        raise ConfigError("pull_kf_messages needs the callback's OpenKfId")
    redis_client: redis.Redis = gateway.redis
    lock, nonce = keys.kf_pull_lock(brand, open_kfid), secrets.token_hex(8)
    if not redis_client.set(lock, nonce, nx=True, ex=PULL_LOCK_TTL_S):
        return []
    app = wecom_app(gateway.settings, brand)
    budget = BudgetStore(redis_client)
    pulled: list[dict[str, Any]] = []
    try:
        while True:
            cursor = redis_client.get(keys.kf_cursor(brand, open_kfid))
            body = {"cursor": cursor.decode() if isinstance(cursor, bytes) else (cursor or ""), "token": token,
                    "limit": PULL_PAGE, "open_kfid": open_kfid}
            try:
                page = gateway.call(app, "kf/sync_msg", body, idempotent=True)  # a read: safe to retry
            except GatewayError as exc:
                if exc.errcode != EXPIRED_MSG_TOKEN or not token:
                    raise
                # The Token lives 10 min; sync_msg reads without one, under a stricter rate limit (doc 94670)
                log.warning("kf pull brand=%s open_kfid=%s: the callback's Token has expired (95007); reading "
                            "without it", brand, open_kfid)
                token = ""
                continue
            messages = [m for m in page.get("msg_list", []) if isinstance(m, dict)]
            for message in messages:
                if (message.get("origin") == CUSTOMER and message.get("msgtype") != "event"
                        and message.get("external_userid")):  # an event (enter_session) is no message
                    at = datetime.fromtimestamp(int(message.get("send_time", 0)), UTC)
                    budget.kf_opened(brand, str(message.get("open_kfid") or open_kfid),
                                     str(message["external_userid"]), at)
            pulled.extend(messages)
            if on_page is not None and messages:
                on_page(messages)
            if page.get("next_cursor"):
                redis_client.set(keys.kf_cursor(brand, open_kfid), str(page["next_cursor"]))
            if not page.get("has_more"):
                return pulled
    finally:
        if redis_client.get(lock) in (nonce, nonce.encode()):
            redis_client.delete(lock)
