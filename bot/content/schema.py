"""Reads a content directory's YAML into `Content`, reporting every problem with file and line.

The YAML is composed into a node tree (each node keeps its line), then walked by small readers that
collect problems instead of raising, so a community manager fixes everything in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from string import Formatter
from typing import NamedTuple, TypeVar
from urllib.parse import urlsplit

import yaml
from rapidfuzz import fuzz, process
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.content.model import (
    OPT_OUT_WORDS,
    RESUME_WORDS,
    ApplyRoute,
    Brand,
    City,
    Content,
    FaqEntry,
    Group,
    Job,
    Lesson,
    LocalizedList,
    LocalizedText,
    MiniProgramPage,
    Price,
    Product,
    TutorialSeries,
    Welcome,
    with_defaults,
)
from bot.errors import ContentError
from bot.text import EN, LOCALES, ZH, has_cjk, normalize

BRAND_FILE = "brand.yaml"
FAQ_FILE = "faq.yaml"
TUTORIALS_FILE = "tutorials.yaml"
PRODUCTS_FILE = "products.yaml"
JOBS_FILE = "jobs.yaml"
GROUPS_FILE = "groups.yaml"
FILES = (BRAND_FILE, FAQ_FILE, TUTORIALS_FILE, PRODUCTS_FILE, JOBS_FILE, GROUPS_FILE)

# WeChat text messages (OA customer service, WeCom app, group robot) carry at most 2048 bytes of
# UTF-8, and a CJK character takes 3 (PLATFORM.md §1, §3.3; checked 2026). Longer texts are cut.
TEXT_MAX_BYTES = 2048
# Mini Program card titles are limited to 64 bytes in WeCom attachments (PLATFORM.md §3.5).
CARD_TITLE_MAX_BYTES = 64
# URL Link queries may be 1024 characters (PLATFORM.md §4); a page query longer than that fails.
PAGE_QUERY_MAX_CHARS = 1024
# A drop series longer than this is better split in two; an empty one is a mistake.
LESSONS_MIN, LESSONS_MAX = 1, 12

# Always honoured, whatever brand.yaml adds: "TD" is WeChat's conventional 退订 reply.

# libyaml's loader when PyYAML was built with it (ten times faster); its nodes carry the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
TAG_RE = re.compile(r"^[^\s,]{1,64}$")
APPID_RE = re.compile(r"^wx[0-9a-f]{16}$")
# Mini Program page: path segments, optional `.html` (WeCom wants it in some places, PLATFORM.md
# §3.5), optional query in the URL Link charset (PLATFORM.md §4).
PAGE_RE = re.compile(r"^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*(\.html)?(\?[A-Za-z0-9!#$&'()*+,/:;=?@._~%-]*)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
ENV_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


class TemplateSpec(NamedTuple):
    required: bool
    placeholders: frozenset[str]
    purpose: str


# The reply templates handlers use. Templates not listed here are allowed (a handler may bring its
# own), but their placeholders are not checked.
TEMPLATES: dict[str, TemplateSpec] = {
    "no_answer": TemplateSpec(True, frozenset({"brand"}),
                              "the FAQ has no answer; the question is kept for the team"),
    "did_you_mean": TemplateSpec(True, frozenset(), "header above a numbered list of likely questions"),
    "opted_out": TemplateSpec(True, frozenset({"brand", "resume_word"}), "confirms an opt-out"),
    "resumed": TemplateSpec(True, frozenset({"brand"}), "confirms messages are back on"),
    "tutorial_menu": TemplateSpec(False, frozenset(), "header above the list of tutorial series"),
    "lesson": TemplateSpec(False, frozenset({"series", "number", "total", "title"}),
                           "first line of a lesson"),
    "jobs_in_city": TemplateSpec(False, frozenset({"city", "count"}), "header above a city's jobs"),
    "no_jobs": TemplateSpec(False, frozenset({"city"}), "no opening in that city"),
    "product": TemplateSpec(False, frozenset({"name", "price"}), "text next to a product card"),
    "handoff": TemplateSpec(False, frozenset(), "a person from the team will take over"),
}


@dataclass(frozen=True, slots=True)
class ContentProblem:
    """One thing wrong in a content directory. `line` is 1-based, None for a whole-file problem;
    `path` names the value (`faq[3].answers`, list positions counted from 0)."""

    file: str
    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


def load_content(directory: Path) -> Content:
    """Validated content from `directory`; ContentError lists every problem, one per line."""
    content, problems = _read(Path(directory))
    if problems or content is None:
        lines = "\n".join(str(problem) for problem in problems)
        raise ContentError(f"{len(problems)} problem(s) in {directory}:\n{lines}")
    return content


def validate_directory(directory: Path) -> list[ContentProblem]:
    """Every problem in `directory`, in file order; [] when it loads cleanly."""
    return _read(Path(directory))[1]


def content_directory(config_dir: Path, brand: str, *, default_brand: str) -> Path:
    """Where a brand's content lives: the default brand's is `config_dir` itself, brand `acme`'s is
    `config_dir/brands/acme/` (config/README.md tells community managers the same)."""
    return Path(config_dir) if brand == default_brand else Path(config_dir) / "brands" / brand


# --- reading one file ------------------------------------------------------------------------

T = TypeVar("T")


class _Reader:
    """Typed access to one file's node tree; every mismatch becomes a ContentProblem, never raises."""

    def __init__(self, file: str, problems: list[ContentProblem]) -> None:
        self.file = file
        self.problems = problems

    def report(self, node: Node | None, path: str, message: str) -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.problems.append(ContentProblem(self.file, line, path, message))

    def mapping(self, node: Node, path: str, *, required: Sequence[str] = (),
                optional: Sequence[str] = ()) -> dict[str, Node] | None:
        """The mapping's keys and value nodes; reports duplicate, unknown and missing keys."""
        if not isinstance(node, MappingNode):
            self.report(node, path, f"expected a mapping (key: value lines), got {_describe(node)}")
            return None
        allowed = [*required, *optional]
        found: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, path, "keys must be plain words")
                continue
            key = str(key_node.value)
            if key in found:
                self.report(key_node, _join(path, key),
                            f"duplicate key (first at line {first_line[key]}); YAML would keep only the last")
                continue
            if key not in allowed:
                self.report(key_node, _join(path, key), _unknown(key, allowed, "key"))
                continue
            found[key] = value_node
            first_line[key] = key_node.start_mark.line + 1
        for key in required:
            if key not in found:
                self.report(node, path, f"missing required key {key!r}")
        return found

    def seq(self, node: Node, path: str) -> list[Node]:
        """A list's item nodes; an empty value counts as an empty list."""
        if _is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            self.report(node, path, f"expected a list (lines starting with '- '), got {_describe(node)}")
            return []
        return list(node.value)

    def text(self, node: Node, path: str, *, max_bytes: int | None = TEXT_MAX_BYTES) -> str | None:
        """A non-empty string. Any plain scalar is taken as written, so `yes`, `on` and `2024` stay
        text (YAML 1.1 would turn them into booleans and numbers)."""
        if not isinstance(node, ScalarNode):
            self.report(node, path, f"expected text, got {_describe(node)}")
            return None
        if _is_null(node) or not str(node.value).strip():
            self.report(node, path, "expected text, got nothing")
            return None
        value = str(node.value).strip()
        if max_bytes is not None and len(value.encode()) > max_bytes:
            self.report(node, path, f"{len(value.encode())} bytes; WeChat delivers at most {max_bytes} "
                                    "(a Chinese character takes 3): shorten or split it")
        return value

    def words(self, node: Node, path: str, *, check: Callable[[str], str | None] | None = None
              ) -> tuple[str, ...]:
        """A list of short texts (a single text is a one-item list); `check` returns a complaint."""
        items = [node] if isinstance(node, ScalarNode) and not _is_null(node) else self.seq(node, path)
        out: list[str] = []
        for i, item in enumerate(items):
            item_path = f"{path}[{i}]" if isinstance(node, SequenceNode) else path
            value = self.text(item, item_path, max_bytes=None)
            if value is None:
                continue
            complaint = check(value) if check else None
            if complaint:
                self.report(item, item_path, complaint)
                continue
            out.append(value)
        return tuple(out)

    def localized(self, node: Node, path: str, *, max_bytes: int | None = TEXT_MAX_BYTES,
                  required: bool = True) -> LocalizedText:
        """`{zh: ..., en: ...}` with at least one language, or one text used for both."""
        if isinstance(node, ScalarNode) and not _is_null(node):
            value = self.text(node, path, max_bytes=max_bytes) or ""
            return LocalizedText(zh=value, en=value)
        if _is_null(node):
            if required:
                self.report(node, path, "expected text in zh and/or en, got nothing")
            return LocalizedText()
        fields = self.mapping(node, path, optional=LOCALES)
        if fields is None:
            return LocalizedText()
        values = {loc: self.text(fields[loc], _join(path, loc), max_bytes=max_bytes) or ""
                  for loc in LOCALES if loc in fields}
        if required and not fields:
            self.report(node, path, "expected text in zh and/or en, got an empty mapping")
        return LocalizedText(zh=values.get(ZH, ""), en=values.get(EN, ""))

    def localized_list(self, node: Node, path: str) -> LocalizedList:
        """`{zh: [...], en: [...]}`, or one plain list (or text) whose items are sorted by script."""
        if isinstance(node, SequenceNode) or (isinstance(node, ScalarNode) and not _is_null(node)):
            items = self.words(node, path)
            return LocalizedList(zh=tuple(i for i in items if has_cjk(i)),
                                 en=tuple(i for i in items if not has_cjk(i)))
        if _is_null(node):
            return LocalizedList()
        fields = self.mapping(node, path, optional=LOCALES)
        if fields is None:
            return LocalizedList()
        return LocalizedList(zh=self.words(fields[ZH], _join(path, ZH)) if ZH in fields else (),
                             en=self.words(fields[EN], _join(path, EN)) if EN in fields else ())

    def entity_id(self, node: Node, path: str) -> str | None:
        value = self.text(node, path, max_bytes=None)
        if value is not None and not ID_RE.match(value):
            self.report(node, path, f"id {value!r}: use lower-case letters, digits, '-' and '_' "
                                    "(at most 64, e.g. shipping-time)")
            return None
        return value

    def url(self, node: Node, path: str, *, allow_media: bool = False) -> str:
        value = self.text(node, path, max_bytes=None)
        if value is None:
            return ""
        if allow_media and value.startswith("media:") and len(value) > len("media:"):
            return value
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
            expected = "an http(s) URL or media:<media_id>" if allow_media else "an http(s) URL"
            self.report(node, path, f"expected {expected}, got {value!r}")
            return ""
        return value

    def miniprogram(self, node: Node, path: str, *, default_appid: str) -> MiniProgramPage | None:
        """`{appid, page}`; the appid may be left to brand.yaml's `miniprogram_appid`."""
        fields = self.mapping(node, path, required=("page",), optional=("appid",))
        if fields is None:
            return None
        appid = default_appid
        if "appid" in fields:
            appid = self.text(fields["appid"], _join(path, "appid"), max_bytes=None) or ""
            if appid and not APPID_RE.match(appid):
                self.report(fields["appid"], _join(path, "appid"),
                            f"{appid!r} is not a Mini Program appid (wx followed by 16 hex digits)")
                appid = ""
        elif not default_appid:
            self.report(node, path, "missing appid (or set miniprogram_appid in brand.yaml)")
        page = self.text(fields["page"], _join(path, "page"), max_bytes=None) if "page" in fields else None
        if page is not None:
            complaint = _page_complaint(page)
            if complaint:
                self.report(fields["page"], _join(path, "page"), complaint)
                page = None
        if not appid or page is None:
            return None
        return MiniProgramPage(appid=appid, page=page)

    def items(self, node: Node, path: str, parse: Callable[[Node, str], T | None]) -> list[tuple[Node, T]]:
        """Each list item parsed by `parse(node, path)`, dropping the ones that failed."""
        out = []
        for i, item in enumerate(self.seq(node, path)):
            value = parse(item, f"{path}[{i}]")
            if value is not None:
                out.append((item, value))
        return out


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if _is_null(node):
        return "nothing"
    return f"the text {node.value!r}"


