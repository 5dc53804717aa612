"""`siyu menu show | publish [--json]`: the Official Account's menu bar (config/menu.yaml). Thin: parse, call
the gateway, print."""

from __future__ import annotations

import json

import click

from bot.cli.options import brand_option, content_or_exit, resolve_brand, settings_or_exit
from bot.content.menu import CLICK, MINIPROGRAM, VIEW, Menu, MenuButton
from bot.errors import GatewayError, SiyuError
from bot.gateway import Gateway
from bot.gateway.tokens import oa_app
from bot.store.connection import connect

# An account whose kind has no menu API (48001 api unauthorized) sets its menu in the MP console instead.
NO_MENU_API = 48001


@click.group("menu")
def menu() -> None:
    """The Official Account's menu bar: show config/menu.yaml's, publish it to WeChat."""


@menu.command("show")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="The menu/create request body: {\"button\": [...]}.")
def show(brand: str | None, as_json: bool) -> None:
    """The menu in force: each button, what a tap does, and its key."""
    settings = settings_or_exit(need_redis=False)
    brand = resolve_brand(settings, brand)
    content = content_or_exit(settings, brand)
    if as_json:
        click.echo(json.dumps(content.menu.wechat_body(), ensure_ascii=False))
        return
    if not content.menu:
        click.echo("no menu (config/menu.yaml defines one)")
    for line in describe(content.menu):
        click.echo(line)


@menu.command("publish")
@brand_option()
def publish(brand: str | None) -> None:
    """Send the menu in force to WeChat (menu/create) and read it back; followers see it within ~5 minutes."""
    settings = settings_or_exit(need_redis=False)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = content_or_exit(settings, brand, redis_client)
    if not content.menu:
        raise click.ClickException("config/menu.yaml defines no menu: nothing to publish")
    gateway = Gateway(redis_client, settings)
    try:
        app = oa_app(settings, brand)
        gateway.publish_menu(app, content.menu.wechat_body())
        shown = gateway.published_menu(app)
    except GatewayError as exc:
        hint = (": this account kind has no menu API; set the menu in the MP console (mp.weixin.qq.com)"
                if exc.errcode == NO_MENU_API else "")
        raise click.ClickException(f"WeChat refused the menu: {exc}{hint}") from exc
    except SiyuError as exc:
        raise click.ClickException(str(exc)) from exc
    if shown != content.menu.wechat_body():
        raise click.ClickException(f"WeChat accepted the menu but menu/get shows another: {shown}")
    taps = sum(1 for leaf in content.menu.leaves() if leaf.kind == CLICK)
    click.echo(f"published {len(content.menu.buttons)} button(s), {len(content.menu.leaves())} action(s) "
               f"({taps} answered in the chat); WeChat shows it to followers within about 5 minutes")


def describe(menu_model: Menu) -> list[str]:
    """One line per button, sub-buttons indented under their parent."""
    lines: list[str] = []
    for button in menu_model.buttons:
        lines.append(_line(button, indent=""))
        lines.extend(_line(sub, indent="  ") for sub in button.sub)
    return lines


def _line(button: MenuButton, *, indent: str) -> str:
    name = f"{indent}{button.name}"
    if button.kind == CLICK:
        says = " / ".join(dict.fromkeys(w for w in (button.says.zh, button.says.en) if w))
        return f"{name:<16} says {says}   (key {button.key})"
    if button.kind == VIEW:
        return f"{name:<16} opens {button.url}"
    if button.kind == MINIPROGRAM:
        return f"{name:<16} opens Mini Program {button.appid} {button.page} (else {button.url})"
    return name
