"""menu.yaml, as a community manager writes it: WeChat's menu limits named with file and line before anything
is published; the menu/create body; and a tap on a button routed as the words it says."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.content import load_content
from bot.content.localized import LocalizedText
from bot.content.menu import Menu, MenuButton
from bot.inbound import Channel, Kind
from bot.menu_clicks import as_typed
from tests.support.factories import demo_content, make_inbound, make_member
from tests.unit.test_content import minimal, problems_of


def test_wechats_menu_limits_are_named_with_file_and_line(tmp_path: Path) -> None:
    directory = minimal(tmp_path, menu="""\
        menu:
          - name: 这个名字太长了超过四个字
            says: 教程
          - name: 商城
            sub:
              - {name: 一, says: 一}
              - {name: 二, says: 二}
              - {name: 三, says: 三}
              - {name: 四, says: 四}
              - {name: 五, says: 五}
              - {name: 六, says: 六}
          - name: 官网
            says: 官网
            url: https://example.com
          - name: 小程序
            miniprogram: {page: pages/index/index, appid: wx1234567890abcdef}
        """)
    assert problems_of(directory) == [
        "menu.yaml:2: menu: 4 buttons; WeChat's menu bar holds at most 3 (put the rest under one button's sub, "
        "up to 5 each)",
        "menu.yaml:2: menu[0].name: 36 bytes; WeChat takes at most 16 for a button name (a Chinese character "
        "takes 3)",
        "menu.yaml:6: menu[1].sub: 6 sub-buttons; WeChat takes 1 to 5",
        "menu.yaml:14: menu[2].url: a says button answers in the chat: url is for buttons that open a page; keep "
        "one of them",
        "menu.yaml:15: menu[3]: a miniprogram button needs url too: WeChat versions without Mini Programs open it",
    ]


def test_keys_must_fit_and_tell_buttons_apart(tmp_path: Path) -> None:
    directory = minimal(tmp_path, menu=f"""\
        menu:
          - name: 教程
            says: 教程
          - name: 更多
            sub:
              - {{name: 课程, says: 课程, key: "say:教程"}}
              - {{name: 长, says: "{'长' * 50}"}}
              - {{name: 官网, url: "https://example.com", key: site}}
              - {{name: 空}}
        """)
    assert problems_of(directory) == [
        "menu.yaml:4: menu[1]: two buttons have the key 'say:教程' ('教程' and '课程'): a tap could not tell them "
        "apart",
        f"menu.yaml:7: menu[1].sub[1].says: the key 'say:{'长' * 50}' is 154 bytes; WeChat takes at most 128: "
        "shorten says or give the button a key",
        "menu.yaml:8: menu[1].sub[2].key: only a says button has a key (WeChat posts it back on a tap)",
        "menu.yaml:9: menu[1].sub[3]: say what the button does: one of says (answer as if the follower typed it), "
        "url (open a page), miniprogram (open a Mini Program page, with url for old WeChat versions)",
    ]


def test_the_demo_menu_is_a_valid_menu_create_body() -> None:
    body = demo_content().menu.wechat_body()
    buttons = body["button"]
    assert isinstance(buttons, list) and 1 <= len(buttons) <= 3
    assert buttons[0] == {"type": "click", "name": "护肤教程", "key": "say:教程"}
    shop = next(b for b in buttons if b.get("name") == "好物")
    mini = next(s for s in shop["sub_button"] if s["type"] == "miniprogram")
    assert mini["appid"] == demo_content().brand.miniprogram_appid and mini["url"].startswith("https://")
    for button in buttons:
        assert len(button["name"].encode()) <= 16
        for sub in button.get("sub_button", []):
            assert len(sub["name"].encode()) <= 60


def test_no_menu_file_is_no_menu(tmp_path: Path) -> None:
    assert not load_content(minimal(tmp_path)).menu


MENU = Menu(buttons=(MenuButton(name="教程", key="say:教程", says=LocalizedText(zh="教程", en="tutorial")),
                     MenuButton(name="更多", sub=(MenuButton(name="好", key="V1001_GOOD",
                                                             says=LocalizedText(zh="人工", en="agent")),))))


@pytest.mark.parametrize(("key", "locale", "words"), [
    ("say:教程", "en", "tutorial"),  # the button's words in the member's language
    ("say:教程", "zh", "教程"),
    ("V1001_GOOD", "zh", "人工"),  # a key kept from a menu made before Siyu
    ("say:运费多少", "zh", "运费多少"),  # a button removed since: a follower's cached menu still says its words
    ("V1001_TODAY_MUSIC", "zh", ""),  # a key no menu.yaml ever gave
])
def test_a_key_says_the_words_of_its_button(key: str, locale: str, words: str) -> None:
    assert MENU.says_for(key, locale) == words


def test_a_tap_is_routed_as_the_words_it_says_in_the_members_language() -> None:
    content = demo_content()
    click = make_inbound("", kind=Kind.MENU_CLICK, msg_id="", event="CLICK", event_key="say:教程")
    english = make_member(lc="en")
    typed = as_typed(click, english, content)
    assert (typed.kind, typed.text) == (Kind.TEXT, "tutorial")
    assert (typed.user_id, typed.sent_at, typed.dedupe_key) == (click.user_id, click.sent_at, click.dedupe_key)
    assert as_typed(click, None, content).text == "教程"  # the brand's language for a member not seen before


def test_other_inbounds_and_unknown_keys_stay_as_they_are(caplog: pytest.LogCaptureFixture) -> None:
    content = demo_content()
    text = make_inbound("教程")
    wecom_click = make_inbound("", kind=Kind.MENU_CLICK, channel=Channel.WECOM, msg_id="", event="click",
                               event_key="say:教程")
    assert as_typed(text, None, content) is text
    assert as_typed(wecom_click, None, content) is wecom_click  # menu.yaml is the Official Account's menu
    unknown = make_inbound("", kind=Kind.MENU_CLICK, msg_id="", event="CLICK", event_key="V1001_TODAY_MUSIC")
    with caplog.at_level(logging.INFO, logger="bot.menu_clicks"):
        assert as_typed(unknown, None, content) is unknown
    assert "no button with this key, not answered" in caplog.text and "V1001_TODAY_MUSIC" in caplog.text
