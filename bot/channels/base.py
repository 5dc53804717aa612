"""The types every delivery route is written against: what a route may use (`RouteContext`), what it must
answer (`Route`), and what the chooser decided (`Choice`). Imports no route, so routes import it freely.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from bot.errors import ImageUnavailableError, MediaExpiredError
from bot.gateway import App, Gateway
from bot.member import Member
from bot.outbound import Delivery, Image, Link, MiniProgram, Outbound
from bot.settings import Settings
from bot.store.budget import BudgetStore
from bot.store.ledger import DeliveryLedger
from bot.store.tasks import TaskStore

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True)
class RouteContext:
    """What every route may use: the gateway, the budget, the confirm-task store, how patient to be with retries.

    `retry_delays_s` comes from the delivery's queue (jobs.deliver): a welcome retries within
    seconds, bulk work leaves long backoff to RQ so a worker never sleeps on it.
    """

    gateway: Gateway
    budget: BudgetStore
    retry_delays_s: tuple[float, ...] | None = None  # None: the gateway's default
    tasks: TaskStore | None = None  # WeCom confirm tasks (the wecom_task route); None: that route refuses
    try_timeout_s: float | None = None  # one try's timeout; None: the gateway's (5 s)
    deadline: float | None = None  # time.monotonic() by which a delivery's calls, retries included, end; None: none
    ledger: DeliveryLedger | None = None  # remembers the parts of a multi-part delivery sent; None: nothing skipped

    def parts_left(self, delivery: Delivery) -> list[tuple[int, Outbound]]:
        """The delivery's parts (0: the message, then its attachments) an earlier try has not sent.

        A route sends one call per part; when a later part is slowed down or fails, the whole delivery is
        run again, and without this its first parts went to the member twice (and used their budget twice).
        A one-part delivery needs no record: the delivery ledger covers it.
        """
        parts = list(enumerate((delivery.message, *delivery.attachments)))
        if len(parts) == 1 or self.ledger is None:
            return parts
        done = self.ledger.parts_sent(delivery.brand, delivery.key)
        return [(index, message) for index, message in parts if index not in done]

    def parts_needed(self, delivery: Delivery) -> int:
        """len(parts_left(delivery)), without building the list when no part can have been sent yet (a one-part
        delivery, or no ledger: a sequence tick asks this of every member's step)."""
        if not delivery.attachments or self.ledger is None:
            return 1 + len(delivery.attachments)
        return len(self.parts_left(delivery))

    def sent_part(self, delivery: Delivery, index: int) -> None:
        """Record that part `index` went out (parts_left)."""
        if delivery.attachments and self.ledger is not None:
            self.ledger.part_sent(delivery.brand, delivery.key, index)

    @property
    def settings(self) -> Settings:
        return self.gateway.settings

    def call(self, app: App, path: str, payload: dict[str, Any], *, idempotent: bool = False,
             member: str = "") -> dict[str, Any]:
        return self.gateway.call(app, path, payload, idempotent=idempotent, member=member,
                                 retry_delays_s=self.retry_delays_s, timeout_s=self.try_timeout_s,
                                 deadline=self.deadline)

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


class Permanent(str):
    """A refusal no later moment lifts (the account kind lacks the API, a secret is not configured):
    a delivery refused only for such reasons is not kept for the member's next interaction."""

    __slots__ = ()


def lacks(ctx: RouteContext, brand: str, capability: str, what: str) -> str | None:
    """The refusal when the brand's Official Account kind has no `capability` (SIYU_OA_ACCOUNT,
    SIYU_OA_VERIFIED; the matrix is bot.settings.OA_CAPABILITIES, sources in docs/platform.md §3.3)."""
    found = ctx.settings.brands.get(brand)
    account = found.oa if found is not None else None
    if account is not None and capability not in account.capabilities:
        return Permanent(f"an {account.described} has no {what} (SIYU_OA_ACCOUNT, SIYU_OA_VERIFIED)")
    return None


def without_image(message: Outbound) -> Outbound | None:
    """What a message becomes when its image cannot be fetched: a Mini Program card its tracked
    link; None when nothing is left to send (an image, a card with no fallback URL)."""
    if isinstance(message, MiniProgram) and message.fallback_url:
        return Link(title=message.title, url=message.fallback_url)
    return None


def degrade_once(build: Callable[[Outbound], T], message: Outbound, *, key: str) -> T:
    """`build(message)`, or, when its image cannot be fetched, `build` of what it degrades to, logged;
    an ImageUnavailableError is a ConfigError, so with nothing to degrade to the delivery fails once
    instead of being retried (issue 10 report 5)."""
    try:
        return build(message)
    except ImageUnavailableError as exc:
        fallback = without_image(message)
        if fallback is None:
            raise
        log.warning("delivery %s: %s; sent as its tracked link", key, exc)
        return build(fallback)


def image_sources(messages: Iterable[Outbound]) -> list[str]:
    """The image sources a message needs uploaded (Image, a Mini Program card's thumbnail)."""
    return [m.source if isinstance(m, Image) else m.image for m in messages
            if isinstance(m, Image) or (isinstance(m, MiniProgram) and m.image)]


class Route(Protocol):
    """One way out (one module each in bot/channels/). It never decides whether the member opted out
    (jobs.deliver does, at the last moment) and never retries by itself (the gateway does)."""

    name: str

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        """Why this route cannot carry the delivery now, or None when it can."""
        ...

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        """Send the message and its attachments; raise a GatewayError on failure.

        None when it was sent. A route that only hands the message to a person to send (a WeCom confirm
        task) answers the ledger state that says so instead (`task:<msgid>`): the delivery is not "sent"
        until the tracker (jobs.tasks) sees it was."""
        ...


@dataclass(frozen=True)
class Choice:
    route: Route | None
    reasons: tuple[str, ...]  # why each earlier route was refused ("route: reason")
    permanent: bool = False  # no route, and every refusal was Permanent: waiting for the member is useless
