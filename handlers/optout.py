"""Opt-out and resume: 退订 / TD / STOP / unsubscribe stop every proactive send at once; 订阅 / START
/ subscribe turn them back on. Registered first, so no other handler can swallow the words.

Only a message that is exactly one of the words counts ("how do I stop acne" is a question). The
member field "oo" = "1" marks an opted-out member; sequences, campaigns, drops and, at the last
moment, the delivery layer skip them. Replies to the member's own messages still go out.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import F_LOCALE, F_OPTED_OUT, Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import LOCALES, detect_locale, normalize
from handlers.common import brand_name, brand_text, has_cjk, is_text, terms

# The words themselves are the content's (bot.content.model.OPT_OUT_WORDS / RESUME_WORDS, always
# included, plus brand.yaml's own), so the validator and this handler read one list.
# Latin words that are Chinese conventions: a member who sends them reads Chinese by default.
CHINESE_CONVENTIONS = frozenset({"td", "t"})

OPTED_OUT = {"zh": '已为你退订{brand}的推送消息。想重新接收，请回复"{resume_word}"。',
             "en": 'You\'ve unsubscribed from {brand} updates. Reply "{resume_word}" to get them again.'}
RESUMED = {"zh": "已恢复订阅{brand}的推送消息。", "en": "You're subscribed to {brand} updates again."}


class OptOutHandler:
    name = "optout"
    summary: ClassVar[Mapping[str, str]] = {"zh": "退订 / 恢复订阅：停止或恢复推送消息",
                                            "en": "unsubscribe / resume: stop or restart updates"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound):
            return None
        text = terms(inbound)
        if not text:
            return None
        if text in _words(content.brand.opt_out_words):
            return Match({"opt_out": True, "word": text})
        if text in _words(content.brand.resume_words):
            return Match({"opt_out": False, "word": text})
        return None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        word = match.data["word"]
        locale = _locale(word, member, content)
        brand = brand_name(content, locale)
        fields = {"word": word, "channel": str(inbound.channel)}
        language = {F_LOCALE: locale}  # the language answered in stays the member's: "STOP" is no English
        if match.data["opt_out"]:
            text = brand_text(content, "opted_out", locale, OPTED_OUT, brand=brand,
                              resume_word=_resume_word(content, locale))
            return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: "1", **language},
                          events=(("optout", fields),))
        text = brand_text(content, "resumed", locale, RESUMED, brand=brand)
        return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: "", **language},
                      events=(("optin", fields),))


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> frozenset[str]:
    """Cached per word list: every text message asks, and the lists change only with the content."""
    return frozenset(normalize(word) for word in words)


def _locale(word: str, member: Member | None, content: Content) -> str:
    """The one reply-language rule with the evidence reordered: a one-word command says little, so the
    member's stored language wins; else the word's, where TD and T say nothing (they are conventions of
    Chinese SMS, answered in the brand's default language)."""
    if member is not None and member.locale in LOCALES:
        return member.locale
    return detect_locale("" if word in CHINESE_CONVENTIONS else word, content.brand.default_locale)


def _resume_word(content: Content, locale: str) -> str:
    """The word to tell the member for coming back: the list's first in their language (the
    always-honoured words lead, so a brand's own list cannot make the hint obscure)."""
    words = content.brand.resume_words
    for word in words:
        if has_cjk(word) == (locale == "zh"):
            return word
    return words[0]
