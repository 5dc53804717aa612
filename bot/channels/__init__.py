"""Delivery routes, one module each, and the chooser that picks the first route allowed now.

A route turns a `Delivery` into API payloads and sends them through the gateway; it never decides
whether the member opted out (jobs.deliver does, at the last moment) and never retries by itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from bot.errors import MediaExpiredError
from bot.gateway import App, Gateway
from bot.member import Member
from bot.outbound import Delivery, Image, MiniProgram, Outbound, Template
from bot.settings import Settings
from bot.store.budget import BudgetStore

T = TypeVar("T")


@dataclass(frozen=True, kw_only=True)
class RouteContext:
    """What every route may use: the gateway, the budget, and how patient to be with retries.

    `retry_delays_s` comes from the delivery's queue (jobs.deliver): a welcome retries within
    seconds, bulk work leaves long backoff to RQ so a worker never sleeps on it.
    """

    gateway: Gateway
    budget: BudgetStore
    retry_delays_s: tuple[float, ...] | None = None  # None: the gateway's default

    @property
    def settings(self) -> Settings:
        return self.gateway.settings

    def call(self, app: App, path: str, payload: dict[str, Any], *, idempotent: bool = False,
             member: str = "") -> dict[str, Any]:
        return self.gateway.call(app, path, payload, idempotent=idempotent, member=member,
                                 retry_delays_s=self.retry_delays_s)

    def media_id(self, app: App, source: str) -> str:
        return self.gateway.image_media_id(app, source, retry_delays_s=self.retry_delays_s)

    def fresh_media(self, app: App, messages: Iterable[Outbound], send: Callable[[], T]) -> T:
        """Run `send` (which resolves media ids while building its payload); on 40007 forget the
        cached ids of these messages' images and run it once more (docs/platform.md §4, 40007)."""
        try:
            return send()
        except MediaExpiredError:
            for source in image_sources(messages):
                self.gateway.media.forget(app.key, source)
            return send()


def image_sources(messages: Iterable[Outbound]) -> list[str]:
    """The image sources a message needs uploaded (Image, a Mini Program card's thumbnail)."""
    return [m.source if isinstance(m, Image) else m.image for m in messages
            if isinstance(m, Image) or (isinstance(m, MiniProgram) and m.image)]


class Route(Protocol):
    name: str

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        """Why this route cannot carry the delivery now, or None when it can."""
        ...

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        """Send the message and its attachments; raise a GatewayError on failure."""
        ...


@functools.cache
def _routes() -> dict[str, Route]:
    """The routes by name, imported on first use (the route modules import this one)."""
    from bot.channels import (
        aibot_response,
        group_robot,
        kf,
        kf_welcome,
        oa_custom,
        oa_subscribe,
        oa_template,
        wecom_app,
        wecom_welcome,
    )

    routes: list[Route] = [oa_custom.ROUTE, oa_subscribe.ROUTE, oa_template.ROUTE, wecom_app.ROUTE,
                           wecom_welcome.ROUTE, kf.ROUTE, kf_welcome.ROUTE, group_robot.ROUTE,
                           aibot_response.ROUTE]
    return {route.name: route for route in routes}


def default_routes(delivery: Delivery) -> tuple[str, ...]:
    """The channel's routes when the Delivery names none, cheapest first."""
    context = delivery.context
    if context.open_kfid:  # an enter_session code allows one welcome, and only by its own API
        return ("kf_welcome",) if context.welcome_code else ("kf",)
    if context.response_url:
        return ("aibot_response",)
    if delivery.channel == "group_bot" or context.robot:
        return ("group_robot",)
    if delivery.channel == "oa":
        return ("oa_custom", "oa_subscribe", "oa_template") if isinstance(delivery.message, Template) else (
            "oa_custom",)
    if delivery.channel == "wecom":
        return ("wecom_welcome",) if context.welcome_code else ("wecom_app",)
    return ()


def planned_calls(ctx: RouteContext, delivery: Delivery) -> list[tuple[App, str, str]]:
    """The gateway calls (app, api, member) the delivery's first route will make, where the route knows them
    before the member is read and a route chosen (WeCom app messages); [] otherwise. The job takes their
    rate tokens for the whole batch at once (Gateway.prepay); a route chosen differently takes its own."""
    names = delivery.routes or default_routes(delivery)
    plan = getattr(_routes().get(names[0]), "planned_calls", None) if names else None
    return plan(ctx, delivery) if plan is not None else []


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
            reasons.append(f"{name}: no such route (known: {', '.join(sorted(routes))})")
            continue
        refusal = route.refusal(ctx, delivery, member, now)
        if refusal is None:
            return Choice(route, tuple(reasons))
        reasons.append(f"{name}: {refusal}")
    return Choice(None, tuple(reasons) or ("no route for this channel",))
