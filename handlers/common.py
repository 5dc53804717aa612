"""Small pure helpers shared by handlers: the command text, predicates, reply texts, numbered menus."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from bot.content.faq import Verdict
from bot.content.model import Content
from bot.inbound import Channel, Inbound
from bot.member import F_CITY, F_TIMEZONE, Member
from bot.outbound import Menu, MenuChoice, Outbound, Text, plain_text
from bot.pending_menu import MENU_FIELD, MENU_TTL_S, pending_menu
from bot.pending_menu import reply_locale as menu_reply_locale
from bot.text import command_text, has_cjk, is_text, normalize, simplified, terms

__all__ = ["MENU_FIELD", "MENU_TTL_S", "MORE_ASKS", "brand_name", "brand_text", "chosen_number", "command_text",
           "contains_term", "faq_answers", "faq_in_scope", "has_cjk", "is_text", "menu_fields", "menu_or_text",
           "pending_menu", "reply_locale", "terms"]

MENU_MAX = 10  # numbers 1-10


# A link asked of nothing named, as the whole message ("有链接吗", "link?", "send me the link"): with no product just
# shown (handlers/shop.py _shown_last) the products, asking which; it got the referral entry (whose answer is an invite
# code). "邀请链接", "my referral link" name what the link is of and stay the FAQ's. Just after a posting was picked,
# that posting's apply link (handlers/careers.py): "链接再发一次" there got the products (lead45).
LINK_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:有|发|给|求|要|发个|给个|发一下|给一下|有没有)?(?:个|一下|下)?(?:购买)?链接(?:吗|呢|吧|呀|啊|嘛)?"
    r"(?:给我|发我|谢谢)?(?:吗|呢|吧|呀)?",
    # again ("链接再发一次", "可以再发一下链接吗"): "I don't know" (lead45)
    r"(?:可以|麻烦|请)?(?:再|重新)(?:发|给|俾|畀)(?:我)?(?:一次|一遍|一下|下)?(?:个|条)?(?:购买)?(?:链接|连结|link)"
    r"(?:给我|俾我|我)?(?:吗|呢|吧|呀|啊|谢谢)*",
    r"(?:购买)?(?:链接|连结|link)(?:可以|麻烦)?(?:再|重新)(?:发|给|俾|畀)(?:我)?(?:一次|一遍|一下|下)?(?:吗|呢|吧|呀|啊|谢谢)*",
    r"(?:the |a |any |got a |got the )?links?(?: please| pls| plz)?",
    r"(?:can|could) (?:i|you) (?:get|have|send|share|give)(?: me)? (?:the|a) link(?: again| one more time)?"
    r"(?: please| pls)?",
    r"(?:send|give|share)(?: me)? (?:the|a) link(?: again| one more time)?(?: please| pls)?",
    # "link again pls", "resend the link" just after the invite got the FAQ's referral answer (lead46)
    r"(?:(?:re ?send|send)(?: me)? (?:the |that |a )?link(?: again| one more time)?|(?:the |that )?link again)"
    r"(?: please| pls| plz)?",
    r"(?:where is|wheres|whats) the link",
)))
# The kind of the link the referral handler showed last (handlers/referral.py): the member's own invite ("invite") or
# the adviser's ("add_us"), pending as one item, as a product shown is: "链接再发一次", "send me the link again" just
# after "邀请" got the products to pick a link from (lead46).
LINK_KIND = "link"


def link_shown_last(member: Member | None, inbound: Inbound) -> str:
    """"invite" or "add_us" while that link is the thing the member was shown last (pending, not stale), else ""."""
    pending = pending_menu(member, inbound)
    return pending[1][0] if pending is not None and pending[0] == LINK_KIND and len(pending[1]) == 1 else ""


# Asking for more of what was just listed, as the whole (normalised) message: "还有吗", "还有别的吗", "其他的呢",
# "仲有冇", "any more?", "anything else?", "others?". Read only while the handler's own list (or item) is the last thing
# shown (pending_menu): after an FAQ answer "还有吗" is not about products or jobs, and stays the FAQ's.
MORE_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:那)?(?:还有|仲有)(?:没有|冇)?"
    r"(?:别的|其他的|其它的|其他|其它|更多的|更多|多啲|啲|什么|啥|哪些|别嘅|其他嘅)?(?:吗|呢|嘛|呀|啊|么|冇|无)?",
    r"(?:有)?(?:别的|其他的|其它的|其他|其它|更多的|更多)(?:吗|呢|嘛|呀|啊)?",
    r"(?:any|anything|something|got any|have any|got) ?(?:more|else|other|others)(?: ones| options)?(?: please| pls)?",
    r"(?:more|others|other ones|other options|more options|show me more)(?: please| pls)?",
    r"(?:what|anything) else(?: do you have| have you got| is there| you got)?",
    r"(?:do you|do you guys|do u) have (?:any |anything )?(?:more|others|else|other ones)",
    r"(?:is there|are there) (?:any ?)?(?:more|others|anything else|other ones)",
)))


def contains_term(text: str, term: str) -> bool:
    """`term` (already normalised) occurs in `text`: anywhere for Chinese, as whole words otherwise
    ("to" is not inside "tomorrow", but "多伦多" is inside "寄到多伦多")."""
    if not term or term not in text:  # both rules need the substring: most calls end here, cheaply
        return False
    return has_cjk(term) or _latin_span(text, term) is not None


def remove_term(text: str, term: str, by: str = " ") -> str:
    """`text` without the occurrences of `term` that `contains_term` would find (each put `by` in its place)."""
    if has_cjk(term):
        return text.replace(term, by)
    while (span := _latin_span(text, term)) is not None:
        text = text[:span[0]] + by + text[span[1]:]
    return text


def take_terms(text: str, terms: Iterable[str]) -> tuple[str, bool]:
    """`text` without each of `terms` (normalised) it contains, and whether it contained any: a handler asks
    whether a message says its words ("jobs", "多少钱", "进群") and then whether anything else is left."""
    found = False
    for term in terms:
        if term and contains_term(text, term):
            found = True
            text = remove_term(text, term)
    return text, found


def _latin_span(text: str, term: str) -> tuple[int, int] | None:
    start = text.find(term)
    while start != -1:
        end = start + len(term)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum()):
            return start, end
        start = text.find(term, start + 1)
    return None


# The words and characters any question is framed with ("can i ...", "how do you ...", "...吗", "我要..."): the base of
# every handler's own filler set, so each set names only what its own questions add ("is it full time", "怎么用").
QUESTION_FILLER_WORDS = frozenset({"a", "can", "do", "how", "i", "is", "please", "pls", "the", "u", "you"})
QUESTION_FILLER_CHARS = "吗吧呀呢唔啊我的要"


def only_filler(text: str, filler_words: Iterable[str], filler_chars: str) -> bool:
    """True when what is left of a message says nothing more: filler words (latin) and filler
    characters (Chinese particles) only."""
    words = filler_words if isinstance(filler_words, frozenset | set) else set(filler_words)
    for word in text.split():
        if has_cjk(word):
            if any(ch not in filler_chars for ch in word):
                return False
        elif word not in words:
            return False
    return True


def brand_words(content: Content) -> list[str]:
    """The brand's own names, normalised, word by word ("露米", "lumi")."""
    return normalize(f"{content.brand.name.zh} {content.brand.name.en}").split()


