"""The demo content's images, served from files in this repository (bot/sandbox/demo_media/<host>/<path>),
so a card in `siyu demo` needs no external URL: the job gateway's HTTP session answers those hosts itself.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

DEMO_MEDIA = Path(__file__).resolve().parent / "demo_media"


class LocalMediaAdapter(BaseAdapter):
    """GET https://<host>/<path> answered from `root/<host>/<path>`; 404 for anything else."""

    def __init__(self, root: Path = DEMO_MEDIA) -> None:
        super().__init__()
        self.root = root.resolve()

    def send(self, request: requests.PreparedRequest, stream: bool = False, timeout: Any = None, verify: Any = True,
             cert: Any = None, proxies: Any = None) -> requests.Response:
        parts = urlsplit(request.url or "")
        path = demo_file(parts.hostname or "", parts.path, self.root) if request.method == "GET" else None
        found = path is not None
        response = requests.Response()
        response.status_code = 200 if found else 404
        data = path.read_bytes() if path is not None else b""
        response.headers = CaseInsensitiveDict({"Content-Type": "image/png" if found else "text/plain",
                                                "Content-Length": str(len(data))})
        response.raw = io.BytesIO(data)
        response.url = request.url or ""
        response.request = request
        response.reason = "OK" if found else "Not Found"
        return response

    def close(self) -> None:
        pass


SANDBOX_PREFIX = "/sandbox/cdn/"  # where the sandbox page serves them to the browser (bot/sandbox/page.py)


def demo_file(host: str, path: str, root: Path = DEMO_MEDIA) -> Path | None:
    """The file standing in for https://<host>/<path>, or None (never a path outside `root`)."""
    root = root.resolve()
    found = (root / host / path.lstrip("/")).resolve()
    return found if host and found.is_relative_to(root / host) and found.is_file() else None


def sandbox_url(url: str, root: Path = DEMO_MEDIA) -> str:
    """`url` as the sandbox page should load it: a demo-content image (a host with a folder under `root`) from the
    demo itself, since its CDN does not exist (issue 10 report 5: no external URL to see a card); others as given."""
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname and demo_file(parts.hostname, parts.path, root) is not None:
        return f"{SANDBOX_PREFIX}{parts.hostname}{parts.path}"
    return url


def serve_demo_media(session: requests.Session, root: Path = DEMO_MEDIA) -> list[str]:
    """Mount the adapter on `session` for every host with a folder under `root`; the hosts mounted."""
    hosts = sorted(p.name for p in root.iterdir() if p.is_dir())
    adapter = LocalMediaAdapter(root)
    for host in hosts:
        session.mount(f"https://{host}/", adapter)
    return hosts
