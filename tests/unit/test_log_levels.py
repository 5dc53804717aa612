"""SIYU_LOG_LEVEL=DEBUG is for Siyu's own lines: the HTTP libraries under the gateway stay at INFO, because urllib3
writes every request's URL at DEBUG, query included (bot/observability/logs.py)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.observability.logs import configure


@pytest.fixture
def restored_levels() -> Iterator[None]:
    names = ("siyu", "urllib3")
    before = {name: logging.getLogger(name).level for name in names}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


def test_debug_logging_never_writes_a_token_fetch_url(caplog: pytest.LogCaptureFixture, restored_levels: None) -> None:
    """With SIYU_LOG_LEVEL=DEBUG, `siyu serve` logged `"GET /cgi-bin/gettoken?corpid=ww..&corpsecret=<the WeCom app
    secret> HTTP/1.1" 200` (urllib3.connectionpool, every token fetch through the gateway's requests session; the OA's
    ?access_token= on media calls alike)."""
    caplog.set_level(logging.DEBUG)
    configure("DEBUG")
    logging.getLogger("urllib3.connectionpool").debug('%s "%s %s %s" %s %s', "https://qyapi.weixin.qq.com:443", "GET",
                                                      "/cgi-bin/gettoken?corpid=ww1&corpsecret=TOPSECRET", "HTTP/1.1",
                                                      200, 191)
    logging.getLogger("siyu.webhook").debug("a line of Siyu's own")
    assert "TOPSECRET" not in caplog.text
    assert "a line of Siyu's own" in caplog.text
    logging.getLogger("urllib3.connectionpool").warning("Connection pool is full, discarding connection")
    assert "pool is full" in caplog.text  # its warnings still come through
