"""Reads a directory of YAML files into typed values, every problem reported with file and line.

Generic: it knows YAML nodes, mappings, lists, texts and ids that refer across files, never which
files a content directory holds or what they mean (that is `bot.content.schema`).

The YAML is composed into a node tree (each node keeps its line), then walked by small readers that
collect problems instead of raising, so a community manager fixes everything in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple, TypeVar

import yaml
from rapidfuzz import fuzz, process
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

# libyaml's loader when PyYAML was built with it (ten times faster); its nodes carry the same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

T = TypeVar("T")


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


class FileReader:
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
            self.report(node, path, f"expected a mapping (key: value lines), got {describe(node)}")
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
                self.report(key_node, key_path(path, key),
                            f"duplicate key (first at line {first_line[key]}); YAML would keep only the last")
                continue
            if key not in allowed:
                self.report(key_node, key_path(path, key), unknown(key, allowed, "key"))
                continue
            found[key] = value_node
            first_line[key] = key_node.start_mark.line + 1
        for key in required:
            if key not in found:
                self.report(node, path, f"missing required key {key!r}")
        return found

    def seq(self, node: Node, path: str) -> list[Node]:
        """A list's item nodes; an empty value counts as an empty list."""
        if is_null(node):
            return []
        if not isinstance(node, SequenceNode):
            self.report(node, path, f"expected a list (lines starting with '- '), got {describe(node)}")
            return []
        return list(node.value)

    def text(self, node: Node, path: str) -> str | None:
        """A non-empty string, stripped. Any plain scalar is taken as written, so `yes`, `on` and
        `2024` stay text (YAML 1.1 would turn them into booleans and numbers)."""
        if not isinstance(node, ScalarNode):
            self.report(node, path, f"expected text, got {describe(node)}")
            return None
        if is_null(node) or not str(node.value).strip():
            self.report(node, path, "expected text, got nothing")
            return None
        return str(node.value).strip()

    def words(self, node: Node, path: str, *, check: Callable[[str], str | None] | None = None
              ) -> tuple[str, ...]:
        """A list of short texts (a single text is a one-item list); `check` returns a complaint."""
        items = [node] if isinstance(node, ScalarNode) and not is_null(node) else self.seq(node, path)
        out: list[str] = []
        for i, item in enumerate(items):
            item_path = f"{path}[{i}]" if isinstance(node, SequenceNode) else path
            value = self.text(item, item_path)
            if value is None:
                continue
            complaint = check(value) if check else None
            if complaint:
                self.report(item, item_path, complaint)
                continue
            out.append(value)
        return tuple(out)

    def items(self, node: Node, path: str, parse: Callable[[Node, str], T | None]) -> list[tuple[Node, T]]:
        """Each list item parsed by `parse(node, path)`, dropping the ones that failed."""
        out = []
        for i, item in enumerate(self.seq(node, path)):
            value = parse(item, f"{path}[{i}]")
            if value is not None:
                out.append((item, value))
        return out


class _Reference(NamedTuple):
    """A reference to another item's id, checked once every file is read."""

    reader: FileReader
    node: Node
    path: str
    kind: str
    target: str


class DirectoryReader:
    """One read of a directory: problems so far, ids each file defines, references to check at the end
    (an id may be used in a file read before the one that defines it)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.problems: list[ContentProblem] = []
        self.refs: list[_Reference] = []
        self.ids: dict[str, dict[str, int]] = {}  # kind -> id -> line of its first definition
        self.unreadable: set[str] = set()  # files that are not YAML: already one problem each
        self.unread_kinds: set[str] = set()  # kinds of id such a file defines: references to them go unchecked

    def reader(self, file: str) -> FileReader:
        return FileReader(file, self.problems)

    def define(self, reader: FileReader, kind: str, item_id: str, node: Node, path: str) -> None:
        seen = self.ids.setdefault(kind, {})
        if item_id in seen:
            reader.report(node, path, f"duplicate {kind} id {item_id!r} (first at line {seen[item_id]})")
        else:
            seen[item_id] = node.start_mark.line + 1

    def refer(self, reader: FileReader, node: Node, path: str, kind: str, targets: Iterable[str]) -> None:
        for target in targets:
            self.refs.append(_Reference(reader, node, path, kind, target))

    def check_references(self) -> None:
        """Report every reference to an id no file defined, with the closest defined one; not those into a file
        that could not be read (its ids are unknown, not missing: the file's own problem says why)."""
        for ref in self.refs:
            if ref.kind in self.unread_kinds:
                continue
            known = self.ids.get(ref.kind, {})
            if ref.target not in known:
                ref.reader.report(ref.node, ref.path, unknown(ref.target, sorted(known), f"{ref.kind} id")
                                  if known else f"unknown {ref.kind} id {ref.target!r} (none are defined)")

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
            if mark is not None and _tab_at(text, mark.line, mark.column):
                detail += "; the line holds a tab: YAML files indent with spaces, never tabs"
            self.problems.append(ContentProblem(file, line, "", f"not valid YAML: {detail}"))
            self.unreadable.add(file)
            return None
        except yaml.YAMLError as exc:
            self.problems.append(ContentProblem(file, None, "", f"not valid YAML: {exc}"))
            self.unreadable.add(file)
            return None
        if node is None and required:
            self.problems.append(ContentProblem(file, None, "", "the file is empty"))
        return node

    def top(self, file: str, *, keys: Sequence[str], defines: Sequence[str] = ()
            ) -> tuple[FileReader, dict[str, Node]]:
        """An optional file's top-level mapping (e.g. `faq:`), or nothing when the file is absent. `defines`: the
        kinds of id the file defines (`faq`), left unchecked elsewhere when the file is not YAML."""
        reader = self.reader(file)
        node = self.compose(file, required=False)
        if file in self.unreadable:
            self.unread_kinds.update(defines)
        if node is None:
            return reader, {}
        return reader, reader.mapping(node, "", optional=keys) or {}


def _tab_at(text: str, line: int, column: int) -> bool:
    """Whether the line PyYAML stopped at holds a tab where YAML reads indentation or a token (a tab inside a quoted
    or plain text is fine and never stops it)."""
    lines = text.splitlines()
    if not 0 <= line < len(lines):
        return False
    row = lines[line]
    return "\t" in row[:column + 1] or row[len(row) - len(row.lstrip()):][:1] == "\t"


def key_path(path: str, key: str) -> str:
    """The path of `key` inside the mapping at `path` (`faq[3]` + `answers` -> `faq[3].answers`)."""
    return f"{path}.{key}" if path else key


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def describe(node: Node) -> str:
    """What a node is, in the words of a problem message ("got a list")."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if is_null(node):
        return "nothing"
    return f"the text {node.value!r}"


def unknown(word: str, allowed: Sequence[str], what: str) -> str:
    """The complaint for a word not among `allowed`, naming the closest one (a typo, usually)."""
    close = process.extractOne(word, allowed, scorer=fuzz.ratio, score_cutoff=60) if allowed else None
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"unknown {what} {word!r}{hint} (expected one of: {', '.join(allowed)})"
