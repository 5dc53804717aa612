"""The fast path's query reading without parse_qsl gives parse_qsl's answer (the first value of each name)."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from bot.views import _query

QUERIES = ["", "a=1&b=2", "a=1&a=2", "a", "a=&b", "&&a=1&", "=1", "a==b", "a=1;b=2", "a=%E4%BD%A0&b=+x",
           "a=%ZZ&b=%e4", "x=\u00e4", "signature=3f2a&timestamp=1796324773&nonce=28&openid=o_1&encrypt_type=aes"
           "&msg_signature=9be0"]


def parsed(query: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, value in parse_qsl(query, keep_blank_values=True, errors="replace"):
        out.setdefault(name, value)
    return out


@pytest.mark.parametrize("query", QUERIES)
def test_the_query_reads_as_parse_qsl_reads_it(query: str) -> None:
    assert _query(query) == parsed(query)
