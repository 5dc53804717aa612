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

Hundred-and-ninth round (blind45's cleaners, mushroom traders and mountain guides; probe92):
- 大写 numerals, as in a ledger (贰瓶, 壹佰陆拾元, 叁仟伍佰分): read as the everyday numerals the index knows
  (`everyday_numerals`); 陆, 伍, 拾, 佰, 仟 alone (大陆, 队伍, 拾起) only beside another or before a measure word.
- A fill-in-the-blank ask (一週擦____次, 会员生日月会送____？): a blank before a measure word is 几 (how many); any
  other blank is left out, the sentence around it asks (read as 什么 it weighed on the question: 痘痘肌應該用什麼 lost
  acne-prone); a guess in brackets after it (____（正品）) is the word meant (`blank_asked`).
- A ledger entry (记一笔：面霜贰瓶，共计壹佰陆拾元，寄到温哥华要几天？), told by its lead (记一笔, 记账, 账上)
  or its 大写 numerals: its lead and its item lines (goods and a count, a total, a budget) are a record, no part of
  the question, and are left out when a clause that asks is left (`ledger_asked`).
- What was already tried before the ask (我已經聯絡過…、也寄信過，還是沒人回，要跟誰談合作？): the tries and their
  outcome (还是 / 都 / 但 … 没) are a story, `tried_first` gives the message without them; the matcher reads it only
  when the whole message answers nothing and keeps it only for the entry the whole put first (faq.py), as tries are
  often the matter itself (投過履歷…都沒消息 is the application's status).

Hundred-and-sixteenth round (blind46's villagers, esports players, scaffolders, puppeteers and divers; probe99): the
framing a follower puts before the ask, set aside (`framing_set_aside`), each kind by its own marks:
- a diary's dated line with the weather (11月26日 多云。, 3月2日 阴转小雨。): the date and weather, then a stop;
- a loudspeaker's lead and sign-off (喂喂，现在播报：, 村民们注意：, 各位工友请注意：, … 广播完毕);
- a match commentator's opener (比赛暂停！, 赛前状态播报：, 中场休息！): a match's time, an announcement word, then
  ！ or ：;
- a road report first (屯門公路有意外，塞到元朗。, 獅子山隧道有車壞，車龍好長。): a road, tunnel or bridge and a
  jam, a crash or a closure, in a sentence that asks nothing and names nothing of ours;
- an English weather or sea header before a Chinese ask (Tide: low 0612, swell 1.5m, no dive today. / Frost
  overnight, -4°C.): leading English sentences of the weather;
- a wrong-chat note (发错群了不好意思. 顺便问: …, 发错了, 是给老板的. …): the note and the 顺便问 that turns to us;
  发错了 alone (a wrong item sent: 发错了，颜色不对) is no note and stays;
- a stage direction in brackets first (（打開戲箱）, （偶師沉思）): short, asking nothing, naming no order, no
  opening or skin (（未拆封）, （已下单）, （敏感肌） tell the matter and stay);
- an interruption mid-message, a stall keeper called away ((客人叫我找零…)回來了, …(有人要買涼水，等我)…好，):
  the bracket that says someone wants the writer, and the "back" / "OK" after it.
Only in a message with Chinese; each leaves the message as it is when nothing that asks would be left.
- a Hong Kong simile (好似換竹枝咁，…, 好似儲人工咁儲咗一堆分): `without_simile`, read only when the message as it is
  answers nothing (好似 is also "seems": 好似過期咗咁 tells the matter, and is answered whole).
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


_FORMAL_DIGITS = str.maketrans("壹贰貳叁參弎肆伍陆陸柒捌玖拾佰仟", "一二二三三三四五六六七八九十百千")
_FORMAL_SURE = "壹贰貳叁參弎肆柒捌玖"  # never an everyday word's character (陆 is 大陆's, 伍 队伍's, 拾 拾起's)
_FORMAL_RUN = re.compile("[壹贰貳叁參弎肆伍陆陸柒捌玖拾佰仟零万萬]+")
_MEASURE = ("元块塊个個瓶支斤公斤分天日次岁歲件套张張笔筆样樣小时時点點克盒箱位周週年月%")
_BLANK = re.compile(r"(?:_{2,}|＿{2,})\s*(?:[（(]([^（()）]{1,8})[）)])?")


def _formal(run: re.Match[str]) -> str:
    found = run.group()
    after = run.string[run.end():run.end() + 1]
    if any(c in _FORMAL_SURE for c in found) or len(found.strip("零万萬")) >= 2 or (after and after in _MEASURE):
        return found.translate(_FORMAL_DIGITS)
    return found


def everyday_numerals(text: str) -> str:
    """`text` with its 大写 numerals (a ledger's 贰瓶, 壹佰陆拾元) as everyday ones (二瓶, 一百六十元)."""
    if not any(c in text for c in "壹贰貳叁參弎肆伍陆陸柒捌玖拾佰仟"):
        return text
    return _FORMAL_RUN.sub(_formal, text)


def _blank(found: re.Match[str]) -> str:
    if found.group(1):
        return found.group(1)  # the writer's guess: ____（正品）
    after = found.string[found.end():found.end() + 1]
    return "几" if after and after in _MEASURE else ""


def blank_asked(text: str) -> str:
    """A fill-in-the-blank ask's blanks (____): 几 before a measure word, the writer's bracketed guess after one, else
    nothing."""
    if "__" not in text and "＿＿" not in text:
        return text
    return _BLANK.sub(_blank, text)


_LEDGER_LEAD = re.compile(r"^\s*(?:另)?(?:记一笔|記一筆|记账|記賬|記帳|账上|賬上|帳上|记下|記下)(?:记着|記著)?"
                          r"\s*[：:，,]?\s*")
# goods and a count, no verb among them (碎了壹瓶, 购面霜贰瓶 tell what happened: kept); a total or a budget
_NUMBER = "(?:[一二两兩三四五六七八九十百千万萬零]+|\\d+)"
_ITEM_LINE = re.compile(f"^(?:(?:(?![了过過购購买買收装裝碎漏坏壞退换換破送寄用])[{CJK_RANGES}]){{0,6}}?{_NUMBER}"
                        f"(?:瓶|支|套|件|盒|箱|样|樣)"
                        f"|(?:共计|共計|合计|合計|总计|總計|金额|金額|预算|預算|计|計)[{CJK_RANGES}]{{0,4}}?{_NUMBER}"
                        f"(?:元|块|塊))$")
_ASKS = re.compile("[?？]|吗|嗎|几|幾|多少|怎么|怎麼|咋|啥|什么|什麼|能不能|可不可以|能否|何|谁|誰|哪|边度|邊度|"
                   "点样|點樣")
_CLAUSE = re.compile("([，,。；;])")


def ledger_asked(text: str, formal: bool) -> str:
    """A ledger entry's ask: its lead and its item lines (_ITEM_LINE) left out, when it is one (a lead, or `formal`:
    大写 numerals were typed) and a clause that asks is left; other text as it is."""
    lead = _LEDGER_LEAD.match(text)
    if lead is None and not formal:
        return text
    body = text[lead.end():] if lead is not None else text
    parts = _CLAUSE.split(body)  # clauses and their marks, alternately
    kept = "".join(part + mark for part, mark in zip(parts[::2], [*parts[1::2], ""], strict=True)
                   if _ITEM_LINE.match(part.strip()) is None)
    if not _ASKS.search(kept):
        return text
    return kept


_TRIED = re.compile("(?:已经|已經)[^，,、。；;]*[过過]|^\\s*也[^，,、。；;]*[过過]")
_TRIED_OUTCOME = re.compile("^\\s*(?:还是|還是|都|但是?|可是|仍然|依然)[^，,、。；;]*(?:没|沒|不|找不到|搞不懂)")
_CLAUSE_ANY = re.compile("([，,、。；;])")


def tried_first(text: str) -> str:
    """`text` without its tries (_TRIED clauses) and their outcome (_TRIED_OUTCOME, right after a try), when it has
    both and something is left that asks; else ""."""
    if "过" not in text and "過" not in text:
        return ""
    parts = _CLAUSE_ANY.split(text)
    kept, tried, outcome = [], False, False
    for part, mark in zip(parts[::2], [*parts[1::2], ""], strict=True):
        if _TRIED.search(part):
            tried = True
        elif tried and _TRIED_OUTCOME.match(part):
            outcome = True
        else:
            kept.append(part + mark)
    rest = "".join(kept).strip(" ，,、")
    return rest if tried and outcome and _ASKS.search(rest) else ""


# Hundred-and-fifteenth round (blind46's English misses read as kinds of message structure; probe98): framing lines
# around an English ask, the message's format and not its matter. Read whole, their words diluted the ask or pulled
# another entry ("Hi, caller from Auckland. My CV is all chainsaw tickets … how should I write it up …? I'll take it
# off air." answered nothing; without its greeting and sign-off it is the CV's):
# - a call to a radio or podcast show: a greeting with "caller (here) from <place>", "first-time caller", "long-time
#   listener" at the start, a sign-off "I'll hang up and listen", "(I'll take it) off air (is fine)", "I'll hold",
#   "over to you" at the end, and "Question for the panel:" before the ask (`_CALL_OPEN`, `_CALL_CLOSE`, _PANEL);
# - a stand-up update's labels (Yesterday: / Today: / Blocker: ..., two of them or more): the lines are the context
#   and the Blocker line the ask, read as the sentences they are (`_STANDUP`); a Blocker line that says none
#   ("Blocker: none, all good") asks nothing, and the update is read as typed (`_NO_BLOCKER`);
# - an "Edit:" / "Update:" line's label: the line sharpens the ask or adds a detail to it; one that opens with "or"
#   or "and" after a question ("Can I pay with Apple Pay? Edit: or Amex …", "What does delivery run? EDIT: and is
#   there an amount where it's free?") continues that question (`_EDIT`, `_EDIT_OR`).
# A caller's message that says only its news ("… just ringing to say the frost was a sight. That's all, cheers.")
# still asks nothing without its greeting.
_GREETING_EN = (r"(?:yeah|yes|yep|oh|um|hi|hiya|hello|hey|g'?day|morning|evening|afternoon|good (?:morning|afternoon|"
                r"evening|day))(?:\s+(?:mate|all|everyone|folks|team|there|guys|listeners))?")
_CALLER = (r"(?:a |this is a |just a )?(?:long[- ]?time listener|first[- ]?time caller|regular caller|"
           r"(?:regular |long[- ]?time )?(?:caller|listener))(?: here)?(?: from [^,.!?\n]{1,40})?")
_CALL_OPEN = re.compile(rf"^\s*(?:{_GREETING_EN}\s*[,.!]?\s*)*(?:{_CALLER}\s*(?:[,.!]+|\band\b)?\s*)+",
                        re.IGNORECASE)
_SIGN_OFF = (r"(?:i'?ll|i will|will) (?:hang up and listen|take (?:it|that|my answer|the answer|your answer|the reply) "
             r"off(?: the)? air|listen off(?: the)? air|hold|stay on the line)"
             r"|(?:happy to take it |i'?m happy )?off(?: the)? air(?:'s| is)?(?: fine| ok| okay| good)?"
             r"|over to you")
_COURTESY = r"(?:thanks?(?: mate)?|cheers(?: mate)?|ta)"
_CALL_CLOSE = re.compile(rf"(?:\s*(?:{_SIGN_OFF}|{_COURTESY})\s*[,.!]*)*\s*(?:{_SIGN_OFF})\s*[,.!]*"
                         rf"(?:\s*{_COURTESY}\s*[,.!]*)*\s*$", re.IGNORECASE)
_PANEL = re.compile(r"\bquestion (?:for|to) (?:the )?(?:panel|show|experts?|hosts?|team|studio)\s*[:,-]\s*",
                    re.IGNORECASE)
_STANDUP = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?]\s))\s*(?:yesterday|today|tomorrow|blockers?|blocked(?: on| by)?)"
                      r"\s*:\s*", re.IGNORECASE)
