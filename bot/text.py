"""The one text module: normalising, command folding, the CJK test, the words a message says and the
language to reply in. Pure, no IO; the content validator, the FAQ matcher, the handlers and the
webhook's group guard all read text through it, so "the same word" and "the reply language" mean one
thing everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

import opencc

from bot.inbound import Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery, Outbound, with_words

ZH = "zh"
EN = "en"
LOCALES = (ZH, EN)

CJK_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
_CJK_RE = re.compile(f"[{CJK_RANGES}]")

# A built-in WeChat sticker arrives as its name in square brackets, in the sender's client language: [微笑], [强],
# [Smile], [ThumbsUp], [Bah!R], [Pooh-pooh] (the names change between client versions, so the shape is matched, not
# a list). It says no word: normalize drops it as it drops an emoji, so "[微笑]" alone is small talk and "教程[微笑]"
# asks for the tutorials. Full-width brackets fold to these under NFKC; 【】 are Chinese quotes and stay. The older
# codes, still sent by some clients, start with "/:" ("/::)", "/::D", "/:strong", "/:rose"), each up to 8 characters
# of no space, slash or Chinese ("/::P/::P" is two).
STICKER_RE = re.compile(r"\[(?:[^\W\d_][\w!\-]{0,9}|666)\]|/:[^\s/\u3400-\u9fff]{1,8}")

__all__ = ["CJK_RANGES", "EN", "HK", "LOCALES", "SCRIPTS", "STICKER_RE", "TW", "ZH", "command_text", "copied_quote",
           "detect_locale", "fold", "has_cjk", "in_script", "is_ascii_number", "is_text", "normalize", "own_words",
           "proactive_in_script", "quoted_text",
           "reading_of", "reading_parts", "reply_locale", "reply_script", "settled_script", "simplified", "terms",
           "typed_script", "visible", "without_stickers", "words_in_script", "written_script"]


# Characters nobody sees that come pasted along with words: zero-width space / non-joiner / joiner, the
# left-to-right and right-to-left marks and embeddings, the word joiner and its invisible operators, the isolates,
# the byte-order mark (zero-width no-break space) and the soft hyphen. Between two characters they made "退\u200b订"
# two words (the returns policy answered, the opt-out never happened), and around a command ("\ufeffping")
# made it a question nobody could answer. Dropped before anything reads the words.
_INVISIBLE = dict.fromkeys((*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2065),
                            *range(0x2066, 0x206A), 0xFEFF, 0x00AD))


def visible(text: str) -> str:
    """`text` without the invisible format characters (_INVISIBLE) a paste may carry."""
    return text.translate(_INVISIBLE) if not text.isascii() else text


def longest_first(word: str) -> tuple[int, str]:
    """Sort key: longer words first, words of one length in alphabetical order. Why: sorted by length alone, a set's
    words of one length keep the set's iteration order, which changes with each process's hash seed, so a message
    holding two names of one length was read one way in one process and the other way in the next (a blind19
    message was answered in one benchmark run and not in the next)."""
    return -len(word), word


def has_cjk(text: str) -> bool:
    return _CJK_RE.search(text) is not None


# OpenCC's "t2s" (traditional to simplified, characters and phrases: 運費 -> 运费, 臺灣 -> 台湾) is
# loaded once; a converter is thread-safe for `convert`. Text with no Chinese skips it.
_TO_SIMPLIFIED = opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` with traditional Chinese characters as simplified ones (other text unchanged)."""
    return _TO_SIMPLIFIED.convert(text) if has_cjk(text) else text


# The script Siyu writes Chinese in for a member (bot.member.F_SCRIPT): "" simplified (the content's own), HK
# traditional as Hong Kong writes it (OpenCC s2hk), TW traditional as Taiwan's standard characters (s2tw). Both
# convert characters only: s2twp's vocabulary rewriting (软件 -> 軟體, 信息 -> 資訊) would rename products and
# change the brand's wording, so it is not used. docs/languages.md says why.
HK, TW = "hk", "tw"
SCRIPTS = ("", HK, TW)
_TO_SCRIPT = {HK: opencc.OpenCC("s2hk"), TW: opencc.OpenCC("s2tw")}
_TO_TRADITIONAL = _TO_SCRIPT[TW]
# Characters written in Cantonese and hardly ever in Mandarin, of either script, and a few Cantonese words of common
# characters: a traditional message with one is answered in Hong Kong's forms. 係 counts except in 關係 / 係數, which
# Taiwan writes too.
_CANTONESE = frozenset("㗎咩嘅唔佢係冇啲喺嘢咗嚟哋嗰乜嘥揾搵睇咁嚿嘞啱噉")
_CANTONESE_WORDS = ("幾多", "幾耐", "邊度", "邊個", "點樣", "而家", "依家", "多謝晒", "唔該")
_MANDARIN_WITH_係 = ("關係", "係數")
# A link keeps every character: its path or query may hold Chinese that must reach the server as written.
_LINK_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"'“”「」，。！？）)]+", re.IGNORECASE)


