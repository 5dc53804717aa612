"""Every capability, registered in one place, in matching order (first match wins)."""

from __future__ import annotations

from bot.router import Router
from handlers.help import HelpHandler
from handlers.ping import PingHandler


def register_all(router: Router) -> Router:
    """Fill `router` in order: opt-out first, then commands, then content handlers, FAQ last."""
    router.register(PingHandler())
    router.register(HelpHandler(router.summaries))
    return router
