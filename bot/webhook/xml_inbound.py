"""Translate a decrypted XML callback (Official Account or WeCom) into an `Inbound`.

This is the one place that knows WeChat's XML field names. wechatpy's parser is not used here:
its `msg.id` raises on WeCom's string MsgIds (PLATFORM.md §3.1), it drops MemChangeList, and it
fails on the suite form with no MsgType; a table over the flat field dict handles all of them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from bot.inbound import Channel, Inbound, Kind, LinkInfo, Location, MassResult, built
from bot.text import is_ascii_number
from bot.webhook.sent_time import sent_time

MESSAGE_TYPES = {
    "text": Kind.TEXT, "image": Kind.IMAGE, "voice": Kind.VOICE, "video": Kind.VIDEO,
    "shortvideo": Kind.SHORTVIDEO, "location": Kind.LOCATION, "link": Kind.LINK, "file": Kind.FILE,
}

# Event names, lower-cased (WeChat mixes "CLICK" and "kf_create_session").
EVENT_KINDS = {
    "subscribe": Kind.SUBSCRIBE, "unsubscribe": Kind.UNSUBSCRIBE, "scan": Kind.SCAN,
    "click": Kind.MENU_CLICK, "view": Kind.MENU_VIEW, "view_miniprogram": Kind.MENU_MINIPROGRAM,
    "scancode_push": Kind.MENU_SCAN, "scancode_waitmsg": Kind.MENU_SCAN,
    "pic_sysphoto": Kind.MENU_PHOTO, "pic_photo_or_album": Kind.MENU_PHOTO, "pic_weixin": Kind.MENU_PHOTO,
    "location_select": Kind.MENU_LOCATION, "location": Kind.LOCATION_REPORT,
    "templatesendjobfinish": Kind.TEMPLATE_SENT, "masssendjobfinish": Kind.MASS_SENT,
    "subscribe_msg_popup_event": Kind.SUBSCRIBE_MSG_POPUP,
    "subscribe_msg_change_event": Kind.SUBSCRIBE_MSG_CHANGE,
    "subscribe_msg_sent_event": Kind.SUBSCRIBE_MSG_SENT,
    "kf_create_session": Kind.KF_SESSION, "kf_close_session": Kind.KF_SESSION,
    "kf_switch_session": Kind.KF_SESSION, "enter_agent": Kind.ENTER_AGENT,
    "change_external_tag": Kind.TAG_CHANGED, "kf_msg_or_event": Kind.KF_NOTICE,
}

CONTACT_CHANGES = {
    "add_external_contact": Kind.CONTACT_ADDED, "add_half_external_contact": Kind.CONTACT_ADDED,
    "edit_external_contact": Kind.CONTACT_EDITED, "del_external_contact": Kind.CONTACT_REMOVED,
    "del_follow_user": Kind.CONTACT_LEFT, "transfer_fail": Kind.CONTACT_TRANSFER_FAILED,
    "msg_audit_approved": Kind.CONTACT_APPROVED,  # doc 92005: a new WelcomeCode once the customer consents
}

# The block of a 订阅通知 event that lists the follower's choices, once per template.
GRANT_BLOCKS = {Kind.SUBSCRIBE_MSG_POPUP: "SubscribeMsgPopupEvent",
                Kind.SUBSCRIBE_MSG_CHANGE: "SubscribeMsgChangeEvent"}

# Kinds to_inbound tests every callback against, read once: on Python 3.11 each `Kind.X` costs ~0.9 k instructions
# (EnumType's `__getattr__` hook).
_NO_MSG_ID = (Kind.TEMPLATE_SENT, Kind.MASS_SENT)
_LINK, _KF_NOTICE, _MASS_SENT = Kind.LINK, Kind.KF_NOTICE, Kind.MASS_SENT

GROUP_CHANGES = {"create": Kind.GROUP_CREATED, "update": Kind.GROUP_UPDATED, "dismiss": Kind.GROUP_DISMISSED}


def to_inbound(fields: Mapping[str, Any], *, brand: str, channel: Channel, account: str,
               received_at: datetime, pushes: bool = True) -> Inbound:
    """Build the Inbound; anything unrecognised becomes Kind.UNKNOWN with the payload kept."""
    text = _text_getter(fields)
    msg_type = text("MsgType").lower() or text("InfoType").lower()  # suite callbacks use InfoType
    event = text("Event") or (text("InfoType") if "MsgType" not in fields else "")
    kind, extra = _kind_and_extra(msg_type, event, text)
    user_id = text("FromUserName")
    staff_id = ""
    if kind in CONTACT_CHANGES.values():
        user_id, staff_id = text("ExternalUserID"), text("UserID")
    sent_at, stamp_s = _sent_at(text("CreateTime") or text("TimeStamp"), received_at)
    member_changes = _member_changes(fields.get("MemChangeList"))
    return built(  # Inbound(...), without the frozen __init__'s cost (bot/inbound.py)
        brand=brand,
        channel=channel,
        account=account,
        kind=kind,
        sent_at=sent_at,
        stamp_s=stamp_s,
        user_id=user_id,
        staff_id=staff_id,
        chat_id=text("ChatId"),
        msg_id=text("MsgId") or text("MsgID") if kind not in _NO_MSG_ID else "",
        text=text("Content") or text("Recognition"),
        event=event,
        event_key=text("EventKey"),
        media_id=text("MediaId"),
        pic_url=text("PicUrl"),
        media_format=text("Format"),
        location=_location(fields, kind),
        link=LinkInfo(title=text("Title"), description=text("Description"), url=text("Url"))
        if kind is _LINK else None,
        welcome_code=text("WelcomeCode"),
        change_type=text("ChangeType"),
        update_detail=text("UpdateDetail"),
        join_scene=text("JoinScene"),
        quit_scene=text("QuitScene"),
        member_change_count=_int(text("MemChangeCnt")),
        member_changes=member_changes,
        unionid=text("UnionId") or text("UnionID"),
        agent_id=text("AgentID"),
        open_kfid=text("OpenKfId"),
        kf_token=text("Token") if kind is _KF_NOTICE else "",
        menu_choice=text("bizmsgmenuid") or text("BizMsgMenuId"),
        subscribe_choices=tuple(subscribe_choices(fields.get(GRANT_BLOCKS.get(kind, "")))),
        mass_result=_mass_result(text) if kind is _MASS_SENT else None,
        # A kf_msg_or_event's Token tells apart two notices of one second (each carries its own; a retry repeats it);
        # a group's member version and changed members, two joins (or leaves) of one group in one second
        distinct_by="|".join((text("Id"), text("TagType"), text("MsgID"), text("SessionFrom"),
                              text("Token") if kind is _KF_NOTICE else "", text("CurMemVer"),
                              ",".join(member_changes))),
        pushes=pushes,
        raw=fields,
        **extra,
    )


def _mass_result(text: Callable[[str], str]) -> MassResult | None:
    """MASSSENDJOBFINISH's counts; None without a MsgID (nothing to match it to)."""
    msg_id = text("MsgID") or text("MsgId")
    if not msg_id:
        return None
    return MassResult(msg_id=msg_id, status=text("Status"), total=_int(text("TotalCount")),
                      filtered=_int(text("FilterCount")), sent=_int(text("SentCount")),
                      errors=_int(text("ErrorCount")))


