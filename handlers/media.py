"""What the bot cannot read: a photo, a voice note WeChat did not transcribe, a video, a file, sent 1:1.

Silence would leave a follower who sent a photo of their skin, or asked by voice, wondering whether anyone is
there; the passive reply costs nothing, so it says what the bot reads (text) and how to reach a person. Once in a
while only (MEDIA_QUIET_S): a burst of nine photos gets one answer. In groups nothing (the bot is not asked there
unless @-mentioned in text). A transcribed voice note (`<Recognition>`) is text to every handler; a location is
handlers/location.py's. A shared article or web page (a link message) gets what a typed link gets: the bot cannot
open it, say the question in words (it got silence, lead27). What WeChat could not show the Official Account (an
animated sticker, a red packet, a Channels post) arrives as the text UNSUPPORTED_PLACEHOLDER: media too, not a
question to note for managers. While a person is on the way the handoff handler, registered before this one, keeps
the bot quiet.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Channel, Inbound, Kind
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from handlers.common import brand_text, offer_text, reply_locale

UNREAD_KINDS = frozenset({Kind.IMAGE, Kind.VOICE, Kind.VIDEO, Kind.SHORTVIDEO, Kind.FILE})
MEDIA_FIELD = "mq"  # when the member was last told (epoch s, from inbound.sent_at)
MEDIA_QUIET_S = 600
UNREAD = {"zh": "我暂时只看得懂文字消息 🙏 请把问题打字发给我；需要同事帮你看，请回复【人工】。",
          "en": 'I can only read text messages for now 🙏 Please type your question, or reply "agent" if you\'d '
                "like a person to take a look."}
UNREAD_ALONE = {"zh": "我暂时只看得懂文字消息 🙏 请把问题打字发给我。",  # nobody to tell (handlers.common.offer_text)
                "en": "I can only read text messages for now 🙏 Please type your question."}
LINK_UNSEEN = {"zh": "我打不开链接 🙏 请用文字告诉我你想问什么，比如产品名称或订单问题。",
               "en": "I can't open links 🙏 Please tell me in words what you'd like to ask, e.g. a product's name or "
                     "your order question."}
# The text WeChat delivers for what it cannot show an Official Account (found in many public bots' code, which
# answer it as a sticker).
UNSUPPORTED_PLACEHOLDER = "【收到不支持的消息类型，暂无法显示】"


class MediaHandler:
    name = "media"
    summary: ClassVar[Mapping[str, str]] = {}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if inbound.in_group:
            return None
        if inbound.kind is Kind.LINK:
            return Match({"link": True})
        if inbound.text:
            return Match() if inbound.text.strip() == UNSUPPORTED_PLACEHOLDER else None
        if inbound.kind not in UNREAD_KINDS:
            return None
        if inbound.kind is Kind.FILE and inbound.channel is Channel.OA:
            return None  # no such Official Account message (docs/platform.md §1.6): nothing passive could answer it
        return Match()

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        now_s = int(inbound.sent_at.timestamp())
        told = member.get(MEDIA_FIELD) if member is not None else ""
        if told.isdigit() and 0 <= now_s - int(told) < MEDIA_QUIET_S:
            return Result()
        locale = reply_locale(inbound, member, content)
        text = brand_text(content, "link_unseen", locale, LINK_UNSEEN) if match.data.get("link") else \
            offer_text(content, "media_unread", locale, UNREAD, UNREAD_ALONE)
        return Result(messages=(Text(text=text),), set_fields={MEDIA_FIELD: str(now_s)})
