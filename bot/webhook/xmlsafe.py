"""Read callback XML safely: no DTDs, no entities, no external references, UTF-8 only.

defusedxml refuses entity-expansion ("billion laughs") and external-entity tricks before the
parser acts on them; everything else malformed becomes MalformedCallbackError (HTTP 400).

The shape WeChat sends almost always (a root of leaves, each one CDATA section or plain digits/words) is read
by one regular expression first (`_flat`): the same dict, without building an element tree (two parses per
encrypted callback cost ~0.2 M instructions of ~2 M, bench/peers_instructions.py, issue 10). Anything else (a
declaration, an attribute, an entity or character reference, nesting, a comment, a carriage return, a
character XML forbids...) goes to defusedxml as before, which accepts or refuses it.
"""

from __future__ import annotations

import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from bot.errors import MalformedCallbackError

MAX_DEPTH = 8  # real callbacks nest 3 levels (xml > MemChangeList > Item)
# XML's white space is these four characters only (str.isspace and \s take more); \r is left to the parser,
# which turns \r\n into \n. An opening tag without attributes, after white space:
_OPEN = re.compile(r"[ \t\n]*<([A-Za-z_][A-Za-z0-9_]*)>")
_WHITE = " \t\n"
_CDATA, _CDATA_END = "<![CDATA[", "]]>"
_CDATA_LEN, _CDATA_END_LEN = len(_CDATA), len(_CDATA_END)
_NOT_PLAIN = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
# Characters XML forbids that WeChat nevertheless writes into CDATA as the follower typed them (a captured
# `<Content><![CDATA[ \x1dc]]>`, offu/WeRoBot#420; \x10, w7corp/easywechat#1419). Each reads as a space: dropping
# it would let "]]\x01>" become "]]>", ending the CDATA, so that typed text could add fields of its own.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# The control characters either expression names (every one below a space but tab and line feed), as UTF-8 bytes,
# in which each is one byte of its own; U+FFFE and U+FFFF are these byte sequences.
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in (0x09, 0x0A))
_FFFE, _FFFF = b"\xef\xbf\xbe", b"\xef\xbf\xbf"


def parse_xml(body: bytes | str) -> dict[str, Any]:
    """The children of the root element as a dict: text for leaves, dicts for nested elements,
    lists where a tag repeats (MemChangeList/Item, SendPicsInfo/PicList/item)."""
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedCallbackError("body is not UTF-8") from exc
    else:
        text = body
    if not text.strip():
        raise MalformedCallbackError("empty body")
    if _plain(body):  # almost every callback: neither expression has anything to find, _flat reads it at once
        flat = _flat(text, plain=True)
    else:
        text = _FORBIDDEN.sub(" ", text)
        flat = _flat(text)
    return flat if flat is not None else _tree(text)


def _plain(body: bytes | str) -> bool:
    """Whether neither _FORBIDDEN nor _NOT_PLAIN finds anything in `body` (UTF-8, or its text): no control
    character but tab and line feed, no U+FFFE or U+FFFF, no lone surrogate (which UTF-8 cannot hold: the text's
    encoding fails). Read from the bytes by bytes.translate and two substring searches, C loops that cost a
    fraction of the two expressions' scans, each ~70 instructions a character: ~0.09 M of every callback, whose
    envelope and message are both read here (bench/README.md, branch hot8)."""
    if isinstance(body, str):
        try:
            body = body.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: _NOT_PLAIN's, for the parser
            return False
    return len(body.translate(None, _CONTROL_BYTES)) == len(body) and _FFFE not in body and _FFFF not in body


def _tree(text: str) -> dict[str, Any]:
    """parse_xml by defusedxml's parser: every document `_flat` does not read."""
    try:
        root = fromstring(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise MalformedCallbackError("XML with DTD or entities is refused") from exc
    except (ParseError, ValueError) as exc:
        raise MalformedCallbackError("malformed XML") from exc
    if len(root) == 0:
        raise MalformedCallbackError("XML has no fields")
    return _children(root, depth=1)


def _children(element: Element, *, depth: int) -> dict[str, Any]:
    if depth > MAX_DEPTH:
        raise MalformedCallbackError("XML nested too deeply")
    result: dict[str, Any] = {}
    for child in element:
        value: Any = _children(child, depth=depth + 1) if len(child) else (child.text or "")
        _gather(result, child.tag, value)
    return result


def _gather(result: dict[str, Any], tag: str, value: Any) -> None:
    """result[tag] = value; a repeated tag's values gathered in a list, in place (a value is never a list itself). A
    copy per repeat was quadratic: 16,000 `<a/>` in a 64 KiB envelope, read before its signature is checked, cost
    ~0.18 s of CPU (tests/unit/test_xmlsafe_flat.py)."""
    previous = result.get(tag)
    if previous is None:
        result[tag] = value
    elif isinstance(previous, list):
        previous.append(value)
    else:
        result[tag] = [previous, value]


def _flat(text: str, *, plain: bool = False) -> dict[str, Any] | None:
    """`_children` of `text`'s root when the document is a root element (no attributes) holding only leaf
    elements (no attributes), each empty, one CDATA section, or character data without markup, separated by XML
    white space; None for any other document (the parser reads it). For these documents the parser gives a CDATA
    section's content verbatim and character data without `&` or `<` verbatim (`]]>` in it is an error: None).
    One pass, no backtracking: the body may come from anyone (an unsigned envelope is read before its
    msg_signature is checked). `plain`: `_plain` found no character _NOT_PLAIN names."""
    if not plain and _NOT_PLAIN.search(text) is not None:
        return None
    root = _OPEN.match(text)
    if root is None:
        return None
    end = len(text.rstrip(_WHITE))
    closing = f"</{root.group(1)}>"
    if end - len(closing) < root.end() or not text.startswith(closing, end - len(closing), end):
        return None
    end -= len(closing)
    result: dict[str, Any] = {}
    at = root.end()
    while (leaf := _OPEN.match(text, at, end)) is not None:
        start = leaf.end()
        if text.startswith(_CDATA, start, end):
            stop = text.find(_CDATA_END, start + _CDATA_LEN, end)
            if stop < 0:
                return None
            value, after = text[start + _CDATA_LEN:stop], stop + _CDATA_END_LEN
        else:
            after = text.find("<", start, end)
            if after < 0:
                return None
            value = text[start:after]
            if "&" in value or _CDATA_END in value:
                return None
        tag = leaf.group(1)
        close = f"</{tag}>"
        if not text.startswith(close, after, end):
            return None
        at = after + len(close)
        _gather(result, tag, value)
    if text[at:end].strip(_WHITE):
        return None
    return result or None
