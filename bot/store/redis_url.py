"""SIYU_REDIS_URL's two forms, read once: a plain `redis://` URL (redis-py reads it) and the Sentinel form
`redis+sentinel://[[user]:password@]host:port,host2:port/<master>/<db>`, which redis-py has no URL for.

Pure: it parses and names what is wrong; bot/store/connection.py connects, bot/settings.py reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

SENTINEL_SCHEME = "redis+sentinel://"
SENTINEL_PORT = 26379  # Sentinel's well-known port, used where a host names none
EXAMPLE = "redis+sentinel://host:26379,host2:26379/mymaster/0"


class RedisUrlError(ValueError):
    """A SIYU_REDIS_URL that cannot be used; the message says what is wrong (never the password)."""


@dataclass(frozen=True)
class SentinelTarget:
    """Where the master is found: ask any of `sentinels` for `service`, then use database `db` on it.

    `password` (and `username`, for Redis ACLs) are the data nodes' (master and replicas), not the Sentinels'.
    """

    sentinels: tuple[tuple[str, int], ...]
    service: str
    db: int = 0
    username: str | None = None
    password: str | None = None


def is_sentinel_url(url: str) -> bool:
    return url.startswith(SENTINEL_SCHEME)


def parse_sentinel_url(url: str) -> SentinelTarget:
    """The Sentinel form read into a SentinelTarget; RedisUrlError naming what is wrong otherwise."""
    if not is_sentinel_url(url):
        raise RedisUrlError(f"must start with {SENTINEL_SCHEME}")
    rest = url[len(SENTINEL_SCHEME):]
    if "?" in rest or "#" in rest:
        raise RedisUrlError(f"takes no query or fragment: use the form {EXAMPLE}")
    location, _, path = rest.partition("/")
    credentials, at, hosts = location.rpartition("@")
    username = password = None
    if at:
        user, colon, secret = credentials.partition(":")
        if not colon:
            raise RedisUrlError("has credentials without ':': write a password as ':password@' (or "
                                "'user:password@' with Redis ACLs)")
        username, password = unquote(user) or None, unquote(secret)
        if not password:
            raise RedisUrlError("has an empty password before '@': leave out the '@' or give the password")
    sentinels = tuple(_host_port(part) for part in hosts.split(","))
    parts = path.split("/") if path else []
    if not parts or not parts[0]:
        raise RedisUrlError(f"names no master after the hosts (e.g. {EXAMPLE})")
    if len(parts) > 2 or (len(parts) == 2 and not parts[1]):
        raise RedisUrlError(f"has {'/'.join(parts)!r} after the hosts: use <master>/<db>, e.g. {EXAMPLE}")
    database = parts[1] if len(parts) == 2 else "0"
    if not (database.isascii() and database.isdigit()):
        raise RedisUrlError(f"has database {database!r}: use a number, e.g. {EXAMPLE}")
    return SentinelTarget(sentinels=sentinels, service=unquote(parts[0]), db=int(database), username=username,
                          password=password)


def _host_port(part: str) -> tuple[str, int]:
    if not part:
        raise RedisUrlError(f"has an empty host in its list of Sentinels (e.g. {EXAMPLE})")
    parsed = urlsplit(f"//{part}")
    try:
        port = parsed.port
    except ValueError:
        port = 0
    if port == 0 or not parsed.hostname or parsed.path:
        raise RedisUrlError(f"has Sentinel {part!r}: use host:port with a port from 1 to 65535")
    return parsed.hostname, port or SENTINEL_PORT


def redis_url_problem(url: str) -> str:
    """What is wrong with a Redis URL, or "": checked at start so a bad port or database is one line naming
    SIYU_REDIS_URL, not a traceback from the first connection (redis-py reads "/abc" as db 0)."""
    if is_sentinel_url(url):
        try:
            parse_sentinel_url(url)
        except RedisUrlError as error:
            return str(error)
        return ""
    if not url.startswith(("redis://", "rediss://", "unix://")):
        return f"must start with redis://, rediss://, unix:// or {SENTINEL_SCHEME}"
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        return "has a port that is not a number from 1 to 65535"
    if port == 0:
        return "has a port that is not a number from 1 to 65535"
    if parts.scheme != "unix":
        if not parts.hostname:
            return "names no host (e.g. redis://127.0.0.1:6379/0)"
        database = parts.path.strip("/")
        if database and not (database.isascii() and database.isdigit()):
            return f"has database {database!r}: use a number, e.g. redis://127.0.0.1:6379/0"
    return ""
