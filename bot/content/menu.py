"""The Official Account's menu (自定义菜单, the bar under the chat), as config/menu.yaml says it.

A `click` button stands for words a follower could type: tapping it answers exactly as typing its `says`
would (the tutorial menu, the FAQ, a person...), so a manager adds a button without code. WeChat posts the
tap as a CLICK event carrying the button's key; `Menu.says_for` turns the key back into those words.
`view` and `miniprogram` buttons open a page in the follower's WeChat and are never answered.
`Menu.wechat_body` is the `menu/create` body that `siyu menu publish` sends (docs/platform.md §3.4).
Pure values, no IO.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.localized import LocalizedText

# The key a click button gets when its yaml names none: the words it says, so that a tap on a menu a
# follower's WeChat still shows after an edit (clients refetch it after 5 minutes at most) is still
# answered by what the button said then.
SAYS_KEY_PREFIX = "say:"
CLICK, VIEW, MINIPROGRAM, PARENT = "click", "view", "miniprogram", "parent"


@dataclass(frozen=True)
class MenuButton:
    """One button: a parent (`sub` only), or a click (`key`, `says`), view (`url`) or Mini Program page
    (`appid`, `page`, with `url` for WeChat clients too old to open it)."""

    name: str
    key: str = ""
    says: LocalizedText = field(default_factory=LocalizedText)
    url: str = ""
    appid: str = ""
    page: str = ""
    sub: tuple[MenuButton, ...] = ()

    @property
    def kind(self) -> str:
        if self.sub:
            return PARENT
        if self.page:
            return MINIPROGRAM
        return VIEW if self.url else CLICK

    def wechat(self) -> dict[str, object]:
        """This button in menu/create's words."""
        if self.kind == PARENT:
            return {"name": self.name, "sub_button": [button.wechat() for button in self.sub]}
        if self.kind == CLICK:
            return {"type": "click", "name": self.name, "key": self.key}
        if self.kind == VIEW:
            return {"type": "view", "name": self.name, "url": self.url}
        return {"type": "miniprogram", "name": self.name, "url": self.url, "appid": self.appid,
                "pagepath": self.page}


@dataclass(frozen=True)
class Menu:
    buttons: tuple[MenuButton, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.buttons)

    def leaves(self) -> tuple[MenuButton, ...]:
        """Every button a follower can tap, in the menu's order."""
        return tuple(leaf for button in self.buttons for leaf in (button.sub or (button,)))

    def says_for(self, key: str, locale: str) -> str:
        """What a tap on the click button `key` stands for, in `locale`; "" for a key this menu never had.
        A `say:` key a later edit removed still says its own words."""
        for leaf in self.leaves():
            if leaf.kind == CLICK and leaf.key == key:
                return leaf.says.get(locale)
        return key.removeprefix(SAYS_KEY_PREFIX) if key.startswith(SAYS_KEY_PREFIX) else ""

    def wechat_body(self) -> dict[str, object]:
        """The `menu/create` request body."""
        return {"button": [button.wechat() for button in self.buttons]}
