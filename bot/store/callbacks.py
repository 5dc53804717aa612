"""Callback deduplication: the first delivery claims the key, retries replay its stored reply.

WeChat retries a callback it got no answer to within 5 s, up to 3 times (PLATFORM.md §0). A retry
must not run handlers again, and must get the first delivery's reply, so a follower whose first
answer was lost still sees it. The claim is SET NX with a short TTL, so a process killed mid-way
frees the key for the next retry instead of swallowing the message.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import redis

from bot.store import keys

# A claim outlives its processing by little: the callback must be answered within WeChat's 5 s anyway, and a
# claim whose process died (or whose Redis went away before it could be released, keeping its absolute
# expiry over a restart) must free the key for WeChat's next retry, ~5 s later, not swallow the message.
PENDING_TTL_S = 6
DONE_TTL_S = 600  # "a few minutes": WeChat's retries all arrive within ~15 s
RETRY_WAIT_S = 4.0  # a retry that finds the first still running waits this long for its reply
_PENDING = b"\x00pending"


@dataclass(frozen=True)
class Claim:
    """Outcome of claiming a callback: `first` to process it; otherwise `reply` holds the stored
    reply data of the first delivery (None: it answered nothing), unless it is still `in_flight`."""

    first: bool
    reply: dict[str, Any] | None = None
    in_flight: bool = False  # the first is still running (or died holding the claim): answer 503, not success


class CallbackLedger:
    def __init__(self, redis_client: redis.Redis, *, wait_s: float = RETRY_WAIT_S) -> None:
        self.redis = redis_client
        self.wait_s = wait_s

    def claim(self, brand: str, callback_key: str) -> Claim:
        pipe = self.redis.pipeline(transaction=False)
        self.queue_claim(pipe, brand, callback_key)
        return self.claim_result(pipe.execute()[0], brand, callback_key)

    def queue_claim(self, pipe: redis.client.Pipeline, brand: str, callback_key: str) -> None:
        """Add the claim (SET NX) to `pipe`, to share a round trip; read it with claim_result."""
        pipe.set(keys.dedupe(brand, callback_key), _PENDING, nx=True, ex=PENDING_TTL_S)

    def claim_result(self, claimed: object, brand: str, callback_key: str) -> Claim:
        """Interpret the SET NX answer; a lost claim waits briefly for the first delivery's reply."""
        if claimed:
            return Claim(first=True)
        key = keys.dedupe(brand, callback_key)
        deadline = time.monotonic() + self.wait_s
        while True:
            stored = self.redis.get(key)
            if stored is None:  # the first delivery failed and released the key: process again
                if self.redis.set(key, _PENDING, nx=True, ex=PENDING_TTL_S):
                    return Claim(first=True)
                continue
            if stored != _PENDING:
                data = json.loads(stored)
                return Claim(first=False, reply=data.get("reply"))
            if time.monotonic() >= deadline:
                return Claim(first=False, in_flight=True)
            time.sleep(0.05)

    def complete(self, brand: str, callback_key: str, reply: dict[str, Any] | None,
                 pipe: redis.client.Pipeline | None = None) -> None:
        """Keep the reply for retries; pass a pipeline to write it with the callback's other writes."""
        payload = json.dumps({"reply": reply}, ensure_ascii=False, separators=(",", ":"))
        (pipe if pipe is not None else self.redis).set(keys.dedupe(brand, callback_key), payload, ex=DONE_TTL_S)

    def release(self, brand: str, callback_key: str) -> None:
        """Forget a claim whose processing failed, so WeChat's retry is processed afresh."""
        self.redis.delete(keys.dedupe(brand, callback_key))
