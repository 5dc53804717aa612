"""A tap on an Official Account menu button is the follower typing the button's words.

config/menu.yaml gives each click button the words it stands for (`says`); WeChat posts the tap as a CLICK
event with the button's key. Routing the tap as those words lets every handler answer a menu without knowing
menus exist, in the passive reply a click allows (PLATFORM.md §0: a click also opens 3 messages in a minute).
"""

from __future__ import annotations

import dataclasses
import logging

from bot.content.model import Content
from bot.inbound import Channel, Inbound, Kind
from bot.member import Member
from bot.text import member_locale

log = logging.getLogger(__name__)


def as_typed(inbound: Inbound, member: Member | None, content: Content) -> Inbound:
    """`inbound` as the text its menu button says, in the member's language; any other inbound unchanged.
    A key the menu does not know (a menu made elsewhere, a button removed long ago) is logged and left to
    the handlers as the click it is, which none answers."""
    if inbound.kind is not Kind.MENU_CLICK or inbound.channel is not Channel.OA or not inbound.event_key:
        return inbound
    words = content.menu.says_for(inbound.event_key, member_locale(member, content.brand.default_locale))
    if not words:
        log.info("menu click brand=%s key=%r: menu.yaml has no button with this key, not answered", inbound.brand,
                 inbound.event_key[:64])
        return inbound
    return dataclasses.replace(inbound, kind=Kind.TEXT, text=words)
