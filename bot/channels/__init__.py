"""Delivery routes, one module each, and the chooser that picks the first route allowed now.

A route turns a `Delivery` into API payloads and sends them through the gateway (types in base.py).
"""

from __future__ import annotations

from datetime import datetime

from bot.channels import (
    aibot_response,
    group_robot,
    kf,
    kf_trans,
    kf_welcome,
    oa_custom,
    oa_subscribe,
    oa_template,
    wecom_app,
    wecom_task,
    wecom_welcome,
)
from bot.channels.base import Choice, Permanent, Route, RouteContext, image_sources
from bot.gateway import App
from bot.member import Member
from bot.outbound import Delivery, Template

__all__ = ["ROUTES", "Choice", "Permanent", "Route", "RouteContext", "choose", "default_routes", "image_sources",
           "planned_calls"]

# Every route by name; a Delivery names the ones it accepts, in order (or takes its channel's default).
ROUTES: dict[str, Route] = {route.name: route for route in (
    oa_custom.ROUTE, oa_subscribe.ROUTE, oa_template.ROUTE, wecom_app.ROUTE, wecom_welcome.ROUTE, kf.ROUTE,
    kf_welcome.ROUTE, kf_trans.ROUTE, group_robot.ROUTE, aibot_response.ROUTE, wecom_task.ROUTE)}


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
    plan = getattr(ROUTES.get(names[0]), "planned_calls", None) if names else None
    return plan(ctx, delivery) if plan is not None else []


# The Choice of a route allowed first, by route name: immutable, so one is shared by every delivery that takes
# it (a sequence tick asks `choose` about every due member, and a frozen dataclass's __init__ sets each field
# through object.__setattr__).
_ACCEPTED: dict[str, Choice] = {}


def choose(ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> Choice:
    """The first route allowed now; with none, the reasons (the caller parks the delivery)."""
    reasons: list[str] = []
    permanent = True
    for name in delivery.routes or default_routes(delivery):
        route = ROUTES.get(name)
        if route is None:
            reasons.append(f"{name}: no such route (known: {', '.join(sorted(ROUTES))})")
            continue
        refusal = route.refusal(ctx, delivery, member, now)
        if refusal is None:
            if reasons:
                return Choice(route, tuple(reasons))
            accepted = _ACCEPTED.get(name)  # the common case: the first route allowed, nothing refused before it
            if accepted is None or accepted.route is not route:
                accepted = _ACCEPTED[name] = Choice(route, ())
            return accepted
        permanent = permanent and isinstance(refusal, Permanent)
        reasons.append(f"{name}: {refusal}")
    return Choice(None, tuple(reasons) or ("no route for this channel",), permanent=bool(reasons) and permanent)
