"""`siyu simulate`: post one message to a running Siyu as WeChat would, and print the reply. Talks HTTP only."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import datetime

import click
import requests

from bot.cli.options import settings_or_exit


@click.command()
@click.argument("text")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="Where Siyu listens.")
@click.option("--channel", type=click.Choice(["oa", "wecom"]), default="oa", show_default=True)
@click.option("--user", default="o_demo_follower", show_default=True, help="openid / userid of the sender.")
@click.option("--mode", type=click.Choice(["safe", "compat", "plain"]), default="safe", show_default=True,
              help="Official Account encryption mode.")
def simulate(text: str, url: str, channel: str, user: str, mode: str) -> None:
    """Post TEXT as a signed (and encrypted) callback, as WeChat would, and print the reply.

    Uses the accounts in SIYU_* when set, else the demo's.
    """
    from bot.sandbox.demo import demo_environment
    from bot.sandbox.simulator import Simulator, http_transport

    settings = settings_or_exit(need_redis=False, environ=demo_environment(os.environ))
    brand = settings.brands[settings.default_brand]
    with requests.Session() as session:
        simulator = Simulator(brand=brand.name, oa=brand.oa, wecom=brand.wecom,
                              transport=http_transport(url, session=session), now=server_clock(url, session))
        reply = simulator.oa_message(user, text, mode=mode) if channel == "oa" else simulator.wecom_message(user, text)
    click.echo(f"HTTP {reply.status}")
    click.echo(reply.text or reply.body.decode("utf-8", "replace") or "(empty)")
    if reply.status != 200:
        sys.exit(1)


def server_clock(url: str, session: requests.Session) -> Callable[[], int]:
    """The bot's own "now" as epoch seconds: the demo's clock may have been moved ahead (/_sandbox/clock), and a
    callback signed with the wall clock would then be refused as too old. Elsewhere (no such path): the wall."""
    try:
        answer = session.get(f"{url.rstrip('/')}/_sandbox/clock", timeout=5)
        offset = datetime.fromisoformat(answer.json()["now"]).timestamp() - time.time() if answer.ok else 0.0
    except (requests.RequestException, ValueError, KeyError, TypeError):
        offset = 0.0
    return lambda: int(time.time() + offset)
