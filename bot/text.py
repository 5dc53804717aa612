"""Text helpers shared by the core and the handlers: normalisation and the reply language."""

from __future__ import annotations

import re
import unicodedata

from bot.inbound import Inbound
from bot.store.members import Member

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def normalize(text: str) -> str:
    """NFKC (full-width to half-width), lower case, trimmed; `＠Bot ＨＥＬＰ` → `@bot help`."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def has_cjk(text: str) -> bool:
    return CJK.search(text) is not None


def locale_for(inbound: Inbound, member: Member | None, default: str = "zh") -> str:
    """Answer in the language the person wrote in; else their stored locale; else the brand's."""
    if inbound.text:
        return "zh" if has_cjk(inbound.text) else "en"
    if member is not None and member.locale in ("zh", "en"):
        return member.locale
    return default