def _unknown(word: str, allowed: Sequence[str], what: str) -> str:
    close = process.extractOne(word, allowed, scorer=fuzz.ratio, score_cutoff=60) if allowed else None
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {what} {word!r}{hint} (expected one of: {', '.join(allowed)})"


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


def _tag_complaint(tag: str) -> str | None:
    return None if TAG_RE.match(tag) else f"tag {tag!r}: no spaces or commas, at most 64 characters"


def _id_complaint(value: str) -> str | None:
    return None if ID_RE.match(value) else f"{value!r} is not an id (lower-case letters, digits, '-', '_')"


# --- the files -------------------------------------------------------------------------------


class _Ref(NamedTuple):
    """A reference to another item's id, checked once every file is read."""

    reader: _Reader
    node: Node
    path: str
    kind: str
    target: str


class _Pass:
    """State for one read of a directory: problems so far, ids seen, references to check."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[ContentProblem] = []
        self.refs: list[_Ref] = []
        self.ids: dict[str, dict[str, int]] = {}  # kind -> id -> line of its first definition

    def reader(self, file: str) -> _Reader:
        return _Reader(file, self.problems)

    def define(self, reader: _Reader, kind: str, item_id: str, node: Node, path: str) -> None:
        seen = self.ids.setdefault(kind, {})
        if item_id in seen:
            reader.report(node, path, f"duplicate {kind} id {item_id!r} (first at line {seen[item_id]})")
        else:
            seen[item_id] = node.start_mark.line + 1

    def refer(self, reader: _Reader, node: Node, path: str, kind: str, targets: Iterable[str]) -> None:
        for target in targets:
            self.refs.append(_Ref(reader, node, path, kind, target))

    def compose(self, file: str, *, required: bool) -> Node | None:
        """The file's node tree, None when absent or empty; syntax errors become problems."""
        path = self.directory / file
        if not path.is_file():
            if required:
                self.problems.append(ContentProblem(file, None, "", f"file not found in {self.directory}"))
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(ContentProblem(file, None, "", f"cannot read it as UTF-8 text: {exc}"))
            return None
        try:
            node = yaml.compose(text, Loader=_LOADER)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            context = exc.context or ""
            if exc.context_mark is not None and mark is not None and exc.context_mark.line != mark.line:
                context += f" (at line {exc.context_mark.line + 1})"
            detail = " ".join(part for part in (context, exc.problem) if part)
            if "flow" in detail:
                detail += ("; inside [ ] or { }, put texts containing ? : , [ ] { } in quotes, "
                           "or write one '- ' line per item")
            self.problems.append(ContentProblem(file, line, "", f"not valid YAML: {detail}"))
            return None
        except yaml.YAMLError as exc:
            self.problems.append(ContentProblem(file, None, "", f"not valid YAML: {exc}"))
            return None
        if node is None and required:
            self.problems.append(ContentProblem(file, None, "", "the file is empty"))
        return node

    def top(self, file: str, *, keys: Sequence[str]) -> tuple[_Reader, dict[str, Node]]:
        """An optional file's top-level mapping (e.g. `faq:`), or nothing when the file is absent."""
        reader = self.reader(file)
        node = self.compose(file, required=False)
        if node is None:
            return reader, {}
        return reader, reader.mapping(node, "", optional=keys) or {}