@lru_cache(maxsize=4096)
def written_script(text: str) -> str | None:
    """The script `text` is written in: HK or TW when it holds characters only traditional writing uses
    (converting it to simplified changes it; HK when it also reads as Cantonese), "" when it holds characters only
    simplified writing uses, None when it says nothing (no Chinese, or characters common to both scripts)."""
    if not has_cjk(text):
        return None
    if _TO_SIMPLIFIED.convert(text) != text:
        plain = text
        for word in _MANDARIN_WITH_係:
            plain = plain.replace(word, "")
        cantonese = not _CANTONESE.isdisjoint(plain) or any(word in text for word in _CANTONESE_WORDS)
        return HK if cantonese else TW
    return "" if _TO_TRADITIONAL.convert(text) != text else None


def reading_of(locale: str, script: str) -> str:
    """One key for what a batch of members reads, where one message goes to many (a mass send, a confirm task):
    the language, and for Chinese the script ("zh", "zh-hk", "zh-tw", "en")."""
    return f"{locale}-{script}" if locale == ZH and script in (HK, TW) else locale


def reading_parts(reading: str) -> tuple[str, str]:
    """(locale, script) of a `reading_of` key; a bare locale (as queued before scripts were) is simplified."""
    locale, _, script = reading.partition("-")
    return locale, (script if script in SCRIPTS else "")


def reply_script(text: str, known: str) -> str:
    """The script to answer `text` in: the one it is written in (as `settled_script` reads it), else the member's
    `known` one."""
    found = settled_script(written_script(text), known)
    return found if found is not None else (known if known in SCRIPTS else "")


def settled_script(found: str | None, known: str) -> str | None:
    """The script a message `found` written in says of a member whose `known` one it was: Hong Kong's forms stay
    through a traditional message with no Cantonese word in it ("幾點開門" after "你哋有冇門市" is the same writer,
    whose replies flipped from 温哥華 to 溫哥華 mid-chat; lead43). Taiwan's forms switch to Hong Kong's on a Cantonese
    message, and simplified switches back, as before."""
    return HK if found == TW and known == HK else found


def typed_script(inbound: Inbound) -> str | None:
    """`written_script` of what the member typed; None for what they did not type themselves: an event, a menu click
    or a msgmenu choice (their words are the content's, as Siyu wrote them), a voice message (WeChat's recognition
    picks the script)."""
    if inbound.kind not in _TYPED or inbound.menu_choice:
        return None
    return written_script(command_text(inbound))


def words_in_script(message: Outbound, script: str) -> Outbound:
    """`message` with the Chinese a person reads written in `script` (in_script through outbound.with_words)."""
    return with_words(message, lambda text: in_script(text, script)) if script else message


# Deliveries about a member that are not for them: a handoff's notice goes to staff (bot/webhook/effects.py).
_TO_STAFF = frozenset({"handoff"})


def proactive_in_script(delivery: Delivery, member: Member | None) -> Delivery:
    """`delivery` as its member reads it: a proactive send (a sequence step, a campaign, a reward; parked or not) in
    the member's script (F_SCRIPT) as it is when sent, so a switch back to simplified meanwhile counts. A reply to a
    callback (`in_reply_to`) was written in that message's script by the webhook pipeline and is sent as it is."""
    if member is None or not member.script or delivery.context.in_reply_to or delivery.purpose in _TO_STAFF:
        return delivery
    return replace(delivery, message=words_in_script(delivery.message, member.script),
                   attachments=tuple(words_in_script(a, member.script) for a in delivery.attachments))


@lru_cache(maxsize=2048)  # replies repeat (the same FAQ answer, the same lesson): converted once each
def in_script(text: str, script: str) -> str:
    """`text` (simplified Chinese, English, links) with its Chinese written in `script` (SCRIPTS); links and every
    other character unchanged. "" (simplified) returns it as it is."""
    convert = _TO_SCRIPT.get(script)
    if convert is None or not has_cjk(text):
        return text
    if "://" not in text and "www." not in text.lower():
        return convert.convert(text)
    parts: list[str] = []
    last = 0
    for link in _LINK_RE.finditer(text):
        parts += (convert.convert(text[last:link.start()]), link.group())
        last = link.end()
    parts.append(convert.convert(text[last:]))
    return "".join(parts)


