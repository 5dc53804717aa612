"""The numbered menu a member was shown last, kept in one member field, and the language it was shown in.

"<kind>|<epoch s>|<id>,<id>,...[|<locale>]" (kind: faq, tut, shop, job...), or "<kind>|<epoch s>|*" for "every item,
in content order" (the member hash stays small, DESIGN §4); a single product shown is "shop|<epoch s>|<id>", what a
following "how much?" asks about (handlers/shop.py). One field for every menu, so a digit always answers the menu
shown last; a digit sent more than MENU_TTL_S after it is an ordinary message again. The router stamps the language
a handler's menu was shown in (`with_menu_locale`), so that a number picked from it is answered in that language:
after "你好" then "tutorial" (the English menu), "1" got the Chinese lesson (lead25), since a command word does not
change a member's stored language (bot/router.py remembering_language). Sequence steps write the field without one.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.inbound import Inbound
from bot.member import Member
from bot.text import command_text, letters
from bot.text import reply_locale as text_reply_locale

MENU_FIELD = "mn"
MENU_TTL_S = 3600


def menu_shown(member: Member | None, field: str = MENU_FIELD) -> tuple[str, int, str] | None:
    """(kind, when shown in epoch s, ids as written) of the menu the member was shown last, however long ago; None when
    there is none or the field is malformed. `field` as for `pending_menu`."""
    shown_last = member.fields.get(field) if member is not None else None
    if not shown_last:  # most messages follow no menu: ~12 asks per FAQ callback end here (hot8)
        return None
    kind, _, rest = shown_last.partition("|")
    shown, _, ids = rest.partition("|")
    ids = ids.partition("|")[0]  # then the language it was shown in, when the router stamped it
    if not kind or not shown.isdigit() or not ids:
        return None
    return kind, int(shown), ids


def pending_menu(member: Member | None, inbound: Inbound,
                 field: str = MENU_FIELD) -> tuple[str, tuple[str, ...]] | None:
    """(kind, ids) of the menu the member was shown last, unless it is stale or absent; `field`: another field kept in
    the same form (handlers/common.py PICKED_FROM_FIELD, the list an item shown last was picked from)."""
    found = menu_shown(member, field)
    if found is None:
        return None
    kind, shown, ids = found
    if not 0 <= int(inbound.sent_at.timestamp()) - shown <= MENU_TTL_S:
        return None
    return kind, tuple(ids.split(","))


def pending_menu_shown_at(member: Member | None, inbound: Inbound, field: str = MENU_FIELD) -> int:
    """When the member's pending menu was shown (epoch s; 0 when none is pending); `field` as for `pending_menu`."""
    if member is None or pending_menu(member, inbound, field) is None:
        return 0
    return int(member.get(field).split("|")[1])


def pending_menu_locale(member: Member | None, inbound: Inbound) -> str:
    """The language the member's pending menu was shown in ("" when none is pending or it was not recorded)."""
    if member is None or pending_menu(member, inbound) is None:
        return ""
    parts = member.get(MENU_FIELD).split("|")
    return parts[3] if len(parts) == 4 else ""


def with_menu_locale(fields: Mapping[str, str], locale: str) -> Mapping[str, str]:
    """`fields` (a handler's result) with the language the menu it records was shown in."""
    shown = fields.get(MENU_FIELD, "")
    if not shown or shown.count("|") != 2:
        return fields
    return {**fields, MENU_FIELD: f"{shown}|{locale}"}


def reply_locale(inbound: Inbound, member: Member | None, default: str) -> str:
    """`bot.text.reply_locale`, except that a message with no letters (a bare number picked from a menu, an emoji)
    is answered in the language of the menu pending, which the member read."""
    lettered, said = letters(command_text(inbound))
    if not lettered:
        shown_in = pending_menu_locale(member, inbound)
        if shown_in:
            return shown_in
    return said or text_reply_locale(inbound, member, default)  # its letters say it, else what is known
