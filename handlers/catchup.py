"""补课 / "missed lessons" (groups.yaml `catchup_words` add to these): a member who joined a group after some of
its tutorial drops asks for the lessons they missed.

Pure: it claims the words and answers honestly; which lessons were missed (joins and drops are in Redis) and
their 1:1 deliveries are the community effects' job (bot/community/effects.py, event `drops.catchup`). The
lessons go 1:1 as a confirm task in the name of the member's staff contact, so the answer says a person sends
them, and that only lessons dropped before they joined come. On the Official Account the follower is known by an
openid, which no group join carries: nothing could come from there, so the answer says where to ask instead and no
catch-up is queued.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Channel, Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import is_text, reply_locale, terms

CATCHUP_EVENT = "drops.catchup"  # read by bot/community/effects.py
ANSWER = {"zh": "好的 🙌 你入群前群里发过的小课堂，会由你的顾问单独私信发给你（需要顾问在企业微信里确认发送）。"
                "如果你入群后没有错过课程，就不会收到。",
          "en": "Sure 🙌 The lessons posted in your group before you joined will come to you 1:1 from your adviser "
                "(they confirm the send in WeCom). If you haven't missed any, nothing will come."}

# The Official Account knows an openid; group joins (and so the missed lessons) are WeCom's external user ids.
FROM_THE_GROUP = {"zh": "群小课堂的补课要在群里申请：在你加入的交流群里 @我 发【补课】，"
                        "错过的课会由你的企业微信顾问私信发给你。还没进群？回复【进群】。",
                  "en": 'Missed group lessons are asked for in the group: mention me there with "missed lessons" and '
                        'your WeCom adviser will send you the ones you missed. Not in a group yet? Reply "join group".'}


class CatchupHandler:
    name = "catchup"
    summary: ClassVar[Mapping[str, str]] = {"zh": "补课：补发入群前错过的群小课堂",
                                            "en": "missed lessons: the group lessons from before you joined"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound):
            return None
        return Match({}) if content.remembered(_asks_to_catch_up)(terms(inbound)) else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        if inbound.channel is Channel.OA:
            return Result(messages=(Text(text=FROM_THE_GROUP[locale]),))
        return Result(messages=(Text(text=ANSWER[locale]),), events=((CATCHUP_EVENT, {}),))


def _asks_to_catch_up(text: str, content: Content) -> bool:
    """A group drops lessons and the normalised message is one of the catch-up words. Text-only (Content.remembered):
    every text message that reaches catchup asks, once per text and content version."""
    return any(g.drops is not None for g in content.groups) and text in _words(content.catchup_words)


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> frozenset[str]:
    """Cached per word list (as optout's): every text message asks, and the list changes only with the content."""
    return frozenset(normalize(word) for word in words)
