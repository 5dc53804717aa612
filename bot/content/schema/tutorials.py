"""tutorials.yaml: short courses sent one lesson at a time (on request, or dropped into a group)."""

from __future__ import annotations

from yaml.nodes import Node

from bot.content.localized import LocalizedList, LocalizedText
from bot.content.model import Lesson, TutorialSeries
from bot.content.schema.community import read_lesson_tones
from bot.content.schema.fields import (
    CARD_TITLE_MAX_BYTES,
    define_id,
    keyword_complaint,
    read_localized,
    read_localized_list,
    read_miniprogram,
    read_url,
)
from bot.content.yaml_reader import DirectoryReader

TUTORIALS_FILE = "tutorials.yaml"
# A drop series longer than this is better split in two; an empty one is a mistake.
LESSONS_MIN, LESSONS_MAX = 1, 12


def read_tutorials(run: DirectoryReader, default_appid: str) -> list[TutorialSeries]:
    """tutorials.yaml's series; `default_appid` (brand.yaml's) serves lessons that name no appid."""
    r, top = run.top(TUTORIALS_FILE, keys=("tutorials",), defines=("tutorial",))

    def lesson(node: Node, path: str) -> Lesson | None:
        f = r.mapping(node, path, required=("title", "body"), optional=("link", "image", "miniprogram"))
        if f is None:
            return None
        title = read_localized(r, f["title"], f"{path}.title") if "title" in f else LocalizedText()
        body = read_localized(r, f["body"], f"{path}.body") if "body" in f else LocalizedText()
        link = read_url(r, f["link"], f"{path}.link") if "link" in f else ""
        image = read_url(r, f["image"], f"{path}.image", allow_media=True) if "image" in f else ""
        page = read_miniprogram(r, f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
            if "miniprogram" in f else None
        if not title or not body:
            return None
        return Lesson(title=title, body=body, link=link, image=image, miniprogram=page)

    def series(node: Node, path: str) -> TutorialSeries | None:
        f = r.mapping(node, path, required=("id", "name", "lessons"),
                      optional=("aliases", "keywords", "description", "tones"))
        if f is None:
            return None
        series_id = define_id(r, run, "tutorial", f, path)
        name = read_localized(r, f["name"], f"{path}.name", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "name" in f else LocalizedText()
        aliases = read_localized_list(r, f["aliases"], f"{path}.aliases") if "aliases" in f else LocalizedList()
        keywords = r.words(f["keywords"], f"{path}.keywords", check=keyword_complaint) if "keywords" in f else ()
        description = read_localized(r, f["description"], f"{path}.description", required=False) \
            if "description" in f else LocalizedText()
        tones = read_lesson_tones(r, f["tones"], f"{path}.tones") if "tones" in f else ()
        lessons: list[Lesson] = []
        if "lessons" in f:
            count = len(r.seq(f["lessons"], f"{path}.lessons"))
            lessons = [value for _n, value in r.items(f["lessons"], f"{path}.lessons", lesson)]
            if not LESSONS_MIN <= count <= LESSONS_MAX:
                r.report(f["lessons"], f"{path}.lessons",
                         f"{count} lessons; a series has {LESSONS_MIN} to {LESSONS_MAX}")
        if not series_id or not name or not lessons:
            return None
        return TutorialSeries(id=series_id, name=name, lessons=tuple(lessons), aliases=aliases,
                              keywords=keywords, description=description, tones=tones)

    return [value for _n, value in r.items(top["tutorials"], "tutorials", series)] if "tutorials" in top else []

