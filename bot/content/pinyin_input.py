"""Chinese typed as toneless pinyin, read back as characters before matching. Pure, no IO past the pinyin tables.

Followers abroad without a Chinese keyboard, or typing fast, write whole questions in pinyin ("zen me qu xiao ding
dan"), with or without spaces ("tuihuo"), glued to characters ("退huo", "kuai di到哪了"), beside English ("shipping
dao sydney yao ji tian"), or as chat initials (kd 快递, zfb 支付宝: `lexicon.PINYIN_INITIALS`). The matcher knows
Chinese words as characters, so such a message matched nothing.

`PinyinReader` is built once per FAQ index (so per content version) from the vocabulary the FAQ asks with: its
curated words (keywords, synonyms, question cues, and the word lists that keep a message out: other trades, spam,
thanks), the bigrams of its questions, and per syllable the character its questions use most. A run of Latin words
(with the characters glued to either end) is segmented into the syllables of those words (`readings`: every reading of
a character, 长痘 is zhang dou), preferring curated words, then question bigrams, covering as many syllables as it can.

Guards, because an English message read as pinyin invents a topic (`_english_word`, `_run`): a word that is no pinyin
("ship", "the", "refund") ends a group of pinyin words, and so does an English word of several syllables ("canada",
"women") or a Latin word the FAQ, a place or another business uses ("hangzhou", "taobao"); a group is read only when a
vocabulary word it spells holds a word that is not English ("he said long wait", "a man can ban it" stay; "you fei" is
邮费, fei being no English), and among English words only when two of its words are not English ("bought from a
daigou friend" stays). In a group read, syllables no word covers become the questions' character for them (neng ->
能, ma -> 吗). A message without a Latin letter costs one regex search. The router reads every text message so
(`bot.router.as_read`, through `FaqIndex.read_pinyin`), so that every handler sees the Chinese.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

from bot.content.lexicon import STOPWORDS_EN
from bot.content.pinyin import TABLE as _TABLE
from bot.content.pinyin import readings, syllable
from bot.content.words_en import common_words
from bot.text import CJK_RANGES, has_cjk

WORD_MAX = 6  # characters of the longest vocabulary word read from pinyin
READINGS_MAX = 16  # spellings kept per word (the product of its characters' readings)
CURATED = 2.0  # weight per syllable of a curated word (keywords, synonyms, cues, word lists)
OTHER_READING = 1.5  # ... spelt by a reading other than its characters' first (还能 fu neng is rarely meant)
BIGRAM = 1.0  # ... of a bigram of the FAQ's questions
FREQUENCY_BONUS = 0.1  # per log of the times the questions use a word, spread over its syllables
TOKENS_MEMO_SIZE = 4096  # Latin words whose being pinyin is remembered (a dict, cleared when full; thread-safe enough:
# two threads at worst compute one answer twice)
GLUED_MAX = 2  # characters glued to a Latin run that a word may take in ("退huo", "kuai di到")
# English words that are also one pinyin syllable (the commonest are in STOPWORDS_EN: a, an, can, he, she, me, you).
# `common_words` is no test for a syllable: it holds Chinese names as English text spells them (xiao, yang, zhang).
ENGLISH_SYLLABLES = frozenset(("ban", "bang", "ben", "bing", "dang", "die", "ding", "dong", "fan", "gang", "gun",
                               "hang", "hen", "hong", "kong", "lie", "long", "man", "men", "pen", "pie", "pin", "ping",
                               "ran", "rang", "run", "sang", "shun", "song", "sun", "tan", "tang", "tie"))

# A run of Latin words, with the characters glued to it; never letters touching a digit ("h8a4ee9a7", a handoff's id
# a staff member closes, read "h8a4哦哦9a7"; "lm12345678", "wang123"): an id, a code or a number is not pinyin.
_LATIN_RUN = re.compile(f"([{CJK_RANGES}]{{0,{GLUED_MAX}}})(?<![0-9a-z])([a-z]+(?: [a-z]+)*)(?![0-9a-z])"
                        f"([{CJK_RANGES}]{{0,{GLUED_MAX}}})")
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
_HAS_LATIN = re.compile("[a-z]")


def syllables() -> frozenset[str]:
    """The toneless syllables of the table, less the lone consonants (m, n, hm) nobody types as a word."""
    return frozenset(line.partition(" ")[0] for line in _TABLE.read_text("utf-8").splitlines()
                     if len(line.partition(" ")[0]) > 1 or line[0] in "aeo")


@dataclass(frozen=True, slots=True)
class _Unit:
    """One piece of a Latin run's reading: `text` in place of letters start:end of the run (start < 0: it takes in
    characters glued before; end past the letters: after), spelt by the run's words `tokens`."""
    start: int
    end: int
    text: str
    weight: float  # per syllable; 0 for a lone syllable
    tokens: frozenset[int]


