"""Translate a decrypted intelligent-bot (智能机器人) JSON callback into an `Inbound`.

Fields per WeCom doc 100719 (messages) and 101027 (events), see docs/platform.md §7: msgid,
aibotid, chatid (groups only), chattype, from.userid, response_url, msgtype and its body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from bot.inbound import Channel, Inbound, Kind
from bot.webhook.sent_time import sent_time

MESSAGE_KINDS = {"text": Kind.TEXT, "image": Kind.IMAGE, "voice": Kind.VOICE, "file": Kind.FILE,
                 "video": Kind.VIDEO, "mixed": Kind.MIXED, "stream": Kind.STREAM_REFRESH}
# JSON may carry half of a UTF-16 pair ("\ud83d" with its partner cut off), which Python keeps as a lone surrogate
# that no UTF-8 encoder (OpenCC, the Redis client) takes
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
EVENT_KINDS = {"enter_chat": Kind.ENTER_CHAT, "template_card_event": Kind.CARD_EVENT,
               "feedback_event": Kind.FEEDBACK}


def to_inbound(data: Mapping[str, Any], *, brand: str, account: str, received_at: datetime) -> Inbound:
    msgtype = _str(data.get("msgtype"))
    event = _dict(data.get("event"))
    if msgtype == "event":
        kind = EVENT_KINDS.get(_str(event.get("eventtype")), Kind.UNKNOWN)
    else:
        kind = MESSAGE_KINDS.get(msgtype, Kind.UNKNOWN)
    sender = _dict(data.get("from"))
    group = _str(data.get("chattype")) == "group"
    create_time = data.get("create_time")
    sent_at, stamp_s = sent_time(create_time if isinstance(create_time, int) and 0 < create_time < 10**11 else None,
                                 received_at)
    return Inbound(
        brand=brand,
        channel=Channel.GROUP_BOT,
        account=_str(data.get("aibotid")) or account,
        kind=kind,
        sent_at=sent_at,
        stamp_s=stamp_s,
        user_id=_str(sender.get("userid")),
        chat_id=_str(data.get("chatid")) if group else "",
        msg_id=_str(data.get("msgid")),
        text=_text(data, msgtype),
        pic_url=_first_image(data) if msgtype == "mixed" else _str(_dict(data.get("image")).get("url")),
        quote_text=_text(quote, _str(quote.get("msgtype"))) if (quote := _dict(data.get("quote"))) else "",
        event=_str(event.get("eventtype")),
        event_key=_event_key(data, event, kind),
        response_url=_str(data.get("response_url")),
        raw=data,
    )


def _event_key(data: Mapping[str, Any], event: Mapping[str, Any], kind: Kind) -> str:
    """A streamed reply's id (the platform polls it), or a feedback's type ("1": marked accurate)."""
    if kind is Kind.STREAM_REFRESH:
        return _str(_dict(data.get("stream")).get("id"))
    if kind is Kind.FEEDBACK:
        value = _dict(event.get("feedback_event")).get("type")
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else _str(value)
    return ""


def _text(data: Mapping[str, Any], msgtype: str) -> str:
    """What the person wrote: text, a voice message's transcript, or the text parts of a mixed one."""
    if msgtype in ("text", "voice"):
        return _str(_dict(data.get(msgtype)).get("content"))
    if msgtype == "mixed":
        parts = [_str(_dict(item.get("text")).get("content")) for item in _mixed_items(data)]
        return " ".join(part for part in parts if part)
    return ""


def _first_image(data: Mapping[str, Any]) -> str:
    """A mixed message's first image url (text and images in one message: "@bot 这个怎么用" and a photo)."""
    for item in _mixed_items(data):
        if _str(item.get("msgtype")) == "image":
            return _str(_dict(item.get("image")).get("url")) or "image"
    return ""


def _mixed_items(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """A mixed message's parts (`mixed.msg_item`), those that are objects."""
    items = _dict(data.get("mixed")).get("msg_item")
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _dict(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def without_lone_surrogates(value: Any) -> Any:
    """A copy of `value` with each lone surrogate (a pair already decoded is one character) read as U+FFFD. Walked
    with a stack of its own, not by recursion: json.loads takes values nested ~980 deep, and a recursive walk (two
    frames a level) of one 500 deep answered 500 (RecursionError)."""
    if not isinstance(value, dict | list):
        return _LONE_SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value
    root: dict | list = {} if isinstance(value, dict) else []
    pending: list[tuple[dict | list, dict | list]] = [(value, root)]
    while pending:
        source, target = pending.pop()
        for key, item in (source.items() if isinstance(source, dict) else enumerate(source)):
            cleaned: Any = item
            if isinstance(item, str):
                cleaned = _LONE_SURROGATE.sub("\ufffd", item)
            elif isinstance(item, dict | list):
                cleaned = {} if isinstance(item, dict) else []
                pending.append((item, cleaned))
            if isinstance(target, dict):
                target[_LONE_SURROGATE.sub("\ufffd", key) if isinstance(key, str) else key] = cleaned
            else:
                target.append(cleaned)
    return root
