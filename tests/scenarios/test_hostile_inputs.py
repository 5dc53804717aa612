"""Inputs that once answered 500 with a traceback (issue 16, item 8) and routes that must not exist
(item 9): each is a clear 4xx, or an ordinary answer, never a 5xx."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import create_app
from bot.inbound import Channel
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.webhook.signing import sha1_signature
from tests.support.factories import OA_TOKEN


def test_a_huge_number_as_the_group_bot_envelope_is_400(client) -> None:
    body = b'{"encrypt": ' + b"9" * 5000 + b"}"  # past Python's int-digit limit
    response = client.post("/wechat/default/group-bot?msg_signature=x&timestamp=1&nonce=n", data=body)
    assert response.status_code == 400


@pytest.mark.parametrize("field", ["CreateTime", "MemChangeCnt"])
def test_digits_that_int_refuses_are_not_numbers(simulator: Simulator, field: str) -> None:
    """'²' is a digit to str.isdigit() and not to int()."""
    fields = simulator.oa_fields("o_sup", MsgType="text", Content="ping", MsgId=99001) | {field: "1²"}
    assert simulator.post_oa(fields).status == 200


def test_a_signed_timestamp_of_superscript_digits_is_403(client) -> None:
    timestamp, nonce = "1²", "n1"
    query = {"signature": sha1_signature(OA_TOKEN, timestamp, nonce), "timestamp": timestamp, "nonce": nonce}
    response = client.post("/wechat/default/oa", query_string=query, data=b"<xml><MsgType>text</MsgType></xml>")
    assert response.status_code == 403


def test_a_mixed_message_without_items_is_answered(simulator: Simulator) -> None:
    reply = simulator.post_group_bot({"msgid": "mx1", "aibotid": "bot1", "chattype": "single",
                                      "from": {"userid": "u1"}, "msgtype": "mixed", "mixed": {"msg_item": None}})
    assert reply.status == 200


def test_there_is_no_static_route(services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Flask's default /static/ would serve the static/ folder of the directory the server runs from."""
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "secret.txt").write_text("do not serve")
    monkeypatch.chdir(tmp_path)
    client = create_app(services=services).test_client()
    assert client.get("/static/secret.txt").status_code == 404


def test_without_loadable_content_callbacks_and_health_are_503(fake_redis, clock, tmp_path: Path) -> None:
    """Issue 16, item 5: a missing content directory answered every callback `success` (WeChat does not
    retry a 200) and /healthz said 200. Now both are 503, and a retry finds the dedupe claim released."""
    from bot.services import build_services
    from tests.conftest import simulator_for
    from tests.support.factories import make_settings

    settings = make_settings(SIYU_CONFIG_DIR=str(tmp_path / "nowhere"))
    app = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock))
    client = app.test_client()
    assert client.get("/healthz").status_code == 503
    simulator = simulator_for(client, settings, clock)
    assert simulator.oa_message("o_blind", "ping", msg_id=77001).status == 503
    assert simulator.oa_message("o_blind", "ping", msg_id=77001).status == 503  # the claim was released


def test_a_retry_of_a_callback_whose_first_delivery_died_is_processed_not_swallowed(
        services: Services, simulator: Simulator) -> None:
    """Issue 16, item 1: Redis went away before the first delivery could release its claim, so the claim
    outlived it; WeChat's retry found it 'pending', waited and was told `success`: the message was lost.
    Now the retry is 503 while the claim lives (WeChat tries again), and processed once it has expired."""
    import time

    from bot.store import keys
    from bot.store.callbacks import PENDING_TTL_S
    from tests.support.factories import OA_APPID, make_inbound

    assert PENDING_TTL_S <= 6  # shorter than WeChat's ~5 s between tries plus the retry's own wait
    services.callbacks.wait_s = 0.05
    dead = make_inbound("ping", channel=Channel.OA, account=OA_APPID, user_id="o_lost", msg_id="880001")
    services.redis.set(keys.dedupe("default", dead.dedupe_key), b"\x00pending", px=300)  # held by a dead process
    fields = simulator.oa_fields("o_lost", MsgType="text", Content="ping", MsgId=880001)
    assert simulator.post_oa(fields).status == 503
    time.sleep(0.35)  # the dead claim expires
    reply = simulator.post_oa(fields)
    assert reply.status == 200 and reply.text == "pong"


def test_a_body_that_cannot_be_read_is_400(client) -> None:
    """Issue 16, item 8: a chunked body with a bad chunk size made gunicorn's reader raise (an OSError)
    inside the view: 500 with a traceback."""
    class BadChunks:
        def read(self, *args: object) -> bytes:
            raise OSError("Invalid chunk size")

        readline = read

    response = client.post("/wechat/default/oa?signature=x&timestamp=1&nonce=n",
                           environ_overrides={"wsgi.input": BadChunks(), "wsgi.input_terminated": True})
    assert response.status_code == 400


@pytest.mark.parametrize("kind", ["oa", "wecom", "group-bot"])
def test_a_chunked_body_gunicorn_cannot_parse_is_400(client, kind: str) -> None:
    """`siyu serve` runs gunicorn 27, whose reader raises InvalidChunkSize, a ParseException and no longer an
    OSError, for a chunk size that is not hex (`ZZZ\\r\\nabc\\r\\n0\\r\\n\\r\\n`): a harness posting that got 500 and a
    traceback in the log."""
    from gunicorn.http.errors import ChunkMissingTerminator, InvalidChunkSize

    for error in (InvalidChunkSize(b"ZZZ"), ChunkMissingTerminator(b"xx")):
        class BadChunks:
            def read(self, *args: object, error: Exception = error) -> bytes:
                raise error

            readline = read

        response = client.post(f"/wechat/default/{kind}?signature=x&timestamp=1&nonce=n",
                               environ_overrides={"wsgi.input": BadChunks(), "wsgi.input_terminated": True})
        assert response.status_code == 400, response.data
