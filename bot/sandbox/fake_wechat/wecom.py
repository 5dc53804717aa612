"""WeCom endpoints of the fake WeChat API (qyapi.weixin.qq.com shapes): app messages, customer
contact (welcome, mass sends), the group robot webhook, and WeChat customer service (kf).

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable
from typing import Any

from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import (
    EXTERNAL_USERID_RE,
    GROUPMSG_REMINDS_PER_DAY,
    KF_TOKEN_TTL_S,
    OPEN_KFID_RE,
    ROBOT_KEY_RE,
    WECOM_USERID_RE,
)
from bot.sandbox.fake_wechat.oa import Call, obj, text_field, utf8_len
from bot.sandbox.fake_wechat.records import GroupMsg, GroupMsgTarget, new_id

MAX_ATTACHMENTS = 9  # welcome messages and mass sends carry at most 9 attachments (doc 92599/92135)
WELCOME_TEXT_MAX_BYTES = 4000  # text.content of welcome / mass messages (doc 92137)
MINIPROGRAM_TITLE_MAX_BYTES = 64  # miniprogram attachment title (PLATFORM.md §3.5)
NEWS_MAX_ARTICLES = 8
ROBOT_TEXT_MAX_BYTES = 2048  # group robot text; markdown allows 4096 (PLATFORM.md §3.3)
ROBOT_MARKDOWN_MAX_BYTES = 4096
ROBOT_IMAGE_MAX_BYTES = 2 << 20
KF_TEXT_MAX_BYTES = 2048
KF_MENU_MAX_ITEMS = 10  # kf msgmenu items (doc 94677; more is 95008)
KF_EVENT_TYPES = frozenset({"text", "msgmenu"})  # what send_msg_on_event sends (doc 96428)
KF_MSGID_RE = re.compile(r"[0-9a-zA-Z_-]{1,32}\Z")  # kf msgid: ≤ 32 bytes of [0-9a-zA-Z_-] (doc 94677 / 96428)
GROUPMSG_LIST_MAX_SPAN_S = 31 * 86400  # get_groupmsg_list_v2: start..end within one month (doc 93338)


def _corp(call: Call) -> str:
    assert call.app_id is not None
    return call.app_id


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
    call.state.check_media(msg.get("media_id"), _corp(call), call.now, kinds={"image"})


def _app_news(call: Call, msg: dict[str, Any]) -> None:
    articles = msg.get("articles")
    if not isinstance(articles, list) or not articles:
        raise ApiError(40058, "news.articles must be a non-empty list")
    if len(articles) > NEWS_MAX_ARTICLES:
        raise ApiError(45008)
    for article in articles:
        if not isinstance(article, dict):
            raise ApiError(40058, "each article must be an object")
        text_field(article, "title", errcode=41016)
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
    check = APP_TYPES.get(msgtype) if isinstance(msgtype, str) else None
    if check is None:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    check(call, obj(body, msgtype, errcode=40058))
    users = [u for u in str(body.get("touser") or "").split("|") if u]
    party = str(body.get("toparty") or "")
    tag = str(body.get("totag") or "")
    if not users and not party and not tag:
        raise ApiError(40058, "touser, toparty and totag cannot all be empty")
    invalid = [u for u in users if u != "@all" and not WECOM_USERID_RE.match(u)]
    if users and len(invalid) == len(users) and not party and not tag:
        raise ApiError(81013)
    return {
        "errcode": 0,
        "errmsg": "ok",
        "invaliduser": "|".join(invalid),
        "invalidparty": "",
        "invalidtag": "",
        "unlicenseduser": "",
        "msgid": new_id(24),
    }


# --- customer contact: attachments shared by welcome messages and mass sends ---------------------------------------


def _check_text_and_attachments(call: Call, body: dict[str, Any]) -> None:
    text = body.get("text")
    content = ""
    if text is not None:
        if not isinstance(text, dict) or not isinstance(text.get("content", ""), str):
            raise ApiError(40058, "text must be {content}")
        content = text.get("content", "")
        if utf8_len(content) > WELCOME_TEXT_MAX_BYTES:
            raise ApiError(45002)
    attachments = body.get("attachments", [])
    if not isinstance(attachments, list):
        raise ApiError(40058, "attachments must be a list")
    if not content and not attachments:
        raise ApiError(40058, "text and attachments cannot both be empty")
    if len(attachments) > MAX_ATTACHMENTS:
        raise ApiError(41064)
    corp = _corp(call)
    for attachment in attachments:
        msgtype = attachment.get("msgtype") if isinstance(attachment, dict) else None
        if msgtype not in ("image", "link", "miniprogram", "video", "file"):
            raise ApiError(41065, f"attachment msgtype {msgtype!r}")
        part = obj(attachment, msgtype, errcode=40058)
        if msgtype == "image":
            if part.get("media_id"):
                call.state.check_media(part["media_id"], corp, call.now, kinds={"image"})
            elif not part.get("pic_url"):
                raise ApiError(40058, "image needs media_id or pic_url")
        elif msgtype == "link":
            text_field(part, "title", errcode=41016)
            text_field(part, "url", errcode=41010)
        elif msgtype == "miniprogram":
            title = text_field(part, "title", errcode=41016)
            if utf8_len(title) > MINIPROGRAM_TITLE_MAX_BYTES:
                raise ApiError(45002, "miniprogram title over 64 bytes")
            call.state.check_media(part.get("pic_media_id"), corp, call.now, kinds={"image"})
            text_field(part, "appid", errcode=40058)
            text_field(part, "page", errcode=40058)
        else:
            call.state.check_media(part.get("media_id"), corp, call.now, kinds={msgtype})


def send_welcome_msg(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/send_welcome_msg: the code is good once, within 20 s."""
    body = call.json()
    if not body.get("welcome_code"):
        raise ApiError(41049)
    _check_text_and_attachments(call, body)
    call.state.use_welcome_code(body["welcome_code"], _corp(call), call.now)
    return {"errcode": 0, "errmsg": "ok"}


