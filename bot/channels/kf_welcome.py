"""WeChat customer service welcome (kf/send_msg_on_event): one text or menu per enter_session code.

Uses Delivery.context.welcome_code, which an enter_session event pulled by kf/sync_msg carries
when the customer got no welcome and wrote nothing in the last 48 h: 1 message, text or msgmenu,
within 20 s, once (doc 96428, 2023/11/30). It is not a kf/send_msg, so it takes nothing from that
5-in-48 h budget. A refused code is permanent: the gateway never retries it (bot/gateway/errors.py).
docs/platform.md §3.2, "kf event replies".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.channels.base import RouteContext
from bot.channels.kf import menu_payload, msgid
from bot.errors import ConfigError
from bot.gateway import wecom_app
from bot.member import Member
from bot.outbound import Delivery, Image, Menu, Outbound, plain_text

# Sizes as silenceper/wechat work/kf/sendmsgonevent/message.go quotes the doc (checked 2026-11-23):
TEXT_MAX_BYTES = 2048  # text.content, "最长不超过2048个字节"
MENU_TEXT_MAX_BYTES = 1024  # msgmenu head_content and tail_content
MENU_MAX_ITEMS = 10  # msgmenu list, "不能多余10个" (errlist 95008)
log = logging.getLogger(__name__)


def payload(delivery: Delivery) -> dict[str, Any]:
    """The message part of send_msg_on_event: everything in the delivery as ONE message, since the code
    allows one. A Menu becomes msgmenu with the other texts above its header, or numbered text when it
    does not fit; every other type goes as its plain text, as on kf.py's route (an image cannot go)."""
    messages = [m for m in (delivery.message, *delivery.attachments) if not _dropped(delivery, m)]
    menu = next((m for m in messages if isinstance(m, Menu)), None)
    if menu is not None:
        head = _joined(m.header if m is menu else plain_text(m) for m in messages)
        if (len(menu.choices) <= MENU_MAX_ITEMS and _size(head) <= MENU_TEXT_MAX_BYTES
                and _size(menu.footer) <= MENU_TEXT_MAX_BYTES):
            return menu_payload(head, menu.choices, menu.footer)
    text = _joined(plain_text(m) for m in messages)
    if not text:
        raise ConfigError(f"kf welcome {delivery.key}: nothing to send as text or menu")
    if _size(text) > TEXT_MAX_BYTES:
        raise ConfigError(f"kf welcome {delivery.key}: {_size(text)} bytes of text, at most {TEXT_MAX_BYTES}")
    return {"msgtype": "text", "text": {"content": text}}


def _dropped(delivery: Delivery, message: Outbound) -> bool:
    if isinstance(message, Image):
        log.warning("kf welcome %s: an image cannot go by send_msg_on_event (text or menu only); left out",
                    delivery.key)
        return True
    return False


def _joined(parts: Iterable[str]) -> str:
    return "\n\n".join(part for part in parts if part)


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


class KfWelcomeRoute:
    name = "kf_welcome"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        if not delivery.context.welcome_code:
            return "no welcome_code in the delivery context"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        app = wecom_app(ctx.settings, delivery.brand)  # the app granted the kf API, as for kf/send_msg
        body = {"code": delivery.context.welcome_code, "msgid": msgid(delivery.key, 0), **payload(delivery)}
        ctx.call(app, "kf/send_msg_on_event", body, idempotent=True)  # the code itself is the key


ROUTE = KfWelcomeRoute()