def without_brand(text: str, content: Content) -> str:
    """`text` without the brand's own name ("露米的防晒" asks about the sunscreen)."""
    for word in brand_words(content):
        text = remove_term(text, word)
    return text


def faq_answers(inbound: Inbound, member: Member | None, content: Content) -> bool:
    """The FAQ answers this message with confidence. For a handler that shares words with FAQ entries
    (careers, community) and should leave their questions to the FAQ (issue 10: another handler taking
    an FAQ question is a wrong answer). Asked with the qa handler's own arguments, so the content's
    remembered match serves both, and the FAQ is matched once per message."""
    return _faq_verdict(inbound, member, content) is Verdict.ANSWER


def faq_in_scope(inbound: Inbound, member: Member | None, content: Content) -> bool:
    """The FAQ answers this message or offers a did-you-mean between entries each above the answer line: the
    message is one of its questions, even if it cannot tell which (`faq_answers`, one match per message)."""
    return _faq_verdict(inbound, member, content) is not Verdict.NONE


def _faq_verdict(inbound: Inbound, member: Member | None, content: Content) -> Verdict:
    return content.faq_match(command_text(inbound), reply_locale(inbound, member, content)).verdict


def reply_locale(inbound: Inbound, member: Member | None, content: Content) -> str:
    """`bot.pending_menu.reply_locale` with the brand's default language: the one rule every handler uses."""
    return menu_reply_locale(inbound, member, content.brand.default_locale)


