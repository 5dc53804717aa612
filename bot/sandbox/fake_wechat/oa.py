"""Official Account and Mini Program endpoints of the fake WeChat API (api.weixin.qq.com shapes).

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox.fake_wechat.call import Call, obj, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import OPENID_RE
from bot.sandbox.fake_wechat.records import new_id

# Mini Program URL Link query: at most 1024 chars from this set (doc api_generateurllink).
URLLINK_QUERY_RE = re.compile(r"[0-9A-Za-z!#$&'()*+,/:;=?@\-._~%]*\Z")
URLLINK_MAX_DAYS = 30  # no URL Link lives longer than 30 days since 2022-04-11 (PLATFORM.md §4)


def check_openid(body: dict[str, Any], key: str = "touser") -> str:
    openid = body.get(key)
    if not isinstance(openid, str) or not OPENID_RE.match(openid):
        raise ApiError(40003)
    return openid


def check_subscribed(call: Call, openid: str) -> None:
    """Users marked unsubscribed through the control API get 43004 "require subscribe"."""
    profile = call.state.users.get(openid)
    if profile is not None and not profile.get("subscribe", 1):
        raise ApiError(43004)


# --- tokens ------------------------------------------------------------------------------------------------


def _credentials(call: Call, source: dict[str, Any]) -> tuple[str, str]:
    if source.get("grant_type") != "client_credential":
        raise ApiError(40002)
    appid = source.get("appid")
    secret = source.get("secret")
    if not isinstance(appid, str) or not appid:
        raise ApiError(41002)
    call.app_id = appid
    if not isinstance(secret, str) or not secret:
        raise ApiError(41004)
    call.state.check_app(appid, secret, family="oa")
    return appid, secret


def token(call: Call) -> dict[str, Any]:
    """GET /cgi-bin/token: every fetch issues a new token and retires the last one after 5 min."""
    appid, _ = _credentials(call, call.query)
    issued = call.state.fetch_oa_token(appid, call.now)
    return {"access_token": issued.value, "expires_in": int(issued.expires_s - issued.issued_s)}


def stable_token(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/stable_token: the same token until it nears expiry, isolated from /token."""
    body = call.json()
    appid, _ = _credentials(call, body)
    force = body.get("force_refresh", False)
    force = force is True or (isinstance(force, str) and force.lower() == "true")
    issued = call.state.fetch_stable_token(appid, force_refresh=force, now=call.now)
    return {"access_token": issued.value, "expires_in": int(issued.expires_s - call.now)}


# --- customer-service (客服) messages ---------------------------------------------------------------------------


def _custom_text(call: Call, msg: dict[str, Any]) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > 2048:  # ~2048 bytes (PLATFORM.md §1.5, marked uncertain)
        raise ApiError(45002)


def _custom_media(kind: str, *, thumb: bool = False) -> Callable[[Call, dict[str, Any]], None]:
    def check(call: Call, msg: dict[str, Any]) -> None:
        assert call.app_id is not None
        call.state.check_media(msg.get("media_id"), call.app_id, call.now, kinds={kind})
        if thumb and "thumb_media_id" in msg:
            call.state.check_media(msg["thumb_media_id"], call.app_id, call.now, kinds={"thumb", "image"})

    return check


def _custom_music(call: Call, msg: dict[str, Any]) -> None:
    assert call.app_id is not None
    text_field(msg, "musicurl")
    text_field(msg, "hqmusicurl")
    call.state.check_media(msg.get("thumb_media_id"), call.app_id, call.now, kinds={"thumb", "image"})


def _custom_news(call: Call, msg: dict[str, Any]) -> None:
    articles = msg.get("articles")
    if not isinstance(articles, list) or not articles:
        raise ApiError(47001, "news.articles must be a non-empty list")
    if len(articles) > 1:  # customer-service news carries one article since 2018 (OA doc, 45008)
        raise ApiError(45008)
    for article in articles:
        if not isinstance(article, dict):
            raise ApiError(47001, "each article must be an object")
        text_field(article, "title")
        text_field(article, "url")


def _custom_mpnews(call: Call, msg: dict[str, Any]) -> None:
    # A permanent material id: the fake has no material API, so any non-empty id passes.
    text_field(msg, "media_id", errcode=40007)


def _custom_msgmenu(call: Call, msg: dict[str, Any]) -> None:
    items = msg.get("list")
    if not isinstance(items, list) or not items:
        raise ApiError(47001, "msgmenu.list must be a non-empty list")
    for item in items:
        if not isinstance(item, dict) or not item.get("id") or not isinstance(item.get("content"), str):
            raise ApiError(47001, "each msgmenu item needs id and content")


def _custom_miniprogrampage(call: Call, msg: dict[str, Any]) -> None:
    assert call.app_id is not None
    for key in ("title", "appid", "pagepath"):
        text_field(msg, key)
    # thumb_media_id must be an uploaded image: another kind of media is 40004 (PLATFORM.md §2).
    call.state.check_media(msg.get("thumb_media_id"), call.app_id, call.now, kinds={"image"})