STANDUP_MIN = 2  # one "Today:" is a line's label by chance; two or more labels are a stand-up's
_EDIT = re.compile(r"(?:^|(?<=[.!?\n])|(?<=[.!?]\s))\s*(?:edit|edited|update|updated)(?: ?\d)?\s*:\s*",
                   re.IGNORECASE)
_EDIT_OR = re.compile(r"\?\s*(?:edit|edited|update|updated)(?: ?\d)?\s*:\s*(?=(?:or|and)\b)", re.IGNORECASE)
# a Blocker line that says there is none: the stand-up asks nothing, and its lines are read as typed
_NO_BLOCKER = re.compile(r"\bblockers?\s*:\s*(?:none|nothing|nil|n/?a|no blockers?|all good|no)\b", re.IGNORECASE)


def _sentence_break(found: re.Match[str]) -> str:
    before = found.string[:found.start()].rstrip()
    return " " if not before or before[-1] in ".!?" else ". "


def plain_frame(text: str) -> str:
    """An English message without its framing (see above): a call's greeting and sign-off, a panel's label, a
    stand-up's and an edit's labels; "" when it has none of them, or nothing is left."""
    if has_cjk(text):
        return ""
    framed = text
    opened = _CALL_OPEN.match(framed)
    if opened is not None:
        framed = framed[opened.end():]
    framed = _PANEL.sub("", _CALL_CLOSE.sub("", framed))
    if len(_STANDUP.findall(framed)) >= STANDUP_MIN and _NO_BLOCKER.search(framed) is None:
        framed = _STANDUP.sub(_sentence_break, framed)
    framed = _EDIT.sub(_sentence_break, _EDIT_OR.sub(" ", framed)).strip(" ,.")
    return framed if framed != text.strip(" ,.") and any(ch.isalpha() for ch in framed) else ""

