"""`help` / 帮助 lists what the bot can do, from the summaries of the registered handlers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from handlers.common import command_text, is_text, reply_locale

HELP_WORDS = frozenset({"help", "帮助", "菜单", "menu", "?", "？", "h", "功能"})
HEADER = {"zh": "我可以帮你：", "en": "Here is what I can do:"}


class HelpHandler:
    name = "help"
    summary: ClassVar[Mapping[str, str]] = {"zh": "帮助：显示这个菜单", "en": "help: show this menu"}

    def __init__(self, summaries: Callable[[str], list[str]]) -> None:
        self._summaries = summaries  # Router.summaries: the menu follows what is registered

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        return Match() if is_text(inbound) and command_text(inbound) in HELP_WORDS else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        lines = [HEADER[locale], *(f"• {line}" for line in self._summaries(locale))]
        return Result(messages=(Text(text="\n".join(lines)),))
