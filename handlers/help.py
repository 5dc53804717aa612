"""`help` / 帮助 lists what the bot can do, from the summaries of the registered handlers."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from handlers.common import command_text, is_text, reply_locale, terms

HELP_WORDS = frozenset({"help", "帮助", "菜单", "menu", "?", "？", "h", "功能"})
# Asking what the bot does in one's own words, as a whole message (normalised: bot.text.terms), Chinese or English
# ("你能做什么", "你有什么功能", "what can you do", "help please"). Whole message only: "what can you do for dry skin"
# and "help me 找工作" ask for something else.
HELP_ASKS = re.compile("|".join((
    r"(?:你|你们|机器人)?(?:能|会|可以)(?:帮我|为我|帮忙)?(?:做|干)?(?:些)?(?:什么|啥)(?:事|呀|啊|呢|吗)?",
    r"(?:你|你们|机器人)?有(?:什么|哪些|啥)(?:功能|服务|用)(?:呀|啊|呢|吗)?",
    r"(?:帮助|菜单|功能) ?(?:一下|吧|呀|please|pls|谢谢)",
    r"(?:so |hi |hey )?what (?:can|do) (?:you|u) do(?: for me)?",
    r"what can (?:you|u) help(?: me)?(?: with)?",
    r"how (?:can|do) (?:you|u) help(?: me)?",
    r"what can i ask(?: you)?",
    r"(?:help|menu) (?:please|pls|plz|me)",
    # asking for help with nothing named yet ("能帮忙吗", "can you help me"): the menu says what to ask
    r"(?:你|你们)?(?:能|可以|能不能|可不可以)?(?:帮帮我|帮我|帮(?:个)?忙|帮下我)(?:一下|下)?(?:吗|吧|嘛|呀|啊|么)?",
    r"求助|求帮忙",
    r"(?:(?:can|could|would) (?:you|u) )?(?:please |pls |plz )?help(?: me)?(?: out)?(?: please| pls| plz)?",
    r"(?:i )?need (?:some )?help(?: please| pls| plz)?",
)))
HEADER = {"zh": "我可以帮你：", "en": "Here is what I can do:"}


class HelpHandler:
    name = "help"
    summary: ClassVar[Mapping[str, str]] = {"zh": "帮助：显示这个菜单", "en": "help: show this menu"}

    def __init__(self, summaries: Callable[[str], list[tuple[str, str]]]) -> None:
        self._summaries = summaries  # Router.named_summaries: the menu follows what is registered

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound):
            return None
        return Match() if command_text(inbound) in HELP_WORDS or content.remembered(_asks_for_help)(terms(inbound)) \
            else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        lines = [HEADER[locale], *(f"• {line}" for name, line in self._summaries(locale)
                                   if name not in _cannot_offer(inbound, content))]
        return Result(messages=(Text(text="\n".join(lines)),))


def _asks_for_help(text: str, content: Content) -> bool:
    """The normalised message asks what the bot can do (HELP_ASKS). Text-only (Content.remembered: a regex over
    every text message that reaches help, once per text)."""
    return HELP_ASKS.fullmatch(text) is not None


def _cannot_offer(inbound: Inbound, content: Content) -> frozenset[str]:
    """Handlers whose line would promise what this deployment cannot keep: a person when nobody can be told
    (handoff.yaml's staff unreachable: 人工 answers "nobody available"), and stopping or restarting pushes on an
    account that sends none (an unverified Official Account) or in a group, whose posts go to everyone (the
    opt-out words still work and say so)."""
    left_out = set()
    if not content.handoff.reachable:
        left_out.add("handoff")
    if not inbound.pushes or inbound.in_group:
        left_out.add("optout")
    return frozenset(left_out)
