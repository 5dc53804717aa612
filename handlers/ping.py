"""`ping` answers `pong`: the simplest proof that a channel is wired end to end."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from handlers.common import command_text, is_text


class PingHandler:
    name = "ping"
    summary: ClassVar[Mapping[str, str]] = {"zh": "ping：检查机器人是否在线", "en": "ping: is the bot online?"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        return Match() if is_text(inbound) and command_text(inbound) == "ping" else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        return Result(messages=(Text(text="pong"),))
