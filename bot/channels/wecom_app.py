"""WeCom app messages (message/send): reach members (staff) only, with WeCom's duplicate check on.

Partial success (errcode 0 with invaliduser) is the member being unreachable, not sent (doc 90236).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.channels.base import Permanent, RouteContext
from bot.errors import ConfigError, UnreachableError
from bot.gateway import App, wecom_app
from bot.member import Member
from bot.outbound import Delivery, Image, Link, Markdown, Menu, MiniProgram, News, Outbound, Template, Text, plain_text

SYSTEM_SENDER = "sys"  # FromUserName of WeCom's customer-contact and customer-group events
DUPLICATE_CHECK_INTERVAL_S = 4 * 3600  # the maximum WeCom allows (doc 90236): retries within it are dropped


def payload(ctx: RouteContext, app: App, agent_id: int, userid: str, message: Outbound) -> dict[str, Any]:
    base: dict[str, Any] = {"touser": userid, "agentid": agent_id, "enable_duplicate_check": 1,
                            "duplicate_check_interval": DUPLICATE_CHECK_INTERVAL_S}
    match message:
        case Text(text=text):
            return {**base, "msgtype": "text", "text": {"content": text}}
        case Markdown(text=text):
            return {**base, "msgtype": "markdown", "markdown": {"content": text}}
        case Menu() | Template():
            return {**base, "msgtype": "text", "text": {"content": plain_text(message)}}
        case Image(source=source):
            return {**base, "msgtype": "image", "image": {"media_id": ctx.media_id(app, source)}}
        case Link():
            return {**base, "msgtype": "news", "news": {"articles": [_article(message)]}}
        case News(articles=articles):
            return {**base, "msgtype": "news", "news": {"articles": [_article(a) for a in articles[:8]]}}
        case MiniProgram(title=title, appid=appid, page=page):
            return {**base, "msgtype": "miniprogram_notice", "miniprogram_notice": {
                "appid": appid, "page": page, "title": title, "emphasis_first_item": False, "content_item": []}}
    raise TypeError(f"not an outbound message: {message!r}")


def _article(link: Link) -> dict[str, str]:
    return {"title": link.title, "description": link.description, "url": link.url, "picurl": link.image_url}


class WeComAppRoute:
    name = "wecom_app"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        wecom = ctx.settings.brands[delivery.brand].wecom
        if delivery.context.chat_id or delivery.user_id in ("", SYSTEM_SENDER):
            # A customer-group event comes from "sys", WeCom's system account: an app message to it reaches nobody,
            # and no API posts into a customer group but its robot (docs/platform.md §3.3)
            return Permanent(f"an app message reaches a WeCom member only, not {delivery.user_id or 'nobody'!r}"
                             + (f" (customer group {delivery.context.chat_id}: only its robot posts there; name one "
                                "in config/groups.yaml robot_key_env)" if delivery.context.chat_id else ""))
        if wecom is None or wecom.secret is None or not wecom.agent_id:
            return "WeCom app not configured (SIYU_WECOM_SECRET, SIYU_WECOM_AGENT_ID)"
        return None

    def planned_calls(self, ctx: RouteContext, delivery: Delivery) -> list[tuple[App, str, str]]:
        """One message/send per message and attachment, each on the app's and the member's bucket (send())."""
        wecom = ctx.settings.brands[delivery.brand].wecom if delivery.brand in ctx.settings.brands else None
        if wecom is None or wecom.secret is None or not wecom.agent_id or delivery.context.chat_id \
                or delivery.user_id in ("", SYSTEM_SENDER):
            return []
        app = wecom_app(ctx.settings, delivery.brand)
        return [(app, "message/send", delivery.user_id)] * (1 + len(delivery.attachments))

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        app = wecom_app(ctx.settings, delivery.brand)
        wecom = ctx.settings.brands[delivery.brand].wecom
        agent_id = wecom.agent_id if wecom is not None else ""
        try:
            agent = int(agent_id)
        except ValueError as exc:
            raise ConfigError(f"SIYU_WECOM_AGENT_ID must be a number, got {agent_id!r}", platform="wecom") from exc
        for index, message in ctx.parts_left(delivery):
            def send_one(message: Outbound = message) -> dict[str, Any]:
                return ctx.call(app, "message/send", payload(ctx, app, agent, delivery.user_id, message),
                                idempotent=True, member=delivery.user_id)

            result = ctx.fresh_media(app, [message], send_one)
            if result.get("invaliduser") or result.get("unlicenseduser"):
                raise UnreachableError(f"WeCom skipped {delivery.user_id}: invalid or unlicensed user",
                                       errcode=0, errmsg="invaliduser", platform="wecom", api="message/send")
            ctx.sent_part(delivery, index)


ROUTE = WeComAppRoute()
