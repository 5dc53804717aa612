"""Referral codes as values (pure: handlers derive them, the store registers them, the webhook parses them).

A code is `rf_` + the member id's 16 hex digits (19 characters: within a contact way's 30-character `state`
and an acquisition link's 64-byte `customer_channel`, docs/platform.md). Derived, so asking twice gives the
same code; it credits its owner only once registered (bot/community/referrals.py), so a made-up state
credits nobody.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from bot.content.community import Referral

PREFIX = "rf_"  # WeCom `state` values of referral codes; channel codes (issue 13) use `ch_`
CODE_FIELD = "rf"  # member field: the member's code, once they asked
_CODE_RE = re.compile(r"rf_([0-9a-f]{16})\Z")


def code_for(member_id: str) -> str | None:
    """The member's referral code, None for an id that is not a canonical member id."""
    code = PREFIX + member_id[1:]
    return code if member_id.startswith("m") and _CODE_RE.match(code) else None


def referral_from_state(state: str) -> str | None:
    """The referrer's member id carried by a WeCom `state` (a contact way's, or an acquisition link's
    customer_channel), None when the state is not a referral code. The one parser of `rf_` states: a
    registry of state prefixes can call it as is."""
    found = _CODE_RE.match(state.strip())
    return "m" + found.group(1) if found else None


def link_for(referral: Referral, code: str) -> str:
    """The member's own acquisition link: the brand's link with their code as customer_channel."""
    return f"{referral.link}?customer_channel={quote(code)}" if referral.link else ""
