"""The kinds of value Siyu's content files are made of: texts within WeChat's limits, zh/en texts,
ids, tags, keywords, patterns, URLs and Mini Program pages. Each reads one node or checks one word;
which file holds which field is for the per-file modules beside this one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from yaml.nodes import Node, ScalarNode, SequenceNode

from bot.content.localized import LocalizedList, LocalizedText
from bot.content.model import MiniProgramPage
from bot.content.reflow import reflowed
from bot.content.yaml_reader import DirectoryReader, FileReader, is_null, key_path, unknown
from bot.text import EN, LOCALES, ZH, has_cjk, normalize

# WeChat text messages (OA customer service, WeCom app, group robot) carry at most 2048 bytes of
# UTF-8, and a CJK character takes 3 (PLATFORM.md §1, §3.3; checked 2026). Longer texts are cut.
TEXT_MAX_BYTES = 2048
# Mini Program card titles are limited to 64 bytes in WeCom attachments (PLATFORM.md §3.5).
CARD_TITLE_MAX_BYTES = 64
# URL Link queries may be 1024 characters (PLATFORM.md §4); a page query longer than that fails.
PAGE_QUERY_MAX_CHARS = 1024

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
TAG_RE = re.compile(r"^[^\s,]{1,64}$")
APPID_RE = re.compile(r"^wx[0-9a-f]{16}$")
BOOLEANS = {"true": True, "yes": True, "on": True, "false": False, "no": False, "off": False}
# Mini Program page: path segments, optional `.html` (WeCom wants it in some places, PLATFORM.md
# §3.5), optional query in the URL Link charset (PLATFORM.md §4).
PAGE_RE = re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\.html)?(\?[A-Za-z0-9!#$&'()*+,/:;=?@._~%-]*)?$")


def read_text(r: FileReader, node: Node, path: str, *, max_bytes: int | None) -> str | None:
    """A non-empty text of at most `max_bytes` of UTF-8 (None: any length); a longer one is reported
    and still returned, so the problems after it are found in the same pass."""
    value = r.text(node, path)
    if value is not None and max_bytes is not None and len(value.encode()) > max_bytes:
        r.report(node, path, f"{len(value.encode())} bytes; WeChat delivers at most {max_bytes} "
                             "(a Chinese character takes 3): shorten or split it")
    return value


def read_localized(r: FileReader, node: Node, path: str, *, max_bytes: int | None = TEXT_MAX_BYTES,
                   required: bool = True) -> LocalizedText:
    """`{zh: ..., en: ...}` with at least one language, or one text used for both; block text reflowed (welcomes,
    lessons, answers: bot/content/reflow.py)."""
    if isinstance(node, ScalarNode) and not is_null(node):
        value = reflowed(read_text(r, node, path, max_bytes=max_bytes) or "")
        return LocalizedText(zh=value, en=value)
    if is_null(node):
        if required:
            r.report(node, path, "expected text in zh and/or en, got nothing")
        return LocalizedText()
    fields = r.mapping(node, path, optional=LOCALES)
    if fields is None:
        return LocalizedText()
    values = {loc: read_text(r, fields[loc], key_path(path, loc), max_bytes=max_bytes) or ""
              for loc in LOCALES if loc in fields}
    if required and not fields:
        r.report(node, path, "expected text in zh and/or en, got an empty mapping")
    # as a phone shows them: the lines an editor wrapped block text at joined (bot/content/reflow.py)
    return LocalizedText(zh=reflowed(values.get(ZH, "")), en=reflowed(values.get(EN, "")))


def read_localized_list(r: FileReader, node: Node, path: str) -> LocalizedList:
    """`{zh: [...], en: [...]}`, or one plain list (or text) whose items are sorted by script."""
    if isinstance(node, SequenceNode) or (isinstance(node, ScalarNode) and not is_null(node)):
        items = r.words(node, path)
        return LocalizedList(zh=tuple(i for i in items if has_cjk(i)),
                             en=tuple(i for i in items if not has_cjk(i)))
    if is_null(node):
        return LocalizedList()
    fields = r.mapping(node, path, optional=LOCALES)
    if fields is None:
        return LocalizedList()
    return LocalizedList(zh=r.words(fields[ZH], key_path(path, ZH)) if ZH in fields else (),
                         en=r.words(fields[EN], key_path(path, EN)) if EN in fields else ())


def read_id(r: FileReader, node: Node, path: str) -> str | None:
    """An item's id, or a reference to one: what members' stored state and other files name it by."""
    value = r.text(node, path)
    if value is not None and not ID_RE.match(value):
        r.report(node, path, f"id {value!r}: use lower-case letters, digits, '-' and '_' "
                             "(at most 64, e.g. shipping-time)")
        return None
    return value


def read_tone_id(r: FileReader, fields: Mapping[str, Node], where: str, taken: Iterable[str]) -> str | None:
    """A tone's `id`, unique among the tones of its item (`taken`): FAQ answers, sequence steps, campaigns and
    tutorial series each carry a list of tones, and a member's stored tone names one by this id."""
    tone_id = read_id(r, fields["id"], f"{where}.id") if "id" in fields else None
    if tone_id and tone_id in set(taken):
        r.report(fields["id"], f"{where}.id", f"tone id {tone_id!r} used twice here")
        return None
    return tone_id


