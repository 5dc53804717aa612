"""Delivery routes, one module each, and the chooser that picks the first route allowed now.

A route turns a `Delivery` into API payloads and sends them through the gateway; it never decides
whether the member opted out (jobs.deliver does, at the last moment) and never retries by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from bot.gateway import Gateway
from bot.outbound import Delivery
from bot.store.budget import BudgetStore
from bot.store.members import Member


@dataclass(frozen=True, kw_only=True)
class RouteContext:
    """What every route may use: the gateway, the budget, and deployment facts."""

    gateway: Gateway
    budget: BudgetStore
    robot_keys: Mapping[str, str]  # robot name -> webhook key (a secret, never in a Delivery)


class Route(Protocol):
    name: str

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        """Why this route cannot carry the delivery now, or None when it can."""
        ...

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        """Send the message and its attachments; raise a GatewayError on failure."""
        ...


def _routes() -> dict[str, Route]:
    from bot.channels import group_robot, oa_custom, wecom_app, wecom_welcome

    routes: list[Route] = [oa_custom.ROUTE, wecom_app.ROUTE, wecom_welcome.ROUTE, group_robot.ROUTE]
    return {route.name: route for route in routes}


def default_routes(delivery: Delivery) -> tuple[str, ...]:
    """The channel's routes when the Delivery names none, cheapest first."""
    if delivery.channel == "oa":
        return ("oa_custom",)
    if delivery.channel == "wecom":
        return ("wecom_welcome",) if delivery.context.get("welcome_code") else ("wecom_app",)
    if delivery.channel == "group_bot" or delivery.context.get("robot"):
        return ("group_robot",)
    return ()


@dataclass(frozen=True)
class Choice:
    route: Route | None
    reasons: tuple[str, ...]  # why each earlier route was refused ("route: reason")


def choose(ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> Choice:
    """The first route allowed now; with none, the reasons (the caller parks the delivery)."""
    routes = _routes()
    reasons: list[str] = []
    for name in delivery.routes or default_routes(delivery):
        route = routes.get(name)
        if route is None:
            reasons.append(f"{name}: no such route (template/subscribe routes are not built yet)")
            continue
        refusal = route.refusal(ctx, delivery, member, now)
        if refusal is None:
            return Choice(route, tuple(reasons))
        reasons.append(f"{name}: {refusal}")
    return Choice(None, tuple(reasons) or ("no route for this channel",))