@lru_cache(maxsize=4096)  # every handler folds the same message again: ~24 calls per callback
def normalize(text: str) -> str:
    """Half-width, case-folded, simplified Chinese, punctuation and emoji as spaces, single spaces,
    no apostrophes.

    NFKC folds full-width letters, digits and punctuation (Ｓｈｉｐｐｉｎｇ？ -> shipping?) and
    compatibility forms; traditional characters become simplified (`simplified`), so 請問運費多少 and
    请问运费多少 are one message to the matcher and to every handler's words (多倫多 names Toronto);
    apostrophes are dropped so "don't" and "dont" meet. The content validator and the matcher must
    agree on it, or validation would accept duplicates the matcher cannot tell apart. Cached: every
    handler folds the same message again, so the conversion runs once per message.
    """
    text = simplified(without_stickers(unicodedata.normalize("NFKC", visible(text)))).casefold()
    text = text.replace("'", "").replace("\u2019", "")
    chars = [ch if ch.isalnum() else " " for ch in text]
    return " ".join("".join(chars).split())


def without_stickers(text: str) -> str:
    """`text` with WeChat's bracketed sticker names (STICKER_RE) as spaces."""
    return STICKER_RE.sub(" ", text) if "[" in text or "/:" in text else text


def is_ascii_number(text: str) -> bool:
    """0-9 only: str.isdigit() also accepts '²' and other digits that int() refuses."""
    return text.isascii() and text.isdigit()


def fold(text: str) -> str:
    """NFKC (full-width to half-width), lower case, trimmed, punctuation kept: `＠Bot ＨＥＬＰ` →
    `@bot help`. For commands and keys, where "@" and "?" still mean something."""
    return unicodedata.normalize("NFKC", visible(text)).strip().lower()


# Kinds read as module constants: on Python 3.11 each `Kind.X` is a class attribute lookup through EnumType's
# `__getattr__` hook (a Python-level slot call, ~0.9 k instructions), and is_text is asked ~13 times per callback.
_TYPED = (Kind.TEXT, Kind.MIXED)
_VOICE = Kind.VOICE


def is_text(inbound: Inbound) -> bool:
    """A message with words in it: text, the intelligent bot's mixed messages, recognised voice."""
    return inbound.kind in _TYPED or (inbound.kind is _VOICE and bool(inbound.text))


# WeChat's quote-reply as it reaches an Official Account (and any channel that forwards it as text): the quoted
# message in corner brackets, its sender's name first ("「王姐：你们能寄到国内吗」", a full-width or half-width colon,
# or no name at all), a line of spaced dashes, then what the member typed. Read whole, the quote's words were the
# question (probe21: "好的谢谢" under a quoted refund answer got the refund answer again; a new question under a
# quoted answer got the quoted one's). Greedy up to the last 」 before the dashes: a quote may hold 「」 itself.
_COPIED_QUOTE_RE = re.compile(r"\s*「(?P<quote>.*)」[ \t\u3000]*\r?\n[ \t\u3000]*[-－—–](?:[ \t\u3000]*[-－—–]){2,}"
                              r"[ \t\u3000]*(?:\r?\n|$)(?P<own>.*)", re.DOTALL)
# The quoted sender's name: a few characters, no sentence in it, then a colon ("露米Lumi：", "Amy: "); "http://" is
# no name.
_QUOTED_NAME_RE = re.compile(r"[^\s:：「」，。,.!?！？]{1,16}(?: [^\s:：「」，。,.!?！？]{1,16})?[:：](?!//)\s*")


@lru_cache(maxsize=4096)
def copied_quote(text: str) -> tuple[str, str]:
    """(the quoted message without its sender's name, the member's own words) of a WeChat quote-reply typed out as
    text (_COPIED_QUOTE_RE); ("", text) for any other text."""
    found = _COPIED_QUOTE_RE.fullmatch(text)
    if found is None:
        return "", text
    quote = found.group("quote").strip()
    name = _QUOTED_NAME_RE.match(quote)
    if name is not None and name.end() < len(quote):
        quote = quote[name.end():]
    return quote.strip(), found.group("own").strip()


def own_words(inbound: Inbound) -> str:
    """What the member typed themselves, as sent: the whole text, or after a copied quote (copied_quote) its reply."""
    return copied_quote(inbound.text)[1] if "「" in inbound.text else inbound.text


def command_text(inbound: Inbound) -> str:
    """The text a person typed, without a leading @-mention (group bots receive "@Bot help") and without a message
    they quoted (copied_quote: that is `quoted_text`). Kept on the inbound (its __dict__, as
    functools.cached_property keeps a value: Inbound's fields, equality and hash are untouched): the handlers ask ~17
    times per callback (issue 10)."""
    found: str | None = inbound.__dict__.get("_command_text")
    if found is None:
        found = inbound.__dict__["_command_text"] = _command_text(own_words(inbound), inbound.in_group)
    return found


