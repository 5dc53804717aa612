"""Where the products are made and how old the company is: asked of a brand whose FAQ says neither, the entry that
shares a word answered instead. "made in china?" got "Yes. We ship to mainland China", "where are your products
made" the cruelty-free answer, "where is it manufactured" the shelf life, "how old is the company" the receipt
(lead27). An origin question (ORIGIN_ASKS) is answered only by an entry that speaks of origin itself, in its
questions or keywords; else nothing answers it (noted for the team, as any unanswered question). A brand that
writes such an entry ("Where are your products made?") gets it answered."""

from __future__ import annotations

import re

from bot.content.model import Content
from bot.text import normalize

ORIGIN_ASKS = re.compile("|".join((
    r"\bmade in\b", r"\bmanufactured in\b", r"\bproduced in\b",
    r"\bwheres?\b.{0,30}\b(?:made|manufactured|produced|manufacture|sourced)\b",
    r"\bwhich country\b.{0,30}\b(?:made|from|manufactured|produced)\b",
    r"\bcountry of (?:origin|manufacture)\b", r"\borigin of (?:the|your) products?\b",
    r"\b(?:founded|established|started)\b.{0,20}\b(?:when|year)\b",
    r"\b(?:when|what year) (?:was|were|did)\b.{0,30}\b(?:founded|established|started|begin|start)\b",
    r"\bhow old is (?:the|your|ur) (?:company|brand|business)\b", r"\bhow long has (?:the|your|ur) (?:company|brand)\b",
    r"\bwho (?:owns|founded) (?:the|your|ur|this) (?:company|brand|business)\b",
    r"产地", r"原产", r"国产", r"进口的?吗", r"(?:哪里|哪儿|哪国|什么地方|哪个国家|边度|边个国家)(?:产|生产|制造|出产)",
    r"(?:在|喺)(?:哪里|哪儿|哪|边度)(?:生产|制造|做的|造的)",
    r"(?:成立|创立|创办)(?:于|多久|几年|的时间|时间|了多久|咗几耐)",
    r"(?:公司|品牌|牌子)(?:是)?(?:哪一?年|什么时候|几时)(?:成立|创立|创办|开始)",
)))


def asks_about_origin(text: str, _: Content | None = None) -> bool:
    """Whether `text` asks where the products are made or how old the company is (ORIGIN_ASKS). Text-only (for
    Content.remembered)."""
    return ORIGIN_ASKS.search(normalize(text)) is not None


def speaks_of_origin(entry_id: str, content: Content) -> bool:
    """Whether one of the entry's questions or keywords itself asks about origin. Text-only (Content.remembered)."""
    entry = content.faq_entry(entry_id)
    if entry is None:
        return False
    return any(ORIGIN_ASKS.search(normalize(text)) is not None
               for text in (*entry.questions.zh, *entry.questions.en, *entry.keywords))
