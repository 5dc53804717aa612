"""WeCom customer-contact endpoints of the fake WeChat API: welcome messages and mass sends (企业群发).

Each handler validates like the platform and returns the JSON dict to send, or raises ApiError.
"""

from __future__ import annotations

from typing import Any

from bot.sandbox.fake_wechat.call import Call, next_cursor, obj, page_window, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import EXTERNAL_USERID_RE, GROUPMSG_REMINDS_PER_DAY, WECOM_USERID_RE
from bot.sandbox.fake_wechat.records import GroupMsg, GroupMsgTarget, new_id

MAX_ATTACHMENTS = 9  # welcome messages and mass sends carry at most 9 attachments (doc 92599/92135)
WELCOME_TEXT_MAX_BYTES = 4000  # text.content of welcome / mass messages (doc 92137)
MINIPROGRAM_TITLE_MAX_BYTES = 64  # miniprogram attachment title (PLATFORM.md §3.5)
GROUPMSG_LIST_MAX_SPAN_S = 31 * 86400  # get_groupmsg_list_v2: start..end within one month (doc 93338)


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
    corp = call.corp()
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
    call.state.use_welcome_code(body["welcome_code"], call.corp(), call.now)
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
            if sender and not state.may_reach(sender, external):
                fail_list.append(external)  # "无效或无法发送的external_userid列表": not this member's customer
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
        corpid=call.corp(),
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
    if msg is None or msg.corpid != call.corp():
        raise ApiError(41047)
    return msg


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
    offset, limit = page_window(body, default=50, maximum=100)
    corp = call.corp()
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
        "next_cursor": next_cursor(offset, limit, len(matching)),
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
    offset, limit = page_window(body, default=500, maximum=1000)
    with call.state.lock:
        members = sorted(msg.task_status)
        tasks = []
        for userid in members[offset : offset + limit]:
            task: dict[str, Any] = {"userid": userid, "status": msg.task_status[userid]}
            if userid in msg.task_send_s:  # "发送时间，未发送时不返回"
                task["send_time"] = int(msg.task_send_s[userid])
            tasks.append(task)
    return {"errcode": 0, "errmsg": "ok", "next_cursor": next_cursor(offset, limit, len(members)), "task_list": tasks}


def get_groupmsg_send_result(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/get_groupmsg_send_result: one member's targets and their status."""
    body = call.json()
    msg = _group_msg(call, body)
    userid = body.get("userid")
    if not userid:
        raise ApiError(41009)
    offset, limit = page_window(body, default=500, maximum=1000)
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
    return {"errcode": 0, "errmsg": "ok", "next_cursor": next_cursor(offset, limit, len(mine)), "send_list": rows}


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
    """POST /cgi-bin/externalcontact/cancel_groupmsg_send: stops the tasks nobody confirmed yet; what was
    already sent stays sent (doc 97611: "停止无需成员继续发送的企业群发"), so only unconfirmed tasks stop."""
    msg = _group_msg(call, call.json())
    with call.state.lock:
        if msg.cancelled:
            raise ApiError(41093)
        msg.cancelled = True
        msg.cancel_s = call.now
    return {"errcode": 0, "errmsg": "ok"}
