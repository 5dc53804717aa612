"""One platform call as the endpoint modules see it, and the body-checking helpers they share.

No HTTP and no routing here: the dispatcher builds the Call, the endpoint modules read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.state import FakeState


class Call:
    """One API call as the handlers see it: parsed inputs plus the state and the fake's "now"."""

    __slots__ = ("app_id", "body", "family", "files", "now", "query", "state", "token_family")

    def __init__(
        self,
        *,
        state: FakeState,
        now: float,
        query: dict[str, str],
        body: dict[str, Any] | None,
        files: Any,
        family: str,
    ) -> None:
        self.state = state
        self.now = now
        self.query = query
        self.body = body
        self.files = files
        self.family = family
        self.app_id: str | None = None
        self.token_family: str | None = None

    def json(self) -> dict[str, Any]:
        """The JSON body; an empty POST is 44002 "empty post data" on the OA side."""
        if self.body is None:
            raise ApiError(44002 if self.family == "oa" else 40058, "empty or missing JSON body")
        return self.body

    def corp(self) -> str:
        """The corpid (or robot key) this call authenticated as; only authenticated endpoints ask."""
        assert self.app_id is not None
        return self.app_id


Handler = Callable[[Call], dict[str, Any]]


def obj(body: dict[str, Any], key: str, *, errcode: int = 47001) -> dict[str, Any]:
    """A required JSON object member; WeChat answers a malformed message with 47001."""
    value = body.get(key)
    if not isinstance(value, dict):
        raise ApiError(errcode, f"{key} must be an object")
    return value


def text_field(container: dict[str, Any], key: str, *, errcode: int = 47001) -> str:
    """A required non-empty string member; each API names its own errcode for a missing one."""
    value = container.get(key)
    if not isinstance(value, str) or not value:
        raise ApiError(errcode, f"{key} is required")
    return value


def utf8_len(text: str) -> int:
    """Text limits on the platform count UTF-8 bytes, so one CJK character counts three."""
    return len(text.encode("utf-8"))


def page_window(body: dict[str, Any], *, default: int, maximum: int) -> tuple[int, int]:
    """Decode (offset, limit) from the opaque cursor the fake hands out."""
    limit = body.get("limit", default) or default
    if not isinstance(limit, int) or limit < 1:
        raise ApiError(40058, "limit must be a positive integer")
    cursor = body.get("cursor") or ""
    try:
        offset = int(cursor[3:], 16) if cursor else 0
    except ValueError:
        raise ApiError(40058, "invalid cursor") from None
    return offset, min(limit, maximum)


def next_cursor(offset: int, limit: int, total: int) -> str:
    """The cursor for the page after this one; "" when this page is the last."""
    return f"cur{offset + limit:x}" if offset + limit < total else ""


def news_articles(msg: dict[str, Any], *, most: int) -> list[dict[str, Any]]:
    """A WeCom news body's articles, checked as the robot and app APIs both check them (a non-empty
    list of at most `most` objects, each with a title); the caller checks each article's link."""
    articles = msg.get("articles")
    if not isinstance(articles, list) or not articles:
        raise ApiError(40058, "news.articles must be a non-empty list")
    if len(articles) > most:
        raise ApiError(45008)
    for article in articles:
        if not isinstance(article, dict):
            raise ApiError(40058, "each article must be an object")
        text_field(article, "title", errcode=41016)
    return articles
