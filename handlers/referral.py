"""Referral codes (裂变): a member asks ("邀请", "invite": community.yaml `referral.words`) and gets their own
invite link, the brand's WeCom acquisition link carrying their code as `customer_channel`. Pure: the code is
derived from the member id (bot/community/referrals.py), the after-route step registers it (`referral.code`
event), and a friend who adds the brand through it is credited to the member.

Not claimed when the brand has no acquisition link configured (the words fall through to the FAQ), nor for
an unknown member (no id to derive a code from).

The same link, with no code, answers asking to add the brand ("加你微信", "你们微信号多少", "can i add you on
wechat"): the member is already talking to the brand here, and the acquisition link adds one of its advisers on WeCom
for one-to-one help. They got the FAQ's payment methods ("微信" as WeChat Pay; lead23). A member on WeCom has the
brand as a contact already: told so, with no link.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from bot.community.codes import CODE_FIELD, code_for, link_for
from bot.content.model import Content
from bot.inbound import Channel, Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import (
    LINK_ASKS,
    LINK_KIND,
    QUESTION_FILLER_CHARS,
    QUESTION_FILLER_WORDS,
    brand_text,
    is_text,
    link_shown_last,
    menu_fields,
    only_filler,
    reply_locale,
    take_terms,
    terms,
    without_brand,
)
from handlers.follow_up import asks_again
from handlers.links import link, source

FILLER_WORDS = frozenset({"my", "me", "a", "an", "the", "code", "link", "get", "give", "want", "please", "pls",
                          "friend", "friends", "i", "to", "send"})
FILLER_CHARS = "我的要想请给发一个下好友朋友链接码吗呢啊"
TITLE = {"zh": "{brand} · 好友邀请", "en": "{brand} · invite a friend"}
DESCRIPTION = {"zh": "点开添加{brand}，一起交流护肤和小课堂", "en": "Tap to add {brand} and join the community"}
REFERRAL_EVENT = "referral.code"  # bot/community/feed.py registers the code

# Asking to add the brand on WeChat, as the whole message (normalised).
ADD_US_WORDS = ("加你微信", "加你们微信", "加你的微信", "加你們微信", "加微信", "加个微信", "加一下微信", "加你好友",
                "加好友", "加顾问", "加客服微信", "加你哋微信", "加你地微信", "微信号多少", "微信号是多少", "微信号",
                "个人微信", "私人微信", "顾问微信", "客服微信", "wechat id", "wechat account", "your wechat",
                "add you on wechat", "add you", "add u", "add u on wechat", "add your wechat", "add you guys",
                "add you on wecom", "add your adviser", "add your advisor", "add an adviser", "add an advisor",
                "personal wechat")
ADD_US_FILLER_WORDS = QUESTION_FILLER_WORDS | frozenset({
    "could", "may", "what", "whats", "s", "your", "guys", "on", "wechat", "id", "to", "want", "wanna", "like",
    "would", "me", "let", "lets", "there", "any"})
ADD_US_FILLER_CHARS = QUESTION_FILLER_CHARS + "想可以能请问你们是什么多少个一下哋地该係咩"
# brand.yaml templates `add_us`, `add_us_on_wecom` and `add_us_title` reword these ({brand}).
ADD_US = {"zh": "你现在就在和{brand}聊天 🙂 想加{brand}顾问的企业微信、一对一咨询，点下方添加：",
          "en": "You're already chatting with {brand} here 🙂 To add a {brand} adviser on WeCom for one-to-one help, "
                "tap below:"}
ADD_US_ON_WECOM = {"zh": "你已经加了{brand}的企业微信，就在这里聊就好 🙂 有问题直接发给我。",
                   "en": "You already have {brand} on WeCom: this chat is it 🙂 Ask me anything here."}
ADD_TITLE = {"zh": "添加{brand}顾问", "en": "Add a {brand} adviser"}


class ReferralHandler:
    name = "referral"
    # Hidden from the help menu: a brand without an acquisition link does not offer it, and the menu is static.
    summary: ClassVar[Mapping[str, str]] = {}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        referral = content.community.referral
        if not is_text(inbound) or member is None or not referral.link or code_for(member.id) is None:
            return None
        text = terms(inbound)
        asked = content.remembered(_asked)(text)  # text-only: remembered per content version
        if not asked and (shown := link_shown_last(member, inbound)) \
                and (LINK_ASKS.fullmatch(text) is not None or asks_again(text)):
            asked = "add_us" if shown == "add_us" else "link"  # "链接再发一次" just after the link: it again (lead46)
        if asked == "add_us":  # "加你微信": the brand's link, with no code
            return Match({"add_us": True})
        return Match() if asked == "link" else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        assert member is not None  # match claims only known members
        locale = reply_locale(inbound, member, content)
        referral = content.community.referral
        brand = content.brand.name.get(locale)
        if match.data.get("add_us"):
            if inbound.channel is Channel.WECOM:
                return Result(messages=(Text(text=brand_text(content, "add_us_on_wecom", locale, ADD_US_ON_WECOM,
                                                             brand=brand)),))
            adviser = link(brand_text(content, "add_us_title", locale, ADD_TITLE, brand=brand), referral.link,
                           member=member, source_name=source(inbound, self.name),
                           description=DESCRIPTION[locale].format(brand=brand))
            intro = brand_text(content, "add_us", locale, ADD_US, brand=brand)
            return Result(messages=(Text(text=f"{intro}\n{adviser.url}"),) if inbound.in_group else
                          (Text(text=intro), adviser), set_fields=_shown(inbound, "add_us"),
                          events=(("add_us_link", {}),))
        code = code_for(member.id) or ""
        target = link(TITLE[locale].format(brand=brand), link_for(referral, code), member=member,
                      source_name=source(inbound, self.name), campaign=f"rf:{code}",
                      description=DESCRIPTION[locale].format(brand=brand))
        text = referral.text.get(locale)
        messages = (Text(text=f"{text}\n{target.url}"),) if inbound.in_group else (Text(text=text), target)
        fields = ({} if member.get(CODE_FIELD) == code else {CODE_FIELD: code}) | _shown(inbound, "invite")
        return Result(messages=messages, set_fields=fields, events=((REFERRAL_EVENT, {"code": code}),))


def _shown(inbound: Inbound, which: str) -> dict[str, str]:
    """The link just sent as the thing shown last (handlers.common.LINK_KIND), 1:1: "链接再发一次" next is that link
    again, not the products to pick a link from (lead46). In a group the link is in the text, for everyone."""
    return {} if inbound.in_group else menu_fields(LINK_KIND, [which], inbound)


def _asked(text: str, content: Content) -> str:
    """"add_us" when the normalised message asks to add the brand (`_asks_to_add_us`), else "link" when it asks for
    the referral link (`_asks_for_link`), else "": both readings in one lookup (Content.remembered)."""
    return "add_us" if _asks_to_add_us(text, content) else "link" if _asks_for_link(text, content) else ""


def _asks_to_add_us(text: str, content: Content) -> bool:
    """The normalised message asks to add the brand on WeChat (ADD_US_WORDS) and says nothing else."""
    rest, asked = take_terms(text, ADD_US_WORDS)
    return asked and only_filler(without_brand(rest, content), ADD_US_FILLER_WORDS, ADD_US_FILLER_CHARS)


def _asks_for_link(text: str, content: Content) -> bool:
    """The normalised message asks for the referral link (one of the brand's referral words) and says nothing
    else."""
    rest, asked = take_terms(text, map(normalize, content.community.referral.words))
    return asked and only_filler(without_brand(rest, content), FILLER_WORDS, FILLER_CHARS)
