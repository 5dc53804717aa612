"""`siyu simulate`: post one message or platform event to a running Siyu as WeChat would, and print the
reply. Talks HTTP only: to the bot, and (for events) to the demo's fake WeChat API, which plays
WeChat's side (follow state, WelcomeCodes)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import click
import requests

from bot.cli.options import settings_or_exit

if TYPE_CHECKING:
    from bot.content.model import Group
    from bot.sandbox.events import EventSpec, FakeApi, Played
    from bot.sandbox.simulator import Simulator
    from bot.settings import Settings

EXAMPLES = """\b
Events (--event); each belongs to one channel, chosen for you when --channel is left out:
  subscribe              follow the Official Account (its welcome is the passive reply)
                           siyu simulate --event subscribe
  unsubscribe            unfollow it
                           siyu simulate --event unsubscribe
  scan:SCENE             scan a parametric QR code: a follow carrying the scene, or
                         SCAN if the user already follows
                           siyu simulate --event scan:spring-fair
  contact-added[:STATE]  add the brand's WeCom contact through a contact way with that
                         State (the welcome goes out by send_welcome_msg)
                           siyu simulate --event contact-added:xhs
  group-join[:GROUP[:STATE]]  join a customer group of config/groups.yaml (id or chat id;
                         default: the first), by a join way with STATE if given (groupchat/get
                         reports it); the group's robot posts the welcome
                           siyu simulate --event group-join:van-skincare:ch_richmond-poster
  menu-click:KEY         click an item of the Official Account's menu (CLICK event)
                           siyu simulate --event menu-click:say:教程
  menu-view:URL          a menu button that opens a page (VIEW event; nothing to answer)
  menu-miniprogram:PAGE  a menu button that opens a Mini Program page (view_miniprogram)
  kf-enter[:SCENE]       open the WeChat customer service (kf) chat; the welcome goes
                         out by kf/send_msg_on_event
                           siyu simulate --event kf-enter:xhs

WeChat customer service (kf) messages are pulled, not posted: the command queues the
message at the demo's fake WeChat API and posts the kf_msg_or_event callback; the
answer goes out by kf/send_msg (see /_fake/requests):
  siyu simulate --channel kf '运费多少'
"""


class ArgumentError(click.ClickException):
    """A wrong combination of arguments: one `Error:` line and exit status 2, like click's own."""

    exit_code = 2


@click.command(epilog=EXAMPLES)
@click.argument("text", required=False)
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="Where Siyu listens.")
@click.option("--channel", type=click.Choice(["oa", "wecom", "kf"]), default=None,
              help="Callback channel. Default: oa for TEXT, the event's own channel for --event.")
@click.option("--user", default=None,
              help="openid / userid of the sender. Default: o_demo_follower; wmDemoNewcomer01 (a WeCom "
                   "customer) for contact-added and group-join.")
@click.option("--event", default=None, metavar="EVENT",
              help="Post a platform event instead of TEXT: subscribe, unsubscribe, scan:SCENE, menu-click:KEY, "
                   "menu-view:URL, menu-miniprogram:PAGE, contact-added[:STATE], group-join[:GROUP[:STATE]], "
                   "kf-enter[:SCENE].")
@click.option("--fake", default=None, metavar="ORIGIN",
              help="The fake WeChat API playing WeChat's side of events. Default: the one the demo at --url uses.")
@click.option("--mode", type=click.Choice(["safe", "compat", "plain"]), default="safe", show_default=True,
              help="Official Account encryption mode.")
def simulate(text: str | None, url: str, channel: str | None, user: str | None, event: str | None,
             fake: str | None, mode: str) -> None:
    """Post TEXT, or a platform event (--event), as a signed and encrypted callback, exactly as WeChat and
    WeCom do, and print what the bot answered.

    Uses the accounts in SIYU_* when set, else the demo's.
    """
    from bot.sandbox.demo import demo_environment
    from bot.sandbox.events import parse_event

    spec: EventSpec | None = None
    if event is not None and text is not None:
        raise ArgumentError("give either TEXT (a message) or --event (a platform event), not both")
    if event is None and text is None:
        raise ArgumentError("give TEXT to send a message, or --event EVENT (see siyu simulate --help)")
    if event is not None:
        try:
            spec = parse_event(event)
        except ValueError as error:
            raise ArgumentError(str(error)) from None
        if channel is not None and channel != spec.channel:
            kind = {"oa": "n Official Account", "kf": " WeChat customer service"}.get(spec.channel, " WeCom")
            raise ArgumentError(f"--event {spec.name} is a{kind} event: give --channel {spec.channel} or leave "
                                "--channel out")
    settings = settings_or_exit(need_redis=False, environ=demo_environment(os.environ))
    try:
        with requests.Session() as session:
            if spec is None and channel == "kf":
                _post_kf_text(settings, session, url, text or "", user=user, fake=fake)
            elif spec is None:
                _post_text(settings, session, url, text or "", channel=channel or "oa", user=user, mode=mode)
            else:
                _post_event(settings, session, url, spec, user=user, fake=fake, mode=mode)
    except requests.ConnectionError as error:
        target = _origin(error.request.url if error.request is not None and error.request.url else url)
        hint = "is `siyu demo` (or `siyu serve`) running?" if target == _origin(url) else "is --fake right?"
        raise click.ClickException(f"nothing answers at {target}: {hint}") from None
    except requests.RequestException as error:  # the fake WeChat API refused a control call
        raise click.ClickException(f"the fake WeChat API refused: {error}") from None


