"""`Member`: the read-only snapshot of one person that handlers, routes and jobs read. Values only:
nothing here touches Redis (bot/store/members.py stores it), HTTP or wechatpy.

Field names are short on purpose: the budget is under 300 bytes of Redis per member (DESIGN §4).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

# Hash fields. "l:<channel>" = last interaction on that channel (epoch s), any callback about the member;
# "lm:<channel>" = last *message* (the 48-hour customer-service window, 5 sends); "la:<channel>" = last action
# that opens the 1-minute window of 3 sends (a follow, a QR scan, a click or scancode menu: inbound.WINDOW_BY_ACTION).
F_CHANNEL, F_ACCOUNT, F_USER = "ch", "ac", "u"
F_FIRST_SEEN, F_UNIONID, F_OPTED_OUT = "fs", "un", "oo"
F_LOCALE, F_CITY, F_NICKNAME, F_TIMEZONE = "lc", "ci", "nn", "tz"
# An open handoff to a person: "<handoff id>|<epoch s it times out>" (handlers/handoff.py writes it,
# bot/store/handoffs.py clears it when staff close it).
F_HANDOFF = "ho"
# The WeChat customer service account a kf customer last wrote to (open_kfid): proactive kf sends (sequence
# steps) go from it. Written by the webhook pipeline.
F_KF_ACCOUNT = "kf"
# The script of the member's Chinese when it is not simplified: "hk" or "tw" (bot.text SCRIPTS: replies and
# proactive sends are converted to it). Written by the webhook pipeline when a message's script differs from it;
# absent = simplified, which keeps the field off the ~all members who write simplified or English.
F_SCRIPT = "sc"
# The WeCom staff member (userid) who last added this customer (add_external_contact); a confirm task
# (bot/channels/wecom_task.py) goes out in their name. Cleared when that staff member and the customer part.
F_STAFF = "st"


def member_id_for(identity: str) -> str:
    """A stable, opaque id for one channel identity; safe to put in tracking links (no openid)."""
    return "m" + hashlib.blake2b(identity.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True, kw_only=True)
class Member:
    """A read-only snapshot handed to handlers."""

    id: str
    brand: str
    fields: Mapping[str, str] = field(default_factory=dict)
    tags: frozenset[str] = frozenset()
    is_new: bool = False  # first seen by this callback

    @property
    def channel(self) -> str:
        return self.fields.get(F_CHANNEL, "")

    @property
    def user_id(self) -> str:
        return self.fields.get(F_USER, "")

    @property
    def opted_out(self) -> bool:
        return self.fields.get(F_OPTED_OUT) == "1"

    @property
    def locale(self) -> str:
        return self.fields.get(F_LOCALE, "")

    @property
    def script(self) -> str:
        """F_SCRIPT: "" (simplified), "hk" or "tw"."""
        return self.fields.get(F_SCRIPT, "")

    @property
    def city(self) -> str:
        return self.fields.get(F_CITY, "")

    @property
    def staff_id(self) -> str:
        """The WeCom staff contact of a customer (F_STAFF), "" when none is known."""
        return self.fields.get(F_STAFF, "")

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)

    def last_seen_at(self, channel: str) -> datetime | None:
        return _at(self.fields.get(f"l:{channel}"))

    def last_message_at(self, channel: str) -> datetime | None:
        return _at(self.fields.get(f"lm:{channel}"))

    def last_seen_s(self, channel: str) -> int | None:
        """`last_seen_at` in epoch seconds, without a datetime (the send budget asks for hundreds a tick)."""
        return _seconds(self.fields.get(f"l:{channel}"))

    def last_message_s(self, channel: str) -> int | None:
        return _seconds(self.fields.get(f"lm:{channel}"))

    def last_action_s(self, channel: str) -> int | None:
        """The last follow, scan or click menu (la:<channel>), in epoch seconds."""
        return _seconds(self.fields.get(f"la:{channel}"))

    @property
    def first_seen_at(self) -> datetime | None:
        return _at(self.fields.get(F_FIRST_SEEN))


def _at(value: str | None) -> datetime | None:
    return datetime.fromtimestamp(int(value), tz=UTC) if value and value.isascii() and value.isdigit() else None


def _seconds(value: str | None) -> int | None:
    return int(value) if value and value.isascii() and value.isdigit() else None
