"""Official Account customer-service (客服) messages: message/custom/send within the 48 h budget.

Each message and attachment costs one unit of the member's budget (bot/store/budget.py). A News
sends its first article only: 客服 news carries one article since 2018 (docs/platform.md §2).
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from bot.channels.base import RouteContext, degrade_once, lacks
from bot.errors import MediaExpiredError, RetryLaterError, SlowDownError, UnreachableError, WindowClosedError
from bot.gateway import App, oa_app
from bot.member import Member
from bot.outbound import (
    Delivery,
    Image,
    Link,
    Markdown,
    Menu,
    MiniProgram,
    News,
    Outbound,
    Template,
    Text,
    plain_text,
)

CLOSING_CODES = frozenset({45015, 45047})  # window closed / quota used: the budget is wrong, close it


def payload(ctx: RouteContext, app: App, openid: str, message: Outbound) -> dict[str, Any]:
    match message:
        case Text(text=text) | Markdown(text=text) | Template(text=text):
            return {"touser": openid, "msgtype": "text", "text": {"content": text}}
        case Image(source=source):
            return {"touser": openid, "msgtype": "image", "image": {"media_id": ctx.media_id(app, source)}}
        case Link():
            return {"touser": openid, "msgtype": "news", "news": {"articles": [_article(message)]}}
        case News(articles=articles):
            return {"touser": openid, "msgtype": "news", "news": {"articles": [_article(articles[0])]}}
        case MiniProgram(title=title, appid=appid, page=page, image=image):
            if not image:
                return {"touser": openid, "msgtype": "text", "text": {"content": plain_text(message)}}
            return {"touser": openid, "msgtype": "miniprogrampage", "miniprogrampage": {
                "title": title, "appid": appid, "pagepath": page, "thumb_media_id": ctx.media_id(app, image)}}
        case Menu(header=header, choices=choices, footer=footer):
            return {"touser": openid, "msgtype": "msgmenu", "msgmenu": {
                "head_content": header, "list": [{"id": c.id, "content": c.text} for c in choices],
                "tail_content": footer}}
    raise TypeError(f"not an outbound message: {message!r}")


def _article(link: Link) -> dict[str, str]:
    return {"title": link.title, "description": link.description, "url": link.url, "picurl": link.image_url}


class OACustomRoute:
    name = "oa_custom"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        refused = lacks(ctx, delivery.brand, "customer_service", "customer-service messages")
        if refused is not None:
            return refused
        if member is None:
            return "member unknown, so the 48 h window cannot be checked"
        needed = ctx.parts_needed(delivery)
        left = ctx.budget.remaining(delivery.brand, member, "oa", now)
        if left < needed:
            return f"customer-service budget: {left} left, {needed} needed"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        assert member is not None
        app = oa_app(ctx.settings, delivery.brand)
        for index, message in ctx.parts_left(delivery):
            ctx.fresh_media(app, [message], partial(self._send_one, ctx, app, delivery, member, message, now))
            ctx.sent_part(delivery, index)

    def _send_one(self, ctx: RouteContext, app: App, delivery: Delivery, member: Member, message: Outbound,
                  now: datetime) -> None:
        body = degrade_once(partial(payload, ctx, app, delivery.user_id), message, key=delivery.key)
        trigger = ctx.budget.reserve(delivery.brand, member, "oa", now)
        if trigger is None:
            raise WindowClosedError("customer-service budget used up mid-delivery", platform="oa",
                                   api="message/custom/send")
        try:
            ctx.call(app, "message/custom/send", body)
        except (RetryLaterError, SlowDownError, MediaExpiredError):
            ctx.budget.refund(delivery.brand, member.id, trigger)
            raise
        except UnreachableError as exc:
            if exc.errcode in CLOSING_CODES:
                ctx.budget.close(delivery.brand, member.id, trigger)
                raise WindowClosedError(str(exc), errcode=exc.errcode, errmsg=exc.errmsg, platform=exc.platform,
                                        api=exc.api) from exc
            raise


ROUTE = OACustomRoute()
