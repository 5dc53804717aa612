"""WeChat customer service (微信客服, kf): kf/send_msg replies (the sync_msg pull is bot/webhook/kf.py).

A reply goes to the customer (external userid) from the kf account in Delivery.context.open_kfid,
within 48 h of the customer's last message and at most 5 per message (doc 94677; budget in
bot/store/budget.py). `msgid` is kf's idempotency key. Calls use the WeCom app secret, so that app
must be the one granted the kf API ("可调用接口的应用"). docs/platform.md §3.1, §9.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from functools import partial
from typing import Any

from bot.channels.base import RouteContext, degrade_once
from bot.errors import MediaExpiredError, RetryLaterError, SlowDownError, UnreachableError, WindowClosedError
from bot.gateway import App, wecom_app
from bot.member import Member
from bot.outbound import Delivery, Image, Link, Menu, MenuChoice, MiniProgram, News, Outbound, plain_text
from bot.store.budget import kf_scope

CLOSING_CODES = frozenset({95001, 95002, 95018, 95031})  # budget used / outside 48 h: close the window


def msgid(key: str, index: int) -> str:
    """kf's msgid: ≤ 32 chars of [0-9a-zA-Z_-], unique per kf account; stable per idempotency key."""
    return hashlib.blake2b(f"{key}#{index}".encode(), digest_size=16).hexdigest()


def payload(ctx: RouteContext, app: App, message: Outbound) -> dict[str, Any]:
    """The message part of kf/send_msg (msgtype and its object)."""
    match message:
        case Image(source=source):
            return {"msgtype": "image", "image": {"media_id": ctx.media_id(app, source)}}
        case Link(title=title, url=url, description=description, image_url=image_url) if image_url:
            return {"msgtype": "link", "link": {"title": title, "desc": description, "url": url,
                                                "thumb_media_id": ctx.media_id(app, image_url)}}
        case News(articles=(first, *_)) if first.image_url:
            return payload(ctx, app, first)  # kf sends one link card per message
        case MiniProgram(title=title, appid=appid, page=page, image=image) if image:
            return {"msgtype": "miniprogram", "miniprogram": {
                "appid": appid, "title": title, "pagepath": page, "thumb_media_id": ctx.media_id(app, image)}}
        case Menu(header=header, choices=choices, footer=footer):
            return menu_payload(header, choices, footer)
    return {"msgtype": "text", "text": {"content": plain_text(message)}}


def menu_payload(header: str, choices: Iterable[MenuChoice], footer: str) -> dict[str, Any]:
    """A kf msgmenu of click items (kf/send_msg and kf/send_msg_on_event share the shape, doc 94677)."""
    return {"msgtype": "msgmenu", "msgmenu": {
        "head_content": header, "tail_content": footer,
        "list": [{"type": "click", "click": {"id": c.id, "content": c.text}} for c in choices]}}


class KfRoute:
    name = "kf"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        open_kfid = delivery.context.open_kfid
        if not open_kfid:
            return "no open_kfid in the delivery context"
        needed = ctx.parts_needed(delivery)
        left = ctx.budget.kf_remaining(delivery.brand, open_kfid, delivery.user_id, now)
        if left < needed:
            return f"kf budget: {left} left, {needed} needed (5 within 48 h of the customer's message)"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        app = wecom_app(ctx.settings, delivery.brand)
        for index, message in ctx.parts_left(delivery):
            ctx.fresh_media(app, [message], partial(self._send_one, ctx, app, delivery, index, message, now))
            ctx.sent_part(delivery, index)

    def _send_one(self, ctx: RouteContext, app: App, delivery: Delivery, index: int, message: Outbound,
                  now: datetime) -> None:
        open_kfid = delivery.context.open_kfid
        body = {"touser": delivery.user_id, "open_kfid": open_kfid, "msgid": msgid(delivery.key, index),
                **degrade_once(partial(payload, ctx, app), message, key=delivery.key)}
        trigger = ctx.budget.kf_reserve(delivery.brand, open_kfid, delivery.user_id, now)
        if trigger is None:
            raise WindowClosedError("kf budget used up mid-delivery", platform="wecom", api="kf/send_msg")
        scope = kf_scope(open_kfid, delivery.user_id)
        try:
            ctx.call(app, "kf/send_msg", body, idempotent=True)
        except (RetryLaterError, SlowDownError, MediaExpiredError):
            ctx.budget.refund(delivery.brand, scope, trigger)
            raise
        except UnreachableError as exc:
            if exc.errcode in CLOSING_CODES:
                ctx.budget.close(delivery.brand, scope, trigger)
                raise WindowClosedError(str(exc), errcode=exc.errcode, errmsg=exc.errmsg, platform=exc.platform,
                                        api=exc.api) from exc
            raise


ROUTE = KfRoute()
