"""A callback as the web framework hands it over: method, query and raw body, nothing Flask."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, kw_only=True)
class CallbackRequest:
    method: str
    query: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def param(self, name: str) -> str:
        return self.query.get(name, "") or ""


@dataclass(frozen=True, kw_only=True)
class CallbackResponse:
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    status: int = 200
