"""The fake WeChat/WeCom API over real HTTP, driven by wechatpy 2.0 clients pointed at it.

wechatpy hard-codes its token URLs and some sub-API bases (PLATFORM.md §6), so the clients here
override fetch_access_token and those API_BASE_URLs, the way Siyu's gateway has to.
"""

from __future__ import annotations

import http.client
import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import APILimitedException, WeChatClientException
from wechatpy.work import WeChatClient as WorkClient

from bot.clock import ManualClock
from bot.sandbox.fake_wechat import FakeWeChatServer

OA_APP, OA_SECRET = "wxfakeoa01", "oa-secret"
CORP, CONTACT_SECRET = "wwfakecorp", "contact-secret"
OPENID = "oFakeFollower0001"
EXTERNAL = "wmFakeCustomer0001"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def oa_client(origin: str, *, appid: str = OA_APP, secret: str = OA_SECRET) -> WeChatClient:
    class FakeOAClient(WeChatClient):
        API_BASE_URL = origin + "/cgi-bin/"

        def fetch_access_token(self) -> dict[str, Any]:
            return self._fetch_access_token(
                url=origin + "/cgi-bin/token",
                params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
            )

    client = FakeOAClient(appid, secret, timeout=5)
    client.wxa.API_BASE_URL = origin + "/"  # the wxa sub-API hard-codes https://api.weixin.qq.com/
    client._http.trust_env = False  # never route 127.0.0.1 through a proxy from the environment
    return client


def work_client(origin: str, *, secret: str = CONTACT_SECRET) -> WorkClient:
    class FakeWorkClient(WorkClient):
        API_BASE_URL = origin + "/cgi-bin/"

        def fetch_access_token(self) -> dict[str, Any]:
            return self._fetch_access_token(
                url=origin + "/cgi-bin/gettoken", params={"corpid": self.corp_id, "corpsecret": self.secret}
            )

    client = FakeWorkClient(CORP, secret, timeout=5)
    client._http.trust_env = False
    return client


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(offset_from_system=True)


@pytest.fixture
def fake(clock: ManualClock) -> Iterator[FakeWeChatServer]:
    with FakeWeChatServer(apps={OA_APP: OA_SECRET, CORP: CONTACT_SECRET}, clock=clock) as server:
        yield server


def test_origin_is_loopback_on_a_free_port(fake: FakeWeChatServer) -> None:
    assert fake.origin.startswith("http://127.0.0.1:") and fake.port > 0
    assert requests.get(fake.origin + "/_fake/health", timeout=5).json()["ok"] is True


def test_customer_service_text_through_wechatpy(fake: FakeWeChatServer) -> None:
    client = oa_client(fake.origin)
    assert client.message.send_text(OPENID, "你好，欢迎加入") == {"errcode": 0, "errmsg": "ok"}
    paths = [r["path"] for r in fake.requests()]
    assert paths == ["/cgi-bin/token", "/cgi-bin/message/custom/send"]
    [sent] = fake.requests(path="/cgi-bin/message/custom/send")
    assert sent["app"] == OA_APP and sent["body"] == {
        "touser": OPENID,
        "msgtype": "text",
        "text": {"content": "你好，欢迎加入"},
    }


def test_mini_program_card_template_user_and_links(fake: FakeWeChatServer) -> None:
    client = oa_client(fake.origin)
    media = client.media.upload("image", ("card.png", io.BytesIO(PNG), "image/png"))
    assert media["type"] == "image" and isinstance(media["created_at"], int)
    card = {"title": "新品", "appid": "wxmini0001", "pagepath": "pages/item?id=7", "thumb_media_id": media["media_id"]}
    assert client.message.send_mini_program_page(OPENID, card)["errcode"] == 0
    sent = client.message.send_template(OPENID, "tmpl-order", {"thing1": {"value": "已发货"}})
    assert isinstance(sent["msgid"], int)
    assert client.user.get(OPENID)["subscribe"] == 1
    assert client.wxa.get_url_link(path="pages/item", query="id=7")["url_link"].startswith("https://wxaurl.cn/")
    with pytest.raises(WeChatClientException) as refused:
        client.message.send_mini_program_page(OPENID, {**card, "thumb_media_id": "not-uploaded"})
    assert refused.value.errcode == 40007


