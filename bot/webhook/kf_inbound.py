"""Translate a WeChat customer service (微信客服) message, pulled with kf/sync_msg, into an `Inbound`.

Fields per doc 94670: msgid, open_kfid, external_userid, send_time, origin (3 = the customer,
4 = a system event, 5 = a servicer), msgtype and its object. Only what customers send is routed.
An enter_session event's welcome_code becomes `Inbound.welcome_code`, so the pipeline queues the
welcome for the kf_welcome route (kf/send_msg_on_event, within 20 s, once).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from bot.inbound import Channel, Inbound, Kind, Location

CUSTOMER = 3
SYSTEM_EVENT = 4
MESSAGE_KINDS = {"text": Kind.TEXT, "image": Kind.IMAGE, "voice": Kind.VOICE, "video": Kind.VIDEO,
                 "file": Kind.FILE, "location": Kind.LOCATION, "link": Kind.LINK}
EVENT_KINDS = {"enter_session": Kind.ENTER_CHAT}


def routable(message: Mapping[str, Any]) -> bool:
    """Customer messages and system events about a customer; never our own servicers' messages."""
    return message.get("origin") in (CUSTOMER, SYSTEM_EVENT) and bool(_customer(message))


def to_inbound(message: Mapping[str, Any], *, brand: str, corp_id: str, received_at: datetime,
               open_kfid: str = "") -> Inbound:
    """`open_kfid` is the kf account the pull was for: used when the message names none itself."""
    msgtype = str(message.get("msgtype", ""))
    body = message.get(msgtype) if isinstance(message.get(msgtype), Mapping) else {}
    event = msgtype == "event"
    if event:
        kind = EVENT_KINDS.get(str(body.get("event_type", "")), Kind.UNKNOWN)
    else:
        kind = MESSAGE_KINDS.get(msgtype, Kind.UNKNOWN)
    text = body.get("content", "") if msgtype == "text" else ""
    location = None
    if kind is Kind.LOCATION and isinstance(body.get("latitude"), int | float):
        location = Location(latitude=float(body["latitude"]), longitude=float(body.get("longitude", 0)),
                            label=str(body.get("name", "")))
    send_time = message.get("send_time")
    menu_id = body.get("menu_id", "") if msgtype == "text" else ""
    return Inbound(
        brand=brand,
        channel=Channel.KF,
        account=corp_id,
        kind=kind,
        sent_at=datetime.fromtimestamp(send_time, tz=UTC) if isinstance(send_time, int) else received_at,
        user_id=_customer(message),
        msg_id=str(message.get("msgid", "")),
        text=text if isinstance(text, str) else "",
        event=str(body.get("event_type", "")) if event else "",
        scene=str(body.get("scene", "")) if event else "",
        media_id=str(body.get("media_id", "")),
        location=location,
        welcome_code=str(body.get("welcome_code") or "") if kind is Kind.ENTER_CHAT else "",
        # events may name the kf account only inside `event`; else the account the pull was for
        open_kfid=str(message.get("open_kfid") or body.get("open_kfid") or open_kfid),
        menu_choice=str(menu_id) if isinstance(menu_id, str | int) else "",
        raw=message,
    )


def _customer(message: Mapping[str, Any]) -> str:
    body = message.get("event")
    if isinstance(body, Mapping) and body.get("external_userid"):
        return str(body["external_userid"])
    return str(message.get("external_userid", ""))
