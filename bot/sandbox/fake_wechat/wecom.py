"""WeCom app endpoints of the fake WeChat API (qyapi.weixin.qq.com shapes): gettoken and app messages.

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox.fake_wechat.call import Call, news_articles, obj, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import NEWS_MAX_ARTICLES, WECOM_USERID_RE
from bot.sandbox.fake_wechat.records import new_id

# --- tokens ------------------------------------------------------------------------------------------------


def gettoken(call: Call) -> dict[str, Any]:
    """GET /cgi-bin/gettoken?corpid=&corpsecret= (doc 91039): one token per app secret."""
    corpid = call.query.get("corpid")
    secret = call.query.get("corpsecret")
    if not corpid:
        raise ApiError(41002)
    call.app_id = corpid
    if not secret:
        raise ApiError(41004)
    call.state.check_app(corpid, secret, family="wecom")
    issued = call.state.fetch_wecom_token(corpid, secret, call.now)
    return {"errcode": 0, "errmsg": "ok", "access_token": issued.value, "expires_in": int(issued.expires_s - call.now)}


# --- app messages ------------------------------------------------------------------------------------------------


def _app_text(call: Call, msg: dict[str, Any]) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    # Over 2048 bytes WeCom truncates the text rather than refusing it (doc 90236).


def _app_markdown(call: Call, msg: dict[str, Any]) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > 2048:
        raise ApiError(45002)


def _app_image(call: Call, msg: dict[str, Any]) -> None:
    call.state.check_media(msg.get("media_id"), call.corp(), call.now, kinds={"image"})


def _app_news(call: Call, msg: dict[str, Any]) -> None:
    for article in news_articles(msg, most=NEWS_MAX_ARTICLES):
        if not article.get("url") and not article.get("appid"):
            raise ApiError(41010)


def _app_textcard(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "title", errcode=41016)
    text_field(msg, "description", errcode=41033)
    text_field(msg, "url", errcode=41010)


def _app_miniprogram_notice(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "appid", errcode=40058)
    text_field(msg, "title", errcode=41016)
    items = msg.get("content_item", [])
    if not isinstance(items, list) or len(items) > 10:  # up to 10 key/value items (doc 90236)
        raise ApiError(40058, "content_item must be a list of at most 10 items")


APP_TYPES: dict[str, Callable[[Call, dict[str, Any]], None]] = {
    "text": _app_text,
    "markdown": _app_markdown,
    "image": _app_image,
    "news": _app_news,
    "textcard": _app_textcard,
    "miniprogram_notice": _app_miniprogram_notice,
}


def message_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/send: app messages to members; bad recipients come back in invaliduser."""
    body = call.json()
    agentid = body.get("agentid")
    if agentid is None or agentid == "":
        raise ApiError(41011)
    try:
        int(agentid)
    except (TypeError, ValueError):
        raise ApiError(40056) from None
    msgtype = body.get("msgtype")
    if not isinstance(msgtype, str) or msgtype not in APP_TYPES:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    APP_TYPES[msgtype](call, obj(body, msgtype, errcode=40058))
    users = [u for u in str(body.get("touser") or "").split("|") if u]
    party = str(body.get("toparty") or "")
    tag = str(body.get("totag") or "")
    if not users and not party and not tag:
        raise ApiError(40058, "touser, toparty and totag cannot all be empty")
    invalid = [u for u in users if u != "@all" and not WECOM_USERID_RE.match(u)]
    if users and len(invalid) == len(users) and not party and not tag:
        raise ApiError(81013)
    call.state.deliver_app_message(call.corp(), body, call.now)  # a duplicate is answered ok, not delivered
    return {
        "errcode": 0,
        "errmsg": "ok",
        "invaliduser": "|".join(invalid),
        "invalidparty": "",
        "invalidtag": "",
        "unlicenseduser": "",
        "msgid": new_id(24),
    }
