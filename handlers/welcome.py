"""First words after every way of joining, and the attribution tags that come with them.

- Official Account subscribe: the brand's follow welcome; by a parametric QR code, tag `qr:<scene>`.
- Official Account SCAN by a follower: tag `qr:<scene>` and a short "welcome back".
- WeCom add_external_contact: the contact welcome plus a product card, sent as ONE welcome
  (text + attachments, within the WelcomeCode's ~20 s; the pipeline builds it); tag
  `source:<State>` when the contact way has a State. Without a WelcomeCode WeCom allows no
  welcome (the contact way sends its own), so only the tag is kept.
- A customer group's add_member: ONE message for everyone the callback names, in the group's own
  welcome if it is a configured group. Customer groups cannot be messaged by the API directly
  (docs/platform.md §7): the delivery layer routes it (group robot) or parks it.
- The intelligent bot's enter_chat (first entry into its 1:1 chat each day): a one-line greeting.
- WeChat customer service (kf) enter_session: a kf welcome (template `kf_welcome`), not the contact welcome, whose
  "news and lessons will come here" a kf session cannot keep (it may be written to only within 48 h of the
  customer's last message, and no sequence starts from it), as ONE text, only with the event's welcome_code (once,
  within 20 s, by kf/send_msg_on_event; the pipeline queues it as a welcome). Without a code WeChat
  allows no welcome (the customer was welcomed or wrote in the last 48 h): not matched.

Follows, scans and contacts are already recorded by the pipeline as `in.<kind>` events with the
handler and member; the scene lives on in the member's tags, so no event of our own is added.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from bot.community.codes import referral_from_state
from bot.content.groups import CHANNEL_STATE_PREFIX, AcqChannel
from bot.content.model import Content
from bot.inbound import Channel, Inbound, Kind
from bot.member import Member
from bot.outbound import Outbound, Text
from bot.router import Match, Result
from bot.text import in_script
from handlers.common import brand_name, brand_text, reply_locale
from handlers.links import link, product_card, source

WELCOME_BACK = {"zh": "欢迎回来 👋 有问题直接发给我，回复【帮助】看我能做什么。",
                "en": 'Welcome back 👋 Ask me anything, or reply "help" to see what I can do.'}
ENTER_CHAT = {"zh": "你好，我是{brand}小助手 👋 直接问我问题，或回复【帮助】看我能做什么。",
              "en": 'Hi, I\'m the {brand} assistant 👋 Ask me anything, or reply "help" to see what I can do.'}
# A kf session is answered, never pushed to: the welcome says how to ask and promises nothing to come.
KF_WELCOME = {"zh": "你好，这里是{brand}的客服 👋 有皮肤、产品或订单问题，直接发给我；回复【帮助】看我能做什么。",
              "en": 'Hi, this is {brand} customer service 👋 Ask me about your skin, our products or your order; '
                    'reply "help" to see what I can do.'}
NEWCOMERS = {"zh": "👋 欢迎 {count} 位新朋友！", "en": "👋 Welcome, all {count} of you!"}


# The kinds a welcome answers, read once: on Python 3.11 each `Kind.X` costs ~0.9 k instructions (EnumType's
# `__getattr__` hook), and every message passes here to find it is none of them.
WELCOMED = (Kind.SUBSCRIBE, Kind.SCAN, Kind.CONTACT_ADDED, Kind.CONTACT_APPROVED, Kind.ENTER_CHAT, Kind.GROUP_UPDATED)


class WelcomeHandler:
    name = "welcome"
    summary: ClassVar[Mapping[str, str]] = {}  # answers events, not words: not in the help menu

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if inbound.kind not in WELCOMED:  # a message: none of the cases below
            return None
        if inbound.kind in (Kind.SUBSCRIBE, Kind.SCAN) and inbound.channel is Channel.OA:
            return Match()  # (a WeCom app's subscribe is a staff member following the app)
        if inbound.kind is Kind.CONTACT_ADDED:
            return Match()
        if inbound.kind is Kind.CONTACT_APPROVED and inbound.welcome_code:
            return Match()  # the welcome 41053 refused until the customer accepted chat archiving (doc 92005)
        if inbound.kind is Kind.ENTER_CHAT and inbound.channel is Channel.GROUP_BOT:
            return Match()
        if inbound.kind is Kind.ENTER_CHAT and inbound.channel is Channel.KF and inbound.welcome_code:
            return Match()  # (without a code WeChat allows no welcome: nothing of ours to do)
        if inbound.kind is Kind.GROUP_UPDATED and inbound.update_detail == "add_member" and inbound.chat_id:
            return Match()
        return None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        match inbound.kind:
            case Kind.SUBSCRIBE:
                return self._followed(inbound, content, locale)
            case Kind.SCAN:
                tags = _scene_tags("qr", inbound.scene)
                return Result(messages=(Text(text=brand_text(content, "welcome_back", locale, WELCOME_BACK)),),
                              add_tags=tags)
            case Kind.CONTACT_ADDED | Kind.CONTACT_APPROVED:
                return self._contact_added(inbound, member, content, locale)
            case Kind.ENTER_CHAT if inbound.channel is Channel.KF:
                return Result(messages=(Text(text=brand_text(content, "kf_welcome", locale, KF_WELCOME,
                                                             brand=brand_name(content, locale))),))
            case Kind.ENTER_CHAT:
                text = brand_text(content, "enter_chat", locale, ENTER_CHAT, brand=brand_name(content, locale))
                return Result(messages=(Text(text=text),))
        return self._group_join(inbound, content)

    def _followed(self, inbound: Inbound, content: Content, locale: str) -> Result:
        text = content.brand.welcome.oa_follow.get(locale)
        return Result(messages=(Text(text=text),) if text else (), add_tags=_scene_tags("qr", inbound.scene))

    def _contact_added(self, inbound: Inbound, member: Member | None, content: Content, locale: str) -> Result:
        # A referral code names one member: one tag per code would be one tag bitmap per referrer, so they
        # all share `source:referral` (the edge itself is recorded by bot/community/feed.py).
        tags = REFERRAL_TAGS if referral_from_state(inbound.scene) else _scene_tags("source", inbound.scene)
        channel = _channel(content, inbound.scene)  # a channels.yaml code: its own welcome, link and tags
        if channel is not None:
            tags |= frozenset({*channel.tags, channel.campaign})
        if not inbound.welcome_code:
            return Result(add_tags=tags)
        messages: list[Outbound] = []
        text = (channel.welcome.get(locale) if channel is not None and channel.welcome else
                content.brand.welcome.contact_added.get(locale))
        if text:
            messages.append(Text(text=text.strip()))
        if channel is not None:
            if channel.link:
                messages.append(link(channel.name, channel.link, member=member, source_name=source(inbound, self.name),
                                     campaign=channel.campaign))
            return Result(messages=tuple(messages), add_tags=tags)
        product = _welcome_product(content, inbound.scene)
        if product is not None:
            messages.append(product_card(product, locale, member=member, source_name=source(inbound, self.name),
                                         campaign=inbound.scene))
        return Result(messages=tuple(messages), add_tags=tags)

    def _group_join(self, inbound: Inbound, content: Content) -> Result:
        group = content.group_for_chat(inbound.chat_id)
        locale = group.locale if group is not None else content.brand.default_locale
        text = (group.welcome.get(locale) if group is not None and group.welcome else
                content.brand.welcome.group_join.get(locale))
        count = max(inbound.member_change_count, len(inbound.member_changes), 1)
        if count > 1:
            text = f"{NEWCOMERS[locale].format(count=count)}\n{text}"
        if text and group is not None:
            text = in_script(text, group.script)  # a Hong Kong or Taiwan group's welcome in its script
        fields = {"chat": inbound.chat_id, "group": group.id if group is not None else "", "count": str(count)}
        return Result(messages=(Text(text=text.strip()),) if text else (), events=(("group_join", fields),))


REFERRAL_TAGS = frozenset({"source:referral"})


# The longest scene a brand's code can carry: a QR code's scene_str is 1-64 characters (qrcode/create), a contact
# way's State at most 30 (externalcontact/add_contact_way). A longer one came from no code of the brand's.
SCENE_MAX_CHARS = 64


def _scene_tags(prefix: str, scene: str) -> frozenset[str]:
    scene = scene.strip()
    usable = scene and len(scene) <= SCENE_MAX_CHARS and "," not in scene and " " not in scene
    return frozenset({f"{prefix}:{scene}"}) if usable else frozenset()


def _channel(content: Content, state: str) -> AcqChannel | None:
    """The channels.yaml channel whose code carries this State (`ch_<id>`), if any."""
    return content.channel(state.removeprefix(CHANNEL_STATE_PREFIX)) if state.startswith(CHANNEL_STATE_PREFIX) \
        else None


def _welcome_product(content: Content, state: str) -> Any | None:
    """The product a contact way's State names (a QR on that product's shelf), else the first product
    in products.yaml (the community manager lists the one to show newcomers first)."""
    return content.product(state) or (content.products[0] if content.products else None)