def test_superseded_token_is_refreshed_once_by_wechatpy(fake: FakeWeChatServer, clock: ManualClock) -> None:
    first = oa_client(fake.origin)
    first.message.send_text(OPENID, "one")
    oa_client(fake.origin).fetch_access_token()  # another process fetches: the first token has 5 min left
    clock.advance(301)
    assert first.message.send_text(OPENID, "two")["errcode"] == 0  # 40001 -> refetch -> retry
    sends = fake.requests(path="/cgi-bin/message/custom/send")
    assert [r["errcode"] for r in sends] == [0, 40001, 0]
    assert len(fake.requests(path="/cgi-bin/token")) == 3


def test_wecom_welcome_message_through_wechatpy(fake: FakeWeChatServer) -> None:
    client = work_client(fake.origin)
    code = fake.issue_welcome_code(userid="zhangsan", external_userid=EXTERNAL, corpid=CORP)
    picture = client.media.upload("image", ("w.png", io.BytesIO(PNG), "image/png"))
    assert picture["errcode"] == 0 and isinstance(picture["created_at"], str)
    template = {
        "welcome_code": code,
        "text": {"content": "欢迎！"},
        "attachments": [
            {"msgtype": "link", "link": {"title": "入门", "url": "https://example.com/start"}},
            {
                "msgtype": "miniprogram",
                "miniprogram": {
                    "title": "商城",
                    "pic_media_id": picture["media_id"],
                    "appid": "wxmini0001",
                    "page": "/pages/index.html",
                },
            },
        ],
    }
    assert client.external_contact.send_welcome_msg(template) == {"errcode": 0, "errmsg": "ok"}
    with pytest.raises(WeChatClientException) as again:
        client.external_contact.send_welcome_msg(template)
    assert again.value.errcode == 41051
    [ok, refused] = fake.requests(path="/cgi-bin/externalcontact/send_welcome_msg")
    assert ok["errcode"] == 0 and ok["app"] == CORP and ok["body"]["welcome_code"] == code
    assert refused["errcode"] == 41051


def test_wecom_app_message_and_mass_send_lifecycle(fake: FakeWeChatServer) -> None:
    client = work_client(fake.origin)
    sent = client.message.send_text(1000002, ["zhangsan", "not valid"], "部署完成")
    assert sent["invaliduser"] == "not valid"
    created = client.external_contact.add_msg_template(
        {"chat_type": "single", "sender": "zhangsan", "external_userid": [EXTERNAL], "text": {"content": "上新"}}
    )
    msgid = created["msgid"]
    task = client.post("externalcontact/get_groupmsg_task", data={"msgid": msgid})
    assert task["task_list"] == [{"userid": "zhangsan", "status": 0}]
    confirmed = requests.post(fake.origin + "/_fake/groupmsg/confirm", json={"msgid": msgid}, timeout=5)
    assert confirmed.status_code == 200
    result = client.post("externalcontact/get_groupmsg_send_result", data={"msgid": msgid, "userid": "zhangsan"})
    assert result["send_list"][0]["status"] == 1 and result["send_list"][0]["external_userid"] == EXTERNAL


def test_kf_sync_and_send_through_wechatpy(fake: FakeWeChatServer) -> None:
    queued = requests.post(
        fake.origin + "/_fake/kf_messages",
        timeout=5,
        json={
            "messages": [
                {"open_kfid": "wkFakeKf01", "external_userid": EXTERNAL, "msgtype": "text", "text": {"content": "在吗"}}
            ]
        },
    )
    token = queued.json()["token"]
    client = work_client(fake.origin)
    synced = client.kf.sync_msg(token)
    assert synced["has_more"] == 0 and synced["msg_list"][0]["text"]["content"] == "在吗"
    reply = client.kf_message.send_text(EXTERNAL, "wkFakeKf01", "在的")
    assert reply["errcode"] == 0 and reply["msgid"]


