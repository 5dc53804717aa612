"""Referral codes (裂变): a member asks ("邀请", "invite": community.yaml `referral.words`) and gets their own
invite link, the brand's WeCom acquisition link carrying their code as `customer_channel`. Pure: the code is
derived from the member id (bot/community/referrals.py), the after-route step registers it (`referral.code`
event), and a friend who adds the brand through it is credited to the member.

Not claimed when the brand has no acquisition link configured (the words fall through to the FAQ), nor for
an unknown member (no id to derive a code from).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from bot.community.codes import CODE_FIELD, code_for, link_for
from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import is_text, only_filler, reply_locale, take_terms, terms, without_brand
from handlers.links import link, source

FILLER_WORDS = frozenset({"my", "me", "a", "an", "the", "code", "link", "get", "give", "want", "please", "pls",
                          "friend", "friends", "i", "to", "send"})
FILLER_CHARS = "我的要想请给发一个下好友朋友链接码吗呢啊"
TITLE = {"zh": "{brand} · 好友邀请", "en": "{brand} · invite a friend"}
DESCRIPTION = {"zh": "点开添加{brand}，一起交流护肤和小课堂", "en": "Tap to add {brand} and join the community"}
REFERRAL_EVENT = "referral.code"  # bot/community/feed.py registers the code


class ReferralHandler:
    name = "referral"
    # Hidden from the help menu: a brand without an acquisition link does not offer it, and the menu is static.
    summary: ClassVar[Mapping[str, str]] = {}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        referral = content.community.referral
        if not is_text(inbound) or member is None or not referral.link or code_for(member.id) is None:
            return None
        if not content.remembered(_asks_for_link)(terms(inbound)):  # text-only: remembered per content version
            return None
        return Match()

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        assert member is not None  # match claims only known members
        locale = reply_locale(inbound, member, content)
        code = code_for(member.id) or ""
        referral = content.community.referral
        brand = content.brand.name.get(locale)
        target = link(TITLE[locale].format(brand=brand), link_for(referral, code), member=member,
                      source_name=source(inbound, self.name), campaign=f"rf:{code}",
                      description=DESCRIPTION[locale].format(brand=brand))
        text = referral.text.get(locale)
        messages = (Text(text=f"{text}\n{target.url}"),) if inbound.in_group else (Text(text=text), target)
        fields = {} if member.get(CODE_FIELD) == code else {CODE_FIELD: code}
        return Result(messages=messages, set_fields=fields, events=((REFERRAL_EVENT, {"code": code}),))


def _asks_for_link(text: str, content: Content) -> bool:
    """The normalised message asks for the referral link (one of the brand's referral words) and says nothing
    else."""
    rest, asked = take_terms(text, map(normalize, content.community.referral.words))
    return asked and only_filler(without_brand(rest, content), FILLER_WORDS, FILLER_CHARS)
