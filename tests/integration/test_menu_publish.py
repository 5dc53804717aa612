"""`siyu menu publish` against the fake WeChat API over HTTP: the menu WeChat then shows is config/menu.yaml's,
byte for byte; a refusal is one line naming what to do; the fake refuses what WeChat refuses."""

from __future__ import annotations

import requests
from click.testing import CliRunner

from bot.cli.menu import menu
from bot.sandbox.demo import DEMO_ENV
from bot.sandbox.fake_wechat import FakeWeChatServer
from tests.support.factories import demo_content


def _env(fake: FakeWeChatServer) -> dict[str, str]:
    return {**DEMO_ENV, "SIYU_OA_API_ORIGIN": fake.origin, "SIYU_WECOM_API_ORIGIN": fake.origin}


def _shown(fake: FakeWeChatServer) -> object:
    return requests.get(f"{fake.origin}/_fake/menus", params={"appid": DEMO_ENV["SIYU_OA_APPID"]},
                        timeout=5).json()["menu"]


def test_publish_sends_the_menu_and_reads_it_back(fake: FakeWeChatServer) -> None:
    assert _shown(fake) is None
    result = CliRunner().invoke(menu, ["publish"], env=_env(fake))
    assert result.exit_code == 0, result.output
    assert "published 3 button(s)" in result.output and "within about 5 minutes" in result.output
    assert _shown(fake) == demo_content().menu.wechat_body()
    calls = [r["path"] for r in fake.requests() if r["path"].startswith("/cgi-bin/menu/")]
    assert calls == ["/cgi-bin/menu/create", "/cgi-bin/menu/get"]
    again = CliRunner().invoke(menu, ["publish"], env=_env(fake))  # the same body again: the same menu
    assert again.exit_code == 0 and _shown(fake) == demo_content().menu.wechat_body()


def test_an_account_without_the_menu_api_is_told_where_to_set_it(fake: FakeWeChatServer) -> None:
    fake.set_faults(rate=1.0, errcodes=[48001], paths=["/cgi-bin/menu/create"])
    result = CliRunner().invoke(menu, ["publish"], env=_env(fake))
    assert result.exit_code == 1
    assert "48001" in result.output and "set the menu in the MP console" in result.output
    assert _shown(fake) is None


def test_show_prints_every_button_and_its_key(fake: FakeWeChatServer) -> None:
    result = CliRunner().invoke(menu, ["show"], env=_env(fake))
    assert result.exit_code == 0, result.output
    assert "护肤教程" in result.output and "says 教程 / tutorial   (key say:教程)" in result.output
    assert "opens Mini Program" in result.output
    assert fake.requests() == []  # show reads the content, not WeChat


def test_the_fake_refuses_what_wechat_refuses(fake: FakeWeChatServer) -> None:
    token = fake.issue_access_token(DEMO_ENV["SIYU_OA_APPID"])
    url = f"{fake.origin}/cgi-bin/menu/create"

    def create(body: object) -> int:
        return int(requests.post(url, params={"access_token": token}, json=body, timeout=5).json()["errcode"])

    click = {"type": "click", "name": "教程", "key": "say:教程"}
    assert create({"button": [click] * 4}) == 40016  # more than 3 buttons
    assert create({"button": [{**click, "name": "护肤教程课程"}]}) == 40018  # 18 bytes
    assert create({"button": [{**click, "key": "k" * 129}]}) == 40019
    assert create({"button": [{"name": "更多", "sub_button": [click] * 6}]}) == 40023
    assert create({"button": [{"name": "更多", "sub_button": [{**click, "name": "长" * 21}]}]}) == 40025
    assert create({"button": [{"type": "view", "name": "官网", "url": "ftp://x"}]}) == 40020
    assert create({"button": [{"type": "tap", "name": "官网"}]}) == 40017
    assert requests.get(f"{fake.origin}/cgi-bin/menu/get", params={"access_token": token},
                        timeout=5).json()["errcode"] == 46003  # nothing was created
    assert create({"button": [click, {"name": "更多", "sub_button": [{**click, "name": "长" * 20}]}]}) == 0
