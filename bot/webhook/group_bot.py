"""WeCom intelligent bot (智能机器人) callbacks: @-mentions in groups and 1:1 chats.

Always encrypted JSON with receive id "" (doc 101033; PLATFORM.md §8.7 warns that a helper insisting
on a CorpID rejects every message). Replies are encrypted JSON whose `nonce` must be the callback's
own. A message is answered with one finished `stream` (markdown); `text` is allowed only for
`enter_chat` (doc 101031). See docs/platform.md §2 and §7.
"""

from __future__ import annotations

import json
import re

from bot.clock import Clock, epoch_s
from bot.errors import MalformedCallbackError
from bot.inbound import Channel, Inbound, Kind
from bot.outbound import Image, Link, Markdown, MiniProgram, News, Outbound, Text, plain_text
from bot.settings import GroupBot
from bot.webhook.base import Opened, checked_timestamp, encrypted_handshake
from bot.webhook.cipher import CallbackCipher
from bot.webhook.json_inbound import to_inbound, without_lone_surrogates
from bot.webhook.request import CallbackRequest, CallbackResponse

STREAM_MAX_BYTES = 20480  # stream.content limit (doc 101031)
REPLYABLE = frozenset({Kind.TEXT, Kind.MIXED, Kind.VOICE, Kind.IMAGE, Kind.FILE, Kind.VIDEO, Kind.ENTER_CHAT})
# "\ud800".."\udfff" escapes: JSON may carry half of a UTF-16 pair, which Python keeps as a lone surrogate
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
# Nothing to say: an empty 200 (doc 101033 allows it). Not the Official Account's `success`, a plain word where this
# protocol answers encrypted JSON.
EMPTY = CallbackResponse(body=b"")


class GroupBotEndpoint:
    channel = Channel.GROUP_BOT

    def __init__(self, *, brand: str, bot: GroupBot, clock: Clock, tolerance_s: int) -> None:
        self.brand = brand
        self.bot = bot
        self.clock = clock
        self.tolerance_s = tolerance_s
        self.cipher = CallbackCipher(token=bot.token, aes_keys=bot.aes_keys, receive_id="")

    def handshake(self, request: CallbackRequest) -> CallbackResponse:
        return encrypted_handshake(request, cipher=self.cipher, clock=self.clock, tolerance_s=self.tolerance_s)

    def open(self, request: CallbackRequest) -> Opened:
        envelope = _json_object(request.body, what="body")
        encrypt = envelope.get("encrypt")
        if not isinstance(encrypt, str) or not encrypt:
            raise MalformedCallbackError("callback without an encrypt field")
        nonce = request.param("nonce")
        plaintext, key_index = self.cipher.open(signature=request.param("msg_signature"),
                                                timestamp=request.param("timestamp"), nonce=nonce, encrypt=encrypt)
        checked_timestamp(request, clock=self.clock, tolerance_s=self.tolerance_s)
        data = _json_object(plaintext.encode("utf-8"), what="decrypted payload")
        inbound = to_inbound(data, brand=self.brand, account=self.bot.bot_id, received_at=self.clock.now())
        return Opened(inbound=inbound, reply_state={"key_index": key_index, "nonce": nonce})

    def fits_passive(self, inbound: Inbound, message: Outbound) -> bool:
        return inbound.kind in REPLYABLE and as_markdown(message) is not None

    def split_passive(self, inbound: Inbound, messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
        """Everything that reads as markdown goes into the one finished stream reply: the
        response_url for anything later is usable once (doc 101138), so nothing is left to it
        that the reply itself can carry."""
        if inbound.kind not in REPLYABLE:
            return None, list(messages)
        parts = [part for part in (as_markdown(m) for m in messages) if part is not None]
        rest = [m for m in messages if as_markdown(m) is None]
        if not parts:
            return None, rest
        return Markdown(text="\n\n".join(parts)), rest

    def render(self, opened: Opened, message: Outbound | None) -> CallbackResponse:
        if message is None:
            return EMPTY
        inbound = opened.inbound
        content = plain_text(message)
        if inbound.kind is Kind.ENTER_CHAT:
            reply = {"msgtype": "text", "text": {"content": content}}
        else:
            # `feedback.id` turns on the reply's accurate / inaccurate buttons (the published sample,
            # tests/published/messages/aibot/aibot_reply_stream.json); a mark comes back as feedback_event with
            # this id, and "accurate" counts as the member's `helpful` (docs/leaders.md).
            reply = {"msgtype": "stream", "stream": {"id": f"s{inbound.dedupe_key[:20]}", "finish": True,
                                                     "content": _truncate(content, STREAM_MAX_BYTES),
                                                     "feedback": {"id": f"f{inbound.dedupe_key[:60]}"}}}
        sealed = self.cipher.seal(json.dumps(reply, ensure_ascii=False), nonce=opened.reply_state["nonce"],
                                  timestamp=str(epoch_s(self.clock.now())),
                                  key_index=opened.reply_state.get("key_index", 0))
        body = {"encrypt": sealed.encrypt, "msgsignature": sealed.signature, "timestamp": int(sealed.timestamp),
                "nonce": sealed.nonce}
        return CallbackResponse(body=json.dumps(body).encode(), content_type="application/json; charset=utf-8")


def as_markdown(message: Outbound) -> str | None:
    """The message as stream markdown, or None where markdown cannot carry it (an image)."""
    match message:
        case Text(text=text) | Markdown(text=text):
            return text
        case Link(title=title, url=url, description=description):
            return f"[{title}]({url})" + (f"\n{description}" if description else "")
        case News(articles=articles):
            return "\n".join(f"- [{a.title}]({a.url})" for a in articles)
        case MiniProgram(title=title, fallback_url=url):
            return f"[{title}]({url})" if url else None
        case Image():
            return None
    return plain_text(message)


def _truncate(text: str, limit_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit_bytes:
        return text
    return encoded[: limit_bytes - 3].decode("utf-8", "ignore") + "…"


def _json_object(raw: bytes, *, what: str) -> dict:
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except UnicodeDecodeError as exc:
        raise MalformedCallbackError(f"{what} is not UTF-8") from exc
    # ValueError covers JSONDecodeError and an integer past Python's digit limit ({"encrypt": 999...});
    # RecursionError: "[[[[..." nesting bombs
    except (ValueError, RecursionError) as exc:
        raise MalformedCallbackError(f"{what} is not valid JSON") from exc
    if not isinstance(data, dict):
        raise MalformedCallbackError(f"{what} is not a JSON object")
    if _SURROGATE_ESCAPE.search(text):  # rare: a pair cut in half; no UTF-8 encoder (OpenCC, Redis) takes one
        return without_lone_surrogates(data)
    return data