def define_id(r: FileReader, run: DirectoryReader, kind: str, fields: Mapping[str, Node],
              path: str) -> str | None:
    """An item's own `id` field, read and recorded so a duplicate anywhere in the directory is reported."""
    item_id = read_id(r, fields["id"], f"{path}.id") if "id" in fields else None
    if item_id:
        run.define(r, kind, item_id, fields["id"], f"{path}.id")
    return item_id


def read_url(r: FileReader, node: Node, path: str, *, allow_media: bool = False) -> str:
    """An http(s) URL ("" when wrong); with `allow_media`, also `media:<media_id>` (an uploaded image)."""
    value = r.text(node, path)
    if value is None:
        return ""
    if allow_media and value.startswith("media:") and len(value) > len("media:"):
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
        expected = "an http(s) URL or media:<media_id>" if allow_media else "an http(s) URL"
        r.report(node, path, f"expected {expected}, got {value!r}")
        return ""
    return value


def read_appid(r: FileReader, node: Node, path: str) -> str:
    """A Mini Program appid, "" when missing or malformed (reported)."""
    appid = r.text(node, path) or ""
    if appid and not APPID_RE.match(appid):
        r.report(node, path, f"{appid!r} is not a Mini Program appid (wx followed by 16 hex digits)")
        return ""
    return appid


def read_miniprogram(r: FileReader, node: Node, path: str, *, default_appid: str) -> MiniProgramPage | None:
    """`{appid, page}`; the appid may be left to brand.yaml's `miniprogram_appid`."""
    fields = r.mapping(node, path, required=("page",), optional=("appid",))
    if fields is None:
        return None
    appid = default_appid
    if "appid" in fields:
        appid = read_appid(r, fields["appid"], key_path(path, "appid"))
    elif not default_appid:
        r.report(node, path, "missing appid (or set miniprogram_appid in brand.yaml)")
    page = r.text(fields["page"], key_path(path, "page")) if "page" in fields else None
    if page is not None:
        complaint = _page_complaint(page)
        if complaint:
            r.report(fields["page"], key_path(path, "page"), complaint)
            page = None
    if not appid or page is None:
        return None
    return MiniProgramPage(appid=appid, page=page)


def _page_complaint(page: str) -> str | None:
    if page.startswith("/"):
        return f"write the page without the leading '/': {page.lstrip('/')!r}"
    if not PAGE_RE.match(page):
        return (f"{page!r} is not a Mini Program page path; expected e.g. "
                "'pages/product/detail?id=1001' (letters, digits, '_', '-', '/', then ?query)")
    query = page.partition("?")[2]
    if len(query) > PAGE_QUERY_MAX_CHARS:
        return f"query of {len(query)} characters; Mini Program links allow {PAGE_QUERY_MAX_CHARS}"
    return None


def tag_complaint(tag: str) -> str | None:
    return None if TAG_RE.match(tag) else f"tag {tag!r}: no spaces or commas, at most 64 characters"


def id_complaint(value: str) -> str | None:
    return None if ID_RE.match(value) else f"{value!r} is not an id (lower-case letters, digits, '-', '_')"


def keyword_complaint(keyword: str) -> str | None:
    """Keywords answer wherever they appear, so one that is too short would answer everything."""
    if not normalize(keyword):
        return f"keyword {keyword!r} is only punctuation; it would match nothing"
    if len(normalize(keyword)) < 2:
        return f"keyword {keyword!r} is one character; it would match far too often"
    return None


def read_zone(r: FileReader, node: Node, path: str) -> str:
    """An IANA time zone name (sequences' and groups' `timezone`), or "" with the problem reported."""
    text = r.text(node, path) or ""
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        r.report(node, path, f"{text!r} is not an IANA time zone (e.g. Asia/Shanghai, America/Vancouver)")
        return ""
    return text


Words = tuple[str, ...]


def read_audience_words(r: FileReader, f: Mapping[str, Node], path: str, *, tag_key: str,
                        channels: tuple[str, ...]) -> tuple[Words, Words, Words, Words]:
    """The (tags, lacking tags, locales, channels) of a tone's audience or a step's condition, each () when
    absent: the same words under the same checks, whichever file (the tag key is `tag` or `has_tag`)."""
    def words(key: str, known: Sequence[str] | None, what: str) -> Words:
        if key not in f:
            return ()
        check = tag_complaint if known is None else (lambda w: None if w in known else unknown(w, known, what))
        return tuple(r.words(f[key], f"{path}.{key}", check=check))

    return (words(tag_key, None, "tag"), words("lacks_tag", None, "tag"), words("locale", LOCALES, "locale"),
            words("channel", channels, "channel"))


def read_boolean(r: FileReader, node: Node, path: str) -> bool | None:
    """true / false (yes / no, on / off), or None after reporting anything else."""
    value = (r.text(node, path) or "").lower()
    if value and value not in BOOLEANS:
        r.report(node, path, f"expected true or false, got {value!r}")
        return None
    return BOOLEANS.get(value)