def _read(directory: Path) -> tuple[Content | None, list[ContentProblem]]:
    run = _Pass(directory)
    if not directory.is_dir():
        return None, [ContentProblem(str(directory), None, "", "not a directory")]
    _check_file_names(run)
    brand = _read_brand(run)
    appid = brand.miniprogram_appid if brand else ""
    faq, synonyms = _read_faq(run)
    tutorials = _read_tutorials(run, appid)
    products = _read_products(run, appid)
    cities, jobs = _read_jobs(run, appid)
    groups = _read_groups(run)
    for ref in run.refs:
        known = run.ids.get(ref.kind, {})
        if ref.target not in known:
            ref.reader.report(ref.node, ref.path, _unknown(ref.target, sorted(known), f"{ref.kind} id")
                              if known else f"unknown {ref.kind} id {ref.target!r} (none are defined)")
    # Reading order differs from line order (references are checked last): sort for the reader.
    order = {name: i for i, name in enumerate(FILES)}
    run.problems.sort(key=lambda p: (order.get(p.file, -1), p.file, p.line or 0))
    if brand is None or run.problems:
        return None, run.problems
    return Content(brand=brand, faq=tuple(faq), synonyms=synonyms, tutorials=tuple(tutorials),
                   products=tuple(products), cities=tuple(cities), jobs=tuple(jobs),
                   groups=tuple(groups)), run.problems


