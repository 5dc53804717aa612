"""Published content in Redis: `publish` stores a new version, `ContentStore` serves the one in force.

Every web process and worker reads the same version key, so after `siyu config apply` they all
switch within about a second, without a restart. Nothing here validates: publish only what
`load_content` returned.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import redis as redis_lib

from bot.content.codec import from_data, to_data
from bot.content.model import Content
from bot.content.schema import load_content
from bot.store import keys

log = logging.getLogger(__name__)

# Old versions kept for rollback and for processes still reading one mid-switch.
VERSIONS_KEPT = 5
# How stale a process's content may be: one cheap GET per this many seconds per process.
CHECK_INTERVAL_S = 1.0
# Attempts when another `apply` races ours between WATCH and EXEC.
_PUBLISH_ATTEMPTS = 5


def encode(content: Content) -> str:
    """The stored JSON: sorted keys and compact, so equal content stores equal bytes."""
    return json.dumps(to_data(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def decode(blob: str | bytes) -> Content:
    """ValueError when the blob is not JSON or not content this code understands."""
    try:
        data = json.loads(blob)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"published content is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise ValueError("published content is not a JSON object")
    return from_data(data)


def publish(redis: redis_lib.Redis, brand: str, content: Content) -> int:
    """Store `content` as the brand's next version and make it current; returns the version.

    Blob, version flip, pruning of the version VERSIONS_KEPT back and the announcement on the
    content channel happen in one MULTI/EXEC, so no reader sees a version without its blob. WATCH
    on the version key makes two concurrent applies take distinct numbers.
    """
    blob = encode(content)
    version_key = keys.content_version(brand)
    for _attempt in range(_PUBLISH_ATTEMPTS):
        with redis.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(version_key)
                current = pipe.get(version_key)
                version = int(current) + 1 if current is not None else 1
                pipe.multi()
                pipe.set(keys.content_blob(brand, version), blob)
                pipe.set(version_key, version)
                if version > VERSIONS_KEPT:
                    pipe.delete(keys.content_blob(brand, version - VERSIONS_KEPT))
                pipe.publish(keys.content_channel(brand), json.dumps({"brand": brand, "version": version}))
                pipe.execute()
            except redis_lib.WatchError:
                continue
        log.info("published content version %s for brand %s (%d bytes)", version, brand, len(blob.encode()))
        return version
    raise RuntimeError(f"could not publish content for {brand}: the version changed {_PUBLISH_ATTEMPTS} "
                       "times during the attempt (another apply is running?)")


def published_version(redis: redis_lib.Redis, brand: str) -> int | None:
    value = redis.get(keys.content_version(brand))
    return int(value) if value is not None else None


def published_content(redis: redis_lib.Redis, brand: str) -> Content | None:
    """The version in force, read from Redis now (not a process's ContentStore, which may be a second behind);
    None when nothing was published or its blob is unreadable (logged)."""
    version = published_version(redis, brand)
    if version is None:
        return None
    blob = redis.get(keys.content_blob(brand, version))
    try:
        return decode(blob) if blob is not None else None
    except ValueError as exc:
        log.error("content version %s for %s is unreadable: %s", version, brand, exc)
        return None


_LOADED: dict[Path, tuple[tuple[tuple[str, int, int], ...], Content]] = {}
_LOADED_LOCK = threading.Lock()


def load_directory(directory: Path) -> Content:
    """`load_content`, parsed once per process while the files are unchanged (same names, sizes and
    mtimes). Content is immutable, so every app and worker in the process shares one value and its
    FAQ index; an edited file is read again."""
    directory = Path(directory).resolve()
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(directory.glob("*.y*ml")))
    with _LOADED_LOCK:
        cached = _LOADED.get(directory)
        if cached is not None and cached[0] == stamp:
            return cached[1]
    content = load_content(directory)
    with _LOADED_LOCK:
        _LOADED[directory] = (stamp, content)
    return content


class ContentStore:
    """The content in force for one brand, as this process sees it.

    `current()` checks the version key at most once per CHECK_INTERVAL_S and reloads when it moved.
    Until anything is published it serves the content directory (`is_published` is False). If
    Redis is unreachable, or a blob is missing or unreadable, it keeps serving what it has and logs
    why: stale answers beat no answers.
    """

    def __init__(self, redis: redis_lib.Redis, brand: str, *, directory: Path,
                 check_interval_s: float = CHECK_INTERVAL_S,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self._redis = redis
        self._brand = brand
        self._directory = Path(directory)
        self._interval = check_interval_s
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._content: Content | None = None
        self._version: int | None = None
        self._checked_at: float | None = None

    @property
    def brand(self) -> str:
        return self._brand

    @property
    def version(self) -> int | None:
        """The published version being served, or None while serving the directory."""
        return self._version

    @property
    def is_published(self) -> bool:
        return self._version is not None

    def current(self) -> Content:
        """The content to use now; ContentError only if nothing was published and the directory
        is invalid (a deployment that cannot answer anything should fail loudly)."""
        now = self._monotonic()
        checked = self._checked_at
        if self._content is not None and checked is not None and now - checked < self._interval:
            return self._content
        with self._lock:
            if self._checked_at == checked or self._content is None:
                self._refresh()
                self._checked_at = self._monotonic()
            assert self._content is not None
            return self._content

    def _refresh(self) -> None:
        try:
            version = published_version(self._redis, self._brand)
        except redis_lib.RedisError as exc:
            log.warning("content version check failed for %s, keeping current: %s", self._brand, exc)
            version = self._version
            if self._content is not None:
                return
        if version is None:
            if self._content is None:
                log.info("no content published for %s; serving %s", self._brand, self._directory)
                self._content = load_directory(self._directory)
            return
        if version == self._version and self._content is not None:
            return
        try:
            blob = self._redis.get(keys.content_blob(self._brand, version))
            if blob is None:
                raise ValueError(f"version {version} has no stored blob")
            content = decode(blob)
        except (redis_lib.RedisError, ValueError) as exc:
            log.error("cannot load content version %s for %s, keeping %s: %s", version, self._brand,
                      self._version if self._version is not None else "the directory", exc)
            if self._content is None:
                self._content = load_directory(self._directory)
            return
        self._content = content
        self._version = version
        log.info("content for %s switched to version %s", self._brand, version)
