"""A location a follower sends 1:1 (WeChat's location message, or the menu's location picker): where they are.

It was left unanswered, as if nobody were there. Its label (the address WeChat writes: "列治文市3号路…",
"Markham, ON") is read for one of the brand's cities (jobs.yaml `cities`: names and aliases); one found becomes the
member's city, and its zone theirs as saying "I'm in Toronto" does (handlers/common.city_fields), and the reply says
so and what that city has (openings, a group). A label naming none of them gets the cities the brand is in. The
periodic position report (the LOCATION event, sent while a follower has the chat open) is not a message and gets
nothing, nor does a location posted in a group.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from bot.content.model import City, Content
from bot.inbound import Inbound, Kind
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import brand_name, brand_text, city_fields, city_name_in, reply_locale
from handlers.community import joinable

SENT_KINDS = frozenset({Kind.LOCATION, Kind.MENU_LOCATION})
NOTED = {"zh": "📍 收到，已记下你在{city}。", "en": "📍 Got it, you're in {city}."}
JOBS_THERE = {"zh": "回复【{city}】看那里在招的 {count} 个职位，", "en": 'Reply "{city}" for its {count} openings,'}
GROUP_THERE = {"zh": "回复【{city}的群】加入当地社群，", "en": 'reply "{city} group" to join the local group,'}
ASK = {"zh": "有问题直接问我。", "en": "or just ask me anything."}
ASK_ALONE = {"zh": "有问题直接问我。", "en": "Ask me anything."}
ELSEWHERE = {"zh": "📍 收到你的位置。{brand}目前的城市是{cities}；有问题直接问我。",
             "en": "📍 Thanks for your location. {brand}'s cities are {cities} for now; ask me anything."}


class LocationHandler:
    name = "location"
    summary: ClassVar[Mapping[str, str]] = {}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if inbound.kind not in SENT_KINDS or inbound.in_group or inbound.location is None:
            return None
        city = _city_in(inbound.location.label, content)
        return Match({"city": city.id if city is not None else ""})

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        city = content.city(match.data["city"])
        if city is None:
            names = ("、" if locale == "zh" else ", ").join(c.name.get(locale) for c in content.cities)
            if not names:
                return Result()
            text = brand_text(content, "location_elsewhere", locale, ELSEWHERE, brand=brand_name(content, locale),
                              cities=names)
            return Result(messages=(Text(text=text),))
        return Result(messages=(Text(text=city_noted(content, city, locale)),),
                      set_fields=city_fields(content, member, city.id), events=(("location_city", {"city": city.id}),))


def city_noted(content: Content, city: City, locale: str) -> str:
    """That the city is noted as the member's, and what it has: its openings, its local group (also qa's answer to
    "我喺溫哥華" said alone, which the FAQ does not answer)."""
    name = city.name.get(locale)
    parts = [brand_text(content, "location_noted", locale, NOTED, city=name)]
    jobs = content.jobs_in(city.id)
    if jobs:
        parts.append(JOBS_THERE[locale].format(city=name, count=len(jobs)))
    if any(_names_city(group.name, city, content) for group in joinable(content)):
        parts.append(GROUP_THERE[locale].format(city=name))
    parts.append(ASK[locale] if len(parts) > 1 else ASK_ALONE[locale])
    separator = "" if locale == "zh" else " "
    return parts[0] + separator + separator.join(parts[1:]) if len(parts) > 1 else parts[0]


def _city_in(label: str, content: Content) -> City | None:
    """The brand's city the address names (a name or an alias, as a whole word), the first of content order."""
    folded = normalize(label)
    if not folded:
        return None
    return next((c for c in content.cities if _names_city(folded, c, content, folded=True)), None)


def _names_city(text: str, city: City, content: Content, *, folded: bool = False) -> bool:
    return bool(city_name_in(text if folded else normalize(text), content, city.id))
