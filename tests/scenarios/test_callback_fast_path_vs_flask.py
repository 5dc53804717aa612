"""The same callback POSTs through CallbackFastPath (what gunicorn calls) and through Flask's own route (the app's
wsgi_app before create_app wrapped it), side by side: the same status code, headers, body bytes, siyu.web log lines
and request ids for each kind of refusal and failure, the same answer to a message, and a retry answered with the
first reply whichever path took either (issue 10, branch hot11: the fast path is the one measured against the
peers; Flask's route is the reference; no callback POST reaches it under create_app). Known differences, pinned as
they are: the status line's reason phrase, which the fast path writes as http.HTTPStatus does ("403 Forbidden")
and werkzeug in capitals ("403 FORBIDDEN"; HTTP clients ignore it, RFC 9112 §4, and WeChat reads the code); a body
cut short and a negative Content-Length, which the fast path names (werkzeug reads what came, or nothing); and a
bug, which the fast path answers in plain text with its own log line, Flask with its HTML page."""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import urlencode

import pytest
import redis
from werkzeug.test import EnvironBuilder

from bot.clock import ManualClock
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Settings
from bot.webhook.cipher import CallbackCipher
from bot.webhook.signing import sha1_signature
from tests.support.factories import OA_TOKEN

_NONCES = itertools.count(1)
Request = tuple[str, bytes, dict[str, object]]  # query, body, environ overrides
Answer = tuple[int, list[tuple[str, str]], bytes, list[tuple[str, str]]]  # code, headers, body, (log line, request id)


@pytest.fixture
def paths(app) -> dict[str, Callable[..., Any]]:
    return {"fast": app.wsgi_app, "flask": app.wsgi_app.app}


@pytest.fixture
def cipher(settings: Settings) -> CallbackCipher:
    oa = settings.brands[settings.default_brand].oa
    assert oa is not None
    return CallbackCipher(token=oa.token, aes_keys=oa.aes_keys, receive_id=oa.appid)


def post(wsgi: Callable[..., Any], request: Request, caplog: pytest.LogCaptureFixture) -> tuple[str, Answer]:
    """(status line, (code, headers, body, siyu.web log lines with their request ids)) of one POST."""
    query, body, overrides = request
    environ = EnvironBuilder(path="/wechat/default/oa", method="POST", query_string=query, data=body,
                             headers=[("X-Request-Id", "req-hot11")]).get_environ()
    environ.update(overrides)
    started: list[tuple[str, list[tuple[str, str]]]] = []
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="siyu.web"):
        data = b"".join(wsgi(environ, lambda status, headers, exc_info=None: started.append((status, list(headers)))))
    lines = [(r.getMessage().split("\n")[0], getattr(r, "request_id", "")) for r in caplog.records
             if r.name == "siyu.web"]
    status, headers = started[0]
    return status, (int(status.split()[0]), headers, data, lines)


def safe(clock: ManualClock, cipher: CallbackCipher, plaintext: str | None = None, *, encrypt: str | None = None,
         envelope: str | None = None, **query: str) -> tuple[str, bytes]:
    """A safe-mode callback's (query, body): `plaintext` sealed, or `encrypt` as given, in `envelope`."""
    timestamp, nonce = str(int(clock.now().timestamp())), f"n{next(_NONCES)}"
    if plaintext is not None:
        encrypt = cipher.seal(plaintext, nonce=nonce, timestamp=timestamp).encrypt
    encrypt = encrypt or ""
    fields = {"signature": sha1_signature(OA_TOKEN, timestamp, nonce), "timestamp": timestamp, "nonce": nonce,
              "openid": "o_side", "encrypt_type": "aes", "msg_signature": sha1_signature(OA_TOKEN, timestamp, nonce,
                                                                                          encrypt)} | query
    body = envelope if envelope is not None else f"<xml><ToUserName><![CDATA[gh]]></ToUserName><Encrypt><![CDATA[" \
                                                 f"{encrypt}]]></Encrypt></xml>"
    return urlencode(fields), body.encode()


MESSAGE = ("<xml><ToUserName><![CDATA[gh_siyu_demo]]></ToUserName><FromUserName><![CDATA[o_side]]></FromUserName>"
           "<CreateTime>1</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[ping]]></Content>"
           "<MsgId>{}</MsgId></xml>")
