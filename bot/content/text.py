"""Text normalisation shared by the content validator and the FAQ matcher. Pure, no IO.

Both must agree on what "the same word" means, or validation would accept duplicates the matcher
cannot tell apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.content.model import EN, ZH

CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RE = re.compile(f"[{CJK_RANGES}]")


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


@lru_cache(maxsize=4096)  # every handler folds the same message again: ~24 calls per callback
def normalize(text: str) -> str:
    """Half-width, case-folded, punctuation and emoji as spaces, single spaces, no apostrophes.

    NFKC folds full-width letters, digits and punctuation (Ｓｈｉｐｐｉｎｇ？ -> shipping?) and
    compatibility forms; apostrophes are dropped so "don't" and "dont" meet.
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("'", "").replace("\u2019", "")
    chars = [ch if ch.isalnum() else " " for ch in text]
    return " ".join("".join(chars).split())


def detect_locale(text: str, hint: str | None = None) -> str:
    """zh if the text has Chinese, en if it has other letters, else the hint (or zh).

    Mixed messages ("shipping 到多伦多") count as Chinese: a member who writes any Chinese reads it.
    """
    if has_cjk(text):
        return ZH
    if any(ch.isalpha() for ch in text):
        return EN
    return hint if hint in (ZH, EN) else ZH
