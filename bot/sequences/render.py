"""A step's content as Outbound messages in the member's language, with tracked links (source `<channel>.seq`,
campaign `seq:<sequence>:<step>`), built from the same content and card builders the handlers use.

Pure: no Redis, no HTTP. A lesson also moves the member's tutorial progress, so "next" in a 1:1 chat
continues the series where the sequence left it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.content.model import Content, Job
from bot.content.sequences import (
    MEMBER_CITY,
    SEND_JOB,
    SEND_LESSON,
    SEND_LINK,
    SEND_PRODUCT,
    SEND_TEXT,
    StepContent,
)
from bot.member import Member
from bot.outbound import MiniProgram, Outbound, Text
from handlers.careers import POSTING_KIND
from handlers.common import brand_text
from handlers.links import link, product_card, tracked_page, tracked_text, tracked_url
from handlers.shop import MENU_KIND as SHOP_KIND
from handlers.tutorials import CURRENT_FIELD, LESSON, LESSON_KIND, NEXT_HINT, lesson_extras, progress_field


@dataclass(frozen=True)
class Rendered:
    """`shown`: (kind, id) of what the step shows, which the member's next message may be about, as a handler's
    answer records it ("shop" a product, "posting" a job, "lesson" a series not finished: handlers/common.py
    MENU_FIELD). "工资多少" after the week's job posting, "多少钱" after its product or "还有吗" after its lesson then
    ask about it; they got "I don't know" (verify16). The engine records it with the time it hands the step over."""

    messages: tuple[Outbound, ...]
    set_fields: dict[str, str] = field(default_factory=dict)
    shown: tuple[str, str] | tuple[()] = ()


class NothingToSend(Exception):
    """The content a step names is gone from this content version (a removed product, say): skip the step."""


def render(send: StepContent, *, member: Member, content: Content, locale: str, sequence_id: str = "",
           step_id: str = "", campaign: str = "", shared: dict[Any, Any] | None = None) -> Rendered:
    """The step's messages; a brand campaign passes its own `campaign` tag (source `<channel>.camp`).

    `shared`: a dict the caller keeps for one content version (a tick's batch), where what does not depend on
    the member (a text, a lesson's text and, without tracked links, its extras) is kept after the first member,
    so the next members of the batch at the same step and locale reuse it."""
    where = f"{member.channel or 'oa'}.{'camp' if campaign else 'seq'}"
    campaign = campaign or f"seq:{sequence_id}:{step_id}"
    match send.kind:
        case kind if kind == SEND_TEXT:
            text = send.text.get(locale)
            if shared is None or "://" in text:  # a link in it is tracked to the member (tracked_text)
                return Rendered((Text(text=tracked_text(text, member, where, campaign)),))
            key = (id(send), locale)
            found = shared.get(key)
            if found is None:
                found = shared[key] = (send, Rendered((Text(text=send.text.get(locale)),)))
            return Rendered(found[1].messages)
        case kind if kind == SEND_LINK:
            return Rendered((link(send.text.get(locale), send.url, member=member, source_name=where, campaign=campaign,
                                  description=send.description.get(locale)),))
        case kind if kind == SEND_PRODUCT:
            product = content.product(send.ref)
            if product is None:
                raise NothingToSend(f"product {send.ref!r} is not in the content any more")
            return Rendered((product_card(product, locale, member=member, source_name=where, campaign=campaign),),
                            shown=(SHOP_KIND, product.id))
        case kind if kind == SEND_JOB:
            job = _job_for(content, member, send)
            return Rendered(_job(content, member, job, locale, where, campaign), shown=(POSTING_KIND, job.id))
        case kind if kind == SEND_LESSON:
            return _lesson(content, member, send, locale, where, campaign, shared)
    raise NothingToSend(f"a {send.kind!r} step has nothing a sequence can send")


def _job_for(content: Content, member: Member, send: StepContent) -> Job:
    """The posting a job step sends: the one named, or for `member-city` the first in the member's city, else the
    first of all."""
    job: Job | None
    if send.ref == MEMBER_CITY:
        in_city = content.jobs_in(member.city) if member.city else ()
        job = in_city[0] if in_city else (content.jobs[0] if content.jobs else None)
    else:
        job = content.job(send.ref)
    if job is None:
        raise NothingToSend(f"no job posting for {send.ref!r}")
    return job


def _job(content: Content, member: Member, job: Job, locale: str, where: str,
         campaign: str) -> tuple[Outbound, ...]:
    city = content.city(job.city)
    city_name = city.name.get(locale) if city is not None else job.city
    head = (f"💼 {job.title.get(locale)} · {job.company.get(locale)} · {city_name}\n"
            f"{job.description.get(locale).strip()}")
    messages: list[Outbound] = [Text(text=head)]
    if job.apply.miniprogram is not None:
        messages.append(MiniProgram(title=job.title.get(locale), appid=job.apply.miniprogram.appid,
                                    page=tracked_page(job.apply.miniprogram.page, member, where, campaign),
                                    fallback_url=tracked_url(job.apply.url, member, where, campaign)))
    elif job.apply.url:
        messages.append(link(job.title.get(locale), job.apply.url, member=member, source_name=where,
                             campaign=campaign))
    return tuple(messages)


def _lesson(content: Content, member: Member, send: StepContent, locale: str, where: str,
            campaign: str, shared: dict[Any, Any] | None = None) -> Rendered:
    key = (id(send), locale, where, campaign)
    found = shared.get(key) if shared is not None else None
    if found is None:
        series = content.tutorial(send.ref)
        if series is None or not 1 <= send.number <= len(series.lessons):
            raise NothingToSend(f"lesson {send.number} of {send.ref!r} is not in the content any more")
        lesson = series.lessons[send.number - 1]
        total = len(series.lessons)
        header = brand_text(content, "lesson", locale, LESSON, series=series.name.get(locale), number=send.number,
                            total=total, title=lesson.title.get(locale))
        last = send.number >= total
        body = [header, lesson.body.get(locale).strip(), *([] if last else ["", NEXT_HINT[locale]])]
        text = Text(text="\n".join(body))
        # extras with a tracked link or page carry the member; an image alone does not
        tracked = lesson.miniprogram is not None or bool(lesson.link)
        static = None if tracked else tuple(lesson_extras(content, lesson, locale, member=member, where=where,
                                                          campaign=campaign))
        found = (send, series, lesson, text, static, last, progress_field(series.id))
        if shared is not None:
            shared[key] = found
    _send, series, lesson, text, static, last, progress = found
    extras = static if static is not None else lesson_extras(content, lesson, locale, member=member, where=where,
                                                              campaign=campaign)
    done = int(member.get(progress, "0") or 0)
    fields = {progress: str(max(done, send.number)), CURRENT_FIELD: "" if last else series.id}
    return Rendered((text, *extras), fields, shown=() if last else (LESSON_KIND, series.id))
