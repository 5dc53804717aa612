"""WeCom welcome message (externalcontact/send_welcome_msg): text plus up to 9 attachments, once.

Uses Delivery.context.welcome_code (valid ~20 s, once). 41051 = already delivered (DONE),
41050 = code expired (permanent), 41096 = another app is sending (retry within seconds); doc 92599.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.channels.base import Permanent, RouteContext
from bot.errors import ConfigError, GatewayError, MediaExpiredError
from bot.gateway import App, wecom_app
from bot.member import Member
from bot.outbound import Delivery, Image, Link, Markdown, Menu, MiniProgram, News, Outbound, Template, Text, plain_text

MAX_ATTACHMENTS = 9  # doc 92599
log = logging.getLogger(__name__)


def attachment(ctx: RouteContext, app: App, message: Outbound) -> list[dict[str, Any]]:
    match message:
        case Image(source=source):
            return [{"msgtype": "image", "image": {"media_id": ctx.media_id(app, source)}}]
        case Link():
            return [_link(message)]
        case News(articles=articles):
            return [_link(a) for a in articles]
        case MiniProgram(title=title, appid=appid, page=page, image=image):
            if not image:
                raise ConfigError(f"welcome Mini Program card {title!r} needs an image (pic_media_id)")
            return [{"msgtype": "miniprogram", "miniprogram": {
                "title": title, "pic_media_id": ctx.media_id(app, image), "appid": appid, "page": page}}]
    raise ConfigError(f"a {message.type} cannot be a welcome attachment")


def attachment_or_fallback(ctx: RouteContext, app: App, message: Outbound) -> list[dict[str, Any]]:
    """The attachment, or, when its image cannot be fetched or uploaded now, what still fits the
    WelcomeCode's ~20 s: a Mini Program card becomes a link to its tracked fallback URL, an image is
    left out. Retrying for the image would lose the whole welcome."""
    try:
        return attachment(ctx, app, message)
    except MediaExpiredError:
        raise  # 40007 from the send itself: fresh_media uploads again once
    except GatewayError as exc:
        if not isinstance(message, MiniProgram | Image):
            raise
        log.warning("welcome attachment %s sent without its image: %s", message.type, exc)
        if isinstance(message, MiniProgram) and message.fallback_url:
            return [_link(Link(title=message.title, url=message.fallback_url))]
        return []

def _link(link: Link) -> dict[str, Any]:
    body = {"title": link.title, "url": link.url, "desc": link.description}
    if link.image_url:
        body["picurl"] = link.image_url
    return {"msgtype": "link", "link": body}


def text_and_attachments(delivery: Delivery, build: Callable[[Outbound], list[dict[str, Any]]],
                         what: str = "welcome") -> dict[str, Any]:
    """`text` and `attachments` as customer-contact messages carry them (send_welcome_msg, add_msg_template):
    every text-like message joined into one text, the rest as attachments built by `build`, at most 9."""
    text = ""
    attachments: list[dict[str, Any]] = []
    for message in (delivery.message, *delivery.attachments):
        if isinstance(message, Text | Markdown | Menu | Template):
            text = "\n\n".join(part for part in (text, plain_text(message)) if part)
        else:
            attachments.extend(build(message))
    if len(attachments) > MAX_ATTACHMENTS:
        raise ConfigError(f"{what} {delivery.key}: {len(attachments)} attachments, at most {MAX_ATTACHMENTS}")
    body: dict[str, Any] = {}
    if text:
        body["text"] = {"content": text}
    if attachments:
        body["attachments"] = attachments
    return body


def payload(ctx: RouteContext, app: App, delivery: Delivery) -> dict[str, Any]:
    return {"welcome_code": delivery.context.welcome_code,
            **text_and_attachments(delivery, lambda message: attachment_or_fallback(ctx, app, message))}


class WeComWelcomeRoute:
    name = "wecom_welcome"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        if not delivery.context.welcome_code:
            return "no welcome_code in the delivery context"
        wecom = ctx.settings.brands[delivery.brand].wecom
        if wecom is None or wecom.customer_contact_secret is None:
            return Permanent("no WeCom customer-contact secret and no app secret (SIYU_WECOM_CONTACT_SECRET, "
                             "SIYU_WECOM_SECRET)")
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        app = wecom_app(ctx.settings, delivery.brand, contact=True)
        messages = (delivery.message, *delivery.attachments)
        ctx.fresh_media(app, messages, lambda: ctx.call(  # the code itself is the idempotency key
            app, "externalcontact/send_welcome_msg", payload(ctx, app, delivery), idempotent=True))


ROUTE = WeComWelcomeRoute()