def brand_name(content: Content, locale: str) -> str:
    return content.brand.name.get(locale)


def brand_text(content: Content, template: str, locale: str, fallback: Mapping[str, str], /, **values: object) -> str:
    """The brand's template (brand.yaml `templates`), or the handler's own wording when the brand
    has none, filled with `values`."""
    try:
        return content.brand.render(template, locale, **values)
    except KeyError:
        return fallback.get(locale, fallback["zh"]).format(**values)


def offer_text(content: Content, template: str, locale: str, fallback: Mapping[str, str],
               without_person: Mapping[str, str], /, **values: object) -> str:
    """A reply that offers a person ("reply 人工"), as `brand_text`, while somebody can be told; when nobody can (the
    deployed handoff reaches no staff), the same reply without that offer: 人工 would only answer that nobody is
    available, a dead end the bot itself pointed at. Then the brand's `<template>_no_handoff` if it has one, else
    its own template unless that names a handoff word (人工, agent...), else the handler's `without_person`."""
    text = brand_text(content, template, locale, fallback, **values)
    if content.handoff.reachable:
        return text
    try:
        return content.brand.render(f"{template}_no_handoff", locale, **values)
    except KeyError:
        pass
    return without_person.get(locale, without_person["zh"]).format(**values) \
        if names_handoff_word(text, content.handoff.words) else text


def names_handoff_word(text: str, words: Iterable[str]) -> bool:
    """Whether `text` tells the member to send one of the words that ask for a person (a Latin word whole)."""
    lowered = text.lower()
    return any(re.search(rf"(?<![a-z]){re.escape(word.lower())}(?![a-z])", lowered) if word.isascii()
               else word in lowered for word in words)


def menu_fields(kind: str, ids: Sequence[str], inbound: Inbound, *, everything: Sequence[str] = ()) -> dict[str, str]:
    """The member field recording the numbered menu just shown (the ids in shown order); "*" when
    they are `everything` (all items of that kind, in content order)."""
    shown = list(ids[:MENU_MAX])
    listed = "*" if everything and shown == list(everything) else ",".join(shown)
    return {MENU_FIELD: f"{kind}|{int(inbound.sent_at.timestamp())}|{listed}"}


def chosen_number(inbound: Inbound) -> int | None:
    """The menu choice a message makes: a clicked msgmenu item (its id, sent beside the item's text:
    `bizmsgmenuid` on the Official Account, `text.menu_id` in WeChat customer service) or a bare
    number typed in reply ("2", "２")."""
    clicked = inbound.menu_choice.strip()
    if not clicked:
        return number_typed(command_text(inbound))
    return int(clicked) if clicked.isdigit() and len(clicked) <= 2 and 1 <= int(clicked) <= MENU_MAX else None


def number_typed(text: str) -> int | None:
    """`chosen_number` of a message typed, not clicked, whose command text is `text`: a function of the text alone,
    which the FAQ handler keeps with its other readings of a question (handlers.qa.Reading)."""
    if text.isdigit() and len(text) <= 2 and 1 <= int(text) <= MENU_MAX:
        return int(text)
    if len(text) > 32:
        return None
    return _said_number(text)


# A choice said the way followers say it, as the whole message (after command_text's folding): "第一个", "选2", "3号",
# "#2", "No.2", "2️⃣", "要第三个", "one", "the first one", "option 3", "second". Read only while a menu is pending.
# Read in simplified characters, as every handler's words are (bot/text.normalize): "第2個", "選3", "第三個" are the
# same choices; they were no choice, and the FAQ answered them ("第三個": its privacy entry's 第三方; verify18).
_ZH_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6,
               "7th": 7, "8th": 8, "9th": 9, "10th": 10}
# ... also asked about ("tell me about 1", "more info on the second one", "介绍一下第二个", "第三个详细说说"): after
# a list of jobs "tell me about 1" got "I don't know" (lead32).
# Moved on to another of the list ("what about the third one", "and the fourth?", "那第三个呢"): the privacy answer
# took the first (its 第三方, third parties), "I don't know" the second (lead45).
_ZH_CHOICE = re.compile(r"(?:那)?(?:我)?(?:想)?(?:要|选|选择|看|看看|了解|了解一下|说说|介绍|介绍一下|讲讲|详细说说"
                        r"|问问)?"
                        r"(?:一下)?"
                        r"(?:第)?([1-9]|10|[一二两三四五六七八九十])(?:个|号|条|项|款|门)?"
                        r"(?:的)?(?:详情|详细说说|详细介绍|介绍一下|说说|怎么样)?(?:吧|呀|啊|哦|呢)?")
