"""Toneless pinyin of Chinese characters, for reading homophone typos (油费 for 邮费). Pure, no IO past
loading the table that ships beside this module.

Followers type Chinese with a pinyin input method, so the commonest Chinese typo is the right syllable
with the wrong character (推货 for 退货, 敏敢 for 敏感). The table (pinyin.txt: one line per syllable,
then its characters) is the first reading of every character in U+4E00-U+9FFF as pypinyin gives it,
without tones (a typo keeps the syllable, not always the tone); it is ~65 KB and loads in ~15
milliseconds, where importing pypinyin costs ~0.5 s and ~50 MB per process. Regenerate it with
`python -m bot.content.pinyin` (needs pypinyin, a dev dependency).

pinyin_more.txt (same format, ~20 KB) holds every other reading pypinyin knows of a character (长 zhang beside
chang, 了 liao beside le, 便 pian beside bian): a follower typing pinyin (`bot.content.pinyin_input`) spells a word
as it is read in that word (长痘 zhang dou, 用不了 yong bu liao), which the first reading alone would miss.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("pinyin.txt")
MORE = Path(__file__).with_name("pinyin_more.txt")


@cache
def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in TABLE.read_text("utf-8").splitlines():
        syllable, _, chars = line.partition(" ")
        for char in chars:
            out[char] = syllable
    return out


def syllable(char: str) -> str | None:
    """The toneless pinyin of `char` ("邮" -> "you"), or None for anything but a CJK character."""
    return _table().get(char)


@cache
def _more() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for line in MORE.read_text("utf-8").splitlines():
        syllable_, _, chars = line.partition(" ")
        for char in chars:
            out.setdefault(char, []).append(syllable_)
    return {char: tuple(readings) for char, readings in out.items()}


@cache  # asked ~30 000 times per FAQ index built, of a few thousand characters
def readings(char: str) -> tuple[str, ...]:
    """Every toneless reading of `char`, the first (`syllable`) first ("长" -> ("chang", "zhang")); () for anything
    but a CJK character."""
    first = _table().get(char)
    return (first, *_more().get(char, ())) if first else ()


def _write() -> None:  # pragma: no cover - a maintenance step, run by hand
    from pypinyin import Style, pinyin  # type: ignore[import-not-found,unused-ignore]

    by_syllable: dict[str, list[str]] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        reading = pinyin(char, style=Style.NORMAL, errors="ignore")
        if reading and reading[0] and reading[0][0].isascii() and reading[0][0].isalpha():
            toneless = unicodedata.normalize("NFKC", reading[0][0]).replace("ü", "v")
            by_syllable.setdefault(toneless, []).append(char)
    TABLE.write_text("".join(f"{s} {''.join(chars)}\n" for s, chars in sorted(by_syllable.items())), "utf-8")
    more: dict[str, list[str]] = {}
    for code in range(0x4E00, 0xA000):
        char = chr(code)
        reading = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
        found: list[str] = []
        for option in reading[0] if reading else ():
            toneless = unicodedata.normalize("NFKC", option).replace("ü", "v")
            if toneless.isascii() and toneless.isalpha() and toneless not in found:
                found.append(toneless)
        for toneless in found[1:]:
            more.setdefault(toneless, []).append(char)
    MORE.write_text("".join(f"{s} {''.join(chars)}\n" for s, chars in sorted(more.items())), "utf-8")


if __name__ == "__main__":
    _write()
