"""Plays WeChat's side of a callback: builds the XML, signs and encrypts it exactly as WeChat and
WeCom do, posts it to the real webhook and opens the reply.

Used by `siyu simulate`, the demo, the tests and the benchmarks, so all of them exercise the same
code path a real callback takes.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from bot.settings import GroupBot, OfficialAccount, WeComApp
from bot.webhook.cipher import CallbackCipher, new_nonce
from bot.webhook.signing import sha1_signature
from bot.webhook.xmlsafe import parse_xml

Transport = Callable[[str, bytes], tuple[int, bytes]]  # (path with query, body) -> (status, body)
_MSG_IDS = itertools.count(int(time.time() * 1000) * 1000)


def build_xml(fields: Mapping[str, Any]) -> str:
    """Callback XML as WeChat writes it: strings in CDATA, numbers bare, a dict as a nested element
    and a list as the same element repeated (SubscribeMsgPopupEvent/List, MemChangeList/Item)."""
    return "<xml>" + _xml_fields(fields) + "</xml>"


def _xml_fields(fields: Mapping[str, Any]) -> str:
    parts = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Mapping):
                parts.append(f"<{name}>{_xml_fields(item)}</{name}>")
            elif isinstance(item, int):
                parts.append(f"<{name}>{item}</{name}>")
            else:
                parts.append(f"<{name}>{cdata(str(item))}</{name}>")
    return "".join(parts)


def cdata(text: str) -> str:
    """`text` as CDATA, as WeChat writes it: a "]]>" inside ends one section and opens the next (a member who types
    "]]>" in the sandbox got a 400, malformed XML, where WeChat's own callback carries it)."""
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


@dataclass
class SimulatedReply:
    status: int
    body: bytes
    fields: dict[str, Any] = field(default_factory=dict)  # the reply, decrypted and parsed
    plaintext: str = ""  # the reply after decryption (XML or JSON), as the bot wrote it before sealing

    @property
    def text(self) -> str:
        """The reply's text: XML Content, a news reply's articles (title, description, link: what an unverified
        subscription account answers a card with), or a group bot's stream / text content."""
        if "msgtype" in self.fields:
            body = self.fields.get(self.fields["msgtype"], {})
            return str(body.get("content", "")) if isinstance(body, dict) else ""
        if self.fields.get("MsgType") == "news":
            return "\n\n".join("\n".join(p for p in (a["title"], a["description"], a["url"]) if p)
                                for a in self.articles)
        return str(self.fields.get("Content", ""))

    @property
    def articles(self) -> list[dict[str, str]]:
        """A news reply's articles as {title, description, url, picurl}; none for any other reply."""
        items = (self.fields.get("Articles") or {}).get("item") if self.fields.get("MsgType") == "news" else None
        found = items if isinstance(items, list) else [items] if isinstance(items, dict) else []
        return [{"title": str(a.get("Title", "")), "description": str(a.get("Description", "")),
                 "url": str(a.get("Url", "")), "picurl": str(a.get("PicUrl", ""))} for a in found]


class Simulator:
    def __init__(self, *, brand: str = "default", oa: OfficialAccount | None = None, wecom: WeComApp | None = None,
                 group_bot: GroupBot | None = None, transport: Transport,
                 now: Callable[[], int] = lambda: int(time.time())) -> None:
        self.brand = brand
        self.oa = oa
        self.wecom = wecom
        self.group_bot = group_bot
        self.transport = transport
        self.now = now

    # -- Official Account -------------------------------------------------------------------
    def oa_message(self, openid: str, text: str, *, mode: str = "safe", msg_id: int | None = None) -> SimulatedReply:
        return self.post_oa(self.oa_fields(openid, MsgType="text", Content=text,
                                           MsgId=msg_id if msg_id is not None else next(_MSG_IDS)), mode=mode)

    def oa_event(self, openid: str, event: str, *, mode: str = "safe", **extra: Any) -> SimulatedReply:
        return self.post_oa(self.oa_fields(openid, MsgType="event", Event=event, **extra), mode=mode)

    def oa_subscribe(self, openid: str, *, scene: str = "", mode: str = "safe") -> SimulatedReply:
        """A follow; with `scene`, by scanning that parametric QR code while not following: WeChat then
        sends subscribe with EventKey `qrscene_<scene>` and the code's Ticket (samples sdk/oa_event_subscribe*)."""
        extra = {"EventKey": f"qrscene_{scene}", "Ticket": qr_ticket(scene)} if scene else {}
        return self.oa_event(openid, "subscribe", mode=mode, **extra)

    def oa_scan(self, openid: str, scene: str, *, mode: str = "safe") -> SimulatedReply:
        """A follower scanning a parametric QR code: Event SCAN, EventKey the bare scene (sdk/oa_event_scan*)."""
        return self.oa_event(openid, "SCAN", mode=mode, EventKey=scene, Ticket=qr_ticket(scene))

    def oa_unsubscribe(self, openid: str, *, mode: str = "safe") -> SimulatedReply:
        return self.oa_event(openid, "unsubscribe", mode=mode)

    def oa_fields(self, openid: str, **fields: Any) -> dict[str, Any]:
        return {"ToUserName": "gh_siyu_demo", "FromUserName": openid, "CreateTime": self.now(), **fields}

    def oa_request(self, fields: Mapping[str, Any], *, mode: str = "safe") -> tuple[str, bytes]:
        """(path with query, body) for a callback in mode plain, compat or safe."""
        if self.oa is None:
            raise ValueError("no Official Account configured for the simulator")
        timestamp, nonce = str(self.now()), new_nonce()
        token = self.oa.token.reveal()
        query = {"signature": sha1_signature(token, timestamp, nonce), "timestamp": timestamp, "nonce": nonce,
                 "openid": str(fields.get("FromUserName", ""))}
        xml = build_xml(fields)
        if mode == "plain":
            return f"/wechat/{self.brand}/oa?{urlencode(query)}", xml.encode()
        sealed = self._oa_cipher().seal(xml, nonce=nonce, timestamp=timestamp)
        query |= {"encrypt_type": "aes", "msg_signature": sealed.signature}
        plaintext_part = xml.removeprefix("<xml>").removesuffix("</xml>") if mode == "compat" else (
            f"<ToUserName><![CDATA[{fields.get('ToUserName', '')}]]></ToUserName>")
        body = f"<xml>{plaintext_part}<Encrypt><![CDATA[{sealed.encrypt}]]></Encrypt></xml>"
        return f"/wechat/{self.brand}/oa?{urlencode(query)}", body.encode()

    def post_oa(self, fields: Mapping[str, Any], *, mode: str = "safe") -> SimulatedReply:
        path, body = self.oa_request(fields, mode=mode)
        status, reply = self.transport(path, body)
        return self._open(status, reply, self._oa_cipher() if mode != "plain" else None)

    # -- WeCom ------------------------------------------------------------------------------
    def wecom_message(self, userid: str, text: str, *, msg_id: str | None = None) -> SimulatedReply:
        return self.post_wecom(self.wecom_fields(FromUserName=userid, MsgType="text", Content=text,
                                                 MsgId=msg_id or str(next(_MSG_IDS)), AgentID=1000002))

    def wecom_contact_added(self, external_userid: str, *, staff: str = "zhangsan", state: str = "",
                            welcome_code: str = "") -> SimulatedReply:
        """A customer added a staff member (doc 92130 sample's fields and order). Without a code the
        field is left out: the doc says none is "returned" then, not whether an empty tag remains, and
        the webhook reads both alike."""
        code = {"WelcomeCode": welcome_code} if welcome_code else {}
        return self.post_wecom(self.wecom_fields(
            FromUserName="sys", MsgType="event", Event="change_external_contact", ChangeType="add_external_contact",
            UserID=staff, ExternalUserID=external_userid, State=state, **code))

    def wecom_group_join(self, chat_id: str, members: Sequence[str], *, join_scene: int = 3) -> SimulatedReply:
        """People joining a customer group (change_external_chat / update / add_member), in the field order
        of the doc's sample (docs/platform.md §1.1a); JoinScene 3 = scanned the group's QR code, 0 = invited."""
        return self.post_wecom(self.wecom_fields(
            FromUserName="sys", MsgType="event", Event="change_external_chat", ChatId=chat_id, ChangeType="update",
            UpdateDetail="add_member", JoinScene=join_scene, QuitScene=0, MemChangeCnt=len(members),
            MemChangeList={"Item": list(members)}, LastMemVer=_member_version(chat_id, ()),
            CurMemVer=_member_version(chat_id, members)))

    def kf_notice(self, token: str, open_kfid: str) -> SimulatedReply:
        """WeChat customer service announcing messages to pull (kf_msg_or_event, doc 94670): the callback
        carries only the Token and the account; the bot pulls the messages with kf/sync_msg."""
        return self.post_wecom(self.wecom_fields(FromUserName="sys", MsgType="event", Event="kf_msg_or_event",
                                                 Token=token, OpenKfId=open_kfid))

    def wecom_fields(self, **fields: Any) -> dict[str, Any]:
        """ToUserName (the CorpID), FromUserName, CreateTime, then the rest: the order WeCom writes them."""
        corp_id = self.wecom.corp_id if self.wecom else ""
        sender = fields.pop("FromUserName", "sys")
        return {"ToUserName": corp_id, "FromUserName": sender, "CreateTime": self.now(), **fields}

    def wecom_request(self, fields: Mapping[str, Any]) -> tuple[str, bytes]:
        timestamp, nonce = str(self.now()), new_nonce()
        sealed = self._wecom_cipher().seal(build_xml(fields), nonce=nonce, timestamp=timestamp)
        query = {"msg_signature": sealed.signature, "timestamp": timestamp, "nonce": nonce}
        body = (f"<xml><ToUserName><![CDATA[{fields.get('ToUserName', '')}]]></ToUserName>"
                f"<Encrypt><![CDATA[{sealed.encrypt}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>")
        return f"/wechat/{self.brand}/wecom?{urlencode(query)}", body.encode()

    def post_wecom(self, fields: Mapping[str, Any]) -> SimulatedReply:
        path, body = self.wecom_request(fields)
        status, reply = self.transport(path, body)
        return self._open(status, reply, self._wecom_cipher())

    # -- WeCom intelligent bot (JSON, receive id "") ------------------------------------------
    def group_mention(self, userid: str, text: str, *, chat_id: str = "wrGROUP1", bot_name: str = "RobotA",
                      msgid: str | None = None) -> SimulatedReply:
        """An @-mention in a group, shaped like doc 100719's sample."""
        return self.post_group_bot({
            "msgid": msgid or f"m{next(_MSG_IDS)}", "aibotid": "AIBOTID", "chatid": chat_id, "chattype": "group",
            "from": {"userid": userid}, "response_url": "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?x=1",
            "msgtype": "text", "text": {"content": f"@{bot_name} {text}"}})

    def group_bot_request(self, data: Mapping[str, Any] | str) -> tuple[str, bytes, str]:
        """(path with query, body, nonce) for a callback carrying `data` (a dict, or raw text)."""
        plaintext = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
        timestamp, nonce = str(self.now()), new_nonce()
        sealed = self._group_bot_cipher().seal(plaintext, nonce=nonce, timestamp=timestamp)
        query = {"msg_signature": sealed.signature, "timestamp": timestamp, "nonce": nonce}
        body = json.dumps({"encrypt": sealed.encrypt}).encode()
        return f"/wechat/{self.brand}/group-bot?{urlencode(query)}", body, nonce

    def post_group_bot(self, data: Mapping[str, Any] | str) -> SimulatedReply:
        path, body, nonce = self.group_bot_request(data)
        status, reply = self.transport(path, body)
        if status != 200 or not reply.startswith(b"{"):
            return SimulatedReply(status=status, body=reply)
        envelope = json.loads(reply)
        if envelope["nonce"] != nonce:
            raise AssertionError("the reply must reuse the callback's nonce (doc 101033)")
        plaintext, _ = self._group_bot_cipher().open(signature=envelope["msgsignature"],
                                                     timestamp=str(envelope["timestamp"]), nonce=envelope["nonce"],
                                                     encrypt=envelope["encrypt"])
        return SimulatedReply(status=status, body=reply, fields=json.loads(plaintext), plaintext=plaintext)

    def _group_bot_cipher(self) -> CallbackCipher:
        if self.group_bot is None:
            raise ValueError("no group bot configured for the simulator")
        return CallbackCipher(token=self.group_bot.token, aes_keys=self.group_bot.aes_keys, receive_id="")

    # -- shared -----------------------------------------------------------------------------
    def open_request(self, path: str, body: bytes) -> str:
        """The plaintext of a callback as posted (`path` with its query, `body`): opened with the receiving
        account's key, as the bot will open it, so a raw view shows what the signed envelope really carries."""
        query = dict(parse_qsl(urlsplit(path).query))
        if path.split("?")[0].endswith("/group-bot"):
            envelope = json.loads(body)
            cipher = self._group_bot_cipher()
        else:
            envelope = {k.lower(): v for k, v in parse_xml(body).items()}
            if "encrypt" not in envelope:
                return body.decode("utf-8", "replace")  # plaintext mode: the body is the message
            cipher = self._wecom_cipher() if path.split("?")[0].endswith("/wecom") else self._oa_cipher()
        plaintext, _ = cipher.open(signature=query.get("msg_signature", ""), timestamp=query.get("timestamp", ""),
                                   nonce=query.get("nonce", ""), encrypt=str(envelope["encrypt"]))
        return plaintext

    def _oa_cipher(self) -> CallbackCipher:
        if self.oa is None or not self.oa.aes_keys:
            raise ValueError("encrypted Official Account callbacks need an EncodingAESKey")
        return CallbackCipher(token=self.oa.token, aes_keys=self.oa.aes_keys, receive_id=self.oa.appid)

    def _wecom_cipher(self) -> CallbackCipher:
        if self.wecom is None:
            raise ValueError("no WeCom app configured for the simulator")
        return CallbackCipher(token=self.wecom.token, aes_keys=self.wecom.aes_keys, receive_id=self.wecom.corp_id)

    @staticmethod
    def _open(status: int, body: bytes, cipher: CallbackCipher | None) -> SimulatedReply:
        if status != 200 or body in (b"", b"success"):
            return SimulatedReply(status=status, body=body)
        fields = parse_xml(body)
        plaintext = body.decode("utf-8", "replace")
        if "Encrypt" in fields and cipher is not None:
            plaintext, _ = cipher.open(signature=str(fields["MsgSignature"]), timestamp=str(fields["TimeStamp"]),
                                       nonce=str(fields["Nonce"]), encrypt=str(fields["Encrypt"]))
            fields = parse_xml(plaintext)
        return SimulatedReply(status=status, body=body, fields=fields, plaintext=plaintext)


def qr_ticket(scene: str) -> str:
    """The Ticket of a parametric QR code: one per code, so the same scene always gets the same ticket
    (WeChat's are base64 of an opaque id, like this one)."""
    digest = hashlib.blake2b(scene.encode(), digest_size=24).digest()
    return base64.b64encode(b"\x81\x07" + digest).decode()


def _member_version(chat_id: str, members: Sequence[str]) -> str:
    """LastMemVer / CurMemVer: 32 hex digits naming a group's member list (the doc's look like md5)."""
    return hashlib.md5("|".join((chat_id, *members)).encode(), usedforsecurity=False).hexdigest()


def http_transport(base_url: str, *, timeout_s: float = 10.0, session: Any = None) -> Transport:
    """Posts over real HTTP (requests), keeping the connection alive between calls; pass a
    `requests.Session` to control its lifetime (close it when done)."""
    import requests

    session = session if session is not None else requests.Session()

    def post(path: str, body: bytes) -> tuple[int, bytes]:
        response = session.post(base_url.rstrip("/") + path, data=body, timeout=timeout_s,
                                headers={"Content-Type": "text/xml"})
        return response.status_code, response.content

    return post


def flask_transport(client: Any) -> Transport:
    """Posts through a Flask test client (unit tests: the real app, no socket)."""

    def post(path: str, body: bytes) -> tuple[int, bytes]:
        response = client.post(path, data=body, content_type="text/xml")
        return response.status_code, response.data

    return post
