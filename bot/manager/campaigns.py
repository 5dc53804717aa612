"""Campaigns and segments for managers, as the admin API and the dashboard call them.

bot/campaigns/service.py already takes and returns plain data; this layer only builds its context from the
web process's Services (work goes to RQ's `bulk` queue, as from the CLI) and turns its ValueErrors into the
answers managers get: an unknown campaign 404, an action the campaign's state refuses 409, a malformed
segment 400 with the column.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.campaigns import service
from bot.campaigns.queue import CampaignQueue, RQCampaignQueue
from bot.channels import RouteContext
from bot.content.campaigns import (
    CAMPAIGN_ROUTES,
    SCHEDULE_LOCAL,
    SCHEDULE_NOW,
    SCHEDULE_WINDOW,
    Campaign,
    Schedule,
)
from bot.content.localized import LocalizedText
from bot.content.model import Content
from bot.content.schema.fields import ID_RE
from bot.content.schema.sequences import parse_clock, parse_duration
from bot.content.sequences import SEND_JOB, SEND_LINK, SEND_PRODUCT, SEND_TEXT, StepContent
from bot.gateway import Gateway
from bot.manager.errors import ConflictError, InvalidRequestError, NotFoundError
from bot.manager.sequences import content_of
from bot.segments.evaluate import Segments, sample
from bot.segments.parser import SegmentSyntaxError
from bot.services import Services
from bot.store.budget import BudgetStore
from bot.store.campaigns import DRAFT, PAUSED, RUNNING
from bot.store.tasks import TaskStore

SAMPLE_MAX = 20
WINDOW_MAX_S = 30 * 86400

# Tests may swap in a RecordingCampaignQueue; None: RQ's bulk queue on the services' Redis.
queue_override: CampaignQueue | None = None


def context(svc: Services) -> service.CampaignContext:
    routes = RouteContext(gateway=Gateway(svc.redis, svc.settings), budget=BudgetStore(svc.redis),
                          tasks=TaskStore(svc.redis))

    def content(brand: str) -> Content:
        return content_of(svc, brand)  # no content for the brand: 409, not a 5xx

    return service.CampaignContext(redis=svc.redis, clock=svc.clock, content=content,
                                   queue=queue_override or RQCampaignQueue(svc.redis), routes=routes)


def _call(svc: Services, brand: str, campaign_id: str, action: Callable[..., dict[str, Any]],
          **kwargs: Any) -> dict[str, Any]:
    ctx = context(svc)
    try:
        service.find(ctx, brand, campaign_id)
    except ValueError as exc:
        raise NotFoundError(str(exc)) from exc
    try:
        return action(ctx, brand, campaign_id, **kwargs)
    except SegmentSyntaxError as exc:  # a stored segment that no longer parses: the campaign must be fixed
        raise ConflictError(f"campaign {campaign_id!r}: segment: {exc}") from exc
    except ValueError as exc:  # the campaign's state refuses the action (launching a running one...)
        raise ConflictError(str(exc)) from exc


def list_campaigns(svc: Services, brand: str) -> list[dict[str, Any]]:
    return service.list_campaigns(context(svc), brand)


def progress(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.progress)


def report(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.report)


def dry_run(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.dry_run)


def launch(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.launch)


def pause(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.pause)


def resume(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.resume)


def cancel(svc: Services, brand: str, campaign_id: str) -> dict[str, Any]:
    return _call(svc, brand, campaign_id, service.cancel)


@dataclass(frozen=True)
class Draft:
    """A campaign as a manager fills it in (`siyu campaigns create`, `POST /api/v1/campaigns`, the dashboard's
    form): exactly one of a text (zh and/or en), a product, a job or a link (with its title) to send."""

    id: str
    segment: str
    name: str = ""
    text_zh: str = ""
    text_en: str = ""
    product: str = ""
    job: str = ""
    link: str = ""
    title_zh: str = ""
    title_en: str = ""
    routes: Sequence[str] = ()
    schedule: str = SCHEDULE_NOW


def spec_of(draft: Draft) -> Campaign:
    """The Campaign a draft describes; InvalidRequestError naming the field when it cannot be one (the content
    it names is checked by `create`)."""
    if not ID_RE.fullmatch(draft.id):
        raise InvalidRequestError("id: lowercase letters, digits, - and _ (64 at most)")
    if not draft.segment.strip():
        raise InvalidRequestError("segment: say who gets it (e.g. tag:vip & city:toronto, or all)")
    given = [kind for kind, value in ((SEND_TEXT, draft.text_zh or draft.text_en), (SEND_PRODUCT, draft.product),
                                      (SEND_JOB, draft.job), (SEND_LINK, draft.link)) if value.strip()]
    if len(given) != 1:
        raise InvalidRequestError("send: give exactly one of a text (zh and/or en), a product, a job and a link")
    zh, en = draft.text_zh.strip(), draft.text_en.strip()
    link = draft.link.strip()
    if given == [SEND_LINK] and not link.startswith(("https://", "http://")):
        raise InvalidRequestError("link: an http(s) URL")
    title_zh, title_en = draft.title_zh.strip(), draft.title_en.strip()
    send = {SEND_TEXT: lambda: StepContent(kind=SEND_TEXT, text=LocalizedText(zh=zh or en, en=en or zh)),
            SEND_PRODUCT: lambda: StepContent(kind=SEND_PRODUCT, ref=draft.product.strip()),
            SEND_JOB: lambda: StepContent(kind=SEND_JOB, ref=draft.job.strip()),
            SEND_LINK: lambda: StepContent(kind=SEND_LINK, url=link, text=LocalizedText(
                zh=title_zh or title_en or link, en=title_en or title_zh or link))}[given[0]]()
    bad = [r for r in draft.routes if r not in CAMPAIGN_ROUTES]
    if bad:
        raise InvalidRequestError(f"routes: unknown {', '.join(bad)}; known: {', '.join(CAMPAIGN_ROUTES)}")
    name = draft.name.strip() or draft.id
    return Campaign(id=draft.id, name=LocalizedText(zh=name, en=name), segment=draft.segment.strip(), send=send,
                    routes=tuple(dict.fromkeys(draft.routes)), schedule=schedule_of(draft.schedule.strip() or "now"))


def create(svc: Services, brand: str, spec: Campaign) -> dict[str, Any]:
    """Store a draft made through the API (as `siyu campaigns create`); a config/campaigns.yaml id is refused
    (a stored draft would shadow it: change it there), as is a launched one's."""
    ctx = context(svc)
    if ctx.content(brand).campaign(spec.id) is not None:
        raise ConflictError(f"campaign {spec.id!r} is defined in config/campaigns.yaml: change it there")
    if spec.send.kind == SEND_PRODUCT and ctx.content(brand).product(spec.send.ref) is None:
        raise InvalidRequestError(f"product: no product {spec.send.ref!r} in config/products.yaml")
    if spec.send.kind == SEND_JOB and ctx.content(brand).job(spec.send.ref) is None:
        raise InvalidRequestError(f"job: no job {spec.send.ref!r} in config/jobs.yaml")
    try:
        return service.create(ctx, brand, spec)
    except SegmentSyntaxError as exc:
        raise InvalidRequestError(f"segment: {exc}") from exc
    except RecursionError:
        raise InvalidRequestError("segment: nested too deeply (brackets or !)") from None
    except ValueError as exc:
        if isinstance(exc.__cause__, SegmentSyntaxError):
            raise InvalidRequestError(f"segment: {exc}") from exc
        raise ConflictError(str(exc)) from exc