_EN_CHOICE = re.compile(r"(?:(?:and|ok|okay|so|then|and what about|and how about|what about|how about) )?"
                        r"(?:(?:tell me (?:more )?about|more (?:info |details |information )?(?:on|about)"
                        r"|(?:details|info|information) (?:on|about|for|of)|show me|let me see|can i see"
                        r"|i[’' ]?ll take|i choose|pick|go with) )?"
                        r"(?:(?:the|number|no\.?|option|#|choice) ?)?([1-9]|10|[a-z0-9]+)(?: one)?(?: then)?"
                        r"(?: please| pls)?")


def number_word(word: str) -> int:
    """A number as one word: digits, 一 to 十 (and 两), or an English number or ordinal ("three", "second"); 0 when
    it is none of these."""
    if word.isdigit():
        return int(word)
    return _ZH_NUMBERS.get(word) or _EN_NUMBERS.get(word, 0)


def city_name_in(text: str, content: Content, city_id: str) -> str:
    """The name or alias of the city (jobs.yaml `cities`) that the normalised `text` says as a whole word, longest
    first; "" when none. Never a short Latin alias: "TO" (Toronto) is the "to" of "I want to join", "Van"
    (Vancouver) the van of an address."""
    return next((n for n in content.match_terms[("city", city_id)]
                 if n and (len(n) > 3 or not n.isascii()) and contains_term(text, n)), "")


def said_number(text: str) -> int | None:
    """The menu choice a (normalised) phrase makes, as a whole: "第二个", "2", "the first one"; None otherwise. For a
    handler that reads a choice said together with a question about it ("第二个怎么申请")."""
    return _said_number(text.strip())


def _said_number(text: str) -> int | None:
    text = text.replace("\ufe0f", "").replace("\u20e3", "").strip()  # a keycap emoji: 2️⃣ is "2" + U+FE0F + U+20E3
    text = simplified(text)
    if not text:
        return None
    found = _ZH_CHOICE.fullmatch(text)
    if found is not None:  # a numeral alone ("三", "两") too: read only while a list is pending, it is the pick
        # (lead49: "产品" then "三" got "I don't know", "工作" then "二" the groups' answer)
        word = found.group(1)
        number = int(word) if word.isdigit() else _ZH_NUMBERS[word]
        return number if 1 <= number <= MENU_MAX else None
    found = _EN_CHOICE.fullmatch(text)
    if found is not None:
        word = found.group(1)
        number = int(word) if word.isdigit() else _EN_NUMBERS.get(word, 0)
        return number if 1 <= number <= MENU_MAX else None
    return None


class Identified(Protocol):
    """A content item a menu lists by its id (a product, a tutorial series)."""

    @property
    def id(self) -> str: ...


def menu_choice(inbound: Inbound, member: Member | None, kind: str, *,
                everything: Sequence[Identified] = (), steps: bool = True) -> str | None:
    """The id the member picked from their pending `kind` menu, or None. `everything`: every item of that kind,
    in content order, for a menu recorded as "*"; their ids are listed only then (every text message reaches this,
    few are a menu's number). With one item shown last that was picked from a `kind` list, another of that list asked
    as a follow-up (`picked_again`; with `steps`, the one after or before it)."""
    if member is None or not member.fields.get(MENU_FIELD):  # most messages follow no menu: no call made (hot13)
        return None
    pending = pending_menu(member, inbound) if is_text(inbound) else None
    if pending is not None and len(pending[1]) == 1 and member.fields.get(PICKED_FROM_FIELD):
        again = picked_again(inbound, member, kind, pending[1][0], everything, steps=steps)
        if again is not None:
            return again
    number = chosen_number(inbound) if pending is not None and pending[0] == kind else None
    if pending is None or number is None:
        return None
    ids = tuple(item.id for item in everything) if pending[1] == ("*",) else pending[1]
    return ids[number - 1] if number <= len(ids) else None


