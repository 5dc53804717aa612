"""Text in Chinese and English, the values every content item is made of. Pure, no IO; imports
nothing from the rest of `bot.content`, so the model and the FAQ matcher can both build on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.text import EN


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """One text in Chinese and English. Either may be empty; `get` falls back to the other, so a
    brand that writes only one language still answers everyone."""

    zh: str = ""
    en: str = ""

    def get(self, locale: str) -> str:
        primary = self.en if locale == EN else self.zh
        return primary or self.zh or self.en

    def __bool__(self) -> bool:
        return bool(self.zh or self.en)


@dataclass(frozen=True, slots=True)
class LocalizedList:
    """Several phrasings per language (FAQ questions, aliases)."""

    zh: tuple[str, ...] = ()
    en: tuple[str, ...] = ()

    def get(self, locale: str) -> tuple[str, ...]:
        primary = self.en if locale == EN else self.zh
        return primary or self.zh or self.en

    @property
    def all(self) -> tuple[str, ...]:
        return self.zh + self.en

    def __bool__(self) -> bool:
        return bool(self.zh or self.en)
