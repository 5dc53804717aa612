"""Customer acquisition codes and customer groups in the fake WeChat API: 「联系我」 contact ways
(add_contact_way, doc 92228), group join ways (groupchat/add_join_way and get_join_way, doc 92229) and
groupchat/get (doc 92122), whose member list carries each joiner's join way `state`.

Customers joining groups are played through the control API (`POST /_fake/groupchats/members`), as WeChat
users scanning a code would; a join by a join way's config_id takes that way's state.
"""

from __future__ import annotations

from typing import Any

from bot.sandbox.fake_wechat.call import Call
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import EXTERNAL_USERID_RE, WECOM_USERID_RE
from bot.sandbox.fake_wechat.records import new_id

STATE_MAX_CHARS = 30  # add_contact_way / add_join_way `state`: "不超过30个字符" (docs 92228, 92229)
JOIN_WAY_MAX_CHATS = 5  # add_join_way chat_id_list: at most 5 groups (doc 92229)
ROOM_BASE_NAME_MAX_CHARS = 40  # room_base_name: at most 40 characters (doc 92229)
CONTACT_WAY_MAX_USERS = 100  # type 2 (multi-person) user list: at most 100 (doc 92228)


def _state_field(body: dict[str, Any]) -> str:
    state = body.get("state", "")
    if not isinstance(state, str) or len(state) > STATE_MAX_CHARS:
        raise ApiError(40058, f"state must be a string of at most {STATE_MAX_CHARS} characters")
    return state


def add_contact_way(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/add_contact_way: type 1 (one member) or 2 (several), scene 1 or 2."""
    body = call.json()
    kind, scene = body.get("type"), body.get("scene")
    if kind not in (1, 2) or scene not in (1, 2):
        raise ApiError(40058, "type and scene must each be 1 or 2")
    users = body.get("user") or []
    if not isinstance(users, list) or not users or len(users) > CONTACT_WAY_MAX_USERS or (kind == 1 and len(users) > 1):
        raise ApiError(40058, "user: one userid for type 1, up to 100 for type 2")
    if not all(isinstance(u, str) and WECOM_USERID_RE.match(u) for u in users):
        raise ApiError(40003)
    state = _state_field(body)
    config_id = new_id(16)
    way = {"config_id": config_id, "type": kind, "scene": scene, "state": state, "user": users,
           "remark": body.get("remark", ""), "skip_verify": body.get("skip_verify", True),
           "qr_code": f"https://wework.qpic.cn/wwpic/fake-contact-way-{config_id}/0"}
    with call.state.lock:
        call.state.contact_ways[config_id] = way
    answer = {"errcode": 0, "errmsg": "ok", "config_id": config_id}
    if scene == 2:
        answer["qr_code"] = way["qr_code"]
    return answer


def add_join_way(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/groupchat/add_join_way: up to 5 groups; auto_create_room (default 1) opens
    `room_base_name` + `room_base_id` when they are full."""
    body = call.json()
    if body.get("scene") not in (1, 2):
        raise ApiError(40058, "scene must be 1 or 2")
    chats = body.get("chat_id_list") or []
    if not isinstance(chats, list) or not chats or len(chats) > JOIN_WAY_MAX_CHATS:
        raise ApiError(40058, f"chat_id_list: 1 to {JOIN_WAY_MAX_CHATS} groups")
    auto = body.get("auto_create_room", 1)
    if auto not in (0, 1):
        raise ApiError(40058, "auto_create_room must be 0 or 1")
    base_name = body.get("room_base_name", "")
    if auto == 1 and (not isinstance(base_name, str) or len(base_name) > ROOM_BASE_NAME_MAX_CHARS):
        raise ApiError(40058, f"room_base_name: at most {ROOM_BASE_NAME_MAX_CHARS} characters")
    config_id = new_id(16)
    way = {"config_id": config_id, "scene": body["scene"], "remark": body.get("remark", ""),
           "auto_create_room": auto, "room_base_name": base_name, "room_base_id": body.get("room_base_id", 0),
           "chat_id_list": [str(c) for c in chats], "state": _state_field(body),
           "qr_code": f"https://wework.qpic.cn/wwpic/fake-join-way-{config_id}/0"}
    with call.state.lock:
        call.state.join_ways[config_id] = way
    return {"errcode": 0, "errmsg": "ok", "config_id": config_id}


def get_join_way(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/groupchat/get_join_way."""
    config_id = call.json().get("config_id")
    with call.state.lock:
        way = call.state.join_ways.get(str(config_id))
    if way is None:
        raise ApiError(40058, "unknown config_id")
    return {"errcode": 0, "errmsg": "ok", "join_way": dict(way)}


def groupchat_get(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/externalcontact/groupchat/get: the members with join_time, join_scene and, for those who came
    by a join way with a state, that state (doc 92122)."""
    body = call.json()
    chat_id = body.get("chat_id")
    if not chat_id:
        raise ApiError(40058, "missing chat_id")
    with call.state.lock:
        chat = call.state.groupchats.get(str(chat_id))
        members = [dict(m) for m in chat["members"].values()] if chat is not None else None
    if chat is None or members is None:
        raise ApiError(40058, f"chat_id {chat_id} is not a customer group of this corp")
    return {"errcode": 0, "errmsg": "ok", "group_chat": {
        "chat_id": chat_id, "name": chat.get("name", ""), "owner": chat.get("owner", ""),
        "create_time": chat.get("create_time", 0), "member_list": members}}


def join_group(state: Any, *, chat_id: str, userid: str, now: float, join_scene: int = 3, way_state: str = "",
               config_id: str = "") -> dict[str, Any]:
    """A customer joins a group (control API): by a join way's config_id (its state), or with `way_state`."""
    if not EXTERNAL_USERID_RE.match(userid) and not WECOM_USERID_RE.match(userid):
        raise ValueError(f"{userid!r} is not a userid or external userid")
    with state.lock:
        if config_id:
            way = state.join_ways.get(config_id)
            if way is None:
                raise ValueError(f"no join way {config_id!r}")
            way_state = way["state"]
        chat = state.groupchats.setdefault(chat_id, {"members": {}, "create_time": int(now), "owner": ""})
        member: dict[str, Any] = {"userid": userid, "type": 2 if userid.startswith("w") else 1,
                                  "join_time": int(now), "join_scene": join_scene}
        if way_state:
            member["state"] = way_state
        chat["members"][userid] = member
        return dict(member)