# The list an item shown last was picked from ("<kind>|<epoch s>|<ids>|<locale>", MENU_FIELD's form, as it was): after
# a product or a posting was picked, "第三个呢", "and the fourth?" got "no list to pick from", while the member still
# reads the list above (lead46). Written with the pick (`picked_fields`, no command of its own), read only while the
# item shown last (MENU_FIELD) is one of it and the list is not stale (MENU_TTL_S from when it was shown): a newer
# menu, an FAQ answer or anything else shown leaves it unread.
PICKED_FROM_FIELD = "mf"
# A number said bare ("3", "three", "3个"): after a pick it may be a quantity or the pick sent again, not another of
# the list: it stays no choice (tests/scenarios/test_outside_conversations.py, lead45's "5" after a product).
_BARE_NUMBER = re.compile(r"(?:[0-9]{1,2}|[一二两三四五六七八九十]|one|two|three|four|five|six|seven|eight|nine|ten)"
                          r"(?: ?(?:个|個))?")
BARE_NUMBER = _BARE_NUMBER  # read by handlers/qa.py too (another pick from a did-you-mean menu, lead48)


# Moving along the list an item was picked from, as the whole message ("下一个", "下一款呢", "next one", "the next",
# "上一个", "previous one"): after a product or a posting picked from a list, "下一个" got "I don't know" and "next
# one" the courses' menu, while the member reads the list above (lead47). +1 or -1 (`list_step`); after a lesson,
# the lesson before or after it (handlers/tutorials.py), never another course.
_STEP_END = r"(?:呢|吧|呀|啊|哦|嘛|喇|啦|please|pls|plz|then|\?)*"
STEP_ASKS = re.compile(
    rf"(?P<next>(?:那|再|看看|看|我要看|给我看)?下(?:一)?(?:个|款|条|项|份|個|個職位|个职位|个产品)(?:呢|是什么|是啥)?{_STEP_END}"
    rf"|(?:(?:and|ok|okay|so|then|show me|what about|and what about|how about) )?(?:the )?next"
    rf"(?: (?:one|item|product|job|posting|opening))?(?: one)?(?: on the list)? ?{_STEP_END})"
    rf"|(?P<prev>(?:那|再|看看|看|回到|返回)?上(?:一)?(?:个|款|条|项|份|個)(?:呢)?{_STEP_END}"
    rf"|(?:(?:and|ok|okay|so|then|show me|go back to|back to|what about) )?(?:the )?(?:previous|prev)"
    rf" (?:one|item|product|job|posting|opening) ?{_STEP_END}|(?:the )?previous ?{_STEP_END})")


def list_step(text: str) -> int:
    """+1 when the normalised `text`, as a whole, asks for the next item of a list (STEP_ASKS), -1 for the previous,
    0 otherwise."""
    found = STEP_ASKS.fullmatch(text.replace(" ", "") if has_cjk(text) else text)
    return 0 if found is None else 1 if found.group("next") else -1


def picked_fields(kind: str, item_id: str, inbound: Inbound, member: Member | None) -> dict[str, str]:
    """`menu_fields` of one item picked (`kind`: the item's, "shop", "posting"), with the list pending it was picked
    from kept (PICKED_FROM_FIELD) for follow-up picks; picked from that kept list, the field stays as it is."""
    fields = menu_fields(kind, [item_id], inbound)
    pending = pending_menu(member, inbound)
    if member is not None and pending is not None and (len(pending[1]) > 1 or pending[1] == ("*",)) \
            and member.get(PICKED_FROM_FIELD) != member.get(MENU_FIELD):
        fields[PICKED_FROM_FIELD] = member.get(MENU_FIELD)
    return fields


# "The other one" as the whole message (normalised; Chinese with its spaces taken out). With two on a list, the one not
# picked: after a product or a posting picked from a list of two ("jobs in Sydney", "1", then "the other one" or "另一
# 个"), it got the exchange answer (the FAQ's "other") or "I don't know" (lead49 left it; lead50). An FAQ answer picked
# from a did-you-mean of two reads it the same way (handlers/qa.py `_picked_from_menu_again`, lead48); with more
# others, which of them (handlers/qa.py `_other_ones`, lead49).
OTHER_ONE = re.compile(r"(?:那|那个|我要|我想看|看看|看)?(?:另一个|另外一个|另外那个|另一条|另外一条|另一款|另外一款"
                       r"|另一份|另外一份)(?:呢|吧|啊|呀)?"
                       r"|(?:(?:and|ok|okay|so|what about|how about|show me|tell me about) )?the other(?: one)?"
                       r"(?: then| please| pls)?")


