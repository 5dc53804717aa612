"""Toneless pinyin of Chinese characters, for reading homophone typos (油费 for 邮费). Pure, no IO past
loading the table that ships beside this module.

Followers type Chinese with a pinyin input method, so the commonest Chinese typo is the right syllable
with the wrong character (推货 for 退货, 敏敢 for 敏感). The table (pinyin.txt: one line per syllable,
then its characters) is the first reading of every character in U+4E00-U+9FFF as pypinyin gives it,
without tones (a typo keeps the syllable, not always the tone); it is ~65 KB and loads in ~15
milliseconds, where importing pypinyin costs ~0.5 s and ~50 MB per process. Regenerate it with
`python -m bot.content.pinyin` (needs pypinyin, a dev dependency).
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

TABLE = Path(__file__).with_name("pinyin.txt")


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


if __name__ == "__main__":
    _write()