# --- customer contact: mass sends (企业群发) ---------------------------------------------------------------------


def add_msg_template(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/add_msg_template: creates tasks that members must confirm."""
    body = call.json()
    state = call.state
    chat_type = body.get("chat_type", "single")
    if chat_type not in ("single", "group"):
        raise ApiError(40058, "chat_type must be single or group")
    _check_text_and_attachments(call, body)
    sender = body.get("sender") or None
    if sender is not None and (not isinstance(sender, str) or not WECOM_USERID_RE.match(sender)):
        raise ApiError(40003)
    targets: list[GroupMsgTarget] = []
    fail_list: list[str] = []
    if chat_type == "single":
        wanted = body.get("external_userid") or []
        if not isinstance(wanted, list):
            raise ApiError(40058, "external_userid must be a list")
        if not wanted and sender:
            wanted = sorted(state.contacts.get(sender, ()))
        for external in wanted:
            owner = sender or state.owners.get(external)
            if not isinstance(external, str) or not EXTERNAL_USERID_RE.match(external) or owner is None:
                fail_list.append(str(external))
                continue
            targets.append(GroupMsgTarget(owner, external, None))
    else:
        if sender is None:
            raise ApiError(41009, "a group mass send needs a sender")
        chats = body.get("chat_id_list") or []
        if not isinstance(chats, list):
            raise ApiError(40058, "chat_id_list must be a list")
        targets = [GroupMsgTarget(sender, None, str(chat)) for chat in chats]
    if not targets:
        raise ApiError(41048)
    msg = GroupMsg(
        msgid="msg" + new_id(21),
        corpid=_corp(call),
        chat_type=chat_type,
        creator=sender or "",
        create_s=call.now,
        text=body.get("text"),
        attachments=list(body.get("attachments", [])),
        targets=targets,
        task_status={t.userid: 0 for t in targets},
        task_send_s={},
    )
    with state.lock:
        state.group_msgs[msg.msgid] = msg
        state.group_msg_order.append(msg.msgid)
    return {"errcode": 0, "errmsg": "ok", "fail_list": fail_list, "msgid": msg.msgid}


def _group_msg(call: Call, body: dict[str, Any]) -> GroupMsg:
    msgid = body.get("msgid")
    if not msgid:
        raise ApiError(41046)
    msg = call.state.group_msgs.get(msgid)
    if msg is None or msg.corpid != _corp(call):
        raise ApiError(41047)
    return msg


def _page(body: dict[str, Any], *, default: int, maximum: int) -> tuple[int, int]:
    """Decode (offset, limit) from the opaque cursor the fake hands out."""
    limit = body.get("limit", default) or default
    if not isinstance(limit, int) or limit < 1:
        raise ApiError(40058, "limit must be a positive integer")
    cursor = body.get("cursor") or ""
    try:
        offset = int(cursor[3:], 16) if cursor else 0
    except ValueError:
        raise ApiError(40058, "invalid cursor") from None
    return offset, min(limit, maximum)


def _next_cursor(offset: int, limit: int, total: int) -> str:
    return f"cur{offset + limit:x}" if offset + limit < total else ""


def get_groupmsg_list_v2(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/get_groupmsg_list_v2: this corp's mass sends in a time range."""
    body = call.json()
    chat_type = body.get("chat_type", "single")
    start, end = body.get("start_time"), body.get("end_time")
    if not isinstance(start, int) or not isinstance(end, int) or end < start:
        raise ApiError(40058, "start_time and end_time are required")
    if end - start > GROUPMSG_LIST_MAX_SPAN_S:
        raise ApiError(40058, "start_time..end_time must be within one month")
    creator = body.get("creator")
    filter_type = body.get("filter_type", 2)
    offset, limit = _page(body, default=50, maximum=100)
    corp = _corp(call)
    with call.state.lock:
        msgs = [call.state.group_msgs[m] for m in call.state.group_msg_order]
    matching = [
        m
        for m in msgs
        if m.corpid == corp
        and m.chat_type == chat_type
        and start <= m.create_s <= end
        and (not creator or m.creator == creator)
        and filter_type in (0, 2)  # all of ours are 企业发表
    ]
    page = matching[offset : offset + limit]
    return {
        "errcode": 0,
        "errmsg": "ok",
        "next_cursor": _next_cursor(offset, limit, len(matching)),
        "group_msg_list": [
            {
                "msgid": m.msgid,
                "creator": m.creator,
                "create_time": int(m.create_s),
                "create_type": 0,
                **({"text": m.text} if m.text else {}),
                "attachments": m.attachments,
            }
            for m in page
        ],
    }


def get_groupmsg_task(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/get_groupmsg_task: per member, 0 not sent / 2 sent."""
    body = call.json()
    msg = _group_msg(call, body)
    offset, limit = _page(body, default=500, maximum=1000)
    with call.state.lock:
        members = sorted(msg.task_status)
        tasks = []
        for userid in members[offset : offset + limit]:
            task: dict[str, Any] = {"userid": userid, "status": msg.task_status[userid]}
            if userid in msg.task_send_s:  # "发送时间，未发送时不返回"
                task["send_time"] = int(msg.task_send_s[userid])
            tasks.append(task)
    return {"errcode": 0, "errmsg": "ok", "next_cursor": _next_cursor(offset, limit, len(members)), "task_list": tasks}


def get_groupmsg_send_result(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/get_groupmsg_send_result: one member's targets and their status."""
    body = call.json()
    msg = _group_msg(call, body)
    userid = body.get("userid")
    if not userid:
        raise ApiError(41009)
    offset, limit = _page(body, default=500, maximum=1000)
    with call.state.lock:
        mine = [t for t in msg.targets if t.userid == userid]
        rows = []
        for target in mine[offset : offset + limit]:
            row: dict[str, Any] = {"userid": target.userid, "status": target.status}
            if target.external_userid is not None:
                row["external_userid"] = target.external_userid
            if target.chat_id is not None:
                row["chat_id"] = target.chat_id
            if target.send_s is not None:
                row["send_time"] = int(target.send_s)
            rows.append(row)
    return {"errcode": 0, "errmsg": "ok", "next_cursor": _next_cursor(offset, limit, len(mine)), "send_list": rows}


def remind_groupmsg_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/remind_groupmsg_send: at most 3 reminders in 24 h (41094)."""
    msg = _group_msg(call, call.json())
    with call.state.lock:
        if msg.cancelled:
            raise ApiError(41093)
        recent = [t for t in msg.reminds_s if call.now - t < 86400]
        if len(recent) >= GROUPMSG_REMINDS_PER_DAY:
            raise ApiError(41094)
        msg.reminds_s = [*recent, call.now]
    return {"errcode": 0, "errmsg": "ok"}


def cancel_groupmsg_send(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/cancel_groupmsg_send: stops the tasks nobody confirmed yet."""
    msg = _group_msg(call, call.json())
    with call.state.lock:
        if msg.cancelled:
            raise ApiError(41093)
        msg.cancelled = True
    return {"errcode": 0, "errmsg": "ok"}


# --- group robot (群机器人) ------------------------------------------------------------------------------------


def _robot_text(msg: dict[str, Any], limit: int) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > limit:
        raise ApiError(45002)


def _robot_news(msg: dict[str, Any]) -> None:
    articles = msg.get("articles")
    if not isinstance(articles, list) or not articles:
        raise ApiError(40058, "news.articles must be a non-empty list")
    if len(articles) > NEWS_MAX_ARTICLES:
        raise ApiError(45008)
    for article in articles:
        if not isinstance(article, dict):
            raise ApiError(40058, "each article must be an object")
        text_field(article, "title", errcode=41016)
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


# --- WeChat customer service (微信客服, kf) -----------------------------------------------------------------------


def _kf_text(call: Call, msg: dict[str, Any]) -> None:
    content = msg.get("content")
    if not isinstance(content, str) or not content.strip():
        raise ApiError(44004)
    if utf8_len(content) > KF_TEXT_MAX_BYTES:
        raise ApiError(45002)


def _kf_image(call: Call, msg: dict[str, Any]) -> None:
    call.state.check_media(msg.get("media_id"), _corp(call), call.now, kinds={"image"})


def _kf_link(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "title", errcode=41016)
    text_field(msg, "url", errcode=41010)
    call.state.check_media(msg.get("thumb_media_id"), _corp(call), call.now, kinds={"image"})


def _kf_miniprogram(call: Call, msg: dict[str, Any]) -> None:
    text_field(msg, "appid", errcode=40058)
    text_field(msg, "pagepath", errcode=40058)
    call.state.check_media(msg.get("thumb_media_id"), _corp(call), call.now, kinds={"image"})


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


def kf_send_msg(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/send_msg: to a WeChat customer (external userid) from a kf account (wk...)."""
    body = call.json()
    open_kfid = body.get("open_kfid")
    if not isinstance(open_kfid, str) or not OPEN_KFID_RE.match(open_kfid):
        raise ApiError(95000)
    touser = body.get("touser")
    if not isinstance(touser, str) or not EXTERNAL_USERID_RE.match(touser):
        raise ApiError(40096)
    msgtype = body.get("msgtype")
    check = KF_TYPES.get(msgtype) if isinstance(msgtype, str) else None
    if check is None:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported")
    check(call, obj(body, msgtype, errcode=40058))
    msgid = body.get("msgid") or new_id(16)
    return {"errcode": 0, "errmsg": "ok", "msgid": msgid}


def kf_send_msg_on_event(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/send_msg_on_event: one text or menu per event code (an enter_session welcome_code:
    within 20 s, once; doc 96428). The content is checked before the code is spent."""
    body = call.json()
    msgid = body.get("msgid")
    if msgid is not None and (not isinstance(msgid, str) or not KF_MSGID_RE.match(msgid)):
        raise ApiError(40058, "msgid: at most 32 of [0-9a-zA-Z_-]")
    msgtype = body.get("msgtype")
    check = KF_TYPES.get(msgtype) if msgtype in KF_EVENT_TYPES else None
    if check is None:
        raise ApiError(40008, f"msgtype {msgtype!r} not supported here (text or msgmenu)")
    check(call, obj(body, msgtype, errcode=40058))
    call.state.use_kf_welcome_code(body.get("code"), _corp(call), call.now)
    return {"errcode": 0, "errmsg": "ok", "msgid": msgid or new_id(16)}


def kf_sync_msg(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/kf/sync_msg: pages through customer messages queued by the control API."""
    body = call.json()
    state = call.state
    msg_token = body.get("token") or ""
    if msg_token:
        issued = state.kf_tokens.get(msg_token)
        if issued is None or call.now - issued > KF_TOKEN_TTL_S:
            raise ApiError(95007)
    open_kfid = body.get("open_kfid") or None
    offset, limit = _page(body, default=1000, maximum=1000)
    corp = _corp(call)
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
