"""Official Account subscribe notices (订阅通知): message/subscribe/bizsend, one send per acceptance.

Acceptances come from subscribe_msg_popup_event (bot.store.budget.record_subscribe_acceptance);
43101 means none is left. The SDK payload shape is used (`page` a web URL, `miniprogram`), as
docs/platform.md §3.2 advises where the doc and SDKs conflict.
"""

from __future__ import annotations

from datetime import datetime

from bot.channels.base import RouteContext, lacks
from bot.channels.oa_template import notice_body
from bot.errors import RetryLaterError, SlowDownError, UnreachableError, WindowClosedError
from bot.gateway import oa_app
from bot.member import Member
from bot.outbound import Delivery, Template


def _template_id(delivery: Delivery) -> str:
    message = delivery.message
    return message.subscribe_template_id if isinstance(message, Template) else ""


class OASubscribeRoute:
    name = "oa_subscribe"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        refused = lacks(ctx, delivery.brand, "subscribe", "subscribe notices")
        if refused is not None:
            return refused
        template_id = _template_id(delivery)
        if not template_id:
            return "the message is not a Template with a subscribe_template_id"
        if delivery.attachments:
            return "a subscribe notice carries no attachments"
        if member is None or ctx.budget.subscribe_grants(delivery.brand, member.id, template_id) < 1:
            return f"the member has not accepted subscribe template {template_id}"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        assert member is not None and isinstance(delivery.message, Template)
        template_id = _template_id(delivery)
        body = notice_body(delivery.user_id, template_id, delivery.message)
        if delivery.message.url:
            body["page"] = delivery.message.url
        if not ctx.budget.take_subscribe_grant(delivery.brand, member.id, template_id):
            raise WindowClosedError("subscribe acceptance used up mid-delivery", platform="oa",
                                   api="message/subscribe/bizsend")
        try:
            ctx.call(oa_app(ctx.settings, delivery.brand), "message/subscribe/bizsend", body)
        except (RetryLaterError, SlowDownError):
            ctx.budget.return_subscribe_grant(delivery.brand, member.id, template_id)
            raise
        except UnreachableError as exc:
            if exc.errcode == 43101:  # no acceptance left: the next route (a template message) or parked
                ctx.budget.drop_subscribe_grants(delivery.brand, member.id, template_id)
                raise WindowClosedError(str(exc), errcode=exc.errcode, errmsg=exc.errmsg, platform=exc.platform,
                                        api=exc.api) from exc
            raise


ROUTE = OASubscribeRoute()
