"""How a member id, a member number and a unionid map to bucketed-hash slots (DESIGN §4). Pure: no Redis.

Why the shapes: a Redis hash stays a listpack (a few bytes per entry instead of ~100) while it has at most
128 entries of at most 64 bytes each, Redis's defaults, which a real deployment keeps. So per-member values
live in hashes bucketed by member number (128 numbers per bucket, slot = number % 128, a 1-2 byte integer
entry), and lookups by id or unionid in 65,536 hash buckets (~15 entries each at 1M members, under 128
up to ~5M). Integers are stored as decimal strings, which a listpack keeps as 2-10 byte integers.
Redis 7.0's default hash-max-listpack-entries is 512; 128 leaves room under a stricter setting and keeps
each listpack scan short.
"""

from __future__ import annotations

import re
import zlib

from bot.member import F_ACCOUNT, F_CHANNEL, F_CITY, F_LOCALE, F_STAFF, F_TIMEZONE

SLOTS = 128  # member numbers per bucketed hash: hash-max-listpack-entries
ID_BUCKETS = 1 << 16  # buckets of the id -> number and unionid -> numbers maps
CHUNK_BYTES = 64  # hash-max-listpack-value: a longer value continues in the next chunk
# Fields with few distinct values in a brand (its channels, accounts and staff; the locales, time zones and
# cities its content knows) are stored as a small code from a per-brand dictionary: 2 bytes instead of ~20.
INTERNED_FIELDS = (F_CHANNEL, F_ACCOUNT, F_STAFF, F_LOCALE, F_TIMEZONE, F_CITY)

_CANONICAL_ID = re.compile(r"m[0-9a-f]{16}\Z")  # what bot.member.member_id_for makes
_OTHER = "~"  # prefix of a packed id that is not canonical (tests, or ids from elsewhere)
_TWO_64, _TWO_63 = 1 << 64, 1 << 63


def bucket_of(number: int) -> int:
    return number // SLOTS


def slot_of(number: int) -> int:
    return number % SLOTS


def id_slot(member_id: str) -> tuple[int, str]:
    """(bucket, field) of `member_id` in the id -> number map. A canonical id's first 4 hex digits pick the
    bucket (they are a blake2b hash, so uniform) and the other 12 are the field, as a decimal integer."""
    if _CANONICAL_ID.match(member_id):
        return int(member_id[1:5], 16), str(int(member_id[5:], 16))
    return zlib.crc32(member_id.encode()) % ID_BUCKETS, _OTHER + member_id


def pack_id(member_id: str) -> str:
    """The id as stored in the number -> id map: a canonical id's 64 bits as a signed decimal (a 10-byte
    listpack integer instead of a 19-byte string)."""
    if _CANONICAL_ID.match(member_id):
        value = int(member_id[1:], 16)
        return str(value - _TWO_64 if value >= _TWO_63 else value)
    return _OTHER + member_id


def unpack_id(packed: str) -> str:
    if packed.startswith(_OTHER):
        return packed[len(_OTHER):]
    value = int(packed)
    return f"m{value + _TWO_64 if value < 0 else value:016x}"


def unionid_bucket(unionid: str) -> int:
    return zlib.crc32(unionid.encode()) % ID_BUCKETS


def check_field_name(name: str) -> None:
    """Field names become part of key names (`keys.member_field`); '#' would read as a chunk number."""
    if not name or "#" in name or len(name.encode()) > CHUNK_BYTES:
        raise ValueError(f"member field name {name!r}: non-empty, no '#', at most {CHUNK_BYTES} bytes")
