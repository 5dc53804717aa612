"""Image bytes for upload: a local file, or an http(s) URL downloaded with a timeout and a size cap.

URL policy (our choice, against SSRF from a worker): https from any host; plain http only from the
hosts of the configured API origins (the sandbox's fake server); no redirects are followed, since a
redirect could lead anywhere. Content managers give image URLs, so a bad one is a CONFIG error, and
one that cannot be fetched is ImageUnavailableError: the route degrades the message once (a card to
its tracked link) instead of RQ retrying the delivery for ~20 minutes (issue 10 report 5).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import requests

from bot.errors import ConfigError, ImageUnavailableError

MAX_IMAGE_BYTES = 10 << 20  # OA and WeCom temporary images: 10 MB (fake_wechat/media.py upload limits, docs)
DOWNLOAD_TIMEOUT_S = (3.0, 10.0)  # connect, read
CHUNK_BYTES = 64 << 10


def load_image(source: str, *, http: requests.Session, http_hosts: frozenset[str]) -> tuple[str, bytes]:
    """(file name, bytes) of an image given as a file path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        return _download(source, http=http, http_hosts=http_hosts)
    path = Path(source)
    try:
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            raise ConfigError(f"image {source!r} is {size} bytes; WeChat takes at most {MAX_IMAGE_BYTES}")
        return path.name, path.read_bytes()
    except OSError as exc:
        raise ImageUnavailableError(f"image {source!r} cannot be read: {exc.strerror}") from exc


def _download(url: str, *, http: requests.Session, http_hosts: frozenset[str]) -> tuple[str, bytes]:
    parts = urlsplit(url)
    if parts.scheme == "http" and parts.hostname not in http_hosts:
        raise ConfigError(f"image {url!r}: plain http is allowed only from the API origins' hosts; use https")
    if parts.username or parts.password:
        raise ConfigError(f"image {url!r}: credentials in image URLs are refused")
    try:
        with http.get(url, timeout=DOWNLOAD_TIMEOUT_S, stream=True, allow_redirects=False) as response:
            if response.is_redirect or response.status_code >= 400:
                raise ImageUnavailableError(f"image {url!r}: HTTP {response.status_code} (redirects are not followed)")
            data = bytearray()
            for chunk in response.iter_content(CHUNK_BYTES):
                data.extend(chunk)
                if len(data) > MAX_IMAGE_BYTES:
                    raise ConfigError(f"image {url!r} is larger than {MAX_IMAGE_BYTES} bytes")
    except requests.RequestException as exc:
        raise ImageUnavailableError(f"image {url!r}: download failed ({type(exc).__name__})") from exc
    name = PurePosixPath(parts.path).name or "image"
    return (name if "." in name else name + ".jpg"), bytes(data)
