"""Read callback XML safely: no DTDs, no entities, no external references, UTF-8 only.

defusedxml refuses entity-expansion ("billion laughs") and external-entity tricks before the
parser acts on them; everything else malformed becomes MalformedCallbackError (HTTP 400).
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from bot.errors import MalformedCallbackError

MAX_DEPTH = 8  # real callbacks nest 3 levels (xml > MemChangeList > Item)


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
        if child.tag in result:
            previous = result[child.tag]
            result[child.tag] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            result[child.tag] = value
    return result
