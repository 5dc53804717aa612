"""The errors a manager action raises, named for the answer: the API maps them to 404, 400 and 409, the CLI
to exit status 1 with the message."""

from __future__ import annotations

from bot.errors import SiyuError


class ManagerError(SiyuError):
    """Base: the message is shown to the manager as it is (it names the culprit, never a secret)."""

    status = 400


class NotFoundError(ManagerError):
    status = 404


class InvalidRequestError(ManagerError):
    status = 400


class ConflictError(ManagerError):
    """The request is well formed but the state does not allow it (not enrolled, already closed...)."""

    status = 409