# --- framing set aside (hundred-and-sixteenth round; see the module's docstring) ---
_WEATHER_ZH = "晴阴陰云雲雨雪雾霧风風霾雹霜"
_DIARY = re.compile(f"^\\s*(?:\\d{{4}}年)?\\d{{1,2}}月\\d{{1,2}}[日号號]\\s*"
                    f"(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?\\s*)?"
                    f"(?=[^。.，,！!]{{0,8}}[{_WEATHER_ZH}])[{_WEATHER_ZH}多转轉小中大雷阵陣暴冰凉涼热熱冷闷悶有间間]{{1,8}}"
                    f"\\s*[。.，,！!]\\s*")
_CALLED = "(?:村民|乡亲|鄉親|工友|同学|同學|居民|街坊|职工|職工|员工|員工|社员|社員|老乡|老鄉)"
_LOUDSPEAKER_LEAD = re.compile(
    "^\\s*(?:(?:喂{2,}|喂(?=[，,、：:\\s]))[，,、！!：:\\s]*"
    "|(?:现在|現在)?(?:播报|播報|广播|廣播|通知)(?:一下|一条|一條)?[：:！!，,]\\s*"
    f"|(?:各位|全体|全體|广大|廣大)?{_CALLED}(?:们|們)?(?:请|請)?注意(?:了|啦|咯)?[！!，,：:。]\\s*"
    "|(?:大家|各位)(?:请|請)?注意(?:了|啦|咯)?[！!，,：:。]\\s*"
    "|(?:现在|現在)(?:播报|播報|广播|廣播)(?:一下|一条|一條)?[：:！!，,]?\\s*)+")