def _check_file_names(run: _Pass) -> None:
    """A misspelt file name would silently drop its content; unrelated files are left alone."""
    for path in sorted(run.directory.iterdir()):
        if not path.is_file() or path.name in FILES:
            continue
        stem, _dot, suffix = path.name.rpartition(".")
        if suffix not in ("yaml", "yml"):
            continue
        close = process.extractOne(f"{stem}.yaml", FILES, scorer=fuzz.ratio, score_cutoff=80)
        if close:
            run.problems.append(ContentProblem(path.name, None, "",
                                               f"not read; did you mean {close[0]!r}?"))


def _read_brand(run: _Pass) -> Brand | None:
    r = run.reader(BRAND_FILE)
    node = run.compose(BRAND_FILE, required=True)
    if node is None:
        return None
    f = r.mapping(node, "", required=("name", "default_locale", "help", "welcome", "templates"),
                  optional=("opt_out_words", "resume_words", "miniprogram_appid"))
    if f is None:
        return None
    name = r.localized(f["name"], "name", max_bytes=CARD_TITLE_MAX_BYTES) if "name" in f else LocalizedText()
    locale = ZH
    if "default_locale" in f:
        locale = r.text(f["default_locale"], "default_locale", max_bytes=None) or ZH
        if locale not in LOCALES:
            r.report(f["default_locale"], "default_locale", _unknown(locale, LOCALES, "locale"))
    help_text = r.localized(f["help"], "help") if "help" in f else LocalizedText()
    opt_out = r.words(f["opt_out_words"], "opt_out_words") if "opt_out_words" in f else ()
    resume = r.words(f["resume_words"], "resume_words") if "resume_words" in f else ()
    opt_out, resume = with_defaults(OPT_OUT_WORDS, opt_out), with_defaults(RESUME_WORDS, resume)
    both = {normalize(w) for w in opt_out} & {normalize(w) for w in resume}
    if both:
        r.report(f.get("resume_words", node), "resume_words",
                 f"{sorted(both)} also opt out; a word cannot do both")
    appid = ""
    if "miniprogram_appid" in f:
        appid = r.text(f["miniprogram_appid"], "miniprogram_appid", max_bytes=None) or ""
        if appid and not APPID_RE.match(appid):
            r.report(f["miniprogram_appid"], "miniprogram_appid",
                     f"{appid!r} is not a Mini Program appid (wx followed by 16 hex digits)")
            appid = ""
    welcome = Welcome(LocalizedText(), LocalizedText(), LocalizedText())
    if "welcome" in f:
        w = r.mapping(f["welcome"], "welcome", required=("oa_follow", "contact_added", "group_join"))
        if w is not None:
            texts = {key: r.localized(w[key], f"welcome.{key}") if key in w else LocalizedText()
                     for key in ("oa_follow", "contact_added", "group_join")}
            welcome = Welcome(**texts)
    templates = _read_templates(r, f["templates"]) if "templates" in f else {}
    return Brand(name=name, default_locale=locale, help=help_text, opt_out_words=opt_out,
                 resume_words=resume, welcome=welcome, templates=templates, miniprogram_appid=appid)