def _kind_and_extra(msg_type: str, event: str, text: Callable[[str], str]) -> tuple[Kind, dict[str, Any]]:
    if msg_type in MESSAGE_TYPES:
        return MESSAGE_TYPES[msg_type], {}
    if msg_type not in ("event", "change_external_contact", "change_external_chat", "change_external_tag"):
        return Kind.UNKNOWN, {}
    name = (event or msg_type).lower()
    if name == "change_external_contact":
        return CONTACT_CHANGES.get(text("ChangeType"), Kind.UNKNOWN), {"scene": text("State")}
    if name == "change_external_chat":
        return GROUP_CHANGES.get(text("ChangeType"), Kind.UNKNOWN), {}
    kind = EVENT_KINDS.get(name, Kind.UNKNOWN)
    scene = ""
    if kind is Kind.SUBSCRIBE and text("EventKey").startswith("qrscene_"):
        scene = text("EventKey").removeprefix("qrscene_")  # subscribed by scanning a parametric QR code
    elif kind is Kind.SCAN:
        scene = text("EventKey")
    return kind, {"scene": scene}


def _text_getter(fields: Mapping[str, Any]) -> Callable[[str], str]:
    """`text(name)`: the field's text, stripped; "" for a missing or nested field. Each field is stripped once,
    and a lookup is a dict's own `get` (to_inbound asks for ~27 names per callback)."""
    stripped = defaultdict(str, {name: value.strip() for name, value in fields.items() if isinstance(value, str)})
    return stripped.__getitem__


def _sent_at(value: str, received_at: datetime) -> tuple[datetime, int]:
    return sent_time(int(value) if is_ascii_number(value) and len(value) <= 12 else None, received_at)


def _int(value: str) -> int:
    return int(value) if is_ascii_number(value) and len(value) < 10 else 0


def _float(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _location(fields: Mapping[str, Any], kind: Kind) -> Location | None:
    if kind is Kind.LOCATION:
        lat, lng = _float(fields.get("Location_X")), _float(fields.get("Location_Y"))
        precision, label = _float(fields.get("Scale")), fields.get("Label", "")
    elif kind is Kind.LOCATION_REPORT:
        lat, lng = _float(fields.get("Latitude")), _float(fields.get("Longitude"))
        precision, label = _float(fields.get("Precision")), ""
    else:
        return None
    if lat is None or lng is None:
        return None
    return Location(latitude=lat, longitude=lng, precision=precision, label=label if isinstance(label, str) else "")


def _member_changes(value: Any) -> tuple[str, ...]:
    """MemChangeList/Item: the userids that joined or left (added to the docs after wechatpy 2.0)."""
    if not isinstance(value, dict):
        return ()
    items = value.get("Item", [])
    items = items if isinstance(items, list) else [items]
    return tuple(item.strip() for item in items if isinstance(item, str) and item.strip())


def subscribe_choices(block: Any) -> list[tuple[str, bool]]:
    """(template id, accepted) from a SubscribeMsgPopupEvent / SubscribeMsgChangeEvent block, whose
    `List` repeats once per template (sample: testdata/messages/sdk/oa_event_subscribe_msg_*)."""
    if not isinstance(block, Mapping):
        return []
    items = block.get("List", [])
    items = items if isinstance(items, list) else [items]
    return [(item["TemplateId"].strip(), item.get("SubscribeStatusString") == "accept") for item in items
            if isinstance(item, Mapping) and isinstance(item.get("TemplateId"), str)]
