"""Opt-out and resume: 退订 / TD / STOP / unsubscribe stop every proactive send at once; 订阅 / START
/ subscribe turn them back on. Registered first, so no other handler can swallow the words.

Only a message that is exactly one of the words counts ("how do I stop acne" is a question). The
member field "oo" = "1" marks an opted-out member; sequences, campaigns, drops and, at the last
moment, the delivery layer skip them. Replies to the member's own messages still go out.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, ClassVar

from bot.inbound import Inbound
from bot.member import F_OPTED_OUT, Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import brand_name, brand_text, has_cjk, is_text, terms

# Always honoured, whatever brand.yaml lists (brand.yaml's opt_out_words / resume_words add to these).
# "TD" and "T" are the conventional Chinese SMS replies for 退订.
OPT_OUT_WORDS = ("退订", "TD", "T", "STOP", "unsubscribe", "取消订阅")
RESUME_WORDS = ("订阅", "START", "恢复", "subscribe", "恢复订阅", "resume")
# Latin words that are Chinese conventions: a member who sends them reads Chinese by default.
CHINESE_CONVENTIONS = frozenset({"td", "t"})

OPTED_OUT = {"zh": '已为你退订{brand}的推送消息。想重新接收，请回复"{resume_word}"。',
             "en": 'You\'ve unsubscribed from {brand} updates. Reply "{resume_word}" to get them again.'}
RESUMED = {"zh": "已恢复订阅{brand}的推送消息。", "en": "You're subscribed to {brand} updates again."}


class OptOutHandler:
    name = "optout"
    summary: ClassVar[Mapping[str, str]] = {"zh": "退订 / 恢复订阅：停止或恢复推送消息",
                                            "en": "unsubscribe / resume: stop or restart updates"}

    def match(self, inbound: Inbound, member: Member | None, content: Any) -> Match | None:
        if not is_text(inbound):
            return None
        text = terms(inbound)
        if not text:
            return None
        if text in _words(OPT_OUT_WORDS, content.brand.opt_out_words):
            return Match({"opt_out": True, "word": text})
        if text in _words(RESUME_WORDS, content.brand.resume_words):
            return Match({"opt_out": False, "word": text})
        return None

    def handle(self, inbound: Inbound, member: Member | None, content: Any, match: Match) -> Result:
        word = match.data["word"]
        locale = _locale(word, member, content)
        brand = brand_name(content, locale)
        fields = {"word": word, "channel": str(inbound.channel)}
        if match.data["opt_out"]:
            text = brand_text(content, "opted_out", locale, OPTED_OUT, brand=brand,
                              resume_word=_resume_word(content, locale))
            return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: "1"}, events=(("optout", fields),))
        text = brand_text(content, "resumed", locale, RESUMED, brand=brand)
        return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: ""}, events=(("optin", fields),))


@lru_cache(maxsize=64)
def _words(defaults: tuple[str, ...], brand_words: tuple[str, ...]) -> frozenset[str]:
    """Cached per word list: every text message asks, and the lists change only with the content."""
    return frozenset(normalize(word) for word in (*defaults, *brand_words))


def _locale(word: str, member: Member | None, content: Any) -> str:
    """The member's language when known; else the word's (a Chinese word, or TD, reads Chinese)."""
    if member is not None and member.locale in ("zh", "en"):
        return member.locale
    if has_cjk(word):
        return "zh"
    return content.brand.default_locale if word in CHINESE_CONVENTIONS else "en"


def _resume_word(content: Any, locale: str) -> str:
    """The word to tell the member for coming back, in their language (brand.yaml's first)."""
    words = (*content.brand.resume_words, *RESUME_WORDS)
    for word in words:
        if has_cjk(word) == (locale == "zh"):
            return word
    return words[0]