CASES: dict[str, Callable[[ManualClock, CallbackCipher], Request]] = {
    "plaintext, refused": lambda clock, c: (urlencode({"signature": sha1_signature(OA_TOKEN, "1", "n"),
                                                       "timestamp": "1", "nonce": "n"}), b"<xml/>", {}),
    "no query": lambda clock, c: ("", b"<xml/>", {}),
    "forged msg_signature": lambda clock, c: (*safe(clock, c, MESSAGE.format(1), msg_signature="0" * 40)[:2], {}),
    "forged signature": lambda clock, c: (*safe(clock, c, MESSAGE.format(2), signature="0" * 40), {}),
    "the first of two msg_signatures": lambda clock, c: (
        "msg_signature=bad&" + safe(clock, c, MESSAGE.format(3))[0], safe(clock, c, MESSAGE.format(3))[1], {}),
    "percent-encoded query": lambda clock, c: (
        safe(clock, c, MESSAGE.format(4))[0].replace("encrypt_type=aes", "encrypt_type=%61es+"), b"<xml/>", {}),
    "malformed envelope": lambda clock, c: (*safe(clock, c, encrypt="x", envelope="<xml><Encrypt>"), {}),
    "not XML at all": lambda clock, c: (*safe(clock, c, encrypt="x", envelope="\x00 garbage"), {}),
    "no Encrypt": lambda clock, c: (*safe(clock, c, encrypt="x", envelope="<xml><A>1</A></xml>"), {}),
    "Encrypt that does not decrypt": lambda clock, c: (*safe(clock, c, encrypt="bm90IGEgYmxvY2s="), {}),
    "sealed, but not XML inside": lambda clock, c: (*safe(clock, c, "<xml><MsgType>text"), {}),
    "sealed, no message inside": lambda clock, c: (*safe(clock, c, "<xml></xml>"), {}),
    "empty body": lambda clock, c: (safe(clock, c, MESSAGE.format(5))[0], b"", {}),
    "declared too long": lambda clock, c: (*safe(clock, c, MESSAGE.format(6)), {"CONTENT_LENGTH": "70000"}),
    "chunked, too long": lambda clock, c: (safe(clock, c, MESSAGE.format(7))[0], b"", {
        "CONTENT_LENGTH": "", "wsgi.input_terminated": True, "wsgi.input": io.BytesIO(b"x" * 70_000)}),
    "cut short": lambda clock, c: (safe(clock, c, MESSAGE.format(8))[0], b"", {
        "CONTENT_LENGTH": "500", "wsgi.input": io.BytesIO(b"<xml>"), "wsgi.input_terminated": False}),
    "negative length": lambda clock, c: (*safe(clock, c, MESSAGE.format(9)), {"CONTENT_LENGTH": "-1"}),
    "signed too long ago": lambda clock, c: (*safe(clock.__class__(clock.now().replace(year=2025)), c,
                                                    MESSAGE.format(10)), {}),
}


# case: (the fast path's body, the Flask route's): the same code, content type and request ids, each its own reason
KNOWN = {"cut short": (b"unreadable body", b"malformed XML"), "negative length": (b"bad length", b"empty body")}


def side_by_side(paths: dict[str, Callable[..., Any]], make: Callable[[], Request],
                 caplog: pytest.LogCaptureFixture, known: tuple[bytes, bytes] | None = None) -> Answer:
    (fast_status, fast), (flask_status, flask) = (post(wsgi, make(), caplog) for wsgi in paths.values())
    if known is None:
        assert fast == flask
    else:
        assert (fast[2], flask[2]) == known
        assert fast[0] == flask[0] and fast[1][0] == flask[1][0]  # code, content type
        assert [line.replace(known[0].decode(), "?") for line, _ in fast[3]] == \
            [line.replace(known[1].decode(), "?") for line, _ in flask[3]]
    assert fast_status == f"{fast[0]} {HTTPStatus(fast[0]).phrase}"  # the phrase: the module doc
    assert flask_status == f"{fast[0]} {HTTPStatus(fast[0]).phrase.upper()}"
    return fast


@pytest.mark.parametrize("case", list(CASES))
def test_a_refused_callback_answers_alike_on_both_paths(paths, clock: ManualClock, cipher: CallbackCipher,
                                                       caplog: pytest.LogCaptureFixture, case: str) -> None:
    code, headers, _, lines = side_by_side(paths, lambda: CASES[case](clock, cipher), caplog, KNOWN.get(case))
    assert code in (400, 403) and headers[0] == ("Content-Type", "text/plain; charset=utf-8")
    assert lines and all(request_id == "req-hot11" for _, request_id in lines)