_LOUDSPEAKER_END = re.compile("[，,。！!\\s]*(?:广播|廣播|播报|播報|通知)(?:完毕|完畢)[。！!\\s]*$")
_COMMENTARY = re.compile("^\\s*(?:(?:比赛|比賽|赛前|賽前|赛后|賽後|中场|中場|[上下]半场|[上下]半場|半场|半場|战况|戰況"
                         "|赛况|賽況|场边|場邊)[^！!：:，,。？?]{0,4}?"
                         "(?:暂停|暫停|休息|结束|結束|开始|開始|播报|播報|快讯|快訊|采访|採訪|报道|報道|直播|解说|解說)"
                         "[！!：:]+\\s*)+")
_ROAD = ("(?:公路|隧道|大橋|大桥|天橋|天桥|走廊|高速|幹線|干线|快速路|環路|环路|巴士|小巴|地鐵|地铁|港鐵|港铁|輕鐵|轻铁"
         "|電車|电车|渡輪|渡轮|收費亭|收费站|過海|过海)")
_JAM = ("(?:意外|塞車|塞车|塞到|堵车|堵車|堵到|封路|封咗|封了|車壞|车坏|壞車|坏车|停駛|停驶|停航|車龍|车龙|事故"
        "|擠塞|挤塞|慢車|慢车|大風|大风|改道|延誤|延误|暫停|暂停)")
