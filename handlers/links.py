"""Tracking parameters on Mini Program pages and web links, and the cards built from content.

Every link a handler sends says who it was sent to and why, without personal data:

    sy_m  the member's opaque id (`Member.id`, a hash), never an openid or external_userid
    sy_s  the source: "<channel>.<handler>" (e.g. "oa.shop", "group_bot.careers")
    sy_c  the campaign, when there is one (a QR scene, a contact way's State, an FAQ entry...)

    tracked_page("pages/product/detail?id=1001", member, "oa.shop")
    -> "pages/product/detail?id=1001&sy_m=m0123456789abcdef&sy_s=oa.shop"
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from bot.content.model import Content, Product
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Link, MiniProgram

MEMBER, SOURCE, CAMPAIGN = "sy_m", "sy_s", "sy_c"
_SAFE = ":._-"  # kept as written: URL Link queries accept them (PLATFORM.md §4)


def source(inbound: Inbound, handler: str) -> str:
    return f"{inbound.channel}.{handler}"


def tracking_query(member: Member | None, source_name: str, campaign: str = "") -> str:
    parts = []
    if member is not None and member.id:
        parts.append((MEMBER, member.id))
    parts.append((SOURCE, source_name))
    if campaign:
        parts.append((CAMPAIGN, campaign))
    return "&".join(f"{name}={quote(value, safe=_SAFE)}" for name, value in parts)


def tracked_page(page: str, member: Member | None, source_name: str, campaign: str = "") -> str:
    """A Mini Program page path with the tracking parameters appended to its query."""
    query = tracking_query(member, source_name, campaign)
    return f"{page}{'&' if '?' in page else '?'}{query}"


def tracked_url(url: str, member: Member | None, source_name: str, campaign: str = "") -> str:
    """An http(s) URL with the tracking parameters appended to its query (fragment kept last)."""
    if not url:
        return ""
    parts = urlsplit(url)
    extra = tracking_query(member, source_name, campaign)
    query = f"{parts.query}&{extra}" if parts.query else extra
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


# An http(s) URL inside a text (a manager's campaign text; tracked ones are ASCII: tracking_query quotes the values,
# and bot/tracking/shorten.py finds them with it). It ends at anything else (whitespace, a quote, a bracket, Chinese
# text) and never on sentence punctuation ("... ?sy_s=oa.x.").
URL_IN_TEXT = re.compile(r"https?://[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%]*[A-Za-z0-9\-_~/#\[\]@$&*+=%]")


def tracked_text(text: str, member: Member | None, source_name: str, campaign: str = "") -> str:
    """`text` with each http(s) URL in it tracked (`tracked_url`): a campaign's or a sequence step's text with a link
    in it ("冬季上新，看这里 https://...") then counts its clicks, as a link card does. Text without one is returned
    as it is."""
    if "://" not in text:
        return text
    return URL_IN_TEXT.sub(lambda found: tracked_url(found.group(0), member, source_name, campaign), text)


def product_card(product: Product, locale: str, *, member: Member | None, source_name: str,
                 campaign: str = "") -> MiniProgram:
    """A product's Mini Program card; its tracked web page is the fallback where no card can go."""
    return MiniProgram(
        title=product.name.get(locale), appid=product.miniprogram.appid,
        page=tracked_page(product.miniprogram.page, member, source_name, campaign), image=product.image,
        fallback_url=tracked_url(product.url, member, source_name, campaign))


def product_for_page(content: Content, appid: str, page: str) -> Any | None:
    """The product whose Mini Program page this is (lessons link to product pages), or None."""
    for product in content.products:
        if product.miniprogram.appid == appid and product.miniprogram.page == page:
            return product
    return None


def link(title: str, url: str, *, member: Member | None, source_name: str, campaign: str = "",
         description: str = "", image_url: str = "") -> Link:
    return Link(title=title, url=tracked_url(url, member, source_name, campaign), description=description,
                image_url=image_url)
