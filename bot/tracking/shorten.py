"""Every link Siyu sends goes through `<public>/l/<code>` when the brand has a public URL (SIYU_PUBLIC_URL).

Handlers stay pure: they build the target URL with its tracking parameters (handlers/links.py: sy_m, the
member's opaque reference; sy_s, the source; sy_c, the campaign). This runs where messages leave for a
member (the webhook pipeline, the sequence engine) and swaps each http(s) target for its code, one code per
member and target. Mini Program pages keep their query parameters: a card opens the page, not a URL.
A tracked link a handler wrote into a text (the job list's apply links: one text that fits the passive reply)
is swapped there too; a URL without the tracking parameters in a text (an invite link to pass on) is left as written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

from bot.outbound import Link, Markdown, MiniProgram, News, Outbound, Template, Text
from bot.settings import Settings
from bot.store.links import LinkStore
from handlers.links import URL_IN_TEXT

CAMPAIGN, SOURCE = "sy_c", "sy_s"


def campaign_of(url: str) -> str:
    """The campaign a link belongs to, from its own tracking parameters (sy_c, else the source sy_s)."""
    query = parse_qs(urlsplit(url).query)
    return (query.get(CAMPAIGN) or query.get(SOURCE) or [""])[0][:80]


class LinkShortener:
    def __init__(self, store: LinkStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings

    def public_url(self, brand: str) -> str:
        found = self.settings.brands.get(brand)
        return found.public_url if found is not None else ""

    def __call__(self, brand: str, member_id: str, messages: Sequence[Outbound]) -> tuple[Outbound, ...]:
        base = self.public_url(brand)
        if not base:
            return tuple(messages)
        ours = f"{base}/l/"
        urls = list(dict.fromkeys(u for m in messages for u in _urls(m) if u.startswith(("http://", "https://"))
                                  and not u.startswith(ours)))
        if not urls:
            return tuple(messages)
        codes = self.store.codes_for(brand, [(u, member_id, campaign_of(u)) for u in urls])
        swap = {url: f"{ours}{code}" for url, code in zip(urls, codes, strict=True)}
        return tuple(_rewritten(m, swap) for m in messages)


def _urls(message: Outbound) -> list[str]:
    match message:
        case Link(url=url):
            return [url]
        case News(articles=articles):
            return [a.url for a in articles]
        case MiniProgram(fallback_url=url) | Template(url=url):
            return [url] if url else []
        case Text(text=text) | Markdown(text=text):
            return _tracked_in(text)
    return []


def _tracked_in(text: str) -> list[str]:
    """The tracked links (those carrying sy_s, as handlers/links.py writes them) in a text."""
    return [url for url in URL_IN_TEXT.findall(text) if f"{SOURCE}=" in url] if "://" in text else []


def _rewritten(message: Outbound, swap: dict[str, str]) -> Outbound:
    match message:
        case Link(url=url) if url in swap:
            return dataclasses.replace(message, url=swap[url])
        case News(articles=articles):
            return dataclasses.replace(message, articles=tuple(
                dataclasses.replace(a, url=swap.get(a.url, a.url)) for a in articles))
        case MiniProgram(fallback_url=url) if url in swap:
            return dataclasses.replace(message, fallback_url=swap[url])
        case Template(url=url) if url in swap:
            return dataclasses.replace(message, url=swap[url])
        case Text(text=text) | Markdown(text=text) if "://" in text:
            return dataclasses.replace(message, text=URL_IN_TEXT.sub(lambda m: swap.get(m[0], m[0]), text))
    return message
