"""Keep the bot a good group citizen: answers in a group stay short, and the same answer is not
posted again in the same group within a few minutes (it points up to the earlier one instead).

Handlers stay pure and answer the same everywhere; this step adapts their messages for groups.
"""

from __future__ import annotations

import hashlib

import redis

from bot.clock import Clock, epoch_s
from bot.inbound import Inbound
from bot.outbound import Markdown, Outbound, Text, plain_text
from bot.store import keys

REPEAT_WINDOW_S = 300  # "a few minutes": long enough to cover a burst of the same question
GROUP_MAX_CHARS = 300  # about six lines on a phone; the full answer is one private message away
MORE = {"zh": "…（私聊我看完整回答）", "en": "… (message me for the full answer)"}
ALREADY = {"zh": "这个问题刚刚回答过，请看上面的消息 ↑", "en": "Just answered this one, see above ↑"}


class GroupReplyGuard:
    def __init__(self, redis_client: redis.Redis, clock: Clock, *, window_s: int = REPEAT_WINDOW_S,
                 max_chars: int = GROUP_MAX_CHARS) -> None:
        self.redis = redis_client
        self.clock = clock
        self.window_s = window_s
        self.max_chars = max_chars

    def screen(self, inbound: Inbound, messages: tuple[Outbound, ...], *, locale: str) -> tuple[Outbound, ...]:
        """Shorten and de-repeat `messages` for a group; 1:1 chats pass through untouched."""
        if not inbound.in_group or not inbound.is_message or not messages:
            return messages  # a group welcome answers a join, not a question: never "see above"
        shortened = tuple(self._shorten(message, locale) for message in messages)
        digest = hashlib.blake2b("\n".join(plain_text(m) for m in shortened).encode(), digest_size=10).hexdigest()
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
