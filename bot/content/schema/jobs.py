"""jobs.yaml: cities (and what people call them) and the openings in them."""

from __future__ import annotations

from yaml.nodes import Node

from bot.content.localized import LocalizedText
from bot.content.model import ApplyRoute, City, Job
from bot.content.schema.fields import (
    CARD_TITLE_MAX_BYTES,
    define_id,
    keyword_complaint,
    read_id,
    read_localized,
    read_miniprogram,
    read_url,
    read_zone,
)
from bot.content.yaml_reader import DirectoryReader, FileReader
from bot.text import normalize

JOBS_FILE = "jobs.yaml"


def read_jobs(run: DirectoryReader, default_appid: str) -> tuple[list[City], list[Job]]:
    """jobs.yaml's cities and jobs; no two cities may share a name or alias (which would be meant?)."""
    r, top = run.top(JOBS_FILE, keys=("cities", "jobs"), defines=("city", "job"))
    alias_owner: dict[str, str] = {}

    def city(node: Node, path: str) -> City | None:
        f = r.mapping(node, path, required=("id", "name"), optional=("aliases", "timezone"))
        if f is None:
            return None
        city_id = define_id(r, run, "city", f, path)
        name = read_localized(r, f["name"], f"{path}.name", max_bytes=None) if "name" in f else LocalizedText()
        aliases = r.words(f["aliases"], f"{path}.aliases") if "aliases" in f else ()
        for alias in (name.zh, name.en, *aliases):
            key = normalize(alias)
            if key and alias_owner.setdefault(key, city_id or "?") != (city_id or "?"):
                r.report(f.get("aliases", node), f"{path}.aliases",
                         f"{alias!r} also names city {alias_owner[key]!r}")
        zone = read_zone(r, f["timezone"], f"{path}.timezone") if "timezone" in f else ""
        if not city_id or not name:
            return None
        return City(id=city_id, name=name, aliases=aliases, timezone=zone)

    def job(node: Node, path: str) -> Job | None:
        f = r.mapping(node, path, required=("id", "title", "company", "city", "description", "apply"),
                      optional=("keywords", "pay"))
        if f is None:
            return None
        job_id = define_id(r, run, "job", f, path)
        title = read_localized(r, f["title"], f"{path}.title", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "title" in f else LocalizedText()
        company = read_localized(r, f["company"], f"{path}.company", max_bytes=None) \
            if "company" in f else LocalizedText()
        city_id = read_id(r, f["city"], f"{path}.city") if "city" in f else None
        if city_id:
            run.refer(r, f["city"], f"{path}.city", "city", [city_id])
        description = read_localized(r, f["description"], f"{path}.description") \
            if "description" in f else LocalizedText()
        apply = _read_apply(r, f["apply"], f"{path}.apply", default_appid) if "apply" in f else None
        keywords = r.words(f["keywords"], f"{path}.keywords", check=keyword_complaint) if "keywords" in f else ()
        pay = read_localized(r, f["pay"], f"{path}.pay", max_bytes=None) if "pay" in f else LocalizedText()
        if not (job_id and title and company and city_id and description and apply):
            return None
        return Job(id=job_id, title=title, company=company, city=city_id, description=description,
                   apply=apply, keywords=keywords, pay=pay)

    cities = [v for _n, v in r.items(top["cities"], "cities", city)] if "cities" in top else []
    jobs = [v for _n, v in r.items(top["jobs"], "jobs", job)] if "jobs" in top else []
    return cities, jobs


def _read_apply(r: FileReader, node: Node, path: str, default_appid: str) -> ApplyRoute | None:
    """How to apply: a Mini Program page, a URL, or both (the URL is the fallback)."""
    f = r.mapping(node, path, optional=("miniprogram", "url"))
    if f is None:
        return None
    if not f:
        r.report(node, path, "expected a miniprogram page, a url, or both")
        return None
    page = read_miniprogram(r, f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
        if "miniprogram" in f else None
    url = read_url(r, f["url"], f"{path}.url") if "url" in f else ""
    if not page and not url:
        return None
    return ApplyRoute(miniprogram=page, url=url)

