"""WeChat customer service (微信客服, kf) endpoints of the fake WeChat API: send, send on event, sync, and
the session-state move to a person.

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox.fake_wechat.call import Call, obj, page_window, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import EXTERNAL_USERID_RE, KF_TOKEN_TTL_S, OPEN_KFID_RE
from bot.sandbox.fake_wechat.records import new_id

KF_TEXT_MAX_BYTES = 2048
KF_MENU_MAX_ITEMS = 10  # kf msgmenu items (doc 94677; more is 95008)
KF_EVENT_TYPES = frozenset({"text", "msgmenu"})  # what send_msg_on_event sends (doc 96428)
KF_BOT, KF_QUEUED, KF_HUMAN, KF_ENDED = 1, 2, 3, 4  # kf service_state values (doc 94669)
KF_TRANS_TARGETS = frozenset({KF_BOT, KF_QUEUED, KF_HUMAN, KF_ENDED})
KF_MSGID_RE = re.compile(r"[0-9a-zA-Z_-]{1,32}\Z")  # kf msgid: ≤ 32 bytes of [0-9a-zA-Z_-] (doc 94677 / 96428)


def _kf_text(call: Call, msg: dict[str, Any]) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > KF_TEXT_MAX_BYTES:
        raise ApiError(45002)


def _kf_image(call: Call, msg: dict[str, Any]) -> None:
    call.state.check_media(msg.get("media_id"), call.corp(), call.now, kinds={"image"})


def _kf_link(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "title", errcode=41016)
    text_field(msg, "url", errcode=41010)
    call.state.check_media(msg.get("thumb_media_id"), call.corp(), call.now, kinds={"image"})


def _kf_miniprogram(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "appid", errcode=40058)
    text_field(msg, "pagepath", errcode=40058)
    call.state.check_media(msg.get("thumb_media_id"), call.corp(), call.now, kinds={"image"})


def _kf_msgmenu(call: Call, msg: dict[str, Any]) -> None:
    items = msg.get("list", [])
    if not isinstance(items, list):
        raise ApiError(40058, "msgmenu.list must be a list")
    if len(items) > KF_MENU_MAX_ITEMS:
        raise ApiError(95008)
    for item in items:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind not in ("click", "view", "miniprogram", "text"):
            raise ApiError(95009)


KF_TYPES: dict[str, Callable[[Call, dict[str, Any]], None]] = {
    "text": _kf_text,
    "image": _kf_image,
    "link": _kf_link,
    "miniprogram": _kf_miniprogram,
    "msgmenu": _kf_msgmenu,
}


def send_msg(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/send_msg: to a WeChat customer (external userid) from a kf account (wk...)."""
    body = call.json()
    open_kfid = body.get("open_kfid")
    if not isinstance(open_kfid, str) or not OPEN_KFID_RE.match(open_kfid):
        raise ApiError(95000)
    touser = body.get("touser")
    if not isinstance(touser, str) or not EXTERNAL_USERID_RE.match(touser):
        raise ApiError(40096)
    msgtype = body.get("msgtype")
    if not isinstance(msgtype, str) or msgtype not in KF_TYPES:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    KF_TYPES[msgtype](call, obj(body, msgtype, errcode=40058))
    with call.state.lock:
        state = call.state.kf_states.get((call.corp(), open_kfid, touser), 0)
        if state in (KF_QUEUED, KF_HUMAN):  # a person has it: the API may not send (doc 94677)
            raise ApiError(95018)
        call.state.kf_states[(call.corp(), open_kfid, touser)] = KF_BOT
    msgid = body.get("msgid") or new_id(16)
    return {"errcode": 0, "errmsg": "ok", "msgid": msgid}


def trans_service_state(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/service_state/trans {open_kfid, external_userid, service_state, servicer_userid?}:
    moves a kf session (doc 94669): 3 needs a servicer_userid; an ended session (4), or a move to the
    state it is in, is refused. Answers a msg_code (one send_msg_on_event message after the move)."""
    body = call.json()
    open_kfid, customer = body.get("open_kfid"), body.get("external_userid")
    if not isinstance(open_kfid, str) or not OPEN_KFID_RE.match(open_kfid):
        raise ApiError(95000)
    if not isinstance(customer, str) or not EXTERNAL_USERID_RE.match(customer):
        raise ApiError(40096)
    target = body.get("service_state")
    if not isinstance(target, int) or isinstance(target, bool) or target not in KF_TRANS_TARGETS:
        raise ApiError(95016, f"service_state {target!r}: the API moves sessions to 1, 2, 3 or 4")
    servicer = body.get("servicer_userid")
    if target == KF_HUMAN and (not isinstance(servicer, str) or not servicer):
        raise ApiError(95014, "service_state 3 needs servicer_userid")
    key = (call.corp(), open_kfid, customer)
    with call.state.lock:
        current = call.state.kf_states.get(key, 0)
        if current in (KF_ENDED, target):
            raise ApiError(95016)
        call.state.kf_states[key] = target
    return {"errcode": 0, "errmsg": "ok", "msg_code": new_id(16)}


def send_msg_on_event(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/send_msg_on_event: one text or menu per event code (an enter_session welcome_code:
    within 20 s, once; doc 96428). The content is checked before the code is spent."""
    body = call.json()
    msgid = body.get("msgid")
    if msgid is not None and (not isinstance(msgid, str) or not KF_MSGID_RE.match(msgid)):
        raise ApiError(40058, "msgid: at most 32 of [0-9a-zA-Z_-]")
    msgtype = body.get("msgtype")
    if not isinstance(msgtype, str) or msgtype not in KF_EVENT_TYPES:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported here (text or msgmenu)")
    KF_TYPES[msgtype](call, obj(body, msgtype, errcode=40058))
    call.state.use_kf_welcome_code(body.get("code"), call.corp(), call.now)
    return {"errcode": 0, "errmsg": "ok", "msgid": msgid or new_id(16)}


def sync_msg(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/sync_msg: pages through customer messages queued by the control API."""
    body = call.json()
    state = call.state
    msg_token = body.get("token") or ""
    if msg_token:
        issued = state.kf_tokens.get(msg_token)
        if issued is None or call.now - issued > KF_TOKEN_TTL_S:
            raise ApiError(95007)
    open_kfid = body.get("open_kfid") or None
    offset, limit = page_window(body, default=1000, maximum=1000)
    corp = call.corp()
    with state.lock:
        queued = state.kf_messages[offset:]
    out: list[dict[str, Any]] = []
    consumed = 0
    for item in queued:
        if len(out) >= limit:
            break
        consumed += 1
        if item.corpid not in (None, corp):
            continue
        if open_kfid is not None and item.message.get("open_kfid") not in (None, open_kfid):
            continue
        out.append(item.message)
    position = offset + consumed
    return {
        "errcode": 0,
        "errmsg": "ok",
        "next_cursor": f"cur{position:x}",
        "has_more": 1 if position < offset + len(queued) else 0,
        "msg_list": out,
    }