def schedule_of(text: str) -> Schedule:
    """now | local:10:00[@2026-12-05] | window:2h (as `siyu campaigns create --schedule`)."""
    kind, _, rest = text.partition(":")
    if kind == SCHEDULE_NOW and not rest:
        return Schedule()
    if kind == SCHEDULE_LOCAL:
        at, _, day = rest.partition("@")
        minute = parse_clock(at)
        if minute is not None and (not day or _is_date(day)):
            return Schedule(kind=SCHEDULE_LOCAL, time_min=minute, date=day)
    if kind == SCHEDULE_WINDOW:
        seconds = parse_duration(rest)
        if seconds and seconds <= WINDOW_MAX_S:
            return Schedule(kind=SCHEDULE_WINDOW, spread_s=seconds)
    raise InvalidRequestError(f"schedule {text!r}: now, local:10:00[@2026-12-05] or window:2h (30 days at most)")


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return len(text) == 10


def may_launch(status: str) -> bool:
    """Only a draft launches (a config/campaigns.yaml one is frozen into the store then); launch refuses others."""
    return status == DRAFT


def may_pause(status: str) -> bool:
    return status == RUNNING


def may_cancel(status: str) -> bool:
    return status in (RUNNING, PAUSED)


def segment(svc: Services, brand: str, expression: str, *, limit: int = 0) -> dict[str, Any]:
    """How many members `expression` holds and, with `limit`, a few of them (id, channel, locale, city, tags)."""
    segments = Segments(svc.redis, svc.clock)
    try:
        # a name of this call's own for the sample's copy, kept a minute at most and deleted after reading
        into = f"api:{secrets.token_hex(4)}" if limit else ""
        result = segments.evaluate(brand, expression, into=into, ttl_s=60)
    except SegmentSyntaxError as exc:
        raise InvalidRequestError(f"segment: {exc}") from exc
    except RecursionError:  # the parser descends once per bracket or `!`: hundreds of them nest too deep
        raise InvalidRequestError("segment: nested too deeply (brackets or !)") from None
    rows = []
    if limit:
        for number in sample(svc.redis, result.key, min(limit, SAMPLE_MAX)):
            member_id = svc.members.member_id_of(brand, number)
            found = svc.members.get(brand, member_id) if member_id else None
            if found is not None:
                rows.append({"member": found.id, "channel": found.channel, "locale": found.locale,
                             "city": found.city, "tags": sorted(found.tags)})
        svc.redis.delete(result.key)
    return {"count": result.count, "sample": rows}