def _unspaced_cjk(text: str) -> str:
    """`text` normalised, and with a Chinese letter in it its spaces taken out (OTHER_ONE's reading)."""
    normalized = normalize(text)
    return normalized.replace(" ", "") if has_cjk(normalized) else normalized


def picked_again(inbound: Inbound, member: Member, kind: str, shown: str,
                 everything: Sequence[Identified] = (), *, steps: bool = True) -> str | None:
    """The id another pick from the `kind` list the item `shown` last was picked from makes ("第三个呢", "and the
    fourth?", "what about the 2nd one", a click on that list), or with `steps` the item after or before `shown` on it
    ("下一个", "next one", "上一个": STEP_ASKS), or None: the list stale or not of `kind`, `shown` not one of it, the
    message no pick, a bare number (_BARE_NUMBER), or a step past either end."""
    ids = picked_list(member, inbound, kind, everything)
    if ids is None:
        return None
    step = 0
    if inbound.menu_choice.strip():
        number = chosen_number(inbound)
    else:
        text = command_text(inbound)
        number = number_typed(text) if _BARE_NUMBER.fullmatch(text) is None else None
        step = list_step(normalize(text)) if steps and number is None else 0
    if shown not in ids:
        return None
    if number is None and not step and len(ids) == 2 and OTHER_ONE.fullmatch(_unspaced_cjk(command_text(inbound))):
        return ids[1 - ids.index(shown)]  # "the other one", "另一个" of a list of two: the one not shown (lead50)
    if step:
        number = ids.index(shown) + 1 + step
        return ids[number - 1] if 1 <= number <= len(ids) else None
    if number is None:
        return None
    return ids[number - 1] if number <= len(ids) else None


def picked_list(member: Member | None, inbound: Inbound, kind: str,
                everything: Sequence[Identified] = ()) -> tuple[str, ...] | None:
    """The ids of the `kind` list the item shown last was picked from (PICKED_FROM_FIELD), in its order, while it is
    still read; a list recorded as "*" is every item of `everything`. None when there is no such list."""
    listed = pending_menu(member, inbound, PICKED_FROM_FIELD)
    if listed is None or listed[0] != kind:
        return None
    return tuple(item.id for item in everything) if listed[1] == ("*",) else listed[1]


def steps_along_a_pick(inbound: Inbound, member: Member | None) -> bool:
    """Whether the message moves along a list (STEP_ASKS) while the item shown last was picked from one still read
    (PICKED_FROM_FIELD): a step on that list, for the handler of its kind (`picked_again`), not a next lesson."""
    if member is None or not member.fields.get(PICKED_FROM_FIELD) or not is_text(inbound):
        return False
    pending = pending_menu(member, inbound)
    return pending is not None and len(pending[1]) == 1 and pending_menu(member, inbound, PICKED_FROM_FIELD) \
        is not None and list_step(normalize(command_text(inbound))) != 0


# The kinds of one item shown last that a step ("下一个", "next one") is about: a product ("shop", handlers/shop.py
# MENU_KIND) or a posting ("posting", handlers/careers.py POSTING_KIND; common.py cannot import either). Past either
# end of the list it was picked from, or with no list picked from, the step got "I don't know" or the courses' menu;
# it is told so (handlers/qa.py `_stepped_past`, lead48).
STEPPED_KINDS = ("shop", "posting")


def steps_from_an_item(inbound: Inbound, member: Member | None) -> bool:
    """Whether the message moves along a list (STEP_ASKS) just after one product or posting (STEPPED_KINDS) was shown,
    picked from a list or not."""
    if member is None or not member.fields.get(MENU_FIELD) or not is_text(inbound):
        return False
    pending = pending_menu(member, inbound)
    return pending is not None and len(pending[1]) == 1 and pending[0] in STEPPED_KINDS \
        and list_step(normalize(command_text(inbound))) != 0