def _read_templates(r: _Reader, node: Node) -> dict[str, LocalizedText]:
    if not isinstance(node, MappingNode):
        r.report(node, "templates", f"expected a mapping of template names, got {_describe(node)}")
        return {}
    templates: dict[str, LocalizedText] = {}
    for key_node, value_node in node.value:
        name = str(key_node.value)
        path = f"templates.{name}"
        if name in templates:
            r.report(key_node, path, "duplicate template")
            continue
        if not re.match(r"^[a-z][a-z0-9_]*$", name):
            r.report(key_node, path, "template names are lower_case_words")
            continue
        text = r.localized(value_node, path)
        spec = TEMPLATES.get(name)
        single = isinstance(value_node, ScalarNode)  # one text for both languages: check it once
        for loc in LOCALES[:1] if single else LOCALES:
            value = getattr(text, loc)
            where = path if single else f"{path}.{loc}"
            try:
                used = {part[1] for part in Formatter().parse(value) if part[1] is not None}
            except ValueError as exc:
                r.report(value_node, where, f"bad placeholder ({exc}); write {{{{ and }}}} for literal braces")
                continue
            if spec is None:
                continue
            for placeholder in sorted(used - spec.placeholders):
                allowed = ", ".join("{" + p + "}" for p in sorted(spec.placeholders)) or "none"
                r.report(value_node, where,
                         f"unknown placeholder {{{placeholder}}} (this template offers: {allowed})")
        templates[name] = text
    for name in sorted(n for n, spec in TEMPLATES.items() if spec.required and n not in templates):
        r.report(node, "templates", f"missing template {name!r} ({TEMPLATES[name].purpose})")
    return templates