def test_group_robot_limit_over_http(fake: FakeWeChatServer) -> None:
    session = requests.Session()
    session.trust_env = False
    url = fake.origin + "/cgi-bin/webhook/send?key=robot-key-0001"
    codes = [
        session.post(url, json={"msgtype": "text", "text": {"content": f"#{i}"}}, timeout=5).json()["errcode"]
        for i in range(21)
    ]
    assert codes == [0] * 20 + [130101]


def test_faults_set_over_http_reach_wechatpy(fake: FakeWeChatServer) -> None:
    client = oa_client(fake.origin)
    client.fetch_access_token()
    rules = requests.post(fake.origin + "/_fake/faults", json={"rate": 1.0, "errcodes": [45009]}, timeout=5)
    assert rules.json()["rules"][0]["rate"] == 1.0
    with pytest.raises(APILimitedException):
        client.message.send_text(OPENID, "hi")
    fake.set_faults()
    assert client.message.send_text(OPENID, "hi")["errcode"] == 0


def test_timeout_fault_outlasts_the_client_timeout(fake: FakeWeChatServer) -> None:
    token = fake.issue_access_token(OA_APP)
    fake.set_faults(timeout_rate=1.0, timeout_s=1.0)
    started = time.monotonic()
    with pytest.raises(requests.Timeout):
        requests.post(
            fake.origin + "/cgi-bin/message/custom/send",
            params={"access_token": token},
            json={"touser": OPENID, "msgtype": "text", "text": {"content": "x"}},
            timeout=0.2,
        )
    assert time.monotonic() - started < 1.0
    fake.set_faults()
    assert requests.get(fake.origin + "/_fake/health", timeout=5).status_code == 200


def test_connections_are_kept_alive(fake: FakeWeChatServer) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", fake.port, timeout=5)
    token = fake.issue_access_token(OA_APP)
    body = json.dumps({"touser": OPENID, "msgtype": "text", "text": {"content": "x"}})
    sockets = set()
    for _ in range(20):
        connection.request("POST", f"/cgi-bin/message/custom/send?access_token={token}", body=body)
        response = connection.getresponse()
        assert response.getheader("Connection") is None and json.loads(response.read())["errcode"] == 0
        sockets.add(id(connection.sock))
    assert len(sockets) == 1 and len(fake.requests()) == 20
    connection.close()


def test_chunked_body_and_connection_close(fake: FakeWeChatServer) -> None:
    token = fake.issue_access_token(OA_APP)
    body = json.dumps({"touser": OPENID, "msgtype": "text", "text": {"content": "chunked"}}).encode()
    request = (
        (
            f"POST /cgi-bin/message/custom/send?access_token={token} HTTP/1.1\r\nHost: x\r\n"
            "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        ).encode()
        + f"{len(body):x}\r\n".encode()
        + body
        + b"\r\n0\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", fake.port), timeout=5) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, payload = answer.partition(b"\r\n\r\n")
    assert b"Connection: close" in head and json.loads(payload)["errcode"] == 0
    assert fake.requests()[-1]["body"]["text"]["content"] == "chunked"


def test_runs_alone_from_the_command_line() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.sandbox.fake_wechat", "--port", "0", "--app", f"{OA_APP}={OA_SECRET}"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        origin = line.split()[4]
        assert origin.startswith("http://127.0.0.1:")
        token = requests.get(
            origin + "/cgi-bin/token",
            timeout=5,
            params={"grant_type": "client_credential", "appid": OA_APP, "secret": "wrong"},
        ).json()
        assert token["errcode"] == 40125
    finally:
        process.terminate()
        process.wait(timeout=10)
        if process.stdout is not None:
            process.stdout.close()


def test_stop_is_prompt_and_idempotent() -> None:
    server = FakeWeChatServer(clock=ManualClock(datetime(2026, 1, 1, tzinfo=UTC))).start()
    origin = server.origin
    requests.get(origin + "/_fake/health", timeout=5)
    started = time.monotonic()
    server.stop()
    server.stop()
    assert time.monotonic() - started < 2
    with pytest.raises(requests.ConnectionError):
        requests.get(origin + "/_fake/health", timeout=2)