# A correction that names what was meant, in front of it ("no I meant the serum", "sorry, I meant the toner", "不是，
# 我是说精华", "不是 我问的是精华"): just after a product or an answer the whole message was read, and "no I meant the
# serum" got the pregnancy answer (lead49). Its words are left out and what was meant is read alone. ("不是这个" alone
# is handlers/qa.py NOT_THIS's; "不是这个，我是问退货" names no product and stays the FAQ's.)
CORRECTION_LEAD = re.compile(
    r"(?:(?:no|nope|nah|sorry|oops|oh|um|hmm|ah|actually|wait) )*"
    r"(?:i meant|i mean|i was asking about|i was talking about|i asked about|i was asking for|i asked for) "
    r"|(?:(?:不是|不对|唔系|错了|搞错了)(?:这个|这款|呢个|那个)?(?:啦|呀|啊|喔|哦)? ?(?:我)?(?:是|系)?"
    r"(?:说|问|要|讲|指|想要|想问)(?:的|嘅)?(?:是|系)?"
    r"|我(?:是说|是问|说的是|问的是|要的是|指的是|想问的是|想要的是|系讲|系问|讲嘅系|问嘅系)) ?")


def without_correction(text: str) -> str:
    """The normalised `text` without a correction in front of what it names (CORRECTION_LEAD); `text` itself when it
    has none, or nothing after it."""
    found = CORRECTION_LEAD.match(text)
    rest = text[found.end():].strip() if found is not None else ""
    return rest or text


def menu_or_text(menu: Menu, inbound: Inbound) -> Outbound:
    """A clickable menu where the route may have one; numbered text for the intelligent bot (its
    replies are markdown, where a menu has no form)."""
    if inbound.channel is Channel.GROUP_BOT or inbound.in_group:
        return Text(text=plain_text(menu))
    return menu


def numbered(header: str, items: Sequence[tuple[str, str]], footer: str = "") -> Menu:
    """A Menu whose choice ids are their numbers, so a click (bizmsgmenuid) and a typed digit agree."""
    return Menu(header=header, choices=tuple(MenuChoice(id=str(i), text=text) for i, (_, text) in
                                             enumerate(items[:MENU_MAX], 1)), footer=footer)


# Saying where one lives, as the whole message ("I'm in Toronto", "我住在悉尼", "我喺多倫多"): the city is the
# member's, and its zone, as when they ask for its jobs (handlers/careers.py); it got the stores answer and taught
# nothing (verify16); moving there too (lead26). Not "from" (where one grew up), not a sentence that only mentions
# the city.
RESIDENCE = re.compile(
    # after a hello too ("你好，我在多伦多" got a did-you-mean; lead38)
    r"(?:(?:你好|您好|哈喽|嗨|hi|hello) ?)?"
    r"(?:(?:我|我们|本人)(?:现在|目前|人|住|平时|一直|刚|刚刚|已经)*(?:在|喺|搬到|搬来|搬去|搬咗去|搬咗嚟)(?P<zh>.+?)"
    r"(?:住|生活|居住|工作|读书|上学|这边|了|呢|啦|哦|呀)*"
    r"|(?:(?:hi|hello|hey)(?: there| all| everyone)? )?(?:i m|im|i am|we re|were|we are|i live|we live|i m living"
    r"|im living|i am living|currently"
    r"|i m currently|im currently|i m based|im based|based|i (?:just |recently )?moved|we (?:just |recently )?moved"
    # "I'm from Toronto" is where one lives, as followers say it (it got the stores; lead38)
    r"|just moved)(?: currently| now)?(?: living)?(?: in| at| based in| to| over to| from| based out of) "
    r"(?P<en>.+?)(?: now| currently| area| atm)?)")


def city_fields(content: Content, member: Member | None, city_id: str) -> dict[str, str]:
    """The member fields for a city the member named as theirs (asking for its jobs, saying they live there): the
    city when it is not theirs already, and its zone as `learned_zone` decides."""
    moved = {F_CITY: city_id} if member is None or member.city != city_id else {}
    return moved | learned_zone(content, member, city_id)


def learned_zone(content: Content, member: Member | None, city_id: str) -> dict[str, str]:
    """The member's zone field for the city they named: its zone when they have none, or only the one their
    previous city gave them (they moved, or named another city); a zone set for them otherwise stays."""
    city = content.city(city_id)
    if city is None or not city.timezone:
        return {}
    current = member.get(F_TIMEZONE) if member is not None else ""
    previous = content.city(member.city) if member is not None and member.city else None
    learned = not current or (previous is not None and current == previous.timezone)
    return {F_TIMEZONE: city.timezone} if learned and current != city.timezone else {}
