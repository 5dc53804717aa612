"""Everyday English words, for telling a typo from a real word (`bot.content.spelling`). Pure, no IO past loading
the list that ships beside this module.

A follower's word the FAQ never uses may be a typo of one it does ("cancle") or another English word that is one
letter away from it ("chance" / "change", "scared" / "shared", "party" / "part"): rapidfuzz cannot tell them apart,
a frequency list can. The list (words_en.txt) holds the English words of four letters or more that wordfreq sees at
least once per million words (Zipf 3.0: 26,313 words, ~220 KB, loaded in a few milliseconds on the first
correction); the sets' typos all sit under that line (the commonest, "recieved", at 2.75), the real words the speller
turned into FAQ words above it ("swatch" 2.8, "stingy" 3.0, "chance" 5.3). wordfreq's data is CC-BY-SA 4.0 and
so is this list. Regenerate it with `python -m bot.content.words_en` (needs wordfreq, which Siyu does not install).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

LIST = Path(__file__).with_name("words_en.txt")
ZIPF_MIN = 3.0
MIN_LEN = 4


@cache
def common_words() -> frozenset[str]:
    """Lowercase English words of MIN_LEN letters or more at Zipf frequency ZIPF_MIN or above."""
    return frozenset(line for line in LIST.read_text("utf-8").splitlines() if line and not line.startswith("#"))


def _write() -> None:  # pragma: no cover - a maintenance step, run by hand
    from importlib.metadata import version

    import wordfreq  # type: ignore[import-not-found,unused-ignore]

    words = sorted(w for w in wordfreq.top_n_list("en", 200_000) if w.isascii() and w.isalpha()
                   and len(w) >= MIN_LEN and wordfreq.zipf_frequency(w, "en") >= ZIPF_MIN)
    header = [f"# English words of {MIN_LEN}+ letters used at least once per million words (wordfreq "
              f"{version('wordfreq')}, Zipf >= {ZIPF_MIN}). Derived from",
              "# wordfreq's data, CC-BY-SA 4.0 (https://github.com/rspeer/wordfreq); regenerate with "
              "python -m bot.content.words_en."]
    LIST.write_text("\n".join([*header, *words]) + "\n", "utf-8")


if __name__ == "__main__":
    _write()