def _read_faq(run: _Pass) -> tuple[list[FaqEntry], tuple[tuple[str, ...], ...]]:
    r, top = run.top(FAQ_FILE, keys=("faq", "synonyms"))
    question_owner: dict[str, tuple[str, int]] = {}

    def entry(node: Node, path: str) -> FaqEntry | None:
        f = r.mapping(node, path, required=("id", "questions", "answers"),
                      optional=("keywords", "patterns", "tags", "products", "tutorials"))
        if f is None:
            return None
        entry_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if entry_id:
            run.define(r, "faq", entry_id, f["id"], f"{path}.id")
        questions = r.localized_list(f["questions"], f"{path}.questions") if "questions" in f else None
        if questions is not None and not questions:
            r.report(f["questions"], f"{path}.questions", "expected at least one question (zh or en)")
        for question in questions.all if questions else ():
            key = normalize(question)
            key = key.replace(" ", "") if has_cjk(key) else key
            owner = question_owner.get(key)
            if owner and owner[0] != entry_id:
                r.report(f["questions"], f"{path}.questions",
                         f"{question!r} is also a question of {owner[0]!r} (line {owner[1]}); "
                         "the matcher could not tell them apart")
            question_owner.setdefault(key, (entry_id or "?", f["questions"].start_mark.line + 1))
        answers = r.localized(f["answers"], f"{path}.answers", required=False) if "answers" in f else None
        if answers is not None and not answers:
            r.report(f["answers"], f"{path}.answers", "expected an answer in zh and/or en, got none")
        keywords = r.words(f["keywords"], f"{path}.keywords", check=_keyword_complaint) \
            if "keywords" in f else ()
        patterns = r.words(f["patterns"], f"{path}.patterns", check=_pattern_complaint) \
            if "patterns" in f else ()
        tags = r.words(f["tags"], f"{path}.tags", check=_tag_complaint) if "tags" in f else ()
        products = r.words(f["products"], f"{path}.products", check=_id_complaint) if "products" in f else ()
        tutorials = r.words(f["tutorials"], f"{path}.tutorials", check=_id_complaint) \
            if "tutorials" in f else ()
        if products:
            run.refer(r, f["products"], f"{path}.products", "product", products)
        if tutorials:
            run.refer(r, f["tutorials"], f"{path}.tutorials", "tutorial", tutorials)
        if not entry_id or not questions or not answers:
            return None
        return FaqEntry(id=entry_id, questions=questions, answers=answers, keywords=keywords,
                        patterns=patterns, tags=tags, products=products, tutorials=tutorials)

    entries = [value for _node, value in r.items(top["faq"], "faq", entry)] if "faq" in top else []
    synonyms = _read_synonyms(r, top["synonyms"]) if "synonyms" in top else ()
    return entries, synonyms


def _keyword_complaint(keyword: str) -> str | None:
    if not normalize(keyword):
        return f"keyword {keyword!r} is only punctuation; it would match nothing"
    if len(normalize(keyword)) < 2:
        return f"keyword {keyword!r} is one character; it would match far too often"
    return None


def _pattern_complaint(pattern: str) -> str | None:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        return f"pattern {pattern!r} is not a valid regular expression: {exc}"
    if compiled.search(""):
        return f"pattern {pattern!r} matches an empty message, so it would match everything"
    return None


def _read_synonyms(r: _Reader, node: Node) -> tuple[tuple[str, ...], ...]:
    """`synonyms`: groups of words that mean the same to the matcher (the first is canonical)."""
    groups: list[tuple[str, ...]] = []
    owner: dict[str, int] = {}
    for i, item in enumerate(r.seq(node, "synonyms")):
        path = f"synonyms[{i}]"
        words = r.words(item, path)
        if len(words) < 2:
            r.report(item, path, "a synonym group needs at least two words")
            continue
        for word in words:
            key = normalize(word)
            if not key:
                r.report(item, path, f"{word!r} is only punctuation")
            elif key in owner and owner[key] != i:
                r.report(item, path, f"{word!r} is already in synonyms[{owner[key]}]")
            owner.setdefault(key, i)
        groups.append(words)
    return tuple(groups)


