"""Keep the bot a good group citizen: answers in a group stay short, and the same question asked
again in the same group within a few minutes gets a pointer up to the earlier answer instead.

What counts as "the same question" (the memory's key): the same words, answered with the same
text, by a handler whose answer depends only on the words (SHARED_HANDLERS: ping, help, the FAQ).
Anything else answers one member's own state (their lesson, their city, their pending menu), so
its memory is kept per member: a second member saying "下一课" is answered, not sent "see above".
A menu (a result recording a pending numbered choice) is never "see above": its numbers are
only valid for the member it was shown to.

Handlers stay pure and answer the same everywhere; this step adapts their messages for groups.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

import redis

from bot.clock import Clock, epoch_s
from bot.inbound import Inbound
from bot.outbound import Markdown, Outbound, Text, plain_text
from bot.store import keys
from bot.text import terms
from handlers.common import MENU_FIELD

REPEAT_WINDOW_S = 300  # "a few minutes": long enough to cover a burst of the same question
GROUP_MAX_CHARS = 300  # about six lines on a phone; the full answer is one private message away
MORE = {"zh": "…（私聊我看完整回答）", "en": "… (message me for the full answer)"}
ALREADY = {"zh": "这个问题刚刚回答过，请看上面的消息 ↑", "en": "Just answered this one, see above ↑"}
# Handlers whose answer is the same for every member who sends the same words (router names).
SHARED_HANDLERS = frozenset({"ping", "help", "qa"})


class GroupReplyGuard:
    def __init__(self, redis_client: redis.Redis, clock: Clock, *, window_s: int = REPEAT_WINDOW_S,
                 max_chars: int = GROUP_MAX_CHARS) -> None:
        self.redis = redis_client
        self.clock = clock
        self.window_s = window_s
        self.max_chars = max_chars

    def screen(self, inbound: Inbound, messages: tuple[Outbound, ...], *, locale: str, handler: str | None = None,
               set_fields: Mapping[str, str] | None = None) -> tuple[Outbound, ...]:
        """Shorten and de-repeat `messages` for a group; 1:1 chats pass through untouched.

        `handler` (the router's name for who answered) and `set_fields` (what the answer records on
        the member) say whose answer this is; see the module docstring."""
        if not inbound.in_group or not inbound.is_message or not messages:
            return messages  # a group welcome answers a join, not a question: never "see above"
        shortened = tuple(self._shorten(message, locale) for message in messages)
        if set_fields and set_fields.get(MENU_FIELD):
            return shortened  # a menu: its numbers belong to the member it was shown to
        whose = "" if handler in SHARED_HANDLERS else f"{inbound.user_id}|"
        said = f"{handler or ''}|{whose}{terms(inbound)}\n"
        digest = hashlib.blake2b((said + "\n".join(plain_text(m) for m in shortened)).encode(),
                                 digest_size=10).hexdigest()
        if self._posted_recently(keys.group_recent(inbound.brand, inbound.chat_id, digest)):
            return (Text(text=ALREADY.get(locale, ALREADY["zh"])),)
        return shortened

    def _posted_recently(self, key: str) -> bool:
        """Record the answer's time (from the Clock, so the sandbox can skip ahead); True when it was
        already posted within the window. Redis's TTL only cleans up."""
        now_s = epoch_s(self.clock.now())
        if self.redis.set(key, now_s, nx=True, ex=self.window_s * 2):
            return False
        previous = self.redis.get(key)
        if previous is not None and now_s - int(previous) < self.window_s:
            return True
        self.redis.set(key, now_s, ex=self.window_s * 2)
        return False

    def _shorten(self, message: Outbound, locale: str) -> Outbound:
        match message:
            case Text(text=text) if len(text) > self.max_chars:
                return Text(text=_cut(text, self.max_chars) + MORE.get(locale, MORE["zh"]))
            case Markdown(text=text) if len(text) > self.max_chars:
                return Markdown(text=_cut(text, self.max_chars) + MORE.get(locale, MORE["zh"]))
        return message


def _cut(text: str, limit: int) -> str:
    """Cut at the last sentence or line end before `limit`, so a group sees whole sentences."""
    head = text[:limit]
    ends = [head.rfind(mark) for mark in ("\n", "。", "！", "？", ". ", "! ", "? ")]
    best = max(ends)
    return head[: best + 1].rstrip() if best >= limit // 2 else head.rstrip()
