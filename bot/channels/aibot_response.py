"""The intelligent bot's response_url (智能机器人): one markdown POST to the URL a callback carried.

Usable once and valid 1 hour (doc 101138, docs/platform.md §3.1); plain JSON, no token. The URL is
absolute and comes from a callback, so the gateway accepts only the WeCom API origin's host.
Context: `response_url`, and `response_url_at` (epoch seconds of the callback) for the 1 h check.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import urlsplit

from bot.channels.base import RouteContext
from bot.clock import epoch_s
from bot.errors import RetryLaterError, UnreachableError
from bot.member import Member
from bot.outbound import Delivery, plain_text
from bot.store import keys

VALID_S = 3600  # doc 101138: "该 response_url 有效期为 1 个小时"
MAX_MARKDOWN_BYTES = 20480  # doc 101138: markdown content ≤ 20480 bytes


def _used_key(delivery: Delivery) -> str:
    url = delivery.context.response_url
    return keys.response_url_used(delivery.brand, hashlib.blake2b(url.encode(), digest_size=12).hexdigest())


def content(delivery: Delivery) -> str:
    """Message and attachments in one markdown text: the URL takes a single call."""
    parts = [plain_text(m) for m in (delivery.message, *delivery.attachments)]
    text = "\n\n".join(p for p in parts if p)
    return text.encode()[:MAX_MARKDOWN_BYTES].decode("utf-8", "ignore")


class AibotResponseRoute:
    name = "aibot_response"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        url = delivery.context.response_url
        if not url:
            return "no response_url in the delivery context"
        origin = urlsplit(ctx.settings.wecom_api_origin)
        if urlsplit(url).netloc != origin.netloc:
            return f"response_url is not on the WeCom API host {origin.netloc}"
        at = delivery.context.response_url_at
        if at and epoch_s(now) - at >= VALID_S:
            return "response_url expired (valid 1 h)"
        if ctx.budget.redis.exists(_used_key(delivery)):
            return "response_url already used (one call each)"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        if not ctx.budget.redis.set(_used_key(delivery), "1", nx=True, ex=VALID_S):
            raise UnreachableError("response_url already used", platform="wecom", api="aibot/response")
        try:
            ctx.gateway.response_url_send(delivery.context.response_url,
                                          {"msgtype": "markdown", "markdown": {"content": content(delivery)}})
        except RetryLaterError:  # not sent (connect error or 5xx): the URL is still unused
            ctx.budget.redis.delete(_used_key(delivery))
            raise


ROUTE = AibotResponseRoute()