_ROAD_JAMMED = (re.compile(_ROAD), re.compile(_JAM))  # a sentence reports a road when it names both
_OURS_ZH = re.compile("你们|你們|你哋|妳們|单|單|寄|货|貨|快递|快遞|包裹|订|訂|买|買|积分|積分|会员|會員")
_SENTENCE_ZH = re.compile("(?<=[。！!])")
_WEATHER_EN = re.compile(r"\b(?:tide|tides|swell|wind|winds|windy|gale|gusts?|rain|raining|rainy|showers?|snow|snowing|"
                         r"hail|fog|foggy|mist|frost|frosty|sunny|sun|cloudy|overcast|drizzle|storm|stormy|thunder|"
                         r"vis|visibility|humid|humidity|uv|heatwave|heat|freezing|degrees|\d+\s?kn|\d+\s?knots?|"
                         r"\d+\s?°\s?[cf]?|-?\d+\s?c)\b|°", re.IGNORECASE)
_PERSONAL_EN = re.compile(r"\b(?:i|im|i'm|my|me|you|your|u|ur|we|our|us|order|parcel|package|skin|face)\b",
                          re.IGNORECASE)
_EN_SENTENCE = re.compile(r"(?<=[.!])\s+")
_FIRST_CJK = re.compile(f"[{CJK_RANGES}]")
_ENDS_STATED = re.compile(r"[.!]$")
_WRONG_CHAT_THEN = re.compile("^[^?？]{0,30}?(?:发|發)错(?:了|咗)?(?:群|人|地方|对象|對象|窗口)?(?:了|咗)?[^?？]{0,30}?"
                              "顺便(?:问|問)?(?:一下|一句|下)?[：:，,。.\\s]*")
_WRONG_CHAT = re.compile("^[^?？，,。.]{0,12}?(?:发|發)错(?:了|咗)?(?:群|人|窗口)(?:了|咗)?"
                         "[^?？。.!！]{0,12}[。.!！，,\\s]+"
                         "|^[^?？，,。.]{0,12}?(?:发|發)错(?:了|咗)[，,。.\\s]*(?:这|這|那)?(?:条|條|个|個|句)?"
                         "(?:是|係)(?:给|給|发给|發給|發俾|发俾|俾)[^。.!！?？]{1,12}?(?:的|嘅)[。.!！，,\\s]+")
_STAGE = re.compile("^\\s*[（(]([^（()）]{1,10})[)）]\\s*")
_STAGE_TELLS = re.compile("[单單货貨拆封寄退换換订訂买買未没沒冇唔不新痘敏油干乾肤膚肌脸臉孕急]")
_INTERRUPTED = re.compile("[…\\.。～~]*\\s*[（(][^（()）]{0,20}?"
                          "(?:等我|等一下|等等|稍等|先去|我去|去一下|叫我|在叫|客人|有人來|有人来|有人要)[^（()）]{0,20}[)）][…\\.。～~]*\\s*(?:(?:回來了|回来了|好了|好|ok|OK)[，,。！!…~～]*)?")