CUSTOM_TYPES: dict[str, Callable[[Call, dict[str, Any]], None]] = {
    "text": _custom_text,
    "image": _custom_media("image"),
    "voice": _custom_media("voice"),
    "video": _custom_media("video", thumb=True),
    "music": _custom_music,
    "news": _custom_news,
    "mpnews": _custom_mpnews,
    "msgmenu": _custom_msgmenu,
    "miniprogrampage": _custom_miniprogrampage,
}


def custom_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/custom/send (doc api_sendcustommessage)."""
    body = call.json()
    openid = check_openid(body)
    msgtype = body.get("msgtype")
    if not isinstance(msgtype, str) or msgtype not in CUSTOM_TYPES:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    CUSTOM_TYPES[msgtype](call, obj(body, msgtype))
    check_subscribed(call, openid)
    return {"errcode": 0, "errmsg": "ok"}


# --- template and subscribe messages --------------------------------------------------------------------------


def _template_common(body: dict[str, Any]) -> str:
    openid = check_openid(body)
    template_id = body.get("template_id")
    if not isinstance(template_id, str) or not template_id.strip():
        raise ApiError(40037)
    obj(body, "data")
    if "miniprogram" in body:
        mini = obj(body, "miniprogram")
        text_field(mini, "appid")
        text_field(mini, "pagepath")
    return openid


def template_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/template/send: returns an integer msgid (reported later by an event)."""
    body = call.json()
    openid = _template_common(body)
    if "url" in body and not isinstance(body["url"], str):
        raise ApiError(47001, "url must be a string")
    check_subscribed(call, openid)
    return {"errcode": 0, "errmsg": "ok", "msgid": call.state.rng.randrange(10**9, 10**10)}


def subscribe_bizsend(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/subscribe/bizsend (service-account subscribe notice)."""
    body = call.json()
    _template_common(body)
    if "page" in body and not isinstance(body["page"], str):
        raise ApiError(47001, "page must be a string")
    return {"errcode": 0, "errmsg": "ok"}


# --- users ------------------------------------------------------------------------------------------------------


def user_info(call: Call) -> dict[str, Any]:
    """GET /cgi-bin/user/info?openid=: no nickname/headimgurl since the Dec 2021 privacy change."""
    openid = call.query.get("openid")
    if not openid:
        raise ApiError(41009)
    if not OPENID_RE.match(openid):
        raise ApiError(40003)
    overrides = call.state.users.get(openid, {})
    if not overrides.get("subscribe", 1):
        info: dict[str, Any] = {"subscribe": 0, "openid": openid}
        if "unionid" in overrides:
            info["unionid"] = overrides["unionid"]
        return info
    info = {
        "subscribe": 1,
        "openid": openid,
        "language": call.query.get("lang", "zh_CN"),
        "subscribe_time": int(call.now) - 86400,
        "remark": "",
        "groupid": 0,
        "tagid_list": [],
        "subscribe_scene": "ADD_SCENE_QR_CODE",
        "qr_scene": 0,
        "qr_scene_str": "",
    }
    info.update(overrides)
    return info


# --- Mini Program links ----------------------------------------------------------------------------------------


def generate_urllink(call: Call) -> dict[str, Any]:
    """POST /wxa/generate_urllink: a https://wxaurl.cn/ link valid at most 30 days."""
    body = call.json()
    path = body.get("path", "")
    if not isinstance(path, str) or "?" in path:
        raise ApiError(40165, "path must be a page path without a query")
    query = body.get("query", "")
    if not isinstance(query, str) or len(query) > 1024 or not URLLINK_QUERY_RE.match(query):
        raise ApiError(40212)
    if body.get("env_version", "release") not in ("release", "trial", "develop"):
        raise ApiError(85402)
    expire_type = body.get("expire_type", 0)
    if expire_type == 1:
        interval = body.get("expire_interval")
        if not isinstance(interval, int) or not 1 <= interval <= URLLINK_MAX_DAYS:
            raise ApiError(85401, "expire_interval must be 1..30 days")
    elif "expire_time" in body:
        expire_time = body["expire_time"]
        if not isinstance(expire_time, int) or not call.now < expire_time <= call.now + URLLINK_MAX_DAYS * 86400:
            raise ApiError(85401, "expire_time must be in the next 30 days")
    return {"errcode": 0, "errmsg": "ok", "url_link": "https://wxaurl.cn/" + new_id(9)}


def genwxashortlink(call: Call) -> dict[str, Any]:
    """POST /wxa/genwxashortlink: a #小程序:// short link that opens only inside WeChat."""
    body = call.json()
    page_url = body.get("page_url")
    if not isinstance(page_url, str) or not page_url or len(page_url) > 1024:
        raise ApiError(40066)
    title = body.get("page_title", "")
    if not isinstance(title, str):
        raise ApiError(47001, "page_title must be a string")
    return {"errcode": 0, "errmsg": "ok", "link": "#小程序://FakeMiniProgram/" + new_id(6)}
