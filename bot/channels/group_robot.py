"""The group robot webhook (消息推送): text, markdown, news, image into the one group it was added to.

The robot is named by Delivery.context["robot"]; its key is a secret from the deployment
(RouteContext.robot_keys). 20 messages a minute per robot, 130101 beyond (docs/platform.md §3.1).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.errors import ConfigError
from bot.outbound import Delivery, Image, Link, Markdown, Menu, MiniProgram, News, Outbound, Text, plain_text
from bot.store.members import Member


def payload(message: Outbound) -> dict[str, Any]:
    match message:
        case Text(text=text):
            return {"msgtype": "text", "text": {"content": text}}
        case Markdown(text=text):
            return {"msgtype": "markdown", "markdown": {"content": text}}
        case Link():
            return {"msgtype": "news", "news": {"articles": [_article(message)]}}
        case News(articles=articles):
            return {"msgtype": "news", "news": {"articles": [_article(a) for a in articles[:8]]}}
        case Image(source=source):
            if source.startswith(("media:", "http://", "https://")):
                raise ConfigError(f"robot images must be a file path (base64 + md5), got {source!r}")
            try:
                data = Path(source).read_bytes()
            except OSError as exc:
                raise ConfigError(f"image {source!r} cannot be read: {exc.strerror}") from exc
            return {"msgtype": "image", "image": {"base64": base64.b64encode(data).decode(),
                                                  "md5": hashlib.md5(data).hexdigest()}}  # noqa: S324 (platform's checksum)
        case MiniProgram() | Menu():
            return {"msgtype": "text", "text": {"content": plain_text(message)}}
    raise TypeError(f"not an outbound message: {message!r}")


def _article(link: Link) -> dict[str, str]:
    return {"title": link.title, "description": link.description, "url": link.url, "picurl": link.image_url}


class GroupRobotRoute:
    name = "group_robot"

    def refusal(self, ctx: Any, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        robot = delivery.context.get("robot", "")
        if robot not in ctx.robot_keys:
            return f"no robot key configured for robot {robot!r}"
        return None

    def send(self, ctx: Any, delivery: Delivery, member: Member | None, now: datetime) -> None:
        key = ctx.robot_keys[delivery.context["robot"]]
        for message in (delivery.message, *delivery.attachments):
            ctx.gateway.robot_send(key, payload(message))


ROUTE = GroupRobotRoute()