def _read_tutorials(run: _Pass, default_appid: str) -> list[TutorialSeries]:
    r, top = run.top(TUTORIALS_FILE, keys=("tutorials",))

    def lesson(node: Node, path: str) -> Lesson | None:
        f = r.mapping(node, path, required=("title", "body"), optional=("link", "image", "miniprogram"))
        if f is None:
            return None
        title = r.localized(f["title"], f"{path}.title") if "title" in f else LocalizedText()
        body = r.localized(f["body"], f"{path}.body") if "body" in f else LocalizedText()
        link = r.url(f["link"], f"{path}.link") if "link" in f else ""
        image = r.url(f["image"], f"{path}.image", allow_media=True) if "image" in f else ""
        page = r.miniprogram(f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
            if "miniprogram" in f else None
        if not title or not body:
            return None
        return Lesson(title=title, body=body, link=link, image=image, miniprogram=page)

    def series(node: Node, path: str) -> TutorialSeries | None:
        f = r.mapping(node, path, required=("id", "name", "lessons"),
                      optional=("aliases", "keywords", "description"))
        if f is None:
            return None
        series_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if series_id:
            run.define(r, "tutorial", series_id, f["id"], f"{path}.id")
        name = r.localized(f["name"], f"{path}.name", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "name" in f else LocalizedText()
        aliases = r.localized_list(f["aliases"], f"{path}.aliases") if "aliases" in f else LocalizedList()
        keywords = r.words(f["keywords"], f"{path}.keywords", check=_keyword_complaint) \
            if "keywords" in f else ()
        description = r.localized(f["description"], f"{path}.description", required=False) \
            if "description" in f else LocalizedText()
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
                              keywords=keywords, description=description)

    return [value for _n, value in r.items(top["tutorials"], "tutorials", series)] if "tutorials" in top else []


def _read_products(run: _Pass, default_appid: str) -> list[Product]:
    r, top = run.top(PRODUCTS_FILE, keys=("products",))

    def product(node: Node, path: str) -> Product | None:
        f = r.mapping(node, path, required=("id", "name", "miniprogram", "image", "price", "url"),
                      optional=("keywords", "description"))
        if f is None:
            return None
        product_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if product_id:
            run.define(r, "product", product_id, f["id"], f"{path}.id")
        name = r.localized(f["name"], f"{path}.name", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "name" in f else LocalizedText()
        page = r.miniprogram(f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
            if "miniprogram" in f else None
        image = r.url(f["image"], f"{path}.image", allow_media=True) if "image" in f else ""
        price = _read_price(r, f["price"], f"{path}.price") if "price" in f else None
        url = r.url(f["url"], f"{path}.url") if "url" in f else ""
        keywords = r.words(f["keywords"], f"{path}.keywords", check=_keyword_complaint) \
            if "keywords" in f else ()
        description = r.localized(f["description"], f"{path}.description", required=False) \
            if "description" in f else LocalizedText()
        if not (product_id and name and page and image and price and url):
            return None
        return Product(id=product_id, name=name, miniprogram=page, image=image, price=price, url=url,
                       keywords=keywords, description=description)

    return [value for _n, value in r.items(top["products"], "products", product)] if "products" in top else []


def _read_price(r: _Reader, node: Node, path: str) -> Price | None:
    f = r.mapping(node, path, required=("amount", "currency"))
    if f is None or "amount" not in f or "currency" not in f:
        return None
    raw = r.text(f["amount"], f"{path}.amount", max_bytes=None)
    currency = r.text(f["currency"], f"{path}.currency", max_bytes=None)
    amount: Decimal | None = None
    if raw is not None:
        try:
            amount = Decimal(raw)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or amount < 0:
            r.report(f["amount"], f"{path}.amount", f"expected an amount like 39.00, got {raw!r}")
            amount = None
        elif amount.as_tuple().exponent < -2:  # type: ignore[operator]
            r.report(f["amount"], f"{path}.amount", f"{raw} has more than 2 decimals")
            amount = None
    if currency is not None and not CURRENCY_RE.match(currency):
        r.report(f["currency"], f"{path}.currency", f"expected an ISO 4217 code like CAD, got {currency!r}")
        currency = None
    if amount is None or currency is None:
        return None
    return Price(amount=amount, currency=currency)


def _read_jobs(run: _Pass, default_appid: str) -> tuple[list[City], list[Job]]:
    r, top = run.top(JOBS_FILE, keys=("cities", "jobs"))
    alias_owner: dict[str, str] = {}

    def city(node: Node, path: str) -> City | None:
        f = r.mapping(node, path, required=("id", "name"), optional=("aliases",))
        if f is None:
            return None
        city_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if city_id:
            run.define(r, "city", city_id, f["id"], f"{path}.id")
        name = r.localized(f["name"], f"{path}.name", max_bytes=None) if "name" in f else LocalizedText()
        aliases = r.words(f["aliases"], f"{path}.aliases") if "aliases" in f else ()
        for alias in (name.zh, name.en, *aliases):
            key = normalize(alias)
            if key and alias_owner.setdefault(key, city_id or "?") != (city_id or "?"):
                r.report(f.get("aliases", node), f"{path}.aliases",
                         f"{alias!r} also names city {alias_owner[key]!r}")
        if not city_id or not name:
            return None
        return City(id=city_id, name=name, aliases=aliases)

    def job(node: Node, path: str) -> Job | None:
        f = r.mapping(node, path, required=("id", "title", "company", "city", "description", "apply"),
                      optional=("keywords",))
        if f is None:
            return None
        job_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if job_id:
            run.define(r, "job", job_id, f["id"], f"{path}.id")
        title = r.localized(f["title"], f"{path}.title", max_bytes=CARD_TITLE_MAX_BYTES) \
            if "title" in f else LocalizedText()
        company = r.localized(f["company"], f"{path}.company", max_bytes=None) \
            if "company" in f else LocalizedText()
        city_id = r.entity_id(f["city"], f"{path}.city") if "city" in f else None
        if city_id:
            run.refer(r, f["city"], f"{path}.city", "city", [city_id])
        description = r.localized(f["description"], f"{path}.description") \
            if "description" in f else LocalizedText()
        apply = _read_apply(r, f["apply"], f"{path}.apply", default_appid) if "apply" in f else None
        keywords = r.words(f["keywords"], f"{path}.keywords", check=_keyword_complaint) \
            if "keywords" in f else ()
        if not (job_id and title and company and city_id and description and apply):
            return None
        return Job(id=job_id, title=title, company=company, city=city_id, description=description,
                   apply=apply, keywords=keywords)

    cities = [v for _n, v in r.items(top["cities"], "cities", city)] if "cities" in top else []
    jobs = [v for _n, v in r.items(top["jobs"], "jobs", job)] if "jobs" in top else []
    return cities, jobs


def _read_apply(r: _Reader, node: Node, path: str, default_appid: str) -> ApplyRoute | None:
    f = r.mapping(node, path, optional=("miniprogram", "url"))
    if f is None:
        return None
    if not f:
        r.report(node, path, "expected a miniprogram page, a url, or both")
        return None
    page = r.miniprogram(f["miniprogram"], f"{path}.miniprogram", default_appid=default_appid) \
        if "miniprogram" in f else None
    url = r.url(f["url"], f"{path}.url") if "url" in f else ""
    if not page and not url:
        return None
    return ApplyRoute(miniprogram=page, url=url)


def _read_groups(run: _Pass) -> list[Group]:
    r, top = run.top(GROUPS_FILE, keys=("groups",))
    chats: dict[str, int] = {}

    def group(node: Node, path: str) -> Group | None:
        f = r.mapping(node, path, required=("id", "name", "chat_id", "robot_key_env"),
                      optional=("welcome", "locale", "tutorial_series"))
        if f is None:
            return None
        group_id = r.entity_id(f["id"], f"{path}.id") if "id" in f else None
        if group_id:
            run.define(r, "group", group_id, f["id"], f"{path}.id")
        name = r.text(f["name"], f"{path}.name", max_bytes=None) if "name" in f else None
        chat_id = r.text(f["chat_id"], f"{path}.chat_id", max_bytes=None) if "chat_id" in f else None
        if chat_id:
            line = f["chat_id"].start_mark.line + 1
            if chats.setdefault(chat_id, line) != line:
                r.report(f["chat_id"], f"{path}.chat_id", f"chat_id already used at line {chats[chat_id]}")
        env = r.text(f["robot_key_env"], f"{path}.robot_key_env", max_bytes=None) \
            if "robot_key_env" in f else None
        if env is not None and not ENV_NAME_RE.match(env):
            r.report(f["robot_key_env"], f"{path}.robot_key_env",
                     "give the NAME of an environment variable (e.g. SIYU_ROBOT_KEY_VAN), not the key: "
                     "secrets never go in config files")
            env = None
        welcome = r.localized(f["welcome"], f"{path}.welcome", required=False) \
            if "welcome" in f else LocalizedText()
        locale = ZH
        if "locale" in f:
            locale = r.text(f["locale"], f"{path}.locale", max_bytes=None) or ZH
            if locale not in LOCALES:
                r.report(f["locale"], f"{path}.locale", _unknown(locale, LOCALES, "locale"))
        series = ""
        if "tutorial_series" in f:
            series = r.entity_id(f["tutorial_series"], f"{path}.tutorial_series") or ""
            if series:
                run.refer(r, f["tutorial_series"], f"{path}.tutorial_series", "tutorial", [series])
        if not (group_id and name and chat_id and env):
            return None
        return Group(id=group_id, name=name, chat_id=chat_id, robot_key_env=env, welcome=welcome,
                     locale=locale, tutorial_series=series)

    return [v for _n, v in r.items(top["groups"], "groups", group)] if "groups" in top else []
