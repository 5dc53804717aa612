"""What the fake WeChat API recorded, drawn per chat: each recorded send becomes bubbles in the chat the platform
would show it in (a follower's 1:1 chat, a WeCom customer's, a group, a staff member's app).

Pure: records in, plain dicts out, so the sandbox page (and anything that lands later: drops, campaigns,
mass-send tasks) shows every send without knowing who made it. A path this module does not know is not a chat
message (tokens, uploads, reads) and shows only in the raw view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bot.sandbox.local_media import sandbox_url

OA_CUSTOM = "/cgi-bin/message/custom/send"
OA_TEMPLATE = "/cgi-bin/message/template/send"
OA_SUBSCRIBE = "/cgi-bin/message/subscribe/bizsend"
WECOM_APP = "/cgi-bin/message/send"
WELCOME = "/cgi-bin/externalcontact/send_welcome_msg"
MASS_SEND = "/cgi-bin/externalcontact/add_msg_template"
ROBOT = "/cgi-bin/webhook/send"
KF_SEND = "/cgi-bin/kf/send_msg"
KF_WELCOME = "/cgi-bin/kf/send_msg_on_event"
KF_SYNC = "/cgi-bin/kf/sync_msg"
UPLOAD = "/cgi-bin/media/upload"

# The route names a bubble shows under it: what the platform calls the way it came.
VIA = {OA_CUSTOM: "customer-service message", OA_TEMPLATE: "template message", OA_SUBSCRIBE: "subscribe notice",
       WECOM_APP: "WeCom app message", WELCOME: "WeCom welcome (send_welcome_msg)",
       MASS_SEND: "staff confirm task (add_msg_template)", ROBOT: "group robot", KF_SEND: "customer service (kf)",
       KF_WELCOME: "customer service welcome (send_msg_on_event)"}


def chat_key(channel: str, user: str) -> str:
    """A chat's key: `oa:<openid>`, `kf:<external_userid>`, `wecom:<external_userid>`, `group:<chat_id>`,
    `staff:<userid>`."""
    return f"{channel}:{user}"


@dataclass
class Directory:
    """What the records alone do not say: whose WelcomeCode a welcome spends, which group a robot key posts
    to. The sandbox issues the WeCom codes itself (it plays WeChat); kf codes are read from sync_msg answers."""

    welcome_codes: dict[str, str] = field(default_factory=dict)  # WelcomeCode -> external_userid
    robot_groups: dict[str, str] = field(default_factory=dict)  # robot key -> chat_id
    media: dict[str, str] = field(default_factory=dict)  # media_id -> uploaded file name (filled from records)


def bubbles(records: Iterable[Mapping[str, Any]], directory: Directory) -> list[dict[str, Any]]:
    """One dict per message a chat shows, oldest first: `chat`, `seq`, `at`, `via`, `ok`, `error`, `parts`
    (text, image, news, link, miniprogram, menu, template, markdown, task...), and `task` for a mass send."""
    kf_codes: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for record in records:
        path, body = record.get("path", ""), record.get("body") or {}
        response = record.get("response") or {}
        if path == UPLOAD and response.get("media_id") and isinstance(body.get("media"), dict):
            directory.media[str(response["media_id"])] = str(body["media"].get("filename") or "")
        if path == KF_SYNC:
            kf_codes |= _kf_welcome_codes(response)
        if not isinstance(body, dict) or not body or path not in VIA:  # a body-less call carried no message
            continue
        for chat in _chats(path, record, body, directory, kf_codes):
            out.append({"chat": chat, "seq": record.get("seq"), "at": record.get("at"), "via": VIA[path],
                        "path": path, "ok": record.get("errcode", 0) == 0, "error": _error(record),
                        "parts": _parts(path, body, response)})
    return out


def _chats(path: str, record: Mapping[str, Any], body: Mapping[str, Any], directory: Directory,
           kf_codes: Mapping[str, str]) -> list[str]:
    if path in (OA_CUSTOM, OA_TEMPLATE, OA_SUBSCRIBE):
        return [chat_key("oa", str(body.get("touser", "")))]
    if path == KF_SEND:
        return [chat_key("kf", str(body.get("touser", "")))]
    if path == KF_WELCOME:
        return [chat_key("kf", kf_codes.get(str(body.get("code", "")), "?"))]
    if path == WELCOME:
        return [chat_key("wecom", directory.welcome_codes.get(str(body.get("welcome_code", "")), "?"))]
    if path == MASS_SEND:
        return [chat_key("wecom", str(u)) for u in body.get("external_userid") or []] + \
               [chat_key("group", str(c)) for c in body.get("chat_id_list") or []]
    if path == ROBOT:
        key = (record.get("query") or {}).get("key", "")
        return [chat_key("group", directory.robot_groups.get(key, f"robot {key[:6]}…"))]
    if path == WECOM_APP:
        return [chat_key("staff", u) for u in str(body.get("touser", "")).split("|") if u]
    return []


def _error(record: Mapping[str, Any]) -> str:
    if record.get("errcode", 0) == 0:
        return ""
    response = record.get("response") or {}
    return f"errcode {record.get('errcode')}: {response.get('errmsg', '')}".strip()


def _parts(path: str, body: Mapping[str, Any], response: Mapping[str, Any]) -> list[dict[str, Any]]:
    if path in (WELCOME, MASS_SEND):
        parts = [{"type": "text", "text": str((body.get("text") or {}).get("content", ""))}] \
            if (body.get("text") or {}).get("content") else []
        parts += [_message(a) for a in body.get("attachments") or [] if isinstance(a, dict)]
        if path == MASS_SEND:
            parts.insert(0, {"type": "task", "msgid": str(response.get("msgid", "")),
                             "sender": str(body.get("sender", ""))})
        return parts
    if path in (OA_TEMPLATE, OA_SUBSCRIBE):
        data = body.get("data") or {}
        lines = [f"{k}: {v.get('value', '') if isinstance(v, dict) else v}" for k, v in data.items()]
        page = body.get("miniprogram") or {}
        return [{"type": "template", "template": str(body.get("template_id", "")), "lines": lines,
                 "url": str(body.get("url") or body.get("page") or page.get("pagepath", ""))}]
    return [_message(body)]


def _message(message: Mapping[str, Any]) -> dict[str, Any]:
    """One message object (`msgtype` and its object) as a part the page draws."""
    kind = str(message.get("msgtype", ""))
    inner = message.get(kind) or {}
    if not isinstance(inner, dict):
        inner = {}
    if kind in ("text", "markdown"):
        return {"type": kind, "text": str(inner.get("content", ""))}
    if kind == "image":
        return {"type": "image", "media_id": str(inner.get("media_id", "")),
                "pic_url": sandbox_url(str(inner.get("pic_url", ""))), "base64": str(inner.get("base64", ""))}
    if kind == "news":
        return news_part([{"title": str(a.get("title", "")), "description": str(a.get("description", "")),
                           "url": str(a.get("url", "")), "picurl": str(a.get("picurl", ""))}
                          for a in inner.get("articles") or [] if isinstance(a, dict)])
    if kind == "link":
        return {"type": "link", "title": str(inner.get("title", "")),
                "description": str(inner.get("desc") or inner.get("description") or ""),
                "url": str(inner.get("url", "")), "picurl": sandbox_url(str(inner.get("picurl", ""))),
                "media_id": str(inner.get("thumb_media_id") or inner.get("media_id") or "")}
    if kind in ("miniprogrampage", "miniprogram"):
        return {"type": "miniprogram", "title": str(inner.get("title", "")), "appid": str(inner.get("appid", "")),
                "page": str(inner.get("pagepath") or inner.get("page") or ""),
                "media_id": str(inner.get("thumb_media_id") or inner.get("pic_media_id") or "")}
    if kind == "msgmenu":
        return {"type": "menu", "head": str(inner.get("head_content", "")), "tail": str(inner.get("tail_content", "")),
                "items": [_menu_item(i) for i in inner.get("list") or [] if isinstance(i, dict)]}
    return {"type": "other", "msgtype": kind}


def news_part(articles: Iterable[Mapping[str, str]]) -> dict[str, Any]:
    """Articles ({title, description, url, picurl}) as a news part; a demo-content picture from the demo itself."""
    return {"type": "news", "articles": [{**a, "picurl": sandbox_url(a.get("picurl", ""))} for a in articles]}


def _menu_item(item: Mapping[str, Any]) -> dict[str, str]:
    """OA items are {id, content}; kf items are {type: click, click: {id, content}} (doc 94677)."""
    inner = item.get("click")
    click: Mapping[str, Any] = inner if isinstance(inner, dict) else item
    return {"id": str(click.get("id", "")), "content": str(click.get("content", ""))}


def _kf_welcome_codes(response: Mapping[str, Any]) -> dict[str, str]:
    """enter_session events' welcome codes in a sync_msg answer -> the customer who opened the chat."""
    found = {}
    for message in response.get("msg_list") or []:
        event = message.get("event") if isinstance(message, dict) else None
        if isinstance(event, dict) and event.get("welcome_code"):
            found[str(event["welcome_code"])] = str(event.get("external_userid", ""))
    return found


def tracking(page_or_url: str) -> dict[str, str]:
    """The tracking parameters a Mini Program page or link carries (sy_m member, sy_s source, sy_c campaign)."""
    query = parse_qs(urlsplit(page_or_url).query)
    return {k: v[0] for k, v in query.items() if k.startswith("sy_")}
