"""Tracked links, clicks and conversions in Redis.

A link Siyu sends becomes `<public>/l/<code>`: the code is random (10 base62 characters, ~60 bits: not
guessable, no personal data), its record names the brand, the target (which keeps its `sy_m` member
reference for the shop or job site), the member and the campaign. A click is counted per campaign (all
and unique members) and remembered as the member's last click, to which a conversion reported back within
the attribution window is credited.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

import redis

from bot.content.variants import ARM_SEP
from bot.store import keys
from bot.store.events import COUNTER_TTL_S, STREAM_MAXLEN

CODE_ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 10
LINK_TTL_S = 180 * 86400  # as long as WeCom keeps its own statistics; an older link answers "expired"
ATTRIBUTION_S = 7 * 86400
CONVERSION_SEEN_TTL_S = 90 * 86400
_B, _X = "\x00b", "\x00x"  # markers in key templates: the link's brand and campaign (or item), filled in Lua

# A click, in one round trip (the redirect's whole Redis work: bench/campaigns.py). Keys are built here from
# the link's own brand and campaign, which only the link record knows (one Redis instance, no cluster slots),
# in keys.py's shapes: _follow_script() writes each key function's output around the two values into the
# script's text, so a call sends only its 7 values (redis-py packs every argument of every call).
# ARGV: link key, at (Unix s), UTC day, attribution TTL, stream maxlen, counter TTL, arm separator.
# Returns {brand, url, member, campaign}, or nil for an unknown or broken code.
_FOLLOW_BODY = """
local link = redis.call('HMGET', ARGV[1], 'b', 'u', 'm', 'c')
local brand, url = link[1], link[2]
if not brand or not url or brand == '' or url == '' then return nil end
local member, campaign = link[3] or '', link[4] or ''
local bucket = campaign ~= '' and campaign or '-'
redis.call('HINCRBY', CLICKS(brand, bucket), 'n', 1)
if member ~= '' then
  redis.call('PFADD', CLICKERS(brand, bucket), member)
  redis.call('SET', LAST_CLICK(brand, member), bucket, 'EX', ARGV[4])
end
local entry = {'type', 'click', 'at', ARGV[2]}
if member ~= '' then entry[#entry + 1] = 'member'; entry[#entry + 1] = member end
if campaign ~= '' then entry[#entry + 1] = 'campaign'; entry[#entry + 1] = campaign end
redis.call('XADD', EVENTS(brand), 'MAXLEN', '~', ARGV[5], '*', unpack(entry))
local counter = DAY_COUNTER(brand, ARGV[3])
redis.call('HINCRBY', counter, 'click', 1)
redis.call('EXPIRE', counter, ARGV[6])
local sep = string.find(campaign, ARGV[7], 1, true)
if sep and sep > 1 and sep < #campaign then
  local item = string.sub(campaign, 1, sep - 1)
  redis.call('HINCRBY', TONE_STATS(brand, item), string.sub(campaign, sep + #ARGV[7]) .. '|clicked', 1)
  redis.call('SADD', TONE_ITEMS(brand), item)
end
return {brand, url, member, campaign}
"""
_SAFE_KEY_TEXT = re.compile(r"[A-Za-z0-9:@_.#-]*")


def _lua_key_function(name: str, make: Callable[..., str], *, with_x: bool = True) -> str:
    """`local function NAME(b, x)` returning `make(b, x)` as keys.py builds it (the brand and the campaign,
    member or day spliced where `make` puts them)."""
    made = make(_B, _X) if with_x else make(_B)
    before, _, rest = made.partition(_B)
    between, _, after = rest.partition(_X)
    parts = (before, between, after)
    assert _B not in rest and _X not in after and all(_SAFE_KEY_TEXT.fullmatch(p) for p in parts), made
    body = f"'{before}' .. b .. '{between}'" + (f" .. x .. '{after}'" if with_x else "")
    return f"local function {name}(b, x) return {body} end\n"


def _follow_script() -> str:
    return "".join([
        _lua_key_function("CLICKS", keys.clicks), _lua_key_function("CLICKERS", keys.clickers),
        _lua_key_function("LAST_CLICK", keys.last_click), _lua_key_function("EVENTS", keys.events, with_x=False),
        _lua_key_function("DAY_COUNTER", lambda b, day: keys.counter(b, "events", day)),
        _lua_key_function("TONE_STATS", keys.tone_stats),
        _lua_key_function("TONE_ITEMS", keys.tone_items, with_x=False),
    ]) + _FOLLOW_BODY


_FOLLOW = _follow_script()


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
        self._follow = redis_client.register_script(_FOLLOW)

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

    def follow(self, code: str, at_s: int, day: str) -> TrackedLink | None:
        """Resolve a clicked code and record the click, in one round trip (the redirect's latency and CPU are
        mostly round trips, bench/campaigns.py): the campaign's clicks (`n`) and unique clickers, the member's
        last click (for conversions), a `click` event and the UTC `day`'s counter (as EventLog.append would),
        and a toned link's `clicked` for its arm (as ToneStats.count would). None for an unknown code."""
        if not valid_code(code):
            return None
        found = self._follow(args=[keys.link(code), at_s, day, ATTRIBUTION_S, STREAM_MAXLEN, COUNTER_TTL_S, ARM_SEP])
        if not found:
            return None
        brand, url, member, campaign = (_s(v) for v in found)
        return TrackedLink(code=code, brand=brand, url=url, member_id=member, campaign=campaign)

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
