"""Text helpers the core and the handlers share: command folding and the reply language.

Matching text (punctuation dropped, CJK aware) lives in bot/content/text.py; this module reuses its
CJK test rather than keeping a second one.
"""

from __future__ import annotations

import unicodedata

from bot.content.text import has_cjk
from bot.inbound import Inbound
from bot.store.members import Member

__all__ = ["fold", "has_cjk", "locale_for"]


def fold(text: str) -> str:
    """NFKC (full-width to half-width), lower case, trimmed, punctuation kept: `＠Bot ＨＥＬＰ` →
    `@bot help`. For commands and keys, where "@" and "?" still mean something."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def locale_for(inbound: Inbound, member: Member | None, default: str = "zh") -> str:
    """Answer in the language the person wrote in; else their stored locale; else the brand's."""
    if inbound.text:
        return "zh" if has_cjk(inbound.text) else "en"
    if member is not None and member.locale in ("zh", "en"):
        return member.locale
    return default
