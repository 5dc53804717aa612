"""Uploaded media ids by source, so each image is uploaded once per app and reused until near expiry.

Temporary media live 3 days (docs/platform.md §4, 40007); the cache forgets an id an hour before.
"""

from __future__ import annotations

import hashlib

import redis

from bot.store import keys

MEDIA_TTL_S = 3 * 86400 - 3600  # keys.media_cache: 3 days minus an hour of safety
UNAVAILABLE_TTL_S = 300  # an image that could not be fetched is not tried again for 5 minutes
UNAVAILABLE = "!"  # prefix of a cached "could not be fetched: <reason>" instead of a media_id


class MediaCache:
    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def get(self, app_key: str, source: str) -> str | None:
        value = self.redis.get(_key(app_key, source))
        return value.decode() if isinstance(value, bytes) else value

    def put(self, app_key: str, source: str, media_id: str) -> None:
        self.redis.set(_key(app_key, source), media_id, ex=MEDIA_TTL_S)

    def put_unavailable(self, app_key: str, source: str, reason: str) -> None:
        """The image could not be fetched: the next cards with it degrade at once for a while, instead
        of each waiting for the same download to time out."""
        self.redis.set(_key(app_key, source), UNAVAILABLE + reason[:300], ex=UNAVAILABLE_TTL_S)

    def forget(self, app_key: str, source: str) -> None:
        """WeChat refused the id (40007): the next use uploads again."""
        self.redis.delete(_key(app_key, source))


def _key(app_key: str, source: str) -> str:
    return keys.media_cache(app_key, hashlib.blake2b(source.encode(), digest_size=12).hexdigest())
