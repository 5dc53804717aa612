"""The group robot webhook (消息推送): text, markdown, news, image into the one group it was added to.

The robot is named by Delivery.context.robot; its key is a secret from the deployment
(SIYU_GROUP_ROBOT_KEYS -> Brand.robots). 20 messages a minute per robot, 130101 beyond
(docs/platform.md §3.1); images go inline as base64 + md5, at most 2 MB.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from typing import Any

from bot.channels.base import RouteContext
from bot.errors import ConfigError
from bot.member import Member
from bot.outbound import Delivery, Image, Link, Markdown, Menu, MiniProgram, News, Outbound, Template, Text, plain_text

MAX_IMAGE_BYTES = 2 << 20  # robot images: 2 MB (docs/platform.md §3.1, group robot row)


def payload(ctx: RouteContext, message: Outbound) -> dict[str, Any]:
    match message:
        case Text(text=text) | Template(text=text):
            return {"msgtype": "text", "text": {"content": text}}
        case Markdown(text=text):
            return {"msgtype": "markdown", "markdown": {"content": text}}
        case Link():
            return {"msgtype": "news", "news": {"articles": [_article(message)]}}
        case News(articles=articles):
            return {"msgtype": "news", "news": {"articles": [_article(a) for a in articles[:8]]}}
        case Image(source=source):
            _, data = ctx.gateway.image_bytes(source)
            if len(data) > MAX_IMAGE_BYTES:
                raise ConfigError(f"robot image {source!r} is {len(data)} bytes; the robot takes at most 2 MB")
            return {"msgtype": "image", "image": {"base64": base64.b64encode(data).decode(),
                                                  "md5": hashlib.md5(data).hexdigest()}}  # noqa: S324 (platform's checksum)
        case MiniProgram() | Menu():
            return {"msgtype": "text", "text": {"content": plain_text(message)}}
    raise TypeError(f"not an outbound message: {message!r}")


def _article(link: Link) -> dict[str, str]:
    return {"title": link.title, "description": link.description, "url": link.url, "picurl": link.image_url}


class GroupRobotRoute:
    name = "group_robot"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        robot = delivery.context.robot
        brand = ctx.settings.brands.get(delivery.brand)
        if brand is None or robot not in brand.robots:
            return f"no robot named {robot!r} for brand {delivery.brand!r} (set SIYU_GROUP_ROBOT_KEYS)"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        key = ctx.settings.brands[delivery.brand].robots[delivery.context.robot].reveal()
        for index, message in ctx.parts_left(delivery):
            ctx.gateway.robot_send(key, payload(ctx, message), retry_delays_s=ctx.retry_delays_s)
            ctx.sent_part(delivery, index)


ROUTE = GroupRobotRoute()
