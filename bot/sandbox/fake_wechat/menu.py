"""The Official Account menu endpoints of the fake: menu/create checks the body as WeChat does and keeps
it per account; menu/get answers it, or 46003 when none was created.

Limits and codes (doc api_createcustommenu; global return codes 40016-40027): 1 to 3 buttons, 1 to 5
sub-buttons, names at most 16 bytes (sub-buttons 60), keys 128 bytes, URLs 1024 bytes.
"""

from __future__ import annotations

import copy
from typing import Any

from bot.sandbox.fake_wechat.call import Call, utf8_len
from bot.sandbox.fake_wechat.errors import ApiError

TYPES = frozenset({"click", "view", "miniprogram", "scancode_push", "scancode_waitmsg", "pic_sysphoto",
                   "pic_photo_or_album", "pic_weixin", "location_select", "media_id", "article_id",
                   "article_view_limited"})
KEYED = frozenset({"click", "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album",
                   "pic_weixin", "location_select"})


def _check(button: Any, *, sub: bool) -> None:
    """One button; codes of sub-buttons are the top-level ones + 7 (40018 -> 40025 ...)."""
    shift = 7 if sub else 0
    if not isinstance(button, dict):
        raise ApiError(40024 if sub else 40017)
    name = button.get("name")
    if not isinstance(name, str) or not name or utf8_len(name) > (60 if sub else 16):
        raise ApiError(40018 + shift)
    if not sub and "sub_button" in button and "type" not in button:
        children = button["sub_button"]
        if not isinstance(children, list) or not 1 <= len(children) <= 5:
            raise ApiError(40023)
        for child in children:
            _check(child, sub=True)
        return
    kind = button.get("type")
    if kind not in TYPES:
        raise ApiError(40024 if sub else 40017)
    key = button.get("key")
    if kind in KEYED and (not isinstance(key, str) or not key or utf8_len(key) > 128):
        raise ApiError(40019 + shift)
    if kind in ("view", "miniprogram"):
        url = button.get("url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")) or utf8_len(url) > 1024:
            raise ApiError(40020 + shift)
    if kind == "miniprogram" and not (button.get("appid") and button.get("pagepath")):
        raise ApiError(40165)


def create(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/menu/create: replaces the account's menu."""
    body = call.json()
    buttons = body.get("button")
    if not isinstance(buttons, list) or not 1 <= len(buttons) <= 3:
        raise ApiError(40016)
    for button in buttons:
        _check(button, sub=False)
    assert call.app_id is not None
    with call.state.lock:
        call.state.oa_menus[call.app_id] = copy.deepcopy({"button": buttons})
    return {"errcode": 0, "errmsg": "ok"}


def get(call: Call) -> dict[str, Any]:
    """GET /cgi-bin/menu/get: `{"menu": {...}}` as created, 46003 when there is none."""
    assert call.app_id is not None
    with call.state.lock:
        menu = call.state.oa_menus.get(call.app_id)
    if menu is None:
        raise ApiError(46003)
    return {"menu": copy.deepcopy(menu)}
