"""The `siyu` command (also `python -m bot`): one click group, on Flask's FlaskGroup, and `main`.

Each command family lives in its own module and is added below; shared options and the one way to
load settings are in options.py. Commands are thin: parse, call the core, print. A command that needs
the app asks for it with `@with_appcontext`; the others build their own, or none.
"""

from __future__ import annotations

import logging
from typing import Any

import click
from flask import Flask
from flask.cli import FlaskGroup

from bot.cli import (
    admin,
    campaigns,
    channels,
    content,
    deliveries,
    drops,
    handoffs,
    leaders,
    members,
    menu,
    ops,
    run,
    segments,
    sequences,
    simulate,
)
from bot.cli.options import exit_on_bad_settings


def _create_app() -> Flask:
    """The app for a manager command (`@with_appcontext`), built only when one runs: a bad setting reads as
    one line, and the command's output is not preceded by the app's start-up INFO lines (its warnings,
    such as a missing setting, still show)."""
    from bot.app import create_app

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with exit_on_bad_settings():
        app = create_app()
    return app


class SiyuGroup(FlaskGroup):
    """Flask's group for the app context its commands ask for, without Flask's own options (`--env-file`
    needs python-dotenv, which Siyu does not install; `--app` and `--debug` mean nothing here) and
    without building the app just to list commands (`siyu --help` must not start Siyu)."""

    HIDDEN = frozenset({"env_file", "app", "debug"})

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.params = [param for param in self.params if param.name not in self.HIDDEN]

    def list_commands(self, ctx: click.Context) -> list[str]:
        return click.Group.list_commands(self, ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        return click.Group.get_command(self, ctx, cmd_name)


@click.group(cls=SiyuGroup, create_app=_create_app, add_default_commands=False, add_version_option=False,
             load_dotenv=False, set_debug_flag=False)
def cli() -> None:
    """Siyu (私域): a WeChat community bot. Start with `siyu demo`."""


# One module per command family; a new family (sequences, campaigns, ...) is one more module and line here.
cli.add_command(run.demo)
cli.add_command(run.serve)
cli.add_command(run.worker)
cli.add_command(run.cron)
cli.add_command(simulate.simulate)
cli.add_command(content.config)  # siyu config validate | apply
cli.add_command(content.unanswered)
cli.add_command(deliveries.deliveries)  # siyu deliveries failed
cli.add_command(handoffs.handoffs)  # siyu handoffs [--json] | close ID
cli.add_command(sequences.sequences)  # siyu sequences list | preview | stats | enrol | exit
cli.add_command(admin.admin)  # siyu admin token create | list | revoke, siyu admin audit
cli.add_command(members.members)  # siyu members search | show | timeline | tag | untag | optout | handoff
cli.add_command(ops.overview)  # siyu overview [--json]
cli.add_command(ops.queues)  # siyu queues [--json]
cli.add_command(leaders.leaders)  # siyu leaders [--group ID] [--json]
cli.add_command(leaders.tones)  # siyu tones [--json]
cli.add_command(drops.drops)  # siyu drops preview | status
cli.add_command(channels.channels)  # siyu channels sync | list | report
cli.add_command(segments.segment)  # siyu segment count EXPR
cli.add_command(menu.menu)  # siyu menu show | publish
cli.add_command(campaigns.campaigns)  # siyu campaigns list | create | dry-run | launch | ... | report


def main() -> None:
    """The console entry point `siyu` (pyproject's bot.cli:main) and `python -m bot`."""
    cli(prog_name="siyu")
