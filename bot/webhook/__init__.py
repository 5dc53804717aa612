"""The edge: WeChat's bytes in, `Inbound` values to the router, the passive reply's bytes out.

It owns the handshake, signatures, decryption, XML/JSON field names (the kf pull's included), the
pipeline's steps (pipeline.py, effects.py, group_guard.py) and nothing past them: no handler logic, no
delivery. This module names the callback kinds by their URL, /wechat/<brand>/<kind>: each builder
returns the brand's endpoint for that kind, or None when the brand has no such account (404).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.clock import Clock
from bot.settings import Brand, Settings
from bot.webhook.base import CallbackEndpoint
from bot.webhook.group_bot import GroupBotEndpoint
from bot.webhook.oa import OfficialAccountEndpoint
from bot.webhook.wecom import WeComEndpoint

EndpointBuilder = Callable[[Brand, Settings, Clock], CallbackEndpoint | None]


def _oa(brand: Brand, settings: Settings, clock: Clock) -> CallbackEndpoint | None:
    if brand.oa is None:
        return None
    return OfficialAccountEndpoint(brand=brand.name, account=brand.oa, clock=clock,
                                   tolerance_s=settings.timestamp_tolerance_s)


def _wecom(brand: Brand, settings: Settings, clock: Clock) -> CallbackEndpoint | None:
    if brand.wecom is None:
        return None
    return WeComEndpoint(brand=brand.name, app=brand.wecom, clock=clock, tolerance_s=settings.timestamp_tolerance_s)


def _group_bot(brand: Brand, settings: Settings, clock: Clock) -> CallbackEndpoint | None:
    if brand.group_bot is None:
        return None
    return GroupBotEndpoint(brand=brand.name, bot=brand.group_bot, clock=clock,
                            tolerance_s=settings.timestamp_tolerance_s)


ENDPOINT_BUILDERS: dict[str, EndpointBuilder] = {"oa": _oa, "wecom": _wecom, "group-bot": _group_bot}


def build_endpoints(settings: Settings, clock: Clock) -> dict[tuple[str, str], CallbackEndpoint]:
    endpoints: dict[tuple[str, str], CallbackEndpoint] = {}
    for brand in settings.brands.values():
        for kind, build in ENDPOINT_BUILDERS.items():
            endpoint = build(brand, settings, clock)
            if endpoint is not None:
                endpoints[(brand.name, kind)] = endpoint
    return endpoints
