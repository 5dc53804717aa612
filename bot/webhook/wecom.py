"""WeCom callbacks (self-built app and customer contact): always encrypted, receive id = CorpID.

The GET handshake decrypts `echostr` and answers the bare plaintext within 1 s, doing no other IO
(PLATFORM.md §3.1). Customer-contact and group events come from "sys": no passive reply reaches a
customer, so their answers (the welcome with its WelcomeCode) go through the high queue.
"""

from __future__ import annotations

from bot.clock import Clock, epoch_s
from bot.errors import MalformedCallbackError
from bot.inbound import Channel, Inbound, Kind
from bot.outbound import Outbound
from bot.settings import WeComApp
from bot.webhook.base import (
    SUCCESS,
    Opened,
    checked_timestamp,
    encrypted_handshake,
    first_fit,
    fits_xml_passive,
    fold_passive,
    render_xml_reply,
    seal_reply,
)
from bot.webhook.cipher import CallbackCipher
from bot.webhook.request import CallbackRequest, CallbackResponse
from bot.webhook.xml_inbound import to_inbound
from bot.webhook.xmlsafe import parse_xml

REPLYABLE = frozenset({Kind.TEXT, Kind.IMAGE, Kind.VOICE, Kind.VIDEO, Kind.LOCATION, Kind.LINK, Kind.FILE,
                       Kind.MENU_CLICK, Kind.ENTER_AGENT, Kind.SUBSCRIBE, Kind.MENU_SCAN, Kind.MENU_PHOTO,
                       Kind.MENU_LOCATION, Kind.UNKNOWN})


class WeComEndpoint:
    channel = Channel.WECOM

    def __init__(self, *, brand: str, app: WeComApp, clock: Clock, tolerance_s: int) -> None:
        self.brand = brand
        self.app = app
        self.clock = clock
        self.tolerance_s = tolerance_s
        self.cipher = CallbackCipher(token=app.token, aes_keys=app.aes_keys, receive_id=app.corp_id)

    def handshake(self, request: CallbackRequest) -> CallbackResponse:
        return encrypted_handshake(request, cipher=self.cipher, clock=self.clock, tolerance_s=self.tolerance_s)

    def open(self, request: CallbackRequest) -> Opened:
        envelope = parse_xml(request.body)
        encrypt = envelope.get("Encrypt")
        if not isinstance(encrypt, str) or not encrypt:
            raise MalformedCallbackError("WeCom callback without an Encrypt field")
        plaintext, key_index = self.cipher.open(signature=request.param("msg_signature"),
                                                timestamp=request.param("timestamp"),
                                                nonce=request.param("nonce"), encrypt=encrypt)
        checked_timestamp(request, clock=self.clock, tolerance_s=self.tolerance_s)
        fields = parse_xml(plaintext)
        inbound = to_inbound(fields, brand=self.brand, channel=Channel.WECOM, account=self.app.corp_id,
                             received_at=self.clock.now())
        return Opened(inbound=inbound, reply_state={"key_index": key_index})

    def fits_passive(self, inbound: Inbound, message: Outbound) -> bool:
        return inbound.kind in REPLYABLE and inbound.user_id not in ("", "sys") and fits_xml_passive(message)

    def split_passive(self, inbound: Inbound, messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
        """Passive first; an app without its secret (SIYU_WECOM_SECRET) cannot send message/send or kf messages,
        so the whole answer goes in the passive reply where it fits (cards as their tracked links)."""
        if not self.app.sends:
            return fold_passive(self, inbound, messages)
        return first_fit(self, inbound, messages)

    def render(self, opened: Opened, message: Outbound | None) -> CallbackResponse:
        if message is None:
            return SUCCESS
        inbound = opened.inbound
        source = inbound.raw_text("ToUserName") or self.app.corp_id
        xml = render_xml_reply(message, source=source, target=inbound.user_id, wecom=True,
                               created_s=epoch_s(self.clock.now()), agent_id=inbound.agent_id or self.app.agent_id)
        return seal_reply(xml, cipher=self.cipher, key_index=opened.reply_state.get("key_index", 0), clock=self.clock)
