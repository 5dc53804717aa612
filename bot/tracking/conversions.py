"""`POST /api/v1/conversions`: what a brand's shop or job system reports back, signed.

    X-Siyu-Timestamp: 1796282400                      (Unix seconds; more than 300 s away: 401)
    X-Siyu-Signature: sha256=<hex HMAC-SHA256(SIYU_CONVERSION_SECRET, timestamp + "." + body)>
    {"member": "m8fae528a3a532788", "kind": "purchase", "value": "59.00", "currency": "CAD", "id": "order-1001"}

`member` is the `sy_m` reference the link carried. Checked in this order so nothing unsigned is even parsed:
signature (401), then the body (400). The brand is the one whose secret signed it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from bot.content.sequences import CONVERSION_KIND_RE as KIND_RE
from bot.settings import Settings

MAX_SKEW_S = 300
MAX_BODY_BYTES = 16 * 1024
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MEMBER_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
ID_RE = re.compile(r"^[\x21-\x7e]{1,128}$")  # printable ASCII, no spaces


class Unauthorised(Exception):
    pass


class Malformed(Exception):
    pass


@dataclass(frozen=True)
class Conversion:
    brand: str
    member: str
    kind: str
    value: Decimal
    currency: str
    id: str


def signed_brand(settings: Settings, timestamp: str, signature: str, body: bytes, now_s: int) -> str:
    """The brand whose secret signed `body` at `timestamp`; Unauthorised otherwise (no reason given away
    beyond what a caller may fix: missing headers, a stale time, a bad signature)."""
    if not timestamp or not signature:
        raise Unauthorised("missing X-Siyu-Timestamp or X-Siyu-Signature")
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
        raise Unauthorised("X-Siyu-Timestamp must be Unix seconds")
    if abs(now_s - int(timestamp)) > MAX_SKEW_S:
        raise Unauthorised(f"X-Siyu-Timestamp is more than {MAX_SKEW_S} s away from now")
    scheme, _, digest = signature.partition("=")
    if scheme != "sha256" or not digest:
        raise Unauthorised("X-Siyu-Signature must be sha256=<hex>")
    message = timestamp.encode() + b"." + body
    for name, brand in settings.brands.items():
        if brand.conversion_secret is None:
            continue
        expected = hmac.new(brand.conversion_secret.reveal().encode(), message, hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, digest.lower()):
            return name
    raise Unauthorised("bad signature")


def parse(brand: str, body: bytes) -> Conversion:
    try:
        data: Any = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Malformed("the body is not JSON") from exc
    if not isinstance(data, dict):
        raise Malformed("the body must be a JSON object")
    member, kind, conversion_id = data.get("member"), data.get("kind"), data.get("id")
    if not isinstance(member, str) or not MEMBER_RE.match(member):
        raise Malformed("member: the sy_m value of the link (letters, digits, '-', '_')")
    if not isinstance(kind, str) or not KIND_RE.match(kind):
        raise Malformed("kind: e.g. purchase or application (lower-case letters, digits, '_')")
    if not isinstance(conversion_id, str | int) or isinstance(conversion_id, bool) or \
            not ID_RE.match(str(conversion_id)):
        raise Malformed("id: 1-128 printable characters that make a repeat idempotent")
    value = _value(data.get("value", 0))
    currency = data.get("currency", "")
    if value and (not isinstance(currency, str) or not CURRENCY_RE.match(currency)):
        raise Malformed("currency: an ISO 4217 code such as CAD or CNY")
    return Conversion(brand=brand, member=member, kind=kind, value=value,
                      currency=currency if isinstance(currency, str) else "", id=str(conversion_id))


def _value(raw: Any) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise Malformed("value: a number such as 59.00")
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise Malformed("value: a number such as 59.00") from exc
    if not value.is_finite() or value < 0 or value > Decimal("1e12"):
        raise Malformed("value: a number from 0 to 10^12")
    return value
