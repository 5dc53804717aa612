"""The ordered handler registry: opt-out first, first match wins, frozen once serving starts.

    router = Router()
    router.register(OptOutHandler())   # order of registration is order of matching
    result = router.dispatch(inbound, member, content)

Handlers are pure (see handlers/README.md): they return a `Result`; the webhook pipeline applies
its member changes, sends the first message that fits a passive reply and queues the rest.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from bot.content.model import Content
from bot.inbound import Inbound, Kind
from bot.member import F_LOCALE, Member
from bot.menu_clicks import as_typed
from bot.outbound import Outbound
from bot.pending_menu import MENU_FIELD, with_menu_locale
from bot.pending_menu import reply_locale as menu_reply_locale
from bot.text import command_text, reply_locale

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Match:
    """A handler's "this one is mine", with whatever it found while matching."""

    data: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class Result:
    """What a handler decided: messages to send and changes to the member, as plain values."""

    messages: tuple[Outbound, ...] = ()
    add_tags: frozenset[str] = frozenset()
    remove_tags: frozenset[str] = frozenset()
    set_fields: Mapping[str, str] = field(default_factory=dict)  # "" deletes the field
    events: tuple[tuple[str, Mapping[str, str]], ...] = ()  # (type, fields) for the event stream


class Handler(Protocol):
    """`match` says whether the inbound is this handler's (None = not mine, try the next one);
    `handle` answers it. Neither does IO."""

    @property
    def name(self) -> str: ...

    @property
    def summary(self) -> Mapping[str, str]:
        """One line per locale ("zh", "en") for the help menu; {} = hidden."""
        ...

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None: ...

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result: ...


@dataclass(frozen=True)
class Routed:
    handler: str | None  # None: no handler matched
    result: Result


class RouterFrozenError(RuntimeError):
    """register() after the app started serving: registration happens once, at start-up."""


class Router:
    def __init__(self) -> None:
        self._handlers: list[Handler] = []
        self._frozen = False

    def register(self, handler: Handler) -> Handler:
        if self._frozen:
            raise RouterFrozenError(f"cannot register {handler.name!r}: the router is frozen")
        if any(existing.name == handler.name for existing in self._handlers):
            raise ValueError(f"a handler named {handler.name!r} is already registered")
        self._handlers.append(handler)
        return handler

    def freeze(self) -> None:
        self._frozen = True

    @property
    def handlers(self) -> tuple[Handler, ...]:
        return tuple(self._handlers)

    def summaries(self, locale: str) -> list[str]:
        """One line per visible handler, in registration order: the help menu."""
        return [line for _, line in self.named_summaries(locale)]

    def named_summaries(self, locale: str) -> list[tuple[str, str]]:
        """(handler name, line) per visible handler, in registration order: the help menu leaves out what this
        deployment cannot do (handlers/help.py)."""
        return [(h.name, h.summary[locale]) for h in self._handlers if h.summary.get(locale)]

    def dispatch(self, inbound: Inbound, member: Member | None, content: Content) -> Routed:
        inbound = as_read(as_typed(inbound, member, content), content)  # a menu button's tap is its words, typed
        for handler in self._handlers:
            found = handler.match(inbound, member, content)
            if found is not None:
                result = stamped_menu(inbound, member, content, handler.handle(inbound, member, content, found))
                return Routed(handler=handler.name, result=remembering_language(inbound, member, content, result))
        return Routed(handler=None, result=Result())


def as_read(inbound: Inbound, content: Content) -> Inbound:
    """`inbound` with the pinyin typed in its text read as Chinese (`FaqIndex.read_pinyin`: "zhao ren gong" is 找人工,
    "jing dong tui huo" 京东退货), so that every handler reads what the follower meant, not only the FAQ: handoff's
    人工, another shop's name, spam's 加微信. `raw` keeps the text as typed. Any other inbound, or a text with no
    pinyin (English keeps its words), unchanged."""
    if inbound.kind is not Kind.TEXT or not inbound.text:
        return inbound
    read = content.remembered(_pinyin_read)(inbound.text)  # every text message asks: once per text
    return inbound if read == inbound.text else replace(inbound, text=read)


def _pinyin_read(text: str, content: Content) -> str:
    """`FaqIndex.read_pinyin` of `text` (for Content.remembered: the index is the content version's)."""
    return content.faq_index.read_pinyin(text)


def stamped_menu(inbound: Inbound, member: Member | None, content: Content, result: Result) -> Result:
    """`result`, its numbered menu (if it shows one) recording the language it was shown in, so that a number picked
    from it is answered in that language (handlers.common.reply_locale)."""
    if not result.set_fields.get(MENU_FIELD):
        return result
    locale = menu_reply_locale(inbound, member, content.brand.default_locale)
    return replace(result, set_fields=with_menu_locale(result.set_fields, locale))


def remembering_language(inbound: Inbound, member: Member | None, content: Content, result: Result) -> Result:
    """`result`, also remembering the language of a member's first words (letters, not a bare number), whichever
    handler answered them: a number picked from an English tutorial menu is answered in English (issue 10, judged
    from outside: only the FAQ remembered a language, so a new follower's "tutorial" then "1" got the Chinese
    lesson). A language already known changes only where a handler says so (the FAQ, on a question in another
    language), not on a command word; a handler that decides otherwise sets it itself (opt-out: TD is Chinese)."""
    if member is None or member.locale or F_LOCALE in result.set_fields:
        return result
    if not any(ch.isalpha() for ch in command_text(inbound)):
        return result
    locale = reply_locale(inbound, member, content.brand.default_locale)
    return replace(result, set_fields={**result.set_fields, F_LOCALE: locale})
