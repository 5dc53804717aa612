"""Official Account callbacks: the GET handshake and POSTs in plaintext, compatible or safe mode.

Mode is told by `encrypt_type` (absent or `raw`: plaintext; `aes`: encrypted, `msg_signature`
signs the ciphertext). A reply is encrypted exactly when the request was (PLATFORM.md §1.2). With an
EncodingAESKey configured, plaintext is refused: its `signature` covers token, timestamp and nonce but
not the body, so any logged URL would authorise any body for the timestamp window.
"""

from __future__ import annotations

import hashlib

from bot.clock import Clock, epoch_s
from bot.errors import ForbiddenCallbackError, MalformedCallbackError
from bot.inbound import Channel, Inbound, Kind
from bot.outbound import Outbound
from bot.settings import OfficialAccount
from bot.webhook.base import (
    SUCCESS,
    Opened,
    checked_timestamp,
    first_fit,
    fits_xml_passive,
    fold_passive,
    render_xml_reply,
    seal_reply,
)
from bot.webhook.cipher import CallbackCipher
from bot.webhook.request import CallbackRequest, CallbackResponse
from bot.webhook.signing import check_signature
from bot.webhook.xml_inbound import to_inbound
from bot.webhook.xmlsafe import parse_xml

# Callbacks a passive reply reaches the follower from (messages and their own actions).
REPLYABLE = frozenset({Kind.TEXT, Kind.IMAGE, Kind.VOICE, Kind.VIDEO, Kind.SHORTVIDEO, Kind.LOCATION, Kind.LINK,
                       Kind.SUBSCRIBE, Kind.SCAN, Kind.MENU_CLICK, Kind.MENU_SCAN, Kind.MENU_PHOTO,
                       Kind.MENU_LOCATION, Kind.UNKNOWN})


PLAINTEXT_REFUSED = ("plaintext callback refused: an EncodingAESKey is configured, so WeChat sends compatible or "
                     "safe mode")


class OfficialAccountEndpoint:
    channel = Channel.OA

    def __init__(self, *, brand: str, account: OfficialAccount, clock: Clock, tolerance_s: int) -> None:
        self.brand = brand
        self.account = account
        self.clock = clock
        self.tolerance_s = tolerance_s
        self.cipher = (
            CallbackCipher(token=account.token, aes_keys=account.aes_keys, receive_id=account.appid)
            if account.aes_keys else None
        )

    def handshake(self, request: CallbackRequest) -> CallbackResponse:
        """Echo `echostr` when `signature` = sha1(sorted(token, timestamp, nonce))."""
        check_signature(request.param("signature"), self.account.token.reveal(),
                        request.param("timestamp"), request.param("nonce"))
        checked_timestamp(request, clock=self.clock, tolerance_s=self.tolerance_s)
        echostr = request.param("echostr")
        if not echostr:
            raise MalformedCallbackError("missing echostr")
        return CallbackResponse(body=echostr.encode("utf-8"))

    def open(self, request: CallbackRequest) -> Opened:
        mode = request.param("encrypt_type").lower()
        # No encrypt_type but a msg_signature (how WeCom and wechatpy's decrypt_message take a callback): encrypted
        # when the body carries an Encrypt, whose msg_signature is checked as in safe mode; else plaintext, refused.
        encrypted = mode == "aes" or (not mode and self.cipher is not None and bool(request.param("msg_signature")))
        timestamp, nonce = request.param("timestamp"), request.param("nonce")
        token = self.account.token.reveal()
        compatible: dict | None = None
        if encrypted and self.cipher is None:
            # Compatible mode on an account configured without its EncodingAESKey: the body's plaintext part is read
            # under the plaintext signature, exactly as plain mode (compatible mode exists for this); safe mode
            # carries nothing readable without the key.
            compatible = {name: value for name, value in parse_xml(request.body).items() if name != "Encrypt"}
            if not compatible.get("MsgType"):
                raise ForbiddenCallbackError("encrypted callback, but no EncodingAESKey is configured")
            encrypted = False
        if encrypted:
            if self.cipher is None:  # not reached (compatible above): narrows the type
                raise ForbiddenCallbackError("encrypted callback, but no EncodingAESKey is configured")
            if request.param("signature"):
                check_signature(request.param("signature"), token, timestamp, nonce)
            envelope = parse_xml(request.body)
            encrypt = envelope.get("Encrypt")
            if (not isinstance(encrypt, str) or not encrypt) and mode != "aes":
                raise ForbiddenCallbackError(PLAINTEXT_REFUSED)
            if not isinstance(encrypt, str) or not encrypt:
                raise MalformedCallbackError("encrypted callback without an Encrypt field")
            plaintext, key_index = self.cipher.open(signature=request.param("msg_signature"), timestamp=timestamp,
                                                    nonce=nonce, encrypt=encrypt)
            checked_timestamp(request, clock=self.clock, tolerance_s=self.tolerance_s)
            fields = parse_xml(plaintext)
        else:
            if self.cipher is not None:  # the plaintext signature does not cover the body: never trust one here
                raise ForbiddenCallbackError(PLAINTEXT_REFUSED)
            check_signature(request.param("signature"), token, timestamp, nonce)
            checked_timestamp(request, clock=self.clock, tolerance_s=self.tolerance_s)
            fields, key_index = (compatible if compatible is not None else parse_xml(request.body)), 0
        inbound = to_inbound(fields, brand=self.brand, channel=Channel.OA,
                             account=self.account.appid or str(fields.get("ToUserName", "")),
                             received_at=self.clock.now(), pushes=bool(self.account.sends))
        unsigned_body = None if encrypted else (timestamp, nonce,
                                                hashlib.blake2b(request.body, digest_size=16).hexdigest())
        return Opened(inbound=inbound, reply_state={"encrypted": encrypted, "key_index": key_index},
                      unsigned_body=unsigned_body)

    def fits_passive(self, inbound: Inbound, message: Outbound) -> bool:
        return inbound.kind in REPLYABLE and fits_xml_passive(message)

    def split_passive(self, inbound: Inbound, messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
        """Passive first; an account with no customer-service messages (SIYU_OA_ACCOUNT, SIYU_OA_VERIFIED, or no
        SIYU_OA_SECRET) puts the whole answer in the passive reply, its only way to answer. A body without
        FromUserName names nobody to answer: neither a passive reply to no one nor sends to an empty openid."""
        if not inbound.user_id:
            return None, []
        if "customer_service" not in self.account.sends:
            return fold_passive(self, inbound, messages)
        return first_fit(self, inbound, messages)

    def render(self, opened: Opened, message: Outbound | None) -> CallbackResponse:
        if message is None:
            return SUCCESS
        inbound = opened.inbound
        xml = render_xml_reply(message, source=inbound.raw_text("ToUserName"), target=inbound.user_id, wecom=False,
                               created_s=epoch_s(self.clock.now()))
        if not opened.reply_state.get("encrypted") or self.cipher is None:
            return CallbackResponse(body=xml.encode(), content_type="application/xml; charset=utf-8")
        return seal_reply(xml, cipher=self.cipher, key_index=opened.reply_state["key_index"], clock=self.clock)