class PinyinReader:
    """Reads Latin runs of a normalised message that spell the FAQ's Chinese vocabulary as those characters."""

    def __init__(self, *, curated: Iterable[str], questions: Iterable[str], initials: Iterable[tuple[str, str]] = (),
                 english: Iterable[str] = ()) -> None:
        """`curated`: words (any text: its Chinese runs are taken); `questions`: the FAQ's questions and keywords,
        normalised (their bigrams and characters); `initials`: chat initials and their words; `english`: Latin words
        the FAQ itself uses, which are never pinyin of a run's own."""
        self._syllables = syllables()
        self._longest = max(map(len, self._syllables))
        asked = [run for text in questions for run in _CJK_RUN.findall(text)]
        chars = Counter(char for run in asked for char in run)
        bigrams = Counter(run[i:i + 2] for run in asked for i in range(len(run) - 1))
        words: dict[str, float] = {}
        for text in curated:
            for run in _CJK_RUN.findall(text):
                if 2 <= len(run) <= WORD_MAX:
                    words[run] = CURATED
        for gram in bigrams:
            words.setdefault(gram, BIGRAM)
        # How often the questions use a word breaks ties between readings of equal weight (ke yi fu: 可以 + 付, not
        # 可 + 衣服, a word of another trade).
        grams = Counter(run[i:i + size] for size in {len(w) for w in words} for run in asked
                        for i in range(len(run) - size + 1))
        frequency = {w: grams[w] for w in words}
        # (spelling of the letters) -> (characters, weight per syllable); the weightier, then the commoner word wins
        # a spelling two words share. Every word by its characters' first readings first, then the curated words by
        # their other readings (长痘 zhang dou): a rare reading of a bigram made junk (运费 yun fu read 运还).
        self._words: dict[tuple[str, ...], tuple[str, float]] = {}
        self._heads: dict[str, dict[tuple[str, ...], tuple[str, float]]] = {}  # glued chars before -> rest
        self._tails: dict[str, dict[tuple[str, ...], tuple[str, float]]] = {}  # glued chars after -> the start
        ranked = sorted(words, key=lambda w: (-words[w], -frequency[w], w))
        for every in (False, True):
            for word in ranked:
                if every and words[word] != CURATED:
                    continue
                weight = (OTHER_READING if every else words[word]) \
                    + FREQUENCY_BONUS * math.log1p(frequency[word]) / len(word)
                for spelling in _spellings(word, every=every):
                    self._words.setdefault(spelling, (word, weight))
                if words[word] != CURATED:
                    continue  # a word glued to characters is a curated one ("退huo": 退货)
                for k in range(1, min(GLUED_MAX, len(word) - 1) + 1):
                    for spelling in _spellings(word[k:], every=every):
                        self._heads.setdefault(word[:k], {}).setdefault(spelling, (word[k:], weight))
                    for spelling in _spellings(word[:-k], every=every):
                        self._tails.setdefault(word[-k:], {}).setdefault(spelling, (word[:-k], weight))
        self._prefixes = {s[:i] for s in self._words for i in range(1, len(s) + 1)}
        self._char: dict[str, str] = {}
        for char, _ in chars.most_common():
            reading = syllable(char)
            if reading:
                self._char.setdefault(reading, char)
        self._initials = dict(initials)
        self._english = frozenset(english)
        self._tokens: dict[str, bool] = {}  # `_pinyin_token`'s answers

    def __call__(self, normalized: str) -> str:
        """`normalized` (`bot.text.normalize`'s output) with its pinyin runs read as characters."""
        if not _HAS_LATIN.search(normalized):
            return normalized
        return _LATIN_RUN.sub(self._run, normalized)

    def _english_word(self, token: str) -> bool:
        if token in self._english or token in ENGLISH_SYLLABLES or token in STOPWORDS_EN:
            return True
        return token not in self._syllables and len(token) >= 4 and token in common_words()

    def _pinyin_token(self, token: str) -> bool:
        """Whether `token` is a chat initial or spelt wholly in syllables ("tuihuo": tui huo); remembered (the
        followers' words repeat, and it is asked of every Latin word)."""
        known = self._tokens.get(token)
        if known is None:
            known = self._tokens[token] = self._spelt_in_syllables(token)
            if len(self._tokens) > TOKENS_MEMO_SIZE:
                self._tokens.clear()
        return known

    def _spelt_in_syllables(self, token: str) -> bool:
        if token in self._initials:
            return True
        if token not in self._syllables and self._english_word(token):
            return False  # an English word of several syllables ("canada", "china", "women") is not read as pinyin
        can = [True] + [False] * len(token)
        for start in range(len(token)):
            if can[start]:
                for end in range(start + 1, min(len(token), start + self._longest) + 1):
                    if token[start:end] in self._syllables:
                        can[end] = True
        return can[-1]

    def _run(self, found: re.Match[str]) -> str:
        """A run of Latin words, with the characters glued to it, read group by group: a word that is no pinyin
        ("shipping", "canada") ends a group and stays as written. The run as written when no group is read."""
        before, run, after = found.group(1), found.group(2), found.group(3)
        tokens = run.split(" ")
        groups: list[list[str]] = []  # runs of pinyin words, and (one each) the words that are not
        pinyin = [self._pinyin_token(token) for token in tokens]
        for number, token in enumerate(tokens):
            if pinyin[number] and number and pinyin[number - 1]:
                groups[-1].append(token)
            else:
                groups.append([token])
        pieces: list[str] = []
        read_any = False
        # Among English words ("bought from a daigou friend", "my grandma in hangzhou"), one pinyin word is a name or a
        # loanword the English sentence uses: a group is read there only when two of its words are no English.
        among_english = not all(pinyin)
        for number, group in enumerate(groups):
            glued_before = before if number == 0 else ""
            glued_after = after if number == len(groups) - 1 else ""
            read = self._group(group, glued_before, glued_after) if self._pinyin_token(group[0]) and (
                not among_english or sum(not self._english_word(token) for token in group) >= 2) else None
            read_any |= read is not None
            pieces.append(read if read is not None else f"{glued_before}{' '.join(group)}{glued_after}")
        if not read_any:
            return found.group(0)
        # Beside a group read, the other pinyin groups of the run are pinyin too, unless they are English words
        # ("shipping dao canada duo jiu": dao is 到 once duo jiu is 多久).
        for number, group in enumerate(groups):
            if self._pinyin_token(group[0]) and not any(map(self._english_word, group)) \
                    and not has_cjk(pieces[number]):
                glued_before = before if number == 0 else ""
                glued_after = after if number == len(groups) - 1 else ""
                pieces[number] = self._group(group, glued_before, glued_after, alone=False) or pieces[number]
        return " ".join(pieces)

    def _group(self, tokens: list[str], before: str, after: str, *, alone: bool = True) -> str | None:
        """Consecutive pinyin-spelt words (`tokens`) with the characters glued before and after them, read as
        characters when one vocabulary word they spell is not all English words (or, not `alone`, when another
        group of the run was read); else None."""
        token_of = [number for number, token in enumerate(tokens) for _ in token]
        units = self._read("".join(tokens), token_of, before, after, tokens)
        english = {n for n, token in enumerate(tokens) if self._english_word(token)}
        if units is None or (alone and not any(u.weight and u.tokens - english for u in units)):
            return None  # no word of it spelt by a word that is not English
        taken = max(0, units[-1].end - len(token_of))  # characters after the run that its last word took in
        return re.sub(" +", " ", f"{before}{''.join(u.text for u in units)}{after[taken:]}").strip()

    def _read(self, letters: str, token_of: list[int], before: str, after: str,
              tokens: list[str]) -> list[_Unit] | None:
        """The best reading of `letters` as units (dynamic programming over positions): most syllables covered by
        words, curated ones first, then the fewest units; None when the letters are not all pinyin syllables."""
        size = len(letters)
        # The syllables starting at each position: (end, syllable), never across a space (a space ends a syllable).
        edges: list[list[tuple[int, str]]] = [[] for _ in range(size + 1)]
        initials = {}  # where a token that is a chat initial starts: its end and word
        at = 0
        for token in tokens:
            if token in self._syllables:  # one syllable as written is read so: qian, not qi an
                edges[at].append((at + len(token), token))
            elif token in self._initials:
                initials[at] = (at + len(token), self._initials[token])
            else:  # glued syllables ("tuihuo"), split wherever they spell syllables
                for start in range(at, at + len(token)):
                    for stop in range(start + 1, min(at + len(token), start + self._longest) + 1):
                        if letters[start:stop] in self._syllables:
                            edges[start].append((stop, letters[start:stop]))
            at += len(token)
        best: list[tuple[float, int, list[_Unit]] | None] = [None] * (size + 2)
        best[0] = (0.0, 0, [])
        # Characters glued before the run may start a word whose rest is spelt at the run's start.
        for k in range(1, len(before) + 1):
            for spelling, (rest, weight) in self._heads.get(before[-k:], {}).items():
                reach = self._spelt(edges, 0, spelling)
                if reach is not None:
                    self._offer(best, reach, (weight * (len(spelling) + k), 1,
                                              [_Unit(-k, reach, rest, weight, frozenset(token_of[:reach]))]))
        for start in range(size):
            here = best[start]
            if here is None:
                continue
            if start in initials:
                end, word = initials[start]
                self._offer(best, end, (here[0] + CURATED * 2, here[1] + 1, [
                    *here[2], _Unit(start, end, word, CURATED, frozenset((token_of[start],)))]))
            for end, piece in edges[start]:
                self._offer(best, end, (here[0], here[1] + 1, [*here[2], _Unit(
                    start, end, self._char.get(piece, f" {piece} "), 0.0, frozenset((token_of[start],)))]))
            self._words_from(edges, start, here, best, token_of)
            # A word ending with the characters glued after the run, its start spelt at the run's end.
            for k in range(1, len(after) + 1):
                for spelling, (rest, weight) in self._tails.get(after[:k], {}).items():
                    if self._spelt(edges, start, spelling) == size:
                        self._offer(best, size + 1, (here[0] + weight * (len(spelling) + k), here[1] + 1, [
                            *here[2], _Unit(start, size + k, rest + after[:k], weight,
                                            frozenset(token_of[start:size]))]))
        final = max((b for b in (best[size], best[size + 1]) if b is not None), key=lambda b: (b[0], -b[1]),
                    default=None)
        return final[2] if final is not None else None

    def _words_from(self, edges: list[list[tuple[int, str]]], start: int,
                    here: tuple[float, int, list[_Unit]], best: list[tuple[float, int, list[_Unit]] | None],
                    token_of: list[int]) -> None:
        """Offers every vocabulary word (two syllables or more) spelt from `start`, walking the syllables found."""
        stack: list[tuple[int, tuple[str, ...]]] = [(start, ())]
        while stack:
            at, spelt = stack.pop()
            for end, piece in edges[at]:
                spelling = (*spelt, piece)
                if spelling not in self._prefixes:
                    continue
                word = self._words.get(spelling)
                if word is not None and len(spelling) >= 2:
                    text, weight = word
                    self._offer(best, end, (here[0] + weight * len(spelling), here[1] + 1, [
                        *here[2], _Unit(start, end, text, weight, frozenset(token_of[start:end]))]))
                stack.append((end, spelling))

    @staticmethod
    def _spelt(edges: list[list[tuple[int, str]]], start: int, spelling: tuple[str, ...]) -> int | None:
        """Where `spelling`, spelt from `start` along the syllables found, ends; None when it is not spelt there."""
        at = start
        for piece in spelling:
            if at >= len(edges) or not any(p == piece for _, p in edges[at]):
                return None
            at += len(piece)
        return at

    @staticmethod
    def _offer(best: list[tuple[float, int, list[_Unit]] | None], at: int,
               option: tuple[float, int, list[_Unit]]) -> None:
        current = best[at]
        if current is None or (option[0], -option[1]) > (current[0], -current[1]):
            best[at] = option


def _spellings(word: str, *, every: bool) -> list[tuple[str, ...]]:
    """The toneless spelling of `word` by its characters' first readings, or (`every`) by every reading of each
    character (at most READINGS_MAX)."""
    options = [readings(char) if every else readings(char)[:1] for char in word]
    if not all(options):
        return []
    out = []
    for spelling in product(*options):
        out.append(spelling)
        if len(out) >= READINGS_MAX:
            break
    return out

