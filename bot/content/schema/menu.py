"""menu.yaml: the Official Account's menu bar, within WeChat's limits for `menu/create` (docs/platform.md §3.4):
1 to 3 buttons, each either one action or 1 to 5 sub-buttons; names at most 16 bytes (sub-buttons 60), keys
128 bytes, URLs 1024 bytes. A limit broken here would otherwise surface only as an errcode at publish time."""

from __future__ import annotations

from yaml.nodes import Node

from bot.content.menu import SAYS_KEY_PREFIX, MenuButton
from bot.content.menu import Menu as MenuModel
from bot.content.schema.fields import read_localized, read_miniprogram, read_url
from bot.content.yaml_reader import DirectoryReader, FileReader, key_path

MENU_FILE = "menu.yaml"
MAX_BUTTONS, MAX_SUB_BUTTONS = 3, 5
NAME_MAX_BYTES, SUB_NAME_MAX_BYTES = 16, 60
KEY_MAX_BYTES, URL_MAX_BYTES = 128, 1024
_ACTIONS = ("says", "url", "miniprogram", "sub")


def read_menu(run: DirectoryReader, miniprogram_appid: str) -> MenuModel:
    r, top = run.top(MENU_FILE, keys=("menu",))
    if "menu" not in top:
        return MenuModel()
    nodes = r.seq(top["menu"], "menu")
    if len(nodes) > MAX_BUTTONS:
        r.report(top["menu"], "menu", f"{len(nodes)} buttons; WeChat's menu bar holds at most {MAX_BUTTONS} "
                                      f"(put the rest under one button's sub, up to {MAX_SUB_BUTTONS} each)")
    read = r.items(top["menu"], "menu", lambda node, path: _button(r, node, path, miniprogram_appid, top=True))
    keys: dict[str, str] = {}
    for node, button in read:
        for leaf in button.sub or (button,):
            if leaf.key and leaf.key in keys:
                r.report(node, f"menu[{nodes.index(node)}]", f"two buttons have the key {leaf.key!r} "
                                                             f"({keys[leaf.key]!r} and {leaf.name!r}): a tap could "
                                                             "not tell them apart")
            keys.setdefault(leaf.key, leaf.name)
    return MenuModel(buttons=tuple(button for _node, button in read))


def _button(r: FileReader, node: Node, path: str, appid: str, *, top: bool) -> MenuButton | None:
    f = r.mapping(node, path, required=("name",), optional=("key", *(_ACTIONS if top else _ACTIONS[:3])))
    if f is None:
        return None
    name = r.text(f["name"], key_path(path, "name")) or "" if "name" in f else ""
    limit = NAME_MAX_BYTES if top else SUB_NAME_MAX_BYTES
    if len(name.encode()) > limit:
        r.report(f["name"], key_path(path, "name"), f"{len(name.encode())} bytes; WeChat takes at most {limit} for a "
                                                    f"{'button' if top else 'sub-button'} name (a Chinese character "
                                                    "takes 3)")
    actions = [a for a in _ACTIONS if a in f and a != "url"] or (["url"] if "url" in f else [])
    if len(actions) != 1:
        r.report(node, path, "say what the button does: one of says (answer as if the follower typed it), url "
                             "(open a page), miniprogram (open a Mini Program page, with url for old WeChat "
                             "versions)" + (" or sub (up to 5 buttons)" if top else ""))
        return None
    action = actions[0]
    if action == "sub":
        return _parent(r, f, path, name, appid)
    url = _url(r, f["url"], key_path(path, "url")) if "url" in f else ""
    if action == "says":
        if "url" in f:
            r.report(f["url"], key_path(path, "url"), "a says button answers in the chat: url is for buttons that "
                                                      "open a page; keep one of them")
        return _click(r, f, path, name)
    if "key" in f:
        r.report(f["key"], key_path(path, "key"), "only a says button has a key (WeChat posts it back on a tap)")
    if action == "url":
        return MenuButton(name=name, url=url) if url and name else None
    page = read_miniprogram(r, f["miniprogram"], key_path(path, "miniprogram"), default_appid=appid)
    if "url" not in f:
        r.report(node, path, "a miniprogram button needs url too: WeChat versions without Mini Programs open it")
    if page is None or not url or not name:
        return None
    return MenuButton(name=name, url=url, appid=page.appid, page=page.page)


def _parent(r: FileReader, f: dict[str, Node], path: str, name: str, appid: str) -> MenuButton | None:
    if "key" in f:
        r.report(f["key"], key_path(path, "key"), "a button with sub-buttons has no key of its own")
    sub_path = key_path(path, "sub")
    nodes = r.seq(f["sub"], sub_path)
    if not 1 <= len(nodes) <= MAX_SUB_BUTTONS:
        r.report(f["sub"], sub_path, f"{len(nodes)} sub-buttons; WeChat takes 1 to {MAX_SUB_BUTTONS}")
    sub = tuple(b for _node, b in r.items(f["sub"], sub_path, lambda node, p: _button(r, node, p, appid, top=False)))
    return MenuButton(name=name, sub=sub) if sub and name else None


def _click(r: FileReader, f: dict[str, Node], path: str, name: str) -> MenuButton | None:
    says = read_localized(r, f["says"], key_path(path, "says"), max_bytes=None)
    key = r.text(f["key"], key_path(path, "key")) or "" if "key" in f else SAYS_KEY_PREFIX + (says.zh or says.en)
    if len(key.encode()) > KEY_MAX_BYTES:
        where = key_path(path, "key") if "key" in f else key_path(path, "says")
        r.report(f.get("key", f["says"]), where, f"the key {key!r} is {len(key.encode())} bytes; WeChat takes at most "
                                                 f"{KEY_MAX_BYTES}" + ("" if "key" in f else
                                                                       ": shorten says or give the button a key"))
    if not (says and name and key):
        return None
    return MenuButton(name=name, key=key, says=says)


def _url(r: FileReader, node: Node, path: str) -> str:
    url = read_url(r, node, path)
    if len(url.encode()) > URL_MAX_BYTES:
        r.report(node, path, f"{len(url.encode())} bytes; WeChat takes at most {URL_MAX_BYTES} for a menu URL")
    return url
