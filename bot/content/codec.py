"""Content to JSON-safe data and back, exactly: `from_data(to_data(c)) == c` for every Content.

Driven by the dataclasses' type hints, so a field added to the model needs no codec change.
Decimals travel as strings (floats would lose cents); tuples as lists; mappings as objects.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from functools import cache
from typing import Any

from bot.content.model import Content

# Bump when the stored shape changes incompatibly; readers refuse a schema they do not know
# rather than guess (during a rolling deploy an old worker keeps its current version instead).
SCHEMA = 1


def to_data(content: Content) -> dict[str, Any]:
    """The published form: `{"schema": SCHEMA, "content": {...}}`."""
    return {"schema": SCHEMA, "content": _encode(content)}


def from_data(data: Mapping[str, Any]) -> Content:
    """Reverse `to_data`; ValueError if the schema is not ours or the data does not fit the model."""
    schema = data.get("schema")
    if schema != SCHEMA:
        raise ValueError(f"published content has schema {schema!r}; this code reads schema {SCHEMA}")
    try:
        return _decode(Content, data["content"])
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise ValueError(f"published content does not fit the model: {exc!r}") from exc


def encode_value(value: Any) -> Any:
    """Any content value (a dataclass of the model) as JSON-safe data; `decode_value` reverses it."""
    return _encode(value)


def decode_value(tp: Any, data: Any) -> Any:
    return _decode(tp, data)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _encode(item) for key, item in value.items()}
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot encode {type(value).__name__} in content")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)  # resolved in the module that defines `cls`


def _decode(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is types.UnionType or origin is typing.Union:
        args = typing.get_args(tp)
        if data is None and type(None) in args:
            return None
        (inner,) = [arg for arg in args if arg is not type(None)]
        return _decode(inner, data)
    if origin is tuple:
        (inner, _ellipsis) = typing.get_args(tp)
        return tuple(_decode(inner, item) for item in data)
    if origin is Mapping or origin is dict:
        _key, inner = typing.get_args(tp)
        return {str(key): _decode(inner, item) for key, item in data.items()}
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if f.init}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"{tp.__name__} has no fields {sorted(unknown)}")
        return tp(**{name: _decode(hints[name], item) for name, item in data.items()})
    if tp is Decimal:
        return Decimal(data)
    if tp in (str, int, bool, float):
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise ValueError(f"expected {tp.__name__}, got {data!r}")
        return data
    raise TypeError(f"cannot decode content type {tp!r}")
