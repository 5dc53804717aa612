"""Tracked links, clicks and conversions in Redis.

A link Siyu sends becomes `<public>/l/<code>`: the code is random (10 base62 characters, ~60 bits: not
guessable, no personal data), its record names the brand, the target (which keeps its `sy_m` member
reference for the shop or job site), the member and the campaign. A click is counted per campaign (all
and unique members) and remembered as the member's last click, to which a conversion reported back within
the attribution window is credited.
"""

from __future__ import annotations

import hashlib
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

import redis

from bot.store import keys

CODE_ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 10
LINK_TTL_S = 180 * 86400  # as long as WeCom keeps its own statistics; an older link answers "expired"
ATTRIBUTION_S = 7 * 86400
CONVERSION_SEEN_TTL_S = 90 * 86400


@dataclass(frozen=True)
class TrackedLink:
    code: str
    brand: str
    url: str
    member_id: str
    campaign: str


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def valid_code(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(c in CODE_ALPHABET for c in code)


class LinkStore:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def codes_for(self, brand: str, items: Sequence[tuple[str, str, str]]) -> list[str]:
        """A code per (url, member id, campaign): the existing one for that member and URL, else a new one.
        Two round trips for any number of links (one when all exist)."""
        digests = [hashlib.blake2b(f"{member}|{url}".encode(), digest_size=12).hexdigest() for url, member, _ in items]
        found = self.redis.mget([keys.link_index(brand, d) for d in digests]) if items else []
        codes = [_s(c) if c is not None else "" for c in found]
        pipe = self.redis.pipeline(transaction=False)
        for index, ((url, member, campaign), digest) in enumerate(zip(items, digests, strict=True)):
            if codes[index]:
                continue
            code = codes[index] = new_code()
            pipe.hset(keys.link(code), mapping={"b": brand, "u": url, "m": member, "c": campaign})
            pipe.expire(keys.link(code), LINK_TTL_S)
            pipe.set(keys.link_index(brand, digest), code, ex=LINK_TTL_S)
        if len(pipe):
            pipe.execute()
        return codes

    def resolve(self, code: str) -> TrackedLink | None:
        if not valid_code(code):
            return None
        found = {_s(k): _s(v) for k, v in self.redis.hgetall(keys.link(code)).items()}
        if not found.get("u") or not found.get("b"):
            return None
        return TrackedLink(code=code, brand=found["b"], url=found["u"], member_id=found.get("m", ""),
                           campaign=found.get("c", ""))

    def record_click(self, link: TrackedLink) -> None:
        campaign = link.campaign or "-"
        pipe = self.redis.pipeline(transaction=False)
        pipe.hincrby(keys.clicks(link.brand, campaign), "n", 1)
        if link.member_id:
            pipe.pfadd(keys.clickers(link.brand, campaign), link.member_id)
            pipe.set(keys.last_click(link.brand, link.member_id), campaign, ex=ATTRIBUTION_S)
        pipe.execute()

    def click_counts(self, brand: str, campaign: str) -> dict[str, int]:
        pipe = self.redis.pipeline(transaction=False)
        pipe.hgetall(keys.clicks(brand, campaign))
        pipe.pfcount(keys.clickers(brand, campaign))
        counts, unique = pipe.execute()
        out = {_s(k): int(float(v)) for k, v in counts.items() if not _s(k).startswith("value:")}
        return {"clicks": out.get("n", 0), "unique": int(unique), "conversions": out.get("conversions", 0)}

    def click_counts_many(self, brand: str, campaigns: Sequence[str]) -> dict[str, int]:
        """`click_counts` over several campaigns together (a campaign and its tone arms): clicks and conversions
        summed, unique clickers counted once across them (PFCOUNT of several keys is their union)."""
        pipe = self.redis.pipeline(transaction=False)
        for campaign in campaigns:
            pipe.hmget(keys.clicks(brand, campaign), ["n", "conversions"])
        pipe.pfcount(*(keys.clickers(brand, c) for c in campaigns))
        *counts, unique = pipe.execute()
        return {"clicks": sum(int(float(n or 0)) for n, _ in counts), "unique": int(unique),
                "conversions": sum(int(float(c or 0)) for _, c in counts)}

    def record_conversion(self, brand: str, conversion_id: str, member_id: str, value: Decimal,
                          currency: str) -> tuple[bool, str]:
        """(counted, campaign credited): a repeated id counts nothing; the campaign is the member's last click
        within the attribution window ("" when none)."""
        if not self.redis.set(keys.conversion_seen(brand, conversion_id), member_id or "-", nx=True,
                              ex=CONVERSION_SEEN_TTL_S):
            return False, ""
        campaign = _s(self.redis.get(keys.last_click(brand, member_id)) or b"") if member_id else ""
        pipe = self.redis.pipeline(transaction=False)
        target = keys.clicks(brand, campaign or "-")
        pipe.hincrby(target, "conversions", 1)
        if value:
            pipe.hincrbyfloat(target, f"value:{currency}", float(value))
        pipe.execute()
        return True, campaign


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
