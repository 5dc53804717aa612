"""Official Account user tags and the mass send by tag (高级群发) of the fake WeChat API.

Sources (docs/platform.md §3.1 mass-send row and its notes): doc offiaccount User_Tag_Management (create:
name ≤ 30 bytes 45158, a duplicate 45157, at most 100 tags 45056; a follower carries at most 20 tags) and
Batch_Sends_and_Originality_Checks: a verified subscription account's mass send succeeds once a day; a verified
service account's each follower receives at most 4 a month ("多于4条的群发将对该用户发送失败": the others
still get it); `clientmsgid` makes a repeat within 24 h fail with 45065 and the first msg_id. The fake counts
days and months in Beijing time. batchtagging's "more than 50 openids" (40032) and "unknown tag" (45159) codes
are from memory of the same doc [uncertain].
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from bot.sandbox.fake_wechat.call import Call, obj, text_field, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.limits import OPENID_RE

TAG_NAME_MAX_BYTES = 30
MAX_TAGS = 100
TAGS_PER_FOLLOWER = 20
BATCH_TAGGING_MAX = 50
SERVICE_RECEIPTS_PER_MONTH = 4
SUBSCRIPTION_SENDS_PER_DAY = 1
CLIENTMSGID_MAX_BYTES = 64
CLIENTMSGID_TTL_S = 86400
BEIJING = timezone(timedelta(hours=8))


def _app(call: Call) -> str:
    return call.app_id or ""


def tags_create(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/tags/create {tag: {name}} -> {tag: {id, name}}."""
    name = text_field(obj(call.json(), "tag"), "name", errcode=45157)
    if utf8_len(name) > TAG_NAME_MAX_BYTES:
        raise ApiError(45158)
    with call.state.lock:
        tags = call.state.oa_tags.setdefault(_app(call), {})
        if name in tags.values():
            raise ApiError(45157)
        if len(tags) >= MAX_TAGS:
            raise ApiError(45056)
        tag_id = 100 + call.state.seq_tag
        call.state.seq_tag += 1
        tags[tag_id] = name
    return {"tag": {"id": tag_id, "name": name}}


def tags_delete(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/tags/delete {tag: {id}}: the tag goes, and off every follower."""
    tag_id = obj(call.json(), "tag").get("id")
    with call.state.lock:
        tags = call.state.oa_tags.get(_app(call), {})
        if tag_id not in tags:
            raise ApiError(45159)
        del tags[tag_id]
        call.state.tag_members.pop((_app(call), tag_id), None)
    return {"errcode": 0, "errmsg": "ok"}


def batchtagging(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/tags/members/batchtagging {openid_list (≤ 50), tagid}."""
    body = call.json()
    openids, tag_id = body.get("openid_list"), body.get("tagid")
    if not isinstance(openids, list) or not openids:
        raise ApiError(40032, "openid_list is required")
    if len(openids) > BATCH_TAGGING_MAX:
        raise ApiError(40032)
    if any(not isinstance(o, str) or not OPENID_RE.match(o) for o in openids):
        raise ApiError(40003)
    app = _app(call)
    with call.state.lock:
        if tag_id not in call.state.oa_tags.get(app, {}):
            raise ApiError(45159)
        carried = {o: sum(o in members for (a, _t), members in call.state.tag_members.items() if a == app)
                   for o in openids}
        members = call.state.tag_members.setdefault((app, tag_id), set())
        if any(carried[o] >= TAGS_PER_FOLLOWER and o not in members for o in openids):
            raise ApiError(45059)
        members.update(openids)
    return {"errcode": 0, "errmsg": "ok"}


def mass_sendall(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/mass/sendall {filter: {is_to_all, tag_id}, msgtype: text, text: {content},
    clientmsgid}: the tag's followers receive it (a service account's, up to 4 a month each)."""
    body = call.json()
    filt = obj(body, "filter")
    if body.get("msgtype") != "text":
        raise ApiError(40008, "the fake mass-sends text only")
    content = text_field(obj(body, "text"), "content", errcode=44003)
    client_id = body.get("clientmsgid")
    if client_id is not None and (not isinstance(client_id, str) or utf8_len(client_id) > CLIENTMSGID_MAX_BYTES):
        raise ApiError(45067)
    app = _app(call)
    state = call.state
    local = datetime.fromtimestamp(call.now, UTC).astimezone(BEIJING)
    day, month = local.strftime("%Y%m%d"), local.strftime("%Y%m")
    with state.lock:
        if client_id:
            seen = state.mass_client_ids.get((app, client_id))
            if seen is not None and call.now - seen[1] < CLIENTMSGID_TTL_S:
                raise ApiError(45065, f"clientmsgid exist, msg_id {seen[0]}")
        kind = state.oa_kinds.get(app, "service")
        if kind == "subscription" and state.mass_days.get((app, day), 0) >= SUBSCRIPTION_SENDS_PER_DAY:
            raise ApiError(45028)
        if filt.get("is_to_all"):
            audience = {o for (a, _t), members in state.tag_members.items() if a == app for o in members}
        else:
            tag_id = filt.get("tag_id")
            if tag_id not in state.oa_tags.get(app, {}):
                raise ApiError(45159)
            audience = set(state.tag_members.get((app, tag_id), set()))
        received, refused = [], []
        for openid in sorted(audience):
            profile = state.users.get(openid, {})
            count = state.mass_receipts.get((app, openid, month), 0)
            if not profile.get("subscribe", 1) or (kind == "service" and count >= SERVICE_RECEIPTS_PER_MONTH):
                refused.append(openid)
                continue
            state.mass_receipts[(app, openid, month)] = count + 1
            received.append(openid)
        state.mass_days[(app, day)] = state.mass_days.get((app, day), 0) + 1
        msg_id = 1_000_000_000 + len(state.mass_sends)
        if client_id:
            state.mass_client_ids[(app, client_id)] = (msg_id, call.now)
        state.mass_sends.append({"msg_id": msg_id, "app": app, "filter": dict(filt), "content": content,
                                 "received": received, "refused": refused, "at_s": call.now})
    return {"errcode": 0, "errmsg": "send job submission success", "msg_id": msg_id, "msg_data_id": msg_id}


def mass_get(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/message/mass/get {msg_id} -> {msg_id, msg_status}: the fake's sends finish at once."""
    msg_id = call.json().get("msg_id")
    with call.state.lock:
        found = any(s["msg_id"] == msg_id and s["app"] == _app(call) for s in call.state.mass_sends)
    if not found:
        raise ApiError(40003, "unknown msg_id")
    return {"msg_id": msg_id, "msg_status": "SEND_SUCCESS"}