def _origin(address: str) -> str:
    parts = urlsplit(address)
    return f"{parts.scheme}://{parts.netloc}"


def _simulator(settings: Settings, session: requests.Session, url: str) -> Simulator:
    from bot.sandbox.simulator import Simulator, http_transport

    brand = settings.brands[settings.default_brand]
    return Simulator(brand=brand.name, oa=brand.oa, wecom=brand.wecom, transport=http_transport(url, session=session),
                     now=server_clock(url, session))


def _post_text(settings: Settings, session: requests.Session, url: str, text: str, *, channel: str, user: str | None,
               mode: str) -> None:
    simulator = _simulator(settings, session, url)
    sender = user or "o_demo_follower"
    reply = simulator.oa_message(sender, text, mode=mode) if channel == "oa" else simulator.wecom_message(sender, text)
    click.echo(f"HTTP {reply.status}")
    click.echo(reply.text or reply.body.decode("utf-8", "replace") or "(empty)")
    if reply.status != 200:
        sys.exit(1)


def _post_kf_text(settings: Settings, session: requests.Session, url: str, text: str, *, user: str | None,
                  fake: str | None) -> None:
    from bot.sandbox.events import DEFAULT_KF_CUSTOMER, kf_message

    found = _find_fake(session, url, fake)
    if found is None:
        raise click.ClickException("kf messages are queued at the fake WeChat API: run against `siyu demo`, "
                                   "or give --fake ORIGIN")
    _print_played(kf_message(_simulator(settings, session, url), user or DEFAULT_KF_CUSTOMER, found, text))


def _post_event(settings: Settings, session: requests.Session, url: str, spec: EventSpec, *, user: str | None,
                fake: str | None, mode: str) -> None:
    from bot.sandbox.events import play

    groups = _groups(settings) if spec.name == "group-join" else ()
    try:
        played = play(spec, _simulator(settings, session, url), user=user or spec.default_user,
                      fake=_find_fake(session, url, fake), groups=groups, mode=mode)
    except ValueError as error:  # no group to join, or the brand lacks the event's account
        raise click.ClickException(str(error)) from None
    _print_played(played)


def _print_played(played: Played) -> None:
    click.echo(f"sent: {played.sent}")
    click.echo(f"HTTP {played.reply.status}")
    body = played.reply.body
    click.echo(f"reply: {played.reply.text}" if played.reply.text else
               "reply: (none: the bot answered 'success', nothing passive)" if body in (b"", b"success") else
               f"reply: {body.decode('utf-8', 'replace')}")
    for note in played.notes:
        click.echo(f"see: {note}")
    if played.reply.status != 200:
        sys.exit(1)


def _find_fake(session: requests.Session, url: str, given: str | None) -> FakeApi | None:
    """The fake WeChat API: --fake, else the one the demo at `url` names (`GET /_sandbox/fake`); None
    under `siyu serve`, which has no such path."""
    from bot.sandbox.events import FakeApi

    if given:
        return FakeApi(given, session)
    answer = session.get(url.rstrip("/") + "/_sandbox/fake", timeout=10)
    if answer.status_code != 200:
        return None
    return FakeApi(str(answer.json()["origin"]), session)


def _groups(settings: Settings) -> tuple[Group, ...]:
    from bot.content import content_directory, load_content
    from bot.errors import ContentError

    directory = content_directory(settings.config_dir, settings.default_brand, default_brand=settings.default_brand)
    try:
        return tuple(load_content(directory).groups)
    except ContentError as error:
        raise click.ClickException(str(error).splitlines()[0] + " (siyu config validate lists them)") from None


def server_clock(url: str, session: requests.Session) -> Callable[[], int]:
    """The bot's own "now" as epoch seconds: the demo's clock may have been moved ahead (/_sandbox/clock), and a
    callback signed with the wall clock would then be refused as too old. Elsewhere (no such path): the wall."""
    try:
        answer = session.get(f"{url.rstrip('/')}/_sandbox/clock", timeout=5)
        offset = datetime.fromisoformat(answer.json()["now"]).timestamp() - time.time() if answer.ok else 0.0
    except (requests.RequestException, ValueError, KeyError, TypeError):
        offset = 0.0
    return lambda: int(time.time() + offset)
