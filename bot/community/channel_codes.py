"""The WeCom codes behind channels.yaml, created by API once each, and what groupchat/get says about joiners.

Calls go through the Gateway (one token per app shared in Redis, its rate buckets and error table), as every
other WeChat call in Siyu does; the payloads follow wechatpy's `add_contact_way` and WeCom docs 92228 (contact
ways), 92229 (join ways) and 92122 (groupchat/get); sources in docs/platform.md, design in docs/groups.md.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

import redis

from bot.content.groups import CONTACT_WAY, AcqChannel
from bot.content.model import Content
from bot.gateway import Gateway, wecom_app
from bot.store import keys

log = logging.getLogger("siyu.channels")

CONTACT_WAY_API = "externalcontact/add_contact_way"
JOIN_WAY_API = "externalcontact/groupchat/add_join_way"
GET_JOIN_WAY_API = "externalcontact/groupchat/get_join_way"
GROUPCHAT_GET_API = "externalcontact/groupchat/get"
CONTACT_WAY_MULTI = 2  # add_contact_way `type`: 1 one staff member, 2 several
CONTACT_WAY_QR = 2  # `scene`: 1 mini program plug-in, 2 QR code
JOIN_WAY_QR = 2  # add_join_way `scene`: 1 mini program plug-in, 2 QR code


@dataclass(frozen=True)
class Code:
    channel: str
    kind: str
    config_id: str
    qr_code: str
    state: str

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False)


def contact_way_payload(channel: AcqChannel) -> dict[str, Any]:
    return {"type": CONTACT_WAY_MULTI if len(channel.staff) > 1 else 1, "scene": CONTACT_WAY_QR,
            "remark": channel.name[:30], "skip_verify": True, "state": channel.state, "user": list(channel.staff)}


def join_way_payload(channel: AcqChannel, content: Content) -> dict[str, Any]:
    chats = [g.chat_id for g in (content.group(gid) for gid in channel.groups) if g is not None]
    body: dict[str, Any] = {"scene": JOIN_WAY_QR, "remark": channel.name[:30], "auto_create_room": int(
        channel.auto_create_room), "chat_id_list": chats, "state": channel.state}
    if channel.auto_create_room:
        body.update(room_base_name=channel.room_base_name or channel.name, room_base_id=channel.room_base_id)
    return body


class CodeStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def all(self, brand: str) -> dict[str, Code]:
        raw = self.redis.hgetall(keys.channel_codes(brand))
        return {_s(k): Code(**json.loads(_s(v))) for k, v in raw.items()}

    def save(self, brand: str, code: Code) -> bool:
        """False when another sync stored this channel's code first (keep theirs: one code per channel)."""
        return bool(self.redis.hsetnx(keys.channel_codes(brand), code.channel, code.to_json()))


def sync(gateway: Gateway, store: CodeStore, brand: str, content: Content) -> tuple[list[Code], list[Code]]:
    """Create the code of every channel that has none yet: (created, already there). Idempotent: a channel with a
    stored code is skipped, so running it twice creates nothing. A failure raises after what was created."""
    app = wecom_app(gateway.settings, brand, contact=True)
    have = store.all(brand)
    created, kept = [], []
    for channel in content.channels:
        if channel.id in have:
            kept.append(have[channel.id])
            continue
        if channel.kind == CONTACT_WAY:
            answer = gateway.call(app, CONTACT_WAY_API, contact_way_payload(channel))
            code = Code(channel.id, channel.kind, str(answer.get("config_id", "")), str(answer.get("qr_code", "")),
                        channel.state)
        else:
            answer = gateway.call(app, JOIN_WAY_API, join_way_payload(channel, content))
            config_id = str(answer.get("config_id", ""))
            way = gateway.call(app, GET_JOIN_WAY_API, {"config_id": config_id}, idempotent=True)
            code = Code(channel.id, channel.kind, config_id, str((way.get("join_way") or {}).get("qr_code", "")),
                        channel.state)
        if store.save(brand, code):
            created.append(code)
            log.info("channel %s: %s created (config_id %s)", channel.id, channel.kind, code.config_id)
        else:
            kept.append(store.all(brand)[channel.id])
    return created, kept


def joiner_states(gateway: Gateway, brand: str, chat_id: str) -> dict[str, tuple[str, int]]:
    """groupchat/get: userid -> (state, join_time) for every member; state is "" unless they came by a join way
    that had one (doc 92122)."""
    app = wecom_app(gateway.settings, brand, contact=True)
    answer = gateway.call(app, GROUPCHAT_GET_API, {"chat_id": chat_id, "need_name": 0}, idempotent=True)
    members = (answer.get("group_chat") or {}).get("member_list") or []
    return {str(m.get("userid", "")): (str(m.get("state") or ""), int(m.get("join_time") or 0)) for m in members}


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
