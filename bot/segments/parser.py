"""The segment language: parse `tag:vip & !tag:churned & (city:toronto | city:vancouver)` into a tree.

Pure: no Redis. A malformed expression raises SegmentSyntaxError naming the 1-based column, so the CLI can
point at it. Grammar (`!` binds tightest, then `&`, then `|`; whitespace is free):

    expr   := and ('|' and)*
    and    := unary ('&' unary)*
    unary  := '!' unary | '(' expr ')' | term
    term   := tag:NAME | city:NAME | locale:NAME | channel:NAME
            | active:<Nd | active:>Nd | joined:>YYYY-MM-DD | joined:<YYYY-MM-DD
    NAME   := characters other than whitespace and & | ! ( ) ", or a "double-quoted" string
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.errors import SiyuError

ATTRIBUTES = ("city", "locale", "channel")  # few-valued member fields with an index bitmap per value
KINDS = ("tag", *ATTRIBUTES, "active", "joined")
MAX_ACTIVE_DAYS = 90  # activity bitmaps are kept this long (bot/store/keys.py activity_day)
MAX_LENGTH = 2000
MAX_DEPTH = 32  # nested ( and !: deeper is no real segment, and would exhaust Python's recursion in the parser
MAX_TERMS = 64  # terms in one expression: its tree is walked recursively (render, evaluation)
_SPECIAL = set("&|!()\"")
_ACTIVE = re.compile(r"([<>])(\d{1,3})d\Z")
_JOINED = re.compile(r"([<>])(\d{4}-\d{2}-\d{2})\Z")


class SegmentSyntaxError(SiyuError):
    """A malformed segment; `column` is 1-based, `expression` the text it points into."""

    def __init__(self, message: str, *, column: int, expression: str) -> None:
        super().__init__(f"{message} (column {column})")
        self.reason = message
        self.column = column
        self.expression = expression

    def pointer(self) -> str:
        """The expression with a caret under the column, for a terminal."""
        return f"{self.expression}\n{' ' * (self.column - 1)}^ {self.reason}"


@dataclass(frozen=True)
class Term:
    """One leaf: `kind` is one of KINDS; `op` is "<" or ">" for active/joined, "" otherwise."""

    kind: str
    value: str
    op: str = ""
    days: int = 0
    on: date | None = None


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class And:
    left: Node
    right: Node


@dataclass(frozen=True)
class Or:
    left: Node
    right: Node


Node = Term | Not | And | Or


@dataclass(frozen=True)
class _Token:
    kind: str  # "op" (& | ! ( )), "word", "end"
    text: str
    column: int


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "&|!()":
            out.append(_Token("op", ch, i + 1))
            i += 1
            continue
        start = i
        word: list[str] = []
        while i < len(text) and not text[i].isspace() and text[i] not in "&|!()":
            if text[i] == '"':
                end = text.find('"', i + 1)
                if end < 0:
                    raise SegmentSyntaxError("unterminated quoted value", column=i + 1, expression=text)
                word.append(text[i + 1:end])
                i = end + 1
                continue
            word.append(text[i])
            i += 1
        out.append(_Token("word", "".join(word), start + 1))
    out.append(_Token("end", "", len(text) + 1))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.at = 0
        self.depth = 0
        self.count = 0

    def error(self, message: str, column: int) -> SegmentSyntaxError:
        return SegmentSyntaxError(message, column=column, expression=self.text)

    def peek(self) -> _Token:
        return self.tokens[self.at]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Node:
        if self.peek().kind == "end":
            raise self.error("empty segment: expected a term such as tag:vip", 1)
        node = self.expr()
        token = self.peek()
        if token.kind != "end":
            raise self.error(f"expected & or | before {token.text!r}", token.column)
        return node

    def expr(self) -> Node:
        node = self.conjunction()
        while self.peek().text == "|" and self.peek().kind == "op":
            self.take()
            node = Or(node, self.conjunction())
        return node

    def conjunction(self) -> Node:
        node = self.unary()
        while self.peek().text == "&" and self.peek().kind == "op":
            self.take()
            node = And(node, self.unary())
        return node

    def unary(self) -> Node:
        token = self.take()
        if token.kind == "op" and token.text in ("!", "("):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise self.error(f"nested more than {MAX_DEPTH} deep", token.column)
            try:
                return Not(self.unary()) if token.text == "!" else self.group(token)
            finally:
                self.depth -= 1
        if token.kind == "word":
            self.count += 1
            if self.count > MAX_TERMS:
                raise self.error(f"more than {MAX_TERMS} terms", token.column)
            return self.term(token)
        if token.kind == "end":
            raise self.error("the expression ends where a term was expected", token.column)
        raise self.error(f"expected a term, ! or ( but found {token.text!r}", token.column)

    def group(self, opening: _Token) -> Node:
        node = self.expr()
        close = self.take()
        if close.text != ")" or close.kind != "op":
            raise self.error(f"expected ) to close the ( at column {opening.column}", close.column)
        return node

    def term(self, token: _Token) -> Term:
        kind, colon, value = token.text.partition(":")
        if not colon:
            raise self.error(f"{token.text!r} is not a term: write kind:value, kind one of {', '.join(KINDS)}",
                             token.column)
        if kind not in KINDS:
            raise self.error(f"unknown term kind {kind!r} (known: {', '.join(KINDS)})", token.column)
        value_column = token.column + len(kind) + 1
        if not value:
            raise self.error(f"{kind}: needs a value", value_column)
        if kind == "active":
            found = _ACTIVE.match(value)
            if not found or not 1 <= int(found[2]) <= MAX_ACTIVE_DAYS:
                raise self.error(f"active: takes <Nd or >Nd with N from 1 to {MAX_ACTIVE_DAYS}, e.g. active:<30d",
                                 value_column)
            return Term("active", value, op=found[1], days=int(found[2]))
        if kind == "joined":
            found = _JOINED.match(value)
            if not found:
                raise self.error("joined: takes >YYYY-MM-DD or <YYYY-MM-DD, e.g. joined:>2026-01-01", value_column)
            try:
                on = date.fromisoformat(found[2])
            except ValueError:
                raise self.error(f"joined: {found[2]} is not a date", value_column + 1) from None
            return Term("joined", value, op=found[1], on=on)
        return Term(kind, value if kind == "tag" else value.lower())


def parse(text: str) -> Node:
    """The tree of `text`; SegmentSyntaxError (with the column) when it is malformed."""
    if len(text) > MAX_LENGTH:
        raise SegmentSyntaxError(f"a segment is at most {MAX_LENGTH} characters", column=MAX_LENGTH + 1,
                                 expression=text[:MAX_LENGTH])
    return _Parser(text).parse()


def terms(node: Node) -> list[Term]:
    """Every leaf, left to right."""
    match node:
        case Term():
            return [node]
        case Not(operand=operand):
            return terms(operand)
        case And(left=left, right=right) | Or(left=left, right=right):
            return terms(left) + terms(right)
    raise TypeError(node)


def render(node: Node) -> str:
    """The canonical text of a tree (fully parenthesised where it matters), for logs and reports."""
    match node:
        case Term(kind=kind, value=value):
            return f"{kind}:{value}" if not any(c.isspace() or c in _SPECIAL for c in value) else f'{kind}:"{value}"'
        case Not(operand=operand):
            return f"!{render(operand)}"
        case And(left=left, right=right):
            return f"{_wrap(left, Or)} & {_wrap(right, Or)}"
        case Or(left=left, right=right):
            return f"{render(left)} | {render(right)}"
    raise TypeError(node)


def _wrap(node: Node, kind: type) -> str:
    return f"({render(node)})" if isinstance(node, kind) else render(node)