def test_storage_down_answers_alike_on_both_paths(paths, clock: ManualClock, cipher: CallbackCipher,
                                                  services: Services, monkeypatch: pytest.MonkeyPatch,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    def down(*args: object, **kwargs: object) -> object:
        raise redis.ConnectionError("gone")

    monkeypatch.setattr(services.pipeline, "handle", down)
    code, _, body, lines = side_by_side(paths, lambda: (*safe(clock, cipher, MESSAGE.format(20)), {}), caplog)
    assert (code, body) == (503, b"storage unavailable, retry later")
    assert lines == [("redis unavailable on POST /wechat/default/oa: ConnectionError", "req-hot11")]


def test_a_bug_is_500_on_both_paths_in_plain_text_on_the_fast_one(paths, clock: ManualClock, cipher: CallbackCipher,
                                                                   services: Services, monkeypatch: pytest.MonkeyPatch,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    def bug(*args: object, **kwargs: object) -> object:
        raise RuntimeError("a bug")

    monkeypatch.setattr(services.pipeline, "handle", bug)
    (fast_status, fast), (flask_status, flask) = (post(wsgi, (*safe(clock, cipher, MESSAGE.format(21)), {}), caplog)
                                                  for wsgi in paths.values())
    assert (fast_status, fast[1], fast[2]) == ("500 Internal Server Error", [
        ("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "21")], b"Internal Server Error")
    assert fast[3] == [("callback failed: POST /wechat/default/oa", "req-hot11")]
    assert flask_status == "500 INTERNAL SERVER ERROR" and flask[1][0] == ("Content-Type", "text/html; charset=utf-8")


def simulators(paths: dict[str, Callable[..., Any]], settings: Settings, clock: ManualClock,
               caplog: pytest.LogCaptureFixture) -> dict[str, Simulator]:
    brand = settings.brands[settings.default_brand]

    def transport(wsgi: Callable[..., Any]) -> Callable[[str, bytes], tuple[int, bytes]]:
        def send(path: str, body: bytes) -> tuple[int, bytes]:
            code, _, data, _ = post(wsgi, (path.split("?", 1)[1], body, {}), caplog)[1]
            return code, data

        return send

    return {name: Simulator(brand=brand.name, oa=brand.oa, wecom=brand.wecom, group_bot=brand.group_bot,
                            transport=transport(wsgi), now=lambda: int(clock.now().timestamp()))
            for name, wsgi in paths.items()}


def test_a_message_is_answered_alike_on_both_paths(paths, settings: Settings, clock: ManualClock,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    sims = simulators(paths, settings, clock, caplog)
    fast, flask = (sims[name].oa_message(f"o_{name}", "ping") for name in ("fast", "flask"))
    assert (fast.status, fast.text, len(fast.body)) == (flask.status, flask.text, len(flask.body)) == (200, "pong",
                                                                                                       len(fast.body))
    assert {k: v for k, v in fast.fields.items() if k != "ToUserName"} == \
        {k: v for k, v in flask.fields.items() if k != "ToUserName"}


@pytest.mark.parametrize("first", ["fast", "flask"])
def test_a_retry_gets_the_first_reply_whichever_path_took_it(paths, settings: Settings, clock: ManualClock,
                                                              caplog: pytest.LogCaptureFixture, first: str) -> None:
    sims = simulators(paths, settings, clock, caplog)
    then = "flask" if first == "fast" else "fast"
    fields = sims[first].oa_fields(f"o_retry_{first}", MsgType="text", Content="ping", MsgId=777)
    path, body = sims[first].oa_request(fields, mode="safe")  # WeChat's retry: the same request, byte for byte
    original = sims[first]._open(*sims[first].transport(path, body), sims[first]._oa_cipher())
    retry = sims[then]._open(*sims[then].transport(path, body), sims[then]._oa_cipher())
    assert (retry.status, retry.plaintext) == (original.status, original.plaintext)
    assert original.text == "pong"
    assert ("duplicate callback brand=default channel=oa kind=text: replaying the first reply", "req-hot11") in \
        [(r.getMessage(), getattr(r, "request_id", "")) for r in caplog.records]
