"""Callback POSTs skip Flask (bot/views.py CallbackFastPath, issue 10's performance part) and answer exactly as the
Flask route would: the same statuses and bodies, a request id on each log line, everything else left to Flask."""

from __future__ import annotations

import io
import logging

import flask
import pytest
import redis

from bot.sandbox.simulator import Simulator
from tests.scenarios.test_webhook_oa import signed_query


@pytest.fixture
def flask_dispatches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    dispatch = flask.Flask.full_dispatch_request

    def counting(self: flask.Flask) -> flask.Response:
        seen.append(flask.request.path)
        return dispatch(self)

    monkeypatch.setattr(flask.Flask, "full_dispatch_request", counting)
    return seen


def test_a_callback_post_does_not_enter_flask(simulator: Simulator, flask_dispatches: list[str]) -> None:
    assert simulator.oa_message("o_fast", "ping").text == "pong"
    assert flask_dispatches == []


def test_everything_else_still_goes_to_flask(client, clock, flask_dispatches: list[str]) -> None:
    assert client.get(f"/wechat/default/oa?{signed_query(clock, echostr='e1')}").data == b"e1"  # the handshake
    assert client.post("/wechat/nobody/oa").status_code == 404  # no such endpoint: Flask's 404
    assert client.post("/wechat/default/oa/extra").status_code == 404
    assert client.get("/healthz").status_code == 200
    assert flask_dispatches == ["/wechat/default/oa", "/wechat/nobody/oa", "/wechat/default/oa/extra", "/healthz"]


def test_refusals_answer_as_the_flask_route_did(client, clock, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="siyu.web"):
        response = client.post("/wechat/default/oa?signature=x&timestamp=1&nonce=n&encrypt_type=aes", data=b"<xml/>")
    assert (response.status_code, response.data) == (403, b"signature mismatch")
    assert response.content_type == "text/plain; charset=utf-8"
    assert "refused POST /wechat/default/oa: signature mismatch (403)" in caplog.text


@pytest.mark.parametrize(("environ", "reason"), [
    ({"CONTENT_LENGTH": "70000"}, b"larger than"),  # declared too long: refused before reading
    ({"CONTENT_LENGTH": "", "wsgi.input_terminated": True, "wsgi.input": io.BytesIO(b"x" * 70_000)},
     b"larger than"),  # chunked (no length), longer than the limit
    ({"CONTENT_LENGTH": "500", "wsgi.input": io.BytesIO(b"<xml>"), "wsgi.input_terminated": False},
     b"unreadable body"),  # the client went away before its declared length
    ({"CONTENT_LENGTH": "-1"}, b"bad length"),
])
def test_bodies_that_cannot_be_taken_are_400(client, clock, environ: dict[str, object], reason: bytes) -> None:
    response = client.post(f"/wechat/default/oa?{signed_query(clock)}", data=b"<xml></xml>",
                           environ_overrides=environ)
    assert response.status_code == 400 and reason in response.data


def test_the_callers_request_id_is_on_the_log_lines(simulator: Simulator, client, clock,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        client.post(f"/wechat/default/oa?{signed_query(clock)}", data=b"<xml><MsgType>text</MsgType></xml>",
                    headers={"X-Request-Id": "proxy-id-1"})
    assert [r for r in caplog.records if getattr(r, "request_id", "") == "proxy-id-1"]


def test_redis_down_and_a_bug_answer_503_and_500(simulator: Simulator, services, monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    def down(*args: object, **kwargs: object) -> object:
        raise redis.ConnectionError("gone")

    monkeypatch.setattr(services.pipeline, "handle", down)
    reply = simulator.oa_message("o_down", "ping")
    assert (reply.status, reply.body) == (503, b"storage unavailable, retry later")

    def bug(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(services.pipeline, "handle", bug)
    with caplog.at_level(logging.ERROR, logger="siyu.web"):
        assert simulator.oa_message("o_bug", "ping").status == 500
    assert "callback failed: POST /wechat/default/oa" in caplog.text and "a bug" in caplog.text


def test_a_path_cannot_forge_log_lines(app, client, caplog: pytest.LogCaptureFixture) -> None:
    """POST /wechat/a%0A2026-12-04 21:00:00,000 ERROR siyu.webhook [-]: forged line/oa (no credential needed) wrote
    that forged line into Siyu's text log ("refused POST <path>") and gunicorn's access log (%(U)s is PATH_INFO,
    decoded): a control character in a path is written escaped in both, the environ's PATH_INFO included (what
    gunicorn logs)."""
    forged = "ERROR siyu.webhook [-]: forged line"
    with caplog.at_level(logging.WARNING, logger="siyu.web"):
        response = client.post(f"/wechat/a%0A2026-12-04%2021:00:00,000%20{forged.replace(' ', '%20')}/oa",
                               data=b"<xml/>")
    assert response.status_code == 404
    assert caplog.records and all("\n" not in record.getMessage() for record in caplog.records)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/x\r\n\x1b[31mforged", "QUERY_STRING": "", "SERVER_NAME": "t",
               "SERVER_PORT": "80", "wsgi.url_scheme": "http", "wsgi.input": io.BytesIO(b"")}
    app.wsgi_app(environ, lambda status, headers, exc_info=None: None)
    assert environ["PATH_INFO"].isprintable() and "forged" in environ["PATH_INFO"]
