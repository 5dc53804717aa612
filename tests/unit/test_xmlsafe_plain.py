"""parse_xml skips its two character scans for a body with nothing for them to find (branch hot8), and reads every
body, plain or not, as it did with them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.errors import MalformedCallbackError
from bot.webhook import xmlsafe
from bot.webhook.xmlsafe import _FORBIDDEN, _flat, _plain, _tree, parse_xml
from tests.conftest import SHARED_TESTDATA

SAMPLES = sorted((SHARED_TESTDATA / "messages").rglob("*.xml"))


def with_content(content: str) -> str:
    return (f"<xml><ToUserName><![CDATA[gh_1]]></ToUserName>\n<FromUserName><![CDATA[o_1]]></FromUserName>\n"
            f"<CreateTime>1348831860</CreateTime><MsgType><![CDATA[text]]></MsgType>\t"
            f"<Content><![CDATA[{content}]]></Content><MsgId>1234567890123456</MsgId></xml>")


def before(body: bytes | str) -> dict[str, Any]:
    """parse_xml as it was: both scans on every body."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if not text.strip():
        raise MalformedCallbackError("empty body")
    text = _FORBIDDEN.sub(" ", text)
    flat = _flat(text)
    return flat if flat is not None else _tree(text)


CONTENTS = ["可以寄到美国吗？", "ping", "￥99 包邮吗", "emoji 😀 and ｡half", "a\x1dc", "\x00", "tab\there",
            "line\nfeed", "cr\r\nlf", "bad \ufffe", "bad \uffff", "\x0b\x0c\x0e\x1f", "\x7f\x85\u2028", "]]",
            "&amp; <b>"]


def read(parse: Callable[[Any], Any], body: str | bytes) -> Any:
    """What `parse` makes of `body`: its fields, or the kind of error it refuses it with."""
    try:
        return parse(body)
    except MalformedCallbackError as exc:
        return type(exc)


@pytest.mark.parametrize("content", CONTENTS)
def test_a_body_reads_as_it_did_with_both_scans(content: str) -> None:
    body = with_content(content)
    for given in (body, body.encode("utf-8")):
        assert read(parse_xml, given) == read(before, given)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_every_published_sample_reads_as_it_did(path: Path) -> None:
    body = path.read_bytes()
    assert read(parse_xml, body) == read(before, body)


def test_what_is_plain() -> None:
    assert _plain(with_content("可以寄到美国吗？ ￥99 😀")) and _plain(with_content("ping").encode())
    for content in ("a\x1dc", "\x00", "cr\r", "\x0b", "\ufffe", "\uffff"):
        assert not _plain(with_content(content)) and not _plain(with_content(content).encode())
    assert not _plain(with_content("\ud800"))  # a lone surrogate, in a text only


class Spy:
    """A compiled expression that counts its scans."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scans = pattern, 0

    def sub(self, *args: Any) -> str:
        self.scans += 1
        return self.pattern.sub(*args)

    def search(self, *args: Any) -> re.Match[str] | None:
        self.scans += 1
        return self.pattern.search(*args)


def test_a_plain_body_is_not_scanned_by_the_expressions(monkeypatch: pytest.MonkeyPatch) -> None:
    forbidden, not_plain = Spy(xmlsafe._FORBIDDEN), Spy(xmlsafe._NOT_PLAIN)
    monkeypatch.setattr(xmlsafe, "_FORBIDDEN", forbidden)
    monkeypatch.setattr(xmlsafe, "_NOT_PLAIN", not_plain)
    assert parse_xml(with_content("可以寄到美国吗？").encode())["Content"] == "可以寄到美国吗？"
    assert parse_xml(with_content("ping"))["Content"] == "ping"
    assert forbidden.scans == not_plain.scans == 0
    assert parse_xml(with_content("a\x1dc"))["Content"] == "a c"  # a control character: both scans, as before
    assert forbidden.scans == not_plain.scans == 1
