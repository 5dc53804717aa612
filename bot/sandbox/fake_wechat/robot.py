"""The WeCom group robot (群机器人) webhook of the fake WeChat API: no token, a key per robot.

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from bot.sandbox.fake_wechat.call import Call, news_articles, obj, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import NEWS_MAX_ARTICLES, ROBOT_KEY_RE

ROBOT_TEXT_MAX_BYTES = 2048  # group robot text; markdown allows 4096 (PLATFORM.md §3.3)
ROBOT_MARKDOWN_MAX_BYTES = 4096
ROBOT_IMAGE_MAX_BYTES = 2 << 20


def _robot_text(msg: dict[str, Any], limit: int) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > limit:
        raise ApiError(45002)


def _robot_news(msg: dict[str, Any]) -> None:
    for article in news_articles(msg, most=NEWS_MAX_ARTICLES):
        text_field(article, "url", errcode=41010)


def _robot_image(msg: dict[str, Any]) -> None:
    try:
        data = base64.b64decode(str(msg.get("base64", "")), validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(40058, "image.base64 is not base64") from None
    if not data:
        raise ApiError(44001)
    if len(data) > ROBOT_IMAGE_MAX_BYTES:
        raise ApiError(45001)
    if hashlib.md5(data).hexdigest() != str(msg.get("md5", "")).lower():  # noqa: S324 (the platform's checksum)
        raise ApiError(40058, "image.md5 does not match the image")


def webhook_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/webhook/send?key=: no access_token; 20 messages a minute per key (130101)."""
    key = call.query.get("key", "")
    if not ROBOT_KEY_RE.match(key):
        raise ApiError(93000)
    call.app_id = key
    body = call.json()
    msgtype = body.get("msgtype")
    if msgtype == "text":
        _robot_text(obj(body, "text", errcode=40058), ROBOT_TEXT_MAX_BYTES)
    elif msgtype == "markdown":
        _robot_text(obj(body, "markdown", errcode=40058), ROBOT_MARKDOWN_MAX_BYTES)
    elif msgtype == "news":
        _robot_news(obj(body, "news", errcode=40058))
    elif msgtype == "image":
        _robot_image(obj(body, "image", errcode=40058))
    else:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    call.state.robot_send(key, call.now)
    return {"errcode": 0, "errmsg": "ok"}
