"""A text as a phone shows it (every localized text the content files hold: answers, lessons, welcomes...). A manager
writes a long text as YAML block text (`|`), which keeps every line break their editor wrapped at (~90 columns): in a
chat those breaks cut sentences mid-line ("... alcohol or essential oils, and⏎all are patch-tested ..."), on every
English answer and on the Chinese ones wrapped after a comma. The breaks a manager means stay: a list's items (·, -,
1., ①...), a labelled line ("Night: cleanser → ..."), a blank line between paragraphs, and a Chinese line that ends
its sentence (each such line is a sentence of its own, as the job descriptions' are: handlers/careers.py
`_unwrapped`)."""

from __future__ import annotations

import re

from bot.text import has_cjk

_LIST_ITEM = re.compile(r"^(?:[·•\-*→👉✅❌]|\d{1,2}[.)、]\s|[①-⑳]|[（(]\d{1,2}[)）])")
# "Morning: ...", "New followers: ..." (capitalised, as a wrapped line's first word is not), "晚上：..."
_LABELLED = re.compile(r"^(?:[A-Z][\w'-]*(?: [\w'-]+){0,2}: |[^\s:：，,。.]{1,10}：)")
_ENDS_SENTENCE_ZH = "。！？!?：:）)"
WRAPPED_MIN_EN = 60  # an English line an editor wrapped is a long one; a shorter one was ended by its writer


def reflowed(text: str) -> str:
    """`text` with the line breaks its editor wrapped at joined (see the module's docstring)."""
    if "\n" not in text.strip():
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if out and _wrapped(out[-1].strip(), line.strip()):
            before = out[-1].rstrip()
            after = line.strip()
            joiner = "" if has_cjk(after[0]) and not before[-1].isascii() else " "  # Chinese runs on, "，" too
            out[-1] = before + joiner + after
        else:
            out.append(line)
    return "\n".join(out)


def _wrapped(line: str, following: str) -> bool:
    """Whether the break between `line` and the `following` one is a wrap, not the writer's."""
    if not line or not following or _LIST_ITEM.match(line) or _LIST_ITEM.match(following) \
            or _LABELLED.match(line) or _LABELLED.match(following):
        return False
    if has_cjk(line):
        return line[-1] not in _ENDS_SENTENCE_ZH
    return len(line) >= WRAPPED_MIN_EN