_ASKS_EN = re.compile(r"\b(?:how|what|when|where|which|who|why|can|could|do|does|is|are|any)\b", re.IGNORECASE)
# A-not-A (加没加, 有没有), Cantonese 咩 and 點 + a verb (點寫, 點申請): asks, the question marks may be gone
_ASKS_ZH_MORE = re.compile("(?P<x>[\u4e00-\u9fff])[没沒不唔冇](?P=x)|咩|(?<![一两兩幾几半])[點点](?=[\u4e00-\u9fff])")


def _asks(text: str) -> bool:
    return _ASKS.search(text) is not None or _ASKS_EN.search(text) is not None \
        or _ASKS_ZH_MORE.search(text) is not None


def _road_report(text: str) -> str:
    """`text` without its leading sentences that report a road (_ROAD and _JAM, asking nothing, naming nothing of
    ours), when something that asks is left; else as it is."""
    sentences = [s for s in _SENTENCE_ZH.split(text) if s]
    k = 0
    while k < len(sentences) - 1 and all(words.search(sentences[k]) for words in _ROAD_JAMMED) \
            and not _asks(sentences[k]) and not _OURS_ZH.search(sentences[k]):
        k += 1
    rest = "".join(sentences[k:]).strip()
    return rest if k and _asks(rest) else text


def _weather_header(text: str) -> str:
    """A code-switched message without its leading English sentences of the weather (_WEATHER_EN, no question mark),
    when Chinese that asks follows; else as it is."""
    first = _FIRST_CJK.search(text)
    if first is None or first.start() == 0:
        return text
    head = text[:first.start()]
    sentences = _EN_SENTENCE.split(head.strip())
    k = 0
    while k < len(sentences) and _ENDS_STATED.search(sentences[k]) and "?" not in sentences[k] \
            and _WEATHER_EN.search(sentences[k]) and not _PERSONAL_EN.search(sentences[k]):
        k += 1
    if not k:
        return text
    rest = (" ".join(sentences[k:]) + " " + text[first.start():]).strip()
    return rest if _asks(rest) else text


def _stage_direction(text: str) -> str:
    found = _STAGE.match(text)
    if found is None or _asks(found.group(1)) or _STAGE_TELLS.search(found.group(1)):
        return text
    rest = text[found.end():]
    return rest if has_cjk(rest) and _asks(rest) else text


def framing_set_aside(text: str) -> str:
    """`text` without the framing before (or around) its ask (see the module's docstring: a diary's date and
    weather, a loudspeaker, a commentator's opener, a road report, an English weather header, a wrong-chat note, a
    stage direction, an interruption); as it is when it has none, or when nothing that asks would be left."""
    if not has_cjk(text):
        return text
    read = _weather_header(text)
    for lead in (_DIARY, _LOUDSPEAKER_LEAD, _COMMENTARY, _WRONG_CHAT_THEN, _WRONG_CHAT):
        found = lead.match(read)
        if found is not None and found.end() and _asks(read[found.end():]):
            read = read[found.end():]
    signed_off = _LOUDSPEAKER_END.sub("", read)
    if signed_off != read and _asks(signed_off):
        read = signed_off
    read = _stage_direction(_road_report(read))
    interrupted = _INTERRUPTED.sub("，", read).strip("，")
    if interrupted != read and _asks(interrupted):
        read = interrupted
    return read.strip() or text


_SIMILE = re.compile("(?:就)?好似[^，,。？?！!；;]{1,14}?(?:咁|噉)(?:樣|样)?[，,]?")


def without_simile(text: str) -> str:
    """`text` without its Cantonese similes (好似 … 咁), when something that asks is left; else ""."""
    if "好似" not in text:
        return ""
    rest = _SIMILE.sub("", text).strip(" ，,")
    return rest if rest != text and _asks(rest) else ""


def plain_shape(text: str) -> str:
    """A Chinese or code-switched message's shape read as plain clauses (the module's readings); English alone and
    messages with none of the shapes come back as they are."""
    if text.isascii():
        return text
    everyday = everyday_numerals(text)
    text = blank_asked(ledger_asked(everyday, everyday != text))
    return baby_talk_once(unstretched(slashes_as_commas(checklist_as_clauses(without_asides(text)))))
