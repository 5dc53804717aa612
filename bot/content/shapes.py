"""The shape a Chinese or code-switched message is typed in, read as plain clauses before matching (hundred-and-sixth
round, blind44's and probe89's followers). Pure, no IO; the words are left as they are, only their marks change.

- An aside in brackets, the writer's inner voice (（内心：脑子都写进小说里了）, (OS: 怕烂脸), （小声：怕踩雷）): no
  part of the question, left out (`without_asides`).
- A checklist, CHECKED_MIN ✅ / ☑️ / ✔️ items of context or more, then a ❓ / ❔ item asked ("✅ 昨晚换了新乳液
  ✅ 今早脸红肿 ❓ 怎么处理"): its marks are clause breaks, so the items read as the sentences they are
  (`checklist_as_clauses`).
- Fragments between slashes, two slashes or more between Chinese characters ("收铺先得闲/夜晚九点几/客服几点有人？"):
  the slashes are commas (`slashes_as_commas`); one slash is "or" (男生/女生都能用吗) and keeps its.
- A letter or character typed three times or more, stretched (啊啊啊, 痒痒痒, doooo, plzzzz): once, or twice in a
  Latin word that is a common English word so (gooood: good, cooool: cool); a word that is only the run (www) keeps it
  (`unstretched`).
- Baby talk (叠词): a message with BABY_PAIRS_MIN doubled characters or more that are no everyday reduplicated word
  (到手手, 新新的, 脸脸, 钱钱; EVERYDAY_DOUBLED: 常常, 看看, 痘痘 keep theirs): each such pair typed once
  (`baby_talk_once`).
"""

from __future__ import annotations

import re

from bot.content.words_en import common_words
from bot.text import CJK_RANGES, has_cjk

# the inner voice's markers, simplified and traditional, at an aside's start
_ASIDE = re.compile(r"\s*[（(]\s*(?:内心|內心|os|小声|小聲|心声|心聲|心里话|心裡話|独白|獨白|旁白|碎碎念|吐槽)"
                    r"[^（()）]{0,80}[）)]", re.IGNORECASE)
_CHECKED = "✅☑✔"
_ASKED = "❓❔"
_MARK = re.compile(f"\\s*[{_CHECKED}{_ASKED}]\ufe0f?\\s*")
_CJK_SLASH = re.compile(f"(?<=[{CJK_RANGES}])\\s*[/／]\\s*(?=[{CJK_RANGES}])")
_CJK_RUN = re.compile(f"([{CJK_RANGES}])\\1{{2,}}")
_LATIN_RUN = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
_LATIN_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
CHECKED_MIN = 2  # a list: one ticked item before the question is a remark's mark ("✅ UGG 靴子尺寸不合 ❓ 能退吗")
SLASHES_MIN = 2  # fragments: one slash is an "or" (男生/女生), two or more cut a message into phrases


def without_asides(text: str) -> str:
    """`text` without its bracketed asides of the writer's inner voice (_ASIDE)."""
    return _ASIDE.sub("", text) if "(" in text or "（" in text else text


def checklist_as_clauses(text: str) -> str:
    """A checklist (CHECKED_MIN ticked items or more, an asked one: ❓ / ❔) as clauses, each mark a clause break;
    other text as it is."""
    if not any(mark in text for mark in _ASKED) or sum(text.count(mark) for mark in _CHECKED) < CHECKED_MIN:
        return text
    parts = [part.strip(" ，,。") for part in _MARK.split(text)]
    return "，".join(part for part in parts if part)


def slashes_as_commas(text: str) -> str:
    """Slash-separated Chinese fragments (SLASHES_MIN slashes or more between Chinese characters) as clauses."""
    if len(_CJK_SLASH.findall(text)) < SLASHES_MIN:
        return text
    return _CJK_SLASH.sub("，", text)


def _latin_word(word: str) -> str:
    if _LATIN_RUN.fullmatch(word):
        return word  # www, zzz: the run is the word
    twice = _LATIN_RUN.sub(lambda run: run.group(1) * 2, word)
    return twice if twice.lower() in common_words() else _LATIN_RUN.sub(lambda run: run.group(1), word)


def unstretched(text: str) -> str:
    """`text` with its stretched runs (three or more of one character) typed once (Latin: twice when that is a common
    English word). Only in a message with Chinese: English is read by its own rules."""
    if not has_cjk(text):
        return text
    text = _CJK_RUN.sub(lambda run: run.group(1), text)
    if _LATIN_RUN.search(text) is None:
        return text
    return _LATIN_WORD.sub(lambda word: _latin_word(word.group()) if _LATIN_RUN.search(word.group()) else word.group(),
                           text)


# characters whose doubling is an everyday word, never baby talk (常常, 看看, 妈妈, 痘痘, 哈哈; traditional forms too)
EVERYDAY_DOUBLED = frozenset(
    "常刚慢天谢妈爸宝哥姐弟妹爷奶姥婆公太叔舅姑伯痘看试等好稍渐偏明仅往默悄轻统通纷处时样年日晚夜次人个件星想问说聊"
    "走歇多早快乖哈呵嘻嘿拜单恰屡频久匆淡满紧细万区猩蛐蝈饽剛謝媽爺說個輕統紛處時樣問屢頻滿緊細萬區")
_PAIR = re.compile(f"([{CJK_RANGES}])\\1")
_AABB = re.compile(f"([{CJK_RANGES}])\\1([{CJK_RANGES}])\\2")
BABY_PAIRS_MIN = 2  # one doubled word is ordinary (看看, 好好); two or more unlisted ones are a register


def baby_talk_once(text: str) -> str:
    """A baby-talk message's doubled characters (not EVERYDAY_DOUBLED, nor an AABB word's: 红红痕痕, 干干净净, whose
    doubling is the word's own) typed once; other messages as they are."""
    kept = {i for found in _AABB.finditer(text) for i in range(found.start(), found.end())}
    pairs = [found for found in _PAIR.finditer(text)
             if found.group(1) not in EVERYDAY_DOUBLED and found.start() not in kept]
    if len(pairs) < BABY_PAIRS_MIN:
        return text
    for found in reversed(pairs):
        text = text[:found.start()] + found.group(1) + text[found.end():]
    return text


def plain_shape(text: str) -> str:
    """A Chinese or code-switched message's shape read as plain clauses (the module's five readings); English alone
    and messages with none of the shapes come back as they are."""
    if text.isascii():
        return text
    return baby_talk_once(unstretched(slashes_as_commas(checklist_as_clauses(without_asides(text)))))
