"""The fake WeChat/WeCom API through Flask's test client: validation, error codes, tokens, windows, faults."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.clock import ManualClock
from bot.sandbox.fake_wechat import FakeState, create_fake_wechat

OA_APP, OA_SECRET = "wxfake0001", "oa-secret"
CORP, CONTACT_SECRET, APP_SECRET = "wwfakecorp", "contact-secret", "app-secret"
OPENID = "oFakeFollower0001"
EXTERNAL = "wmFakeCustomer0001"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)


class Fake:
    """A fake API on a manual clock, with one-line helpers for the calls the tests make."""

    def __init__(self, **apps: Any) -> None:
        self.clock = ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
        app = create_fake_wechat(apps=apps or {OA_APP: OA_SECRET, CORP: [CONTACT_SECRET, APP_SECRET]}, clock=self.clock)
        self.client: FlaskClient = app.test_client()
        self.state: FakeState = app.extensions["fake_wechat"]

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.client.get(path, query_string=params)
        assert response.status_code == 200, response.data
        return response.get_json()

    def post(self, path: str, body: Any = None, *, raw: bytes | None = None, **params: Any) -> dict[str, Any]:
        data = raw if raw is not None else (json.dumps(body, ensure_ascii=False).encode() if body is not None else b"")
        response = self.client.post(path, query_string=params, data=data)
        assert response.status_code == 200, response.data
        return response.get_json()

    def oa_token(self) -> str:
        return self.get("/cgi-bin/token", grant_type="client_credential", appid=OA_APP, secret=OA_SECRET)[
            "access_token"
        ]

    def wecom_token(self, secret: str = CONTACT_SECRET) -> str:
        return self.get("/cgi-bin/gettoken", corpid=CORP, corpsecret=secret)["access_token"]

    def upload(self, token: str, kind: str = "image", data: bytes = PNG) -> dict[str, Any]:
        response = self.client.post(
            "/cgi-bin/media/upload",
            query_string={"access_token": token, "type": kind},
            data={"media": (io.BytesIO(data), "a.png")},
            content_type="multipart/form-data",
        )
        return response.get_json()

    def control(self, path: str, body: Any = None, method: str = "POST") -> tuple[int, dict[str, Any]]:
        response = self.client.open(path, method=method, json=body)
        return response.status_code, response.get_json()


@pytest.fixture
def fake() -> Fake:
    return Fake()


def text(openid: str = OPENID, content: str = "hi") -> dict[str, Any]:
    return {"touser": openid, "msgtype": "text", "text": {"content": content}}


# --- access tokens ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "errcode"),
    [
        ({"grant_type": "password", "appid": OA_APP, "secret": OA_SECRET}, 40002),
        ({"grant_type": "client_credential", "secret": OA_SECRET}, 41002),
        ({"grant_type": "client_credential", "appid": OA_APP}, 41004),
        ({"grant_type": "client_credential", "appid": "wxunknown", "secret": OA_SECRET}, 40013),
        ({"grant_type": "client_credential", "appid": OA_APP, "secret": "wrong"}, 40125),
    ],
)
def test_oa_token_refuses_bad_credentials(fake: Fake, params: dict[str, str], errcode: int) -> None:
    assert fake.get("/cgi-bin/token", **params)["errcode"] == errcode


def test_oa_token_shape_has_no_errcode(fake: Fake) -> None:
    body = fake.get("/cgi-bin/token", grant_type="client_credential", appid=OA_APP, secret=OA_SECRET)
    assert set(body) == {"access_token", "expires_in"} and body["expires_in"] == 7200


def test_new_token_invalidates_old_after_five_minute_overlap(fake: Fake) -> None:
    first = fake.oa_token()
    second = fake.oa_token()
    assert first != second
    fake.clock.advance(299)
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=first)["errcode"] == 0
    fake.clock.advance(2)
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=first)["errcode"] == 40001
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=second)["errcode"] == 0


def test_token_errors_missing_unknown_expired(fake: Fake) -> None:
    token = fake.oa_token()
    assert fake.post("/cgi-bin/message/custom/send", text())["errcode"] == 41001
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token="nope")["errcode"] == 40001
    assert fake.post("/cgi-bin/message/send", {}, access_token="nope")["errcode"] == 40014
    fake.clock.advance(7200)
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] == 42001


def test_token_of_one_platform_is_refused_by_the_other(fake: Fake) -> None:
    wecom = fake.wecom_token()
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=wecom)["errcode"] == 40001
    assert fake.post("/cgi-bin/message/send", {}, access_token=fake.oa_token())["errcode"] == 40014


def test_daily_token_quota_answers_45009() -> None:
    fake = Fake()
    fake.state.token_fetches_per_day = 3
    for _ in range(3):
        fake.oa_token()
    assert (
        fake.get("/cgi-bin/token", grant_type="client_credential", appid=OA_APP, secret=OA_SECRET)["errcode"] == 45009
    )


def stable(fake: Fake, *, force: bool = False) -> dict[str, Any]:
    body = {"grant_type": "client_credential", "appid": OA_APP, "secret": OA_SECRET, "force_refresh": force}
    return fake.post("/cgi-bin/stable_token", body)


def test_stable_token_is_stable_until_near_expiry(fake: Fake) -> None:
    first = stable(fake)
    fake.clock.advance(1000)
    again = stable(fake)
    assert again["access_token"] == first["access_token"] and again["expires_in"] == 6200
    fake.oa_token()  # /cgi-bin/token is isolated from stable_token
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=first["access_token"])["errcode"] == 0
    fake.clock.advance(5950)  # 250 s left: inside the 5-minute early refresh
    renewed = stable(fake)
    assert renewed["access_token"] != first["access_token"] and renewed["expires_in"] == 7200
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=first["access_token"])["errcode"] == 0


def test_stable_token_force_refresh_replaces_and_revokes(fake: Fake) -> None:
    first = stable(fake)["access_token"]
    fake.clock.advance(60)
    forced = stable(fake, force=True)["access_token"]
    assert forced != first
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=first)["errcode"] == 40001
    fake.clock.advance(10)  # within 30 s of the last force refresh: no new token
    assert stable(fake, force=True)["access_token"] == forced


def test_stable_token_needs_a_json_body(fake: Fake) -> None:
    assert fake.post("/cgi-bin/stable_token")["errcode"] == 44002
    assert fake.post("/cgi-bin/stable_token", raw=b"{not json")["errcode"] == 47001


def test_wecom_gettoken_checks_corp_and_each_secret(fake: Fake) -> None:
    assert fake.get("/cgi-bin/gettoken", corpsecret=APP_SECRET)["errcode"] == 41002
    assert fake.get("/cgi-bin/gettoken", corpid=CORP)["errcode"] == 41004
    assert fake.get("/cgi-bin/gettoken", corpid="wwother", corpsecret=APP_SECRET)["errcode"] == 40013
    assert fake.get("/cgi-bin/gettoken", corpid=CORP, corpsecret="wrong")["errcode"] == 40001
    body = fake.get("/cgi-bin/gettoken", corpid=CORP, corpsecret=APP_SECRET)
    assert body["errcode"] == 0 and body["errmsg"] == "ok" and body["expires_in"] == 7200
    assert fake.wecom_token(APP_SECRET) == body["access_token"]  # same token while valid
    assert fake.wecom_token(CONTACT_SECRET) != body["access_token"]  # one token per secret


def test_any_app_is_accepted_without_an_apps_mapping() -> None:
    app = create_fake_wechat()
    body = app.test_client().get("/cgi-bin/token?grant_type=client_credential&appid=wxany&secret=x").get_json()
    assert "access_token" in body


# --- Official Account messages -------------------------------------------------------------------------------------


def test_custom_send_text_ok_and_recorded(fake: Fake) -> None:
    token = fake.oa_token()
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token) == {"errcode": 0, "errmsg": "ok"}
    [record] = fake.state.requests(path="/cgi-bin/message/custom/send")
    assert record["app"] == OA_APP and record["body"]["text"]["content"] == "hi" and record["errcode"] == 0
    assert record["query"]["access_token"] == "<redacted>"


@pytest.mark.parametrize(
    ("body", "errcode"),
    [
        (text(openid="not-an-openid"), 40003),
        ({"touser": OPENID, "msgtype": "telegram", "telegram": {}}, 40008),
        (text(content="   "), 44004),
        (text(content="长" * 700), 45002),
        ({"touser": OPENID, "msgtype": "text"}, 47001),
        ({"touser": OPENID, "msgtype": "image", "image": {"media_id": "never-uploaded"}}, 40007),
        ({"touser": OPENID, "msgtype": "news", "news": {"articles": [{"title": "a", "url": "u"}] * 2}}, 45008),
        ({"touser": OPENID, "msgtype": "msgmenu", "msgmenu": {"list": []}}, 47001),
        ({"touser": OPENID, "msgtype": "miniprogrampage", "miniprogrampage": {"title": "t"}}, 47001),
    ],
)
def test_custom_send_validation(fake: Fake, body: dict[str, Any], errcode: int) -> None:
    assert fake.post("/cgi-bin/message/custom/send", body, access_token=fake.oa_token())["errcode"] == errcode


def test_custom_send_media_kinds_and_expiry(fake: Fake) -> None:
    token = fake.oa_token()
    image = fake.upload(token)["media_id"]
    voice = fake.upload(token, "voice", b"#!AMR\n" + bytes(10))["media_id"]
    card = {"title": "Shop", "appid": "wxmini", "pagepath": "pages/index/index?from=oa"}

    def card_with(thumb: str) -> dict[str, Any]:
        return {"touser": OPENID, "msgtype": "miniprogrampage", "miniprogrampage": {**card, "thumb_media_id": thumb}}

    send = "/cgi-bin/message/custom/send"
    assert fake.post(send, card_with(voice), access_token=token)["errcode"] == 40004
    assert fake.post(send, card_with(image), access_token=token)["errcode"] == 0
    image_msg = {"touser": OPENID, "msgtype": "image", "image": {"media_id": image}}
    assert fake.post(send, image_msg, access_token=token)["errcode"] == 0
    fake.clock.advance(3 * 86400)  # temporary media live three days
    assert fake.post(send, image_msg, access_token=fake.oa_token())["errcode"] == 40007


def test_custom_send_to_unfollowed_user_is_43004(fake: Fake) -> None:
    fake.state.set_user(OPENID, subscribe=0)
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=fake.oa_token())["errcode"] == 43004


def test_wrong_method_and_unknown_path(fake: Fake) -> None:
    assert fake.get("/cgi-bin/message/custom/send", access_token=fake.oa_token())["errcode"] == 43002
    response = fake.client.get("/cgi-bin/nothing/here")
    assert response.status_code == 404 and response.get_json()["errcode"] == 404


def test_media_upload_shapes_differ_between_oa_and_wecom(fake: Fake) -> None:
    oa = fake.upload(fake.oa_token())
    assert set(oa) == {"type", "media_id", "created_at"} and isinstance(oa["created_at"], int)
    wecom = fake.upload(fake.wecom_token())
    assert wecom["errcode"] == 0 and isinstance(wecom["created_at"], str) and wecom["type"] == "image"
    assert fake.upload(fake.oa_token(), "image", b"GIF89a..")["media_id"]  # OA also takes GIF
    assert fake.upload(fake.wecom_token(), "image", b"GIF89a..")["errcode"] == 40123
    assert fake.upload(fake.oa_token(), "image", b"plain text")["errcode"] == 40113
    assert fake.upload(fake.oa_token(), "sticker")["errcode"] == 40005
    [record] = fake.state.requests(path="/cgi-bin/media/upload")[:1]
    assert record["body"]["media"]["size"] == len(PNG)


def test_template_and_subscribe_messages(fake: Fake) -> None:
    token = fake.oa_token()
    body = {
        "touser": OPENID,
        "template_id": "tmpl-1",
        "data": {"thing1": {"value": "x"}},
        "miniprogram": {"appid": "wxmini", "pagepath": "pages/a"},
    }
    sent = fake.post("/cgi-bin/message/template/send", body, access_token=token)
    assert sent["errcode"] == 0 and isinstance(sent["msgid"], int)
    assert (
        fake.post("/cgi-bin/message/template/send", {**body, "template_id": ""}, access_token=token)["errcode"] == 40037
    )
    assert fake.post("/cgi-bin/message/subscribe/bizsend", body, access_token=token) == {"errcode": 0, "errmsg": "ok"}


def test_user_info(fake: Fake) -> None:
    token = fake.oa_token()
    info = fake.get("/cgi-bin/user/info", access_token=token, openid=OPENID)
    assert info["subscribe"] == 1 and info["openid"] == OPENID and "nickname" not in info
    assert fake.get("/cgi-bin/user/info", access_token=token, openid="bad")["errcode"] == 40003
    assert fake.get("/cgi-bin/user/info", access_token=token)["errcode"] == 41009
    fake.state.set_user(OPENID, subscribe=0, unionid="oUnion1")
    assert fake.get("/cgi-bin/user/info", access_token=token, openid=OPENID) == {
        "subscribe": 0,
        "openid": OPENID,
        "unionid": "oUnion1",
    }


def test_the_control_api_tells_whether_a_follow_was_recorded(fake: Fake) -> None:
    """`siyu simulate --event scan:SCENE` asks this to send subscribe (new) or SCAN (a follower)."""
    assert fake.control(f"/_fake/users?openid={OPENID}", method="GET") == (200, {"openid": OPENID, "subscribe": None})
    assert fake.control("/_fake/users", {"openid": OPENID, "subscribe": 1})[0] == 200
    assert fake.control(f"/_fake/users?openid={OPENID}", method="GET")[1]["subscribe"] == 1
    assert fake.control("/_fake/users", {"openid": OPENID, "subscribe": 0})[0] == 200
    assert fake.control(f"/_fake/users?openid={OPENID}", method="GET")[1]["subscribe"] == 0
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=fake.oa_token())["errcode"] == 43004
    assert fake.control("/_fake/users", method="GET")[0] == 400


def test_mini_program_links(fake: Fake) -> None:
    token = fake.oa_token()
    link = fake.post("/wxa/generate_urllink", {"path": "pages/shop", "query": "sku=1&m=abc"}, access_token=token)
    assert link["errcode"] == 0 and link["url_link"].startswith("https://wxaurl.cn/")
    bad = [
        ({"path": "pages/shop?x=1"}, 40165),
        ({"query": "a b"}, 40212),
        ({"expire_type": 1, "expire_interval": 31}, 85401),
        ({"env_version": "beta"}, 85402),
    ]
    for body, errcode in bad:
        assert fake.post("/wxa/generate_urllink", body, access_token=token)["errcode"] == errcode
    short = fake.post(
        "/wxa/genwxashortlink", {"page_url": "pages/shop?sku=1", "page_title": "Shop"}, access_token=token
    )
    assert short["errcode"] == 0 and short["link"].startswith("#小程序://")
    assert fake.post("/wxa/genwxashortlink", {}, access_token=token)["errcode"] == 40066


# --- WeCom app messages ----------------------------------------------------------------------------------------


def test_wecom_message_send_reports_invalid_users(fake: Fake) -> None:
    token = fake.wecom_token(APP_SECRET)
    body = {"touser": "zhangsan|bad user", "agentid": 1000002, "msgtype": "text", "text": {"content": "hi"}}
    sent = fake.post("/cgi-bin/message/send", body, access_token=token)
    assert sent["errcode"] == 0 and sent["invaliduser"] == "bad user" and sent["msgid"]
    assert fake.post("/cgi-bin/message/send", {**body, "touser": "bad user"}, access_token=token)["errcode"] == 81013
    assert fake.post("/cgi-bin/message/send", {**body, "agentid": None}, access_token=token)["errcode"] == 41011
    card = {"touser": "@all", "agentid": 1, "msgtype": "textcard", "textcard": {"title": "t", "url": "https://x"}}
    assert fake.post("/cgi-bin/message/send", card, access_token=token)["errcode"] == 41033
    notice = {
        "touser": "lisi",
        "agentid": 1,
        "msgtype": "miniprogram_notice",
        "miniprogram_notice": {"appid": "wxmini", "title": "Order shipped"},
    }
    assert fake.post("/cgi-bin/message/send", notice, access_token=token)["errcode"] == 0


# --- WeCom welcome messages -----------------------------------------------------------------------------------


def welcome(code: str, **extra: Any) -> dict[str, Any]:
    return {"welcome_code": code, "text": {"content": "欢迎"}, **extra}


def test_welcome_code_is_single_use(fake: Fake) -> None:
    token = fake.wecom_token()
    code = fake.state.issue_welcome_code(userid="zhangsan", external_userid=EXTERNAL)
    path = "/cgi-bin/externalcontact/send_welcome_msg"
    assert fake.post(path, welcome(code), access_token=token) == {"errcode": 0, "errmsg": "ok"}
    assert fake.post(path, welcome(code), access_token=token)["errcode"] == 41051


def test_welcome_code_expires_after_20_seconds(fake: Fake) -> None:
    token = fake.wecom_token()
    code = fake.state.issue_welcome_code(userid="zhangsan", external_userid=EXTERNAL)
    fake.clock.advance(20)
    late = fake.state.issue_welcome_code(userid="zhangsan", external_userid=EXTERNAL)
    path = "/cgi-bin/externalcontact/send_welcome_msg"
    assert fake.post(path, welcome(code), access_token=token)["errcode"] == 0  # exactly 20 s: still fine
    fake.clock.advance(21)
    assert fake.post(path, welcome(late), access_token=token)["errcode"] == 41050
    assert fake.post(path, welcome("never-issued"), access_token=token)["errcode"] == 41050
    assert fake.post(path, {"text": {"content": "x"}}, access_token=token)["errcode"] == 41049


def test_welcome_attachments_are_validated_without_spending_the_code(fake: Fake) -> None:
    token = fake.wecom_token()
    code = fake.state.issue_welcome_code(userid="zhangsan", external_userid=EXTERNAL)
    path = "/cgi-bin/externalcontact/send_welcome_msg"
    link = {"msgtype": "link", "link": {"title": "Guide", "url": "https://example.com"}}
    assert fake.post(path, welcome(code, attachments=[link] * 10), access_token=token)["errcode"] == 41064
    assert fake.post(path, welcome(code, attachments=[{"msgtype": "gif"}]), access_token=token)["errcode"] == 41065
    no_url = {"msgtype": "link", "link": {"title": "Guide"}}
    assert fake.post(path, welcome(code, attachments=[no_url]), access_token=token)["errcode"] == 41010
    mini = {
        "msgtype": "miniprogram",
        "miniprogram": {"title": "Shop", "pic_media_id": "x", "appid": "wxmini", "page": "/pages/index.html"},
    }
    assert fake.post(path, welcome(code, attachments=[mini]), access_token=token)["errcode"] == 40007
    mini["miniprogram"]["pic_media_id"] = fake.upload(token)["media_id"]
    assert fake.post(path, welcome(code, attachments=[link] * 8 + [mini]), access_token=token)["errcode"] == 0


# --- WeCom group robot ------------------------------------------------------------------------------------------


def test_group_robot_allows_20_a_minute_per_key(fake: Fake) -> None:
    path, key = "/cgi-bin/webhook/send", "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa"
    message = {"msgtype": "markdown", "markdown": {"content": "**hi**"}}
    for _ in range(20):
        assert fake.post(path, message, key=key)["errcode"] == 0
        fake.clock.advance(1)
    over = fake.post(path, message, key=key)
    assert over["errcode"] == 130101 and over["errmsg"].startswith("send too fast, exceed 20 times per minute")
    assert fake.post(path, message, key="another-robot-key")["errcode"] == 0  # the limit is per key
    fake.clock.advance(41)  # the first message is now a minute old
    assert fake.post(path, message, key=key)["errcode"] == 0


def test_group_robot_validation(fake: Fake) -> None:
    path, key = "/cgi-bin/webhook/send", "robot-key-0001"
    assert fake.post(path, {"msgtype": "text", "text": {"content": "x"}}, key="")["errcode"] == 93000
    image = base64.b64encode(PNG).decode()
    good = {"msgtype": "image", "image": {"base64": image, "md5": hashlib.md5(PNG).hexdigest()}}  # noqa: S324
    assert fake.post(path, good, key=key)["errcode"] == 0
    assert (
        fake.post(path, {"msgtype": "image", "image": {"base64": image, "md5": "0" * 32}}, key=key)["errcode"] == 40058
    )
    news = {"msgtype": "news", "news": {"articles": [{"title": "t", "url": "https://x"}] * 9}}
    assert fake.post(path, news, key=key)["errcode"] == 45008
    fake.state.remove_robot(key)
    assert fake.post(path, {"msgtype": "text", "text": {"content": "x"}}, key=key)["errcode"] == 93000


# --- WeCom mass sends (add_msg_template and its task APIs) -----------------------------------------------------


def test_group_msg_lifecycle_with_confirmation(fake: Fake) -> None:
    token = fake.wecom_token()
    created = fake.post(
        "/cgi-bin/externalcontact/add_msg_template",
        {
            "chat_type": "single",
            "sender": "zhangsan",
            "external_userid": [EXTERNAL, "bogus"],
            "text": {"content": "新品上市"},
        },
        access_token=token,
    )
    assert created["errcode"] == 0 and created["fail_list"] == ["bogus"] and created["msgid"].startswith("msg")
    msgid = created["msgid"]
    task = fake.post("/cgi-bin/externalcontact/get_groupmsg_task", {"msgid": msgid}, access_token=token)
    assert task["task_list"] == [{"userid": "zhangsan", "status": 0}] and task["next_cursor"] == ""
    status, confirmed = fake.control("/_fake/groupmsg/confirm", {"msgid": msgid})
    assert status == 200 and confirmed["task_list"] == [{"userid": "zhangsan", "status": 2}]
    task = fake.post("/cgi-bin/externalcontact/get_groupmsg_task", {"msgid": msgid}, access_token=token)
    assert task["task_list"][0]["status"] == 2 and task["task_list"][0]["send_time"] == int(
        fake.clock.now().timestamp()
    )
    result = fake.post(
        "/cgi-bin/externalcontact/get_groupmsg_send_result", {"msgid": msgid, "userid": "zhangsan"}, access_token=token
    )
    assert result["send_list"] == [
        {"userid": "zhangsan", "status": 1, "external_userid": EXTERNAL, "send_time": int(fake.clock.now().timestamp())}
    ]
    now = int(fake.clock.now().timestamp())
    listed = fake.post(
        "/cgi-bin/externalcontact/get_groupmsg_list_v2",
        {"chat_type": "single", "start_time": now - 3600, "end_time": now},
        access_token=token,
    )
    assert [m["msgid"] for m in listed["group_msg_list"]] == [msgid] and listed["group_msg_list"][0]["create_type"] == 0


def test_group_msg_owner_lookup_remind_and_cancel(fake: Fake) -> None:
    token = fake.wecom_token()
    add = "/cgi-bin/externalcontact/add_msg_template"
    body = {"external_userid": [EXTERNAL], "text": {"content": "hi"}}
    assert fake.post(add, body, access_token=token)["errcode"] == 41048  # nobody owns this customer yet
    fake.state.issue_welcome_code(userid="lisi", external_userid=EXTERNAL)  # lisi added them
    msgid = fake.post(add, body, access_token=token)["msgid"]
    task = fake.post("/cgi-bin/externalcontact/get_groupmsg_task", {"msgid": msgid}, access_token=token)
    assert task["task_list"] == [{"userid": "lisi", "status": 0}]
    remind = "/cgi-bin/externalcontact/remind_groupmsg_send"
    for _ in range(3):
        assert fake.post(remind, {"msgid": msgid}, access_token=token)["errcode"] == 0
    assert fake.post(remind, {"msgid": msgid}, access_token=token)["errcode"] == 41094
    cancel = "/cgi-bin/externalcontact/cancel_groupmsg_send"
    assert fake.post(cancel, {"msgid": msgid}, access_token=token)["errcode"] == 0
    assert fake.post(cancel, {"msgid": msgid}, access_token=token)["errcode"] == 41093
    assert fake.control("/_fake/groupmsg/confirm", {"msgid": msgid})[0] == 409
    assert fake.post(cancel, {"msgid": "msgnope"}, access_token=token)["errcode"] == 41047
    assert fake.post(cancel, {}, access_token=token)["errcode"] == 41046


def test_wecom_task_control_shows_reminders_and_cancellation_and_confirms_by_path(fake: Fake) -> None:
    token = fake.wecom_token()
    fake.state.issue_welcome_code(userid="lisi", external_userid=EXTERNAL)  # lisi added them
    add = "/cgi-bin/externalcontact/add_msg_template"
    body = {"chat_type": "single", "external_userid": [EXTERNAL], "text": {"content": "hi"}}
    refused = fake.post(add, {**body, "sender": "zhangsan"}, access_token=token)  # not zhangsan's customer
    assert refused["errcode"] == 41048
    msgid = fake.post(add, {**body, "sender": "lisi"}, access_token=token)["msgid"]
    assert fake.post("/cgi-bin/externalcontact/remind_groupmsg_send", {"msgid": msgid}, access_token=token)[
        "errcode"] == 0
    status, seen = fake.control(f"/_fake/wecom/tasks/{msgid}", method="GET")
    assert status == 200 and seen["reminders"] == [fake.clock.now().isoformat()] and seen["cancelled"] is False
    assert (seen["sender"], seen["text"]) == ("lisi", {"content": "hi"})
    status, confirmed = fake.control(f"/_fake/wecom/tasks/{msgid}/confirm", {"statuses": {EXTERNAL: 3}})
    assert status == 200 and confirmed["send_list"][0]["status"] == 3  # the receipt limit was reached
    other = fake.post(add, {**body, "sender": "lisi"}, access_token=token)["msgid"]
    assert fake.post("/cgi-bin/externalcontact/cancel_groupmsg_send", {"msgid": other}, access_token=token)[
        "errcode"] == 0
    status, seen = fake.control(f"/_fake/wecom/tasks/{other}", method="GET")
    assert seen["cancelled"] is True and seen["cancelled_at"] == fake.clock.now().isoformat()
    assert fake.control(f"/_fake/wecom/tasks/{other}/confirm", {})[0] == 409
    assert fake.control("/_fake/wecom/tasks/msgnope", method="GET")[0] == 404
    assert fake.control(f"/_fake/wecom/tasks/{msgid}/confirm", {"statuses": [1]})[0] == 400


# --- WeChat customer service (kf) ----------------------------------------------------------------------------------


def test_kf_sync_msg_pages_through_queued_messages(fake: Fake) -> None:
    token = fake.wecom_token()
    messages = [
        {"open_kfid": "wkFakeKf01", "external_userid": EXTERNAL, "msgtype": "text", "text": {"content": f"q{i}"}}
        for i in range(3)
    ]
    status, queued = fake.control("/_fake/kf_messages", {"messages": messages})
    assert status == 200 and len(queued["msgids"]) == 3
    first = fake.post("/cgi-bin/kf/sync_msg", {"token": queued["token"], "limit": 2}, access_token=token)
    assert first["errcode"] == 0 and first["has_more"] == 1
    assert [m["text"]["content"] for m in first["msg_list"]] == ["q0", "q1"]
    assert first["msg_list"][0]["origin"] == 3 and first["msg_list"][0]["msgid"] == queued["msgids"][0]
    rest = fake.post("/cgi-bin/kf/sync_msg", {"cursor": first["next_cursor"]}, access_token=token)
    assert [m["text"]["content"] for m in rest["msg_list"]] == ["q2"] and rest["has_more"] == 0
    assert fake.post("/cgi-bin/kf/sync_msg", {"token": "ENCbogus"}, access_token=token)["errcode"] == 95007
    fake.clock.advance(601)  # the callback token lives 10 minutes
    assert fake.post("/cgi-bin/kf/sync_msg", {"token": queued["token"]}, access_token=token)["errcode"] == 95007


def test_kf_service_state_trans_moves_a_session_and_stops_api_sends(fake: Fake) -> None:
    token = fake.wecom_token()
    trans, send = "/cgi-bin/kf/service_state/trans", "/cgi-bin/kf/send_msg"
    session = {"open_kfid": "wkFakeKf01", "external_userid": EXTERNAL}
    text = {"touser": EXTERNAL, "open_kfid": "wkFakeKf01", "msgtype": "text", "text": {"content": "您好"}}
    assert fake.post(send, text, access_token=token)["errcode"] == 0  # new session: the API may answer
    assert fake.post(trans, {**session, "service_state": 3}, access_token=token)["errcode"] == 95014  # no servicer
    assert fake.post(trans, {**session, "service_state": 9}, access_token=token)["errcode"] == 95016
    assert fake.post(trans, {**session, "open_kfid": "kf1", "service_state": 2}, access_token=token)["errcode"] == 95000
    moved = fake.post(trans, {**session, "service_state": 2}, access_token=token)
    assert moved["errcode"] == 0 and moved["msg_code"]
    assert fake.post(trans, {**session, "service_state": 2}, access_token=token)["errcode"] == 95016  # already
    assert fake.post(send, text, access_token=token)["errcode"] == 95018  # queued for a person: no API sends
    to_person = {**session, "service_state": 3, "servicer_userid": "zhangsan"}
    assert fake.post(trans, to_person, access_token=token)["errcode"] == 0
    assert fake.post(send, text, access_token=token)["errcode"] == 95018


def test_kf_send_msg(fake: Fake) -> None:
    token = fake.wecom_token()
    send = "/cgi-bin/kf/send_msg"
    body = {"touser": EXTERNAL, "open_kfid": "wkFakeKf01", "msgtype": "text", "text": {"content": "您好"}}
    sent = fake.post(send, body, access_token=token)
    assert sent["errcode"] == 0 and sent["msgid"]
    assert fake.post(send, {**body, "msgid": "mine-1"}, access_token=token)["msgid"] == "mine-1"
    assert fake.post(send, {**body, "open_kfid": "kf1"}, access_token=token)["errcode"] == 95000
    assert fake.post(send, {**body, "touser": "zhangsan"}, access_token=token)["errcode"] == 40096
    menu = {**body, "msgtype": "msgmenu", "msgmenu": {"list": [{"type": "click", "click": {"id": "1"}}] * 11}}
    assert fake.post(send, menu, access_token=token)["errcode"] == 95008
    card = {
        **body,
        "msgtype": "miniprogram",
        "miniprogram": {"appid": "wxmini", "pagepath": "pages/a", "thumb_media_id": fake.upload(token)["media_id"]},
    }
    assert fake.post(send, card, access_token=token)["errcode"] == 0


# --- faults ---------------------------------------------------------------------------------------------------


def test_fault_rate_one_hits_every_api_call_but_not_tokens_or_control(fake: Fake) -> None:
    status, rules = fake.control("/_fake/faults", {"rate": 1.0, "errcodes": [45009]})
    assert status == 200 and rules["rules"][0]["errcodes"] == [45009]
    token = fake.oa_token()  # token endpoints are spared unless listed
    answer = fake.post("/cgi-bin/message/custom/send", text(), access_token=token)
    assert answer["errcode"] == 45009 and "rid:" in answer["errmsg"]
    assert fake.state.requests()[-1]["fault"] == "error"
    assert fake.control("/_fake/health", method="GET")[0] == 200
    fake.control("/_fake/faults", {"rate": 1.0, "errcodes": [-1], "paths": ["/cgi-bin/token"]})
    assert fake.get("/cgi-bin/token", grant_type="client_credential", appid=OA_APP, secret=OA_SECRET)["errcode"] == -1
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] == 0
    fake.control("/_fake/faults", {})
    assert fake.control("/_fake/faults", method="GET")[1] == {"rules": []}


def test_combined_fault_rates_add_up(fake: Fake) -> None:
    fake.control(
        "/_fake/faults", {"rules": [{"rate": 0.2, "errcodes": [-1]}, {"rate": 0.05, "errcodes": [40003]}], "seed": 1234}
    )
    token = fake.oa_token()
    codes = [fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] for _ in range(2000)]
    assert 330 <= codes.count(-1) <= 470  # 20 % of 2000 = 400
    assert 65 <= codes.count(40003) <= 135  # 5 % of 2000 = 100
    assert codes.count(0) == 2000 - codes.count(-1) - codes.count(40003)


def test_http_status_latency_and_timeout_faults(fake: Fake) -> None:
    token = fake.oa_token()
    fake.control("/_fake/faults", {"rate": 1.0, "errcodes": [-1], "http_status": 502})
    response = fake.client.post(
        "/cgi-bin/message/custom/send", query_string={"access_token": token}, data=json.dumps(text())
    )
    assert response.status_code == 502
    fake.control("/_fake/faults", {"timeout_rate": 1.0, "timeout_s": 0.05})
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] == -1
    assert fake.state.requests()[-1]["fault"] == "timeout"
    fake.control("/_fake/faults", {"timeout_rate": 1.0, "timeout_s": 0.01, "handle_before_timeout": True})
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] == 0  # sent, late


def test_bad_fault_rules_are_refused_by_name(fake: Fake) -> None:
    status, body = fake.control("/_fake/faults", {"rate": 2})
    assert status == 400 and "rate" in body["error"]
    status, body = fake.control("/_fake/faults", {"rat": 0.1})
    assert status == 400 and "rat" in body["error"]


# --- recording and the control API ------------------------------------------------------------------------------


def test_requests_filters_and_reset(fake: Fake) -> None:
    oa = fake.oa_token()
    wecom = fake.wecom_token()
    fake.post("/cgi-bin/message/custom/send", text(), access_token=oa)
    fake.post(
        "/cgi-bin/message/send",
        {"touser": "a", "agentid": 1, "msgtype": "text", "text": {"content": "x"}},
        access_token=wecom,
    )
    _, everything = fake.control("/_fake/requests", method="GET")
    assert [r["seq"] for r in everything["requests"]] == [1, 2, 3, 4] and everything["last_seq"] == 4
    token_call = everything["requests"][0]
    assert token_call["query"]["secret"] == "<redacted>" and token_call["app"] == OA_APP
    only = fake.client.get("/_fake/requests?app=" + CORP + "&since=2").get_json()["requests"]
    assert [r["path"] for r in only] == ["/cgi-bin/message/send"]
    assert fake.client.get("/_fake/requests?path=/cgi-bin/message/custom/send").get_json()["requests"][0]["seq"] == 3
    assert fake.control("/_fake/reset")[1] == {"ok": True}
    assert fake.state.requests() == []
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=oa)["errcode"] == 40001  # tokens gone


def test_reset_can_keep_tokens(fake: Fake) -> None:
    token = fake.oa_token()
    fake.control("/_fake/reset", {"keep_tokens": True})
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=token)["errcode"] == 0


def test_control_api_refuses_incomplete_requests(fake: Fake) -> None:
    assert fake.control("/_fake/welcome_codes", {"userid": "zhangsan"})[0] == 400
    status, issued = fake.control("/_fake/welcome_codes", {"userid": "zhangsan", "external_userid": EXTERNAL})
    assert status == 200 and issued["expires_in"] == 20 and issued["welcome_code"]
    assert fake.control("/_fake/groupmsg/confirm", {"msgid": "msgnope"})[0] == 404
    assert fake.control("/_fake/kf_messages", {"messages": []})[0] == 400
    status, minted = fake.control("/_fake/tokens", {"app_id": OA_APP})
    assert (
        status == 200
        and fake.post("/cgi-bin/message/custom/send", text(), access_token=minted["access_token"])["errcode"] == 0
    )
    fake.control("/_fake/tokens", {"expire": minted["access_token"]})
    assert fake.post("/cgi-bin/message/custom/send", text(), access_token=minted["access_token"])["errcode"] == 42001
    response = fake.client.get("/_fake/health")
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_record_buffer_is_capped_but_counters_keep_every_call() -> None:
    app = create_fake_wechat(max_records=3)
    state: FakeState = app.extensions["fake_wechat"]
    client = app.test_client()
    token = state.issue_token(OA_APP)
    for content in ("a", "b", "c", "", "e"):
        client.post(
            "/cgi-bin/message/custom/send", query_string={"access_token": token}, data=json.dumps(text(content=content))
        )
    assert [r["seq"] for r in state.requests()] == [3, 4, 5]
    assert state.call_counts() == {"/cgi-bin/message/custom/send": {0: 4, 44004: 1}}
    health = client.get("/_fake/health").get_json()
    assert health["recorded"] == 5 and health["calls"] == {"/cgi-bin/message/custom/send": {"0": 4, "44004": 1}}


def test_wecom_drops_an_app_message_sent_again_within_its_duplicate_check_interval() -> None:
    """Issue 16, item 12: with enable_duplicate_check=1 the same request JSON within the interval is
    answered ok and not delivered again, so counts of delivered messages mean what WeCom would do."""
    from datetime import UTC, datetime

    import requests

    from bot.clock import ManualClock
    from bot.sandbox.fake_wechat import FakeWeChatServer

    clock = ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    with FakeWeChatServer(clock=clock) as fake:
        token = requests.get(f"{fake.origin}/cgi-bin/gettoken?corpid=ww1&corpsecret=s", timeout=5).json()
        url = f"{fake.origin}/cgi-bin/message/send?access_token={token['access_token']}"
        body = {"touser": "zhangsan", "agentid": 1000002, "msgtype": "text", "text": {"content": "hi"},
                "enable_duplicate_check": 1, "duplicate_check_interval": 600}
        for _ in range(2):
            assert requests.post(url, json=body, timeout=5).json()["errcode"] == 0
        assert len(fake.app_messages_delivered()) == 1
        assert requests.post(url, json={**body, "enable_duplicate_check": 0}, timeout=5).json()["errcode"] == 0
        clock.advance(601)
        assert requests.post(url, json=body, timeout=5).json()["errcode"] == 0
        assert len(fake.app_messages_delivered()) == 3


def test_oa_mass_send_by_tag_keeps_the_platform_s_limits(fake: Fake) -> None:
    token = fake.oa_token()
    long_name = fake.post("/cgi-bin/tags/create", {"tag": {"name": "标" * 11}}, access_token=token)
    assert long_name["errcode"] == 45158  # 33 bytes
    tag = fake.post("/cgi-bin/tags/create", {"tag": {"name": "spring"}}, access_token=token)["tag"]["id"]
    assert fake.post("/cgi-bin/tags/create", {"tag": {"name": "spring"}}, access_token=token)["errcode"] == 45157
    followers = [f"oFan{i:04d}" for i in range(51)]
    too_many = fake.post("/cgi-bin/tags/members/batchtagging", {"openid_list": followers, "tagid": tag},
                         access_token=token)
    assert too_many["errcode"] == 40032
    for part in (followers[:50], followers[50:]):
        assert fake.post("/cgi-bin/tags/members/batchtagging", {"openid_list": part, "tagid": tag},
                         access_token=token)["errcode"] == 0
    body = {"filter": {"is_to_all": False, "tag_id": tag}, "msgtype": "text", "text": {"content": "hi"}}
    for n in range(4):  # a service account's followers receive 4 a month; the 5th reaches nobody
        sent = fake.post("/cgi-bin/message/mass/sendall", {**body, "clientmsgid": f"c{n}"}, access_token=token)
        assert sent["errcode"] == 0 and fake.post("/cgi-bin/message/mass/get", {"msg_id": sent["msg_id"]},
                                                  access_token=token)["msg_status"] == "SEND_SUCCESS"
    assert fake.post("/cgi-bin/message/mass/sendall", {**body, "clientmsgid": "c3"},
                     access_token=token)["errcode"] == 45065  # the same clientmsgid within 24 h
    fake.post("/cgi-bin/message/mass/sendall", {**body, "clientmsgid": "c4"}, access_token=token)
    assert [len(s["received"]) for s in fake.state.mass_sends] == [51, 51, 51, 51, 0]
    fake.state.oa_kinds[OA_APP] = "subscription"  # one a day, counted from the day's first send
    assert fake.post("/cgi-bin/message/mass/sendall", body, access_token=token)["errcode"] == 45028
    fake.clock.advance(86400)
    assert fake.post("/cgi-bin/message/mass/sendall", body, access_token=fake.oa_token())["errcode"] == 0
