"""Small pure helpers shared by handlers: the command text and predicates."""

from __future__ import annotations

from bot.inbound import Inbound, Kind
from bot.text import has_cjk, locale_for, normalize

__all__ = ["command_text", "has_cjk", "is_text", "locale_for", "normalize"]


def command_text(inbound: Inbound) -> str:
    """The text a person typed, without a leading @-mention (group bots receive "@Bot help")."""
    text = normalize(inbound.text)
    if inbound.in_group and text.startswith("@"):
        text = text.split(maxsplit=1)[1] if " " in text else ""
    return text.strip(" \t\r\n.!?。！？")


def is_text(inbound: Inbound) -> bool:
    return inbound.kind in (Kind.TEXT, Kind.MIXED) or (inbound.kind is Kind.VOICE and bool(inbound.text))
