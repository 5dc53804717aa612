"""WeChat's callback signatures and the replay window.

signature = sha1 of the sorted, concatenated strings (token, timestamp, nonce[, Encrypt/echostr])
(PLATFORM.md §1.1, §1.2; WeCom doc 101033). Compared in constant time so a forger learns nothing
from response timing.
"""

from __future__ import annotations

import hashlib
import hmac

from bot.errors import ForbiddenCallbackError
from bot.text import is_ascii_number


def sha1_signature(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode("utf-8")).hexdigest()  # noqa: S324 - WeChat's scheme


def check_signature(given: str, *parts: str) -> None:
    """Raise ForbiddenCallbackError unless `given` is the signature of `parts`."""
    if not given:
        raise ForbiddenCallbackError("missing signature")
    expected = sha1_signature(*parts)
    if not hmac.compare_digest(expected.encode(), given.strip().lower().encode("utf-8", "replace")):
        raise ForbiddenCallbackError("signature mismatch")


def check_timestamp(timestamp: str, *, now_s: int, tolerance_s: int) -> None:
    """Refuse callbacks signed too far from now (replays); tolerance 0 turns the check off."""
    if not is_ascii_number(timestamp):
        raise ForbiddenCallbackError("missing or malformed timestamp")
    if tolerance_s and abs(now_s - int(timestamp)) > tolerance_s:
        raise ForbiddenCallbackError("timestamp outside the replay window")
