"""Official Account template messages (模板消息): message/template/send, beyond the 客服 budget.

Service accounts only; the follower must follow, no window. `client_msg_id` makes a resend within
10 minutes a no-op, so a timed-out call may be retried (docs/platform.md §3.1, template row).
The template id and keyword values come from the delivery's `Template` message (bot/outbound.py).
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

from bot.channels.base import RouteContext, lacks
from bot.gateway import oa_app
from bot.member import Member
from bot.outbound import Delivery, Template


def client_msg_id(key: str) -> str:
    """A short stable id from the idempotency key (WeChat dedupes openid + client_msg_id for 10 min)."""
    return hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


def notice_body(openid: str, template_id: str, template: Template) -> dict[str, Any]:
    """The fields template/send and subscribe/bizsend share: data, and a Mini Program page or a URL."""
    body: dict[str, Any] = {"touser": openid, "template_id": template_id,
                            "data": {f.key: {"value": f.value} for f in template.fields}}
    if template.appid and template.page:
        body["miniprogram"] = {"appid": template.appid, "pagepath": template.page}  # wins over url (§8)
    return body


class OATemplateRoute:
    name = "oa_template"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        refused = lacks(ctx, delivery.brand, "template", "template messages")
        if refused is not None:
            return refused
        message = delivery.message
        if not isinstance(message, Template) or not message.template_id:
            return "the message is not a Template with a template_id"
        if delivery.attachments:
            return "a template message carries no attachments"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        template = delivery.message
        assert isinstance(template, Template)
        body = notice_body(delivery.user_id, template.template_id, template)
        if template.url:
            body["url"] = template.url
        body["client_msg_id"] = client_msg_id(delivery.key)
        answer = ctx.call(oa_app(ctx.settings, delivery.brand), "message/template/send", body, idempotent=True)
        if ctx.ledger is not None and answer.get("msgid"):  # WeChat reports delivery later (TEMPLATESENDJOBFINISH)
            ctx.ledger.remember_template(delivery.brand, str(answer["msgid"]), key=delivery.key,
                                         member_id=delivery.member_id)


ROUTE = OATemplateRoute()