@lru_cache(maxsize=4096)  # every handler asks again for the same message: ~16 calls per callback
def _command_text(text: str, in_group: bool) -> str:
    text = fold(text)
    if in_group and text.startswith("@"):
        text = text.split(maxsplit=1)[1] if " " in text else ""
    return text.strip(" \t\r\n.!?。！？")


def quoted_text(inbound: Inbound) -> str:
    """The message the member quoted (an intelligent bot's `quote`, or a WeChat quote-reply's quoted line:
    copied_quote), as `command_text` reads a message: "@露米 帮忙回答" quoting someone's "运费多少" asks the quote."""
    quote = inbound.quote_text or (copied_quote(inbound.text)[0] if "「" in inbound.text else "")
    return _command_text(quote, True) if quote else ""


def terms(inbound: Inbound) -> str:
    """The command text as the content matcher sees words: half-width, case-folded, punctuation and
    emoji as single spaces ("Jobs in Toronto?!" -> "jobs in toronto"), texting spelled out (`spelled_out`)."""
    found: str | None = inbound.__dict__.get("_terms")  # kept as command_text is: ~8 calls per callback
    if found is None:
        found = inbound.__dict__["_terms"] = spelled_out(normalize(command_text(inbound)))
    return found


# Texting's whole words for the ones the handlers' word lists are written with ("hw much 4 sunscreen", "wat jobs u
# got in syd", "r u hiring", "nxt"): they got the sunscreen's FAQ answer, the how-to-apply one and "I don't know"
# (lead25). Only forms that are no other word; "4" only between two words ("hw much 4 sunscreen", not "lesson 4"). The
# FAQ reads the message itself (its own texting table: bot.content.lexicon.RELATED_EN).
TEXTING = {"hw": "how", "wat": "what", "wut": "what", "wot": "what", "u": "you", "ur": "your", "r": "are",
           "nxt": "next", "plz": "please", "pls": "please", "thx": "thanks", "ty": "thanks", "abt": "about",
           "y": "why", "ppl": "people", "b4": "before", "wen": "when", "whr": "where", "wher": "where",
           "vit": "vitamin"}  # "how much is the vit c serum" got the shelf-life answer (lead26)
_TEXTING_RE = re.compile(r"(?<![a-z0-9])(?:" + "|".join(sorted(TEXTING, key=len, reverse=True)) + r")(?![a-z0-9])"
                         r"|(?<=[a-z] )4(?= [a-z])")


@lru_cache(maxsize=4096)
def spelled_out(text: str) -> str:
    """`text` (normalised) with texting's words spelled out (TEXTING); the same text when it has none."""
    if not text.isascii() and not any("a" <= ch <= "z" for ch in text):
        return text
    return _TEXTING_RE.sub(lambda found: TEXTING.get(found.group(), "for"), text)


def detect_locale(text: str, hint: str | None = None) -> str:
    """The one reply-language rule: zh if the text has Chinese, en if it has other letters, else the
    hint (the member's known language, or the brand's default), else zh.

    Mixed messages ("shipping 到多伦多") count as Chinese: a member who writes any Chinese reads it.
    Digits, emoji and stickers say nothing about a language, so they fall back to what is known.
    """
    return letters(text)[1] or (hint if hint in LOCALES else ZH)


# A reference: an order, tracking or phone number (6 or more digits, maybe after up to four letters), in a message
# as typed or normalised: the details the FAQ's answers ask members to send (handlers/handoff.py), and no language.
REFERENCE = re.compile(r"(?<![a-z0-9])[a-z]{0,4}\d{6,}", re.IGNORECASE)


@lru_cache(maxsize=4096)  # every handler's reply_locale asks again of the same message (issue 10)
def letters(text: str) -> tuple[bool, str]:
    """(whether `text` has a letter, the language its letters say: zh for any Chinese, else en for any other
    letter, else ""), stickers not counted for the language ("[Smile]" is an English client's sticker, not
    English), nor an order or tracking number's letters ("LM12345678" from a member writing Chinese is no English):
    `detect_locale` without its hint."""
    bare = REFERENCE.sub(" ", without_stickers(text))
    return any(ch.isalpha() for ch in text), ZH if has_cjk(bare) else EN if any(ch.isalpha() for ch in bare) else ""


def member_locale(member: Member | None, default: str) -> str:
    """The member's stored language when Siyu speaks it, else `default` (the brand's)."""
    return member.locale if member is not None and member.locale in LOCALES else default


def reply_locale(inbound: Inbound, member: Member | None, default: str) -> str:
    """The language to answer `inbound` in (`detect_locale` on what the person typed, without a group's
    @-mention, since the bot's own name says nothing), else the member's stored language, else
    `default` (the brand's)."""
    return detect_locale(command_text(inbound), member_locale(member, default))
