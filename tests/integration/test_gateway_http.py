"""The gateway's JSON client over real HTTP: keep-alive, and every transport failure mapped as the error table says.

Against the fake WeChat API's fault injection (latency, timeouts, HTTP status) and against a scripted
socket server for what the fake never does (chunked answers, Connection: close, a dropped connection).
docs/platform.md §4, HTTP rows: connect error -> RetryLater; timeout after sending -> MaybeSent unless
idempotent; 5xx -> RetryLater; 4xx -> Config.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.errors import ConfigError, MaybeSentError, RetryLaterError
from bot.gateway.http import JsonClient
from bot.sandbox.fake_wechat import FakeWeChatServer
from tests.support.redis_server import free_port

SEND = "/cgi-bin/message/send"
PAYLOAD = {"touser": "zhangsan", "agentid": 1000002, "msgtype": "text", "text": {"content": "你好 hello"}}


@pytest.fixture
def token(fake: FakeWeChatServer) -> str:
    return fake.issue_access_token("wwcorp", family="wecom")


def post(client: JsonClient, url: str, *, idempotent: bool = False, **params: str) -> dict:
    return client.post(url, PAYLOAD, params=params or None, platform="wecom", api="message/send",
                       idempotent=idempotent)


def test_posts_utf8_json_and_returns_wechats_answer(fake: FakeWeChatServer, token: str) -> None:
    client = JsonClient(timeout_s=2)
    answer = post(client, fake.origin + SEND, access_token=token)
    assert answer["errcode"] == 0 and answer["msgid"] and answer["invaliduser"] == ""
    (record,) = fake.requests(SEND)
    assert record["body"] == PAYLOAD and record["query"] == {"access_token": "<redacted>"}
    assert post(client, fake.origin + SEND, access_token="bad")["errcode"] == 40014  # errcodes are the caller's
    client.close()


def test_latency_below_the_timeout_is_just_slow(fake: FakeWeChatServer, token: str) -> None:
    fake.set_faults(latency_ms=300, paths=[SEND])
    assert post(JsonClient(timeout_s=2), fake.origin + SEND, access_token=token)["errcode"] == 0


@pytest.mark.parametrize(("idempotent", "error"), [(False, MaybeSentError), (True, RetryLaterError)])
def test_a_timeout_after_sending_is_maybe_sent_unless_idempotent(fake: FakeWeChatServer, token: str,
                                                                  idempotent: bool, error: type) -> None:
    fake.set_faults(timeout_rate=1.0, timeout_s=1.5, handle_before_timeout=True, paths=[SEND])
    client = JsonClient(timeout_s=0.3)
    with pytest.raises(error) as raised:
        post(client, fake.origin + SEND, idempotent=idempotent, access_token=token)
    assert raised.value.api == "message/send"
    fake.set_faults()  # the next call gets a fresh connection, not the one still waiting for its answer
    assert post(client, fake.origin + SEND, access_token=token)["errcode"] == 0


@pytest.mark.parametrize(("status", "error"), [(503, RetryLaterError), (500, RetryLaterError), (400, ConfigError),
                                               (404, ConfigError)])
def test_http_status_5xx_is_retried_and_4xx_is_config(fake: FakeWeChatServer, token: str, status: int,
                                                      error: type) -> None:
    fake.set_faults(rate=1.0, http_status=status, paths=[SEND])
    client = JsonClient(timeout_s=2)
    with pytest.raises(error, match=f"HTTP {status}"):
        post(client, fake.origin + SEND, access_token=token)
    fake.set_faults()
    assert post(client, fake.origin + SEND, access_token=token)["errcode"] == 0  # the connection is still good


def test_connect_refused_is_retry_later() -> None:
    with pytest.raises(RetryLaterError, match="connect failed"):
        post(JsonClient(timeout_s=1), f"http://127.0.0.1:{free_port()}{SEND}")


def test_concurrent_threads_never_share_a_connection(fake: FakeWeChatServer, token: str) -> None:
    client = JsonClient(timeout_s=5)

    def send(i: int) -> int:
        answer = client.post(fake.origin + SEND, {**PAYLOAD, "text": {"content": f"m{i}"}},
                             params={"access_token": token}, platform="wecom", api="message/send", idempotent=True)
        return answer["errcode"]

    with ThreadPoolExecutor(8) as pool:
        assert set(pool.map(send, range(400))) == {0}
    assert sorted(r["body"]["text"]["content"] for r in fake.requests(SEND)) == sorted(f"m{i}" for i in range(400))


# --- a scripted server for what the fake never does ----------------------------------------------------------


class Scripted:
    """Answers request n (counted from 0 over all connections) with `answer(n)`: bytes, or None to hang up
    at once. `hang_up` closes every connection right after its first answer, as a server closing idle
    keep-alive connections does."""

    def __init__(self, answer: Callable[[int], bytes | None], *, hang_up: bool = False) -> None:
        self.answer = answer
        self.hang_up = hang_up
        self.requests = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.connections = 0
        self.bodies: list[bytes] = []
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}{SEND}"

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        reader = conn.makefile("rb")
        try:
            while True:
                head = reader.readline()
                if not head:
                    return
                length = 0
                while (line := reader.readline()) not in (b"\r\n", b""):
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                self.bodies.append(reader.read(length))
                answer = self.answer(self.requests)
                self.requests += 1
                if answer is None:
                    return
                conn.sendall(answer)
                if self.hang_up:
                    return
        finally:
            reader.close()
            conn.close()

    def close(self) -> None:
        self.listener.close()


def ok(body: bytes = b'{"errcode":0,"errmsg":"ok"}', *extra: str) -> bytes:
    head = "".join(f"{h}\r\n" for h in extra)
    return (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{head}Content-Length: {len(body)}\r\n\r\n"
            .encode() + body)


def test_keeps_the_connection_alive_and_sends_one_complete_request() -> None:
    server = Scripted(lambda n: ok())
    client = JsonClient(timeout_s=2)
    for _ in range(5):
        assert post(client, server.url, access_token="t")["errcode"] == 0
    assert server.connections == 1
    assert [json.loads(b) for b in server.bodies] == [PAYLOAD] * 5
    server.close()


def test_a_chunked_answer_is_read_whole() -> None:
    body = json.dumps({"errcode": 0, "errmsg": "ok", "msgid": "m1"}).encode()
    chunked = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
               + b"%x\r\n%s\r\n" % (10, body[:10]) + b"%x\r\n%s\r\n" % (len(body) - 10, body[10:]) + b"0\r\n\r\n")
    server = Scripted(lambda n: chunked)
    client = JsonClient(timeout_s=2)
    assert post(client, server.url)["msgid"] == "m1"
    assert post(client, server.url)["msgid"] == "m1"
    assert server.connections == 1
    server.close()


def test_connection_close_is_honoured() -> None:
    server = Scripted(lambda n: ok(b'{"errcode":0}', "Connection: close"))
    client = JsonClient(timeout_s=2)
    assert post(client, server.url)["errcode"] == 0
    assert post(client, server.url)["errcode"] == 0
    assert server.connections == 2
    server.close()


def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    server = Scripted(lambda n: ok(), hang_up=True)  # keep-alive promised, then closed while idle
    client = JsonClient(timeout_s=2)
    assert post(client, server.url)["errcode"] == 0
    threading.Event().wait(0.2)  # the server's FIN arrives
    assert post(client, server.url)["errcode"] == 0
    assert server.connections == 2 and server.requests == 2
    server.close()


def test_dropped_after_sending_is_retry_later_and_bad_bodies_too() -> None:
    answers = {0: None, 1: b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello", 2: ok(b"[1, 2]"),
               3: b"garbage\r\n\r\n"}
    server = Scripted(lambda n: answers.get(n, ok()))
    client = JsonClient(timeout_s=2)
    with pytest.raises(RetryLaterError, match="RemoteDisconnected"):
        post(client, server.url)
    with pytest.raises(RetryLaterError, match="not JSON"):
        post(client, server.url)
    with pytest.raises(RetryLaterError, match="not a JSON object"):
        post(client, server.url)
    with pytest.raises(RetryLaterError):
        post(client, server.url)
    assert post(client, server.url)["errcode"] == 0
    server.close()


def test_an_http_error_through_wechatpy_keeps_the_token_out_of_its_traceback(fake: FakeWeChatServer) -> None:
    """wechatpy raises its WeChatClientException while handling requests' HTTPError, whose text is the URL with
    ?access_token=: the gateway's RetryLaterError (from it) carried both, so a 5xx on menu/get printed the Official
    Account's access token in every traceback of it (RQ's log and failed-job record)."""
    import traceback

    import fakeredis

    from bot.gateway import Gateway, oa_app
    from tests.support.factories import make_settings

    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_OA_SECRET="oa-secret-value")
    gateway = Gateway(fakeredis.FakeRedis(), settings, retry_delays_s=())
    app = oa_app(settings, "default")
    token = gateway.tokens.get(app)
    fake.set_faults(rate=1.0, http_status=500, paths=["/cgi-bin/menu/get"])
    with pytest.raises(RetryLaterError) as raised:
        gateway.published_menu(app)
    text = "".join(traceback.format_exception(raised.value))
    assert token not in text and "HTTP 500" in text
