"""Small pure helpers shared by handlers: text normalisation, locale, predicates."""

from __future__ import annotations

import re
import unicodedata

from bot.inbound import Inbound, Kind
from bot.store.members import Member

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), lower case, trimmed; `＠Bot ＨＥＬＰ` → `@bot help`."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def command_text(inbound: Inbound) -> str:
    """The text a person typed, without a leading @-mention (group bots receive "@Bot help")."""
    text = normalize(inbound.text)
    if inbound.in_group and text.startswith("@"):
        text = text.split(maxsplit=1)[1] if " " in text else ""
    return text.strip(" \t\r\n.!?。！？")


def locale_for(inbound: Inbound, member: Member | None, default: str = "zh") -> str:
    """Answer in the language the person wrote in; else their stored locale; else the brand's."""
    if inbound.text:
        return "zh" if _CJK.search(inbound.text) else "en"
    if member is not None and member.locale in ("zh", "en"):
        return member.locale
    return default


def is_text(inbound: Inbound) -> bool:
    return inbound.kind is Kind.TEXT or (inbound.kind is Kind.VOICE and bool(inbound.text))
