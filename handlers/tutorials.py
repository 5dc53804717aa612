"""Mini courses, one lesson at a time, remembering per member where they are.

Words: 教程 / tutorial / 课程 / 小课堂 / course show the series (a menu; a digit or a click picks one);
a series' name or alias ("敏感肌护肤入门", "winter skincare"), or a tutorial word with one of its
keywords ("冬天 教程"), starts or continues that series; 下一课 / 继续 / next continues the current one, and so does
"还有吗" / "any more?" right after a lesson (the lesson is the last thing shown: the pending "menu" of kind
`lesson`, as the shop's one product; it got "I don't know", verify16). A lesson asked by its number, as the whole
message ("第2课", "重看第一课", "what was lesson 1 again", "上一课", "final lesson"), is that lesson of the current
series (the member's place moves there, as turning to a page); "how many lessons are there" / "一共几课" is the menu,
which gives every series' length and the member's place (both got the unsubscribe answer). "When is the next lesson"
says it is ready now (the series go at the member's pace) and which it is; "send the lesson again" is the one shown
last.

While the series menu is pending, a word of one series' name or keywords with only "the ... one" / 那个 around it
picks it as its number does ("the job one", "求职那个").

Member fields: "tu:<series id>" = how many lessons of that series were sent (the next lesson's
index), "tc" = the current series. Tags: `tutorial:<id>` when a series starts, `tutorial_done:<id>`
after its last lesson. At the end it says so and suggests a series not yet finished.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any, ClassVar

from bot.content.lexicon import read_dialect
from bot.content.model import Content, Lesson, TutorialSeries
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Image, MiniProgram, Outbound, Text
from bot.pending_menu import pending_menu_shown_at
from bot.router import Match, Result
from bot.text import longest_first
from handlers.common import (
    MENU_FIELD,
    MORE_ASKS,
    PICKED_FROM_FIELD,
    brand_text,
    contains_term,
    is_text,
    list_step,
    menu_choice,
    menu_fields,
    menu_or_text,
    number_word,
    numbered,
    only_filler,
    pending_menu,
    picked_fields,
    remove_term,
    reply_locale,
    steps_along_a_pick,
    steps_from_an_item,
    terms,
)
from handlers.follow_up import FOLLOW_FIELD, asks_again, remembered_answer, unspaced
from handlers.links import link, product_for_page, source, tracked_page, tracked_url

MENU_KIND = "tut"
LESSON_KIND = "lesson"  # the lesson shown last, whose series "还有吗" continues
CURRENT_FIELD = "tc"
# 教学 (教學: Hong Kong's word for a tutorial, "有冇教學") and 下一堂 / 下节课 (the next class) as followers say them:
# "有冇課程" got how to unsubscribe, "護膚教學" the men's skincare answer, "下一堂" "I don't know" (lead23).
MENU_WORDS = frozenset({"教程", "课程", "小课堂", "护肤课", "教学", "护肤教学", "tutorial", "tutorials", "course",
                        "courses", "lessons", "mini course", "mini courses", "classes", "skincare classes",
                        "skincare class"})
NEXT_WORDS = frozenset({"下一课", "下一节", "下一讲", "下节课", "下一节课", "下一堂", "下一堂课", "下堂课", "继续",
                        "继续学习", "next", "next lesson", "continue"})
# A next word said politely, as a whole message ("下一课吧", "继续吧", "next please", "next one"): next too.
NEXT_ASKS = re.compile("(?:" + "|".join(re.escape(w) for w in sorted(NEXT_WORDS, key=len, reverse=True)) + ")"
                       r" ?(?:吧|呀|啊|哦|嘛|谢谢|please|pls|plz|thanks|one|1 please)")
# Asking for the courses in one's own words, as a whole message (normalised text: bot.text.terms), Chinese, English
# or both ("教程怎么开始", "tutorial please", "有没有课程", "how do i start the tutorial"): the menu too. Whole message
# only, so a question about a course's content or a product ("课程收费吗", "how long is the retinal course") stays
# the FAQ's.
_COURSE = (r"(?:教程|课程|小课堂|课堂|护肤课|护肤教学|教学|tutorials?|courses?|lessons|mini courses?"
           r"|(?:skincare |skin care )?classes|skincare class|skin care class)")  # "any classes?" (lead24)
_ZH_END = r"(?:吧|呀|啊|呢|吗|哦|嘛|谢谢|thanks|please|pls)?"
_POLITE = r"(?:please |pls |plz )?"
TUTORIAL_ASKS = re.compile("|".join((
    rf"(?:请|麻烦)?(?:给我|发我|发给我|发一下|来点|我想看|我想学|我要看|我要学|我要|我想要|想看|想学|看看|看一下|看下|给我看看)"
    rf"(?:你们的?)? ?{_COURSE} ?{_ZH_END}",
    rf"(?:请问 ?)?(?:你们|你哋|你地)?(?:有|有没有|有冇)(?:什么|啥|哪些|咩|乜嘢|啲)? ?{_COURSE} ?"
    r"(?:吗|呀|呢|可以看|可以学|睇|㗎|啊|嘛)?",
    rf"{_COURSE} ?(?:有哪些|有什么|怎么(?:开始|看|学|上)|在哪(?:里|儿)?(?:看)?|从哪(?:里|儿)?开始) ?(?:呀|啊|呢|吗)?",
    rf"(?:请问 ?)?怎么(?:开始|看|学|上) ?{_COURSE} ?(?:呀|啊|呢)?",
    r"(?:我)?(?:想|要)(?:去)?上(?:护肤)?课(?:呀|啊|呢|吧)?",  # "我想上课": the courses (lead24)
    rf"{_COURSE} ?(?:please|pls|plz|thanks|谢谢|吧|呀)",
    rf"{_POLITE}(?:show me|send me|give me|can i see|can i get|can i have|i want|id like|i would like|can you send me)"
    rf" (?:the |your |some |a |any )?{_COURSE}(?: please| pls| thanks)?",
    r"how (?:do|can) i (?:start|begin|take|get|find|see|do|join) (?:the |your |a |some )?"
    rf"(?:free )?{_COURSE}",
    rf"(?:do you have|are there|got|have you got|any) (?:any )?(?:free )?{_COURSE}",
    # wanting to learn skincare itself, with no course named ("i want to learn skincare", "我想学护肤"): the courses
    r"(?:i want to|i wanna|id like to|i would like to|how (?:can|do) i|teach me(?: how)? to|help me) learn"
    r" (?:about )?(?:skincare|skin care|how to take care of my skin)(?: please| pls)?",
    r"(?:我)?(?:想|要)?学(?:习)?(?:一下|下)?护肤(?:知识)?(?:呀|啊|呢|吧)?|教(?:我|下我|一下我)护肤(?:吧|呀|啊)?",
    rf"where (?:are|is|can i find|do i find) (?:the |your )?{_COURSE}",
    # another course than the one in progress ("换一个课程", "switch course", "i want a different course"): the courses,
    # with each one's place. They got how to unsubscribe, the bot's languages, the product exchange answer (lead26)
    rf"(?:我)?(?:想|要)?换(?:一个|一门|个|门|别的|其他|另一个|另一门|一下)?(?:的)? ?(?:{_COURSE}|课) ?"
    r"(?:吧|呀|啊|呢|可以吗|行吗)?",
    rf"(?:还有|有|有没有)?(?:其他|别的|其它)(?:的)? ?(?:{_COURSE}|课) ?(?:吗|呢|有吗|呀)?",
    rf"(?:i want to |i wanna |can i |could i |let me |id like to )?(?:switch|change|move)(?: to)?"
    rf" (?:a |another |the |my |to a |to another )?(?:different |other |another |new )?{_COURSE}(?: please| pls)?",
    rf"(?:i want|id like|i would like|can i (?:do|take|have|try|get)|show me|give me) (?:a |another |some )?"
    rf"(?:different|other|another|new) {_COURSE}(?: please| pls)?",
    rf"(?:any )?(?:other|another|different) {_COURSE}(?: please| pls)?",
)))

# A yes to the course the last answer offered, as the whole message (normalised): "yes", "yes please", "sure, let's
# start", "好啊，开始吧", "好呀". An FAQ answer with a course ends "Want to learn more? Reply "Winter Barrier Rescue" to
# start the mini course." (handlers/qa.py TUTORIAL_HINT); the yes to it got the acknowledgement ("👌 Anything else,
# just ask"), "I don't know" (noted as a question the FAQ lacks) or the retinal's how-to ("开始" read as starting a
# retinoid) (lead50). "ok" / "好的" / "嗯" alone stay acknowledgements: they close an answer as often as they take an
# offer, and the offer stands ("Reply ..." is still there to say).
_YES_EN = (r"(?:yes|yeah|yep|yup|yea|sure|sure thing|definitely|absolutely|of course|why not|sounds good"
           r"|that sounds good|id like that|i would like that|id love that|id love to|im interested|i am interested"
           r"|i want to|i do)")
_LETS_START = r"(?:lets|let s) (?:start|go|do it|begin|do this|learn)"
YES_ASKS = re.compile("|".join((
    rf"(?:(?:ok|okay|oh|great|cool) )?{_YES_EN}(?: please| thanks| thank you)?(?: {_LETS_START}| start(?: it)?)?",
    rf"(?:(?:ok|okay|yes|sure|yeah|great|cool) )?{_LETS_START}(?: please)?",
    r"(?:(?:ok|okay|yes|sure) )?(?:start it|start the course|sign me up|go ahead)(?: please)?",
    r"(?:好|好的|嗯|嗯嗯|行|可以|是的|对|ok) ?(?:开始吧|开始|来吧|学吧|发吧|发来吧|发给我吧)",
    r"(?:好啊|好呀|好哇|好嘞|好吖|好喔|好哦|要|要的|要啊|要呀|想|想要|想学|要学|当然|当然要|好想学|可以啊|可以呀|行啊"
    r"|好的呀|好的啊)(?: ?(?:开始吧|开始|来吧|学吧|谢谢))?",
)))


# A lesson asked by its number or place, as the whole message (normalised: bot.text.terms). `n` a number (digits,
# Chinese or English words), `last` the final lesson, `prev` the one before the lesson shown last.
_ZH_NUMBER = "[0-9一二两三四五六七八九十]+"
_EN_NUMBER = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth"
_ZH_LESSON = "(?:课|节|讲|堂)"
LESSON_ASKS = re.compile("|".join((
    rf"(?:请|麻烦)?(?:我)?(?:想|要)?(?:重看|再看|重新看|回看|复习|回到|跳到|看|发|给我|再发|重发|重温)?(?:一下|一次|一遍)?"
    rf"(?:第 ?(?P<zn>{_ZH_NUMBER}) ?{_ZH_LESSON}|(?P<zlast>最后一{_ZH_LESSON})|(?P<zprev>上一{_ZH_LESSON}))"
    rf"(?:课)?(?:的内容)?(?:是什么|讲什么|讲的什么|讲了什么|说了什么|再发一次|再发一遍|再发一下|重发一下)?"
    r"(?:吧|呀|啊|呢|吗|嘛|谢谢)?",
    r"(?:can i |could i |can you |could you |pls |please )?(?:see |show me |send |resend |send me |give me |repeat "
    r"|replay |go back to |back to |skip to |jump to |go to |what was |whats |what is |read |redo |review |i missed )?"
    rf"(?:the )?(?:(?:lesson|class|part) (?P<en>{_EN_NUMBER})"
    r"|(?P<eord>first|second|third|fourth|fifth) (?:lesson|class)|(?P<elast>final|very last) (?:lesson|class)"
    r"|(?P<eprev>previous|prev) (?:lesson|class))"
    r"(?: again)?(?: please| pls| plz| thanks)?(?: again)?",
    # a course word and a number ("tutorial 3", "教程3", "课程第二课", "course #2"): the lesson of the member's series,
    # else the menu; it got "I don't know" (verify19)
    rf"(?:请|麻烦)?(?:我)?(?:想|要)?(?:看|发|给我)?(?:教程|课程|小课堂) ?(?:第 ?)?(?P<zc>{_ZH_NUMBER}) ?"
    rf"(?:{_ZH_LESSON}|个)?"
    r"(?:吧|呀|啊|呢|吗|嘛|谢谢)?",
    r"(?:can i |could i |can you |could you |can u |could u |pls |please )?"
    r"(?:see |show me |send |send me |give me |go to |start |have )?"
    rf"(?:the )?(?:(?:tutorial|course|mini course)(?: number| no| lesson)? (?P<ec>{_EN_NUMBER})"
    r"|(?P<eco>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) (?:tutorial|course|mini course))"
    r"(?: please| pls| plz| thanks)?",
)))
# How many lessons or courses there are, as the whole message: the menu gives every series' length and the
# member's place in it.
HOW_MANY_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:这个|这门|你们的?)?(?:课程|教程|小课堂)?(?:一共|总共|一共有|总共有|还有|还剩|有)"
    r"几(?:节|课|讲|门|堂)(?:课|课程)?(?:呀|啊|呢|吗|嘛)?",
    r"how many (?:more )?(?:lessons|classes|courses|tutorials|mini courses)(?: are (?:there|left)| left| do you have"
    r"| is it| in (?:total|it|the course|this course|each course))?(?: again)?",
)))
# Where the member is, as the whole message ("what lesson am i on", "my progress", "我学到第几课了", "学到哪了",
# "我上到边课"): the menu, which gives each series' place (2/4 done). "what lesson am i on" got the unsubscribe answer
# (lead25).
PROGRESS_ASKS = re.compile("|".join((
    # a verb of learning is needed: "到哪了" alone asks where a parcel is
    r"(?:请问 ?)?(?:我)?(?:现在|而家|目前)?(?:学|上|睇|看)(?:到|咗到)(?:了)?"
    r"(?:第几|第幾|几|边|哪|哪里|哪儿|边度|边课|哪一)(?:课|节|讲|堂|度|里|儿|个)?(?:了)?(?:呀|啊|呢|吗|嘛|啦|㗎)?",
    r"(?:我的|我嘅)?(?:课程|学习|小课堂|上课)进度(?:呢|呀|是多少|怎么样|如何)?",
    r"(?:what|which) (?:lesson|class|part) (?:am i|i m|im) (?:on|at|up to)(?: now| again)?",
    r"where (?:was i|did i stop|did i leave off)(?: (?:in|up to|at) (?:the )?(?:course|lessons|tutorial))?(?: again)?",
    r"where (?:am i|i m|im) (?:in|up to|at) (?:the |my )?(?:course|lessons|tutorial)",
    r"(?:my|check my|show me my|whats my|what is my) (?:course |lesson |tutorial |learning )progress(?: please| pls)?",
)))
MY_PROGRESS = re.compile(r"(?:my|check my|show me my|whats my|what is my) progress(?: please| pls)?")
# When the next lesson comes, as the whole message ("下一课什么时候发", "when is the next lesson coming"): the
# series here go at the member's pace, so it is ready now (下一课什么时候发 got the shipping-time answer, "when is the
# next lesson coming" the unsubscribe one).
NEXT_WHEN_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:那)?(?:下一课|下节课|下一节|下一讲|下一节课|下一堂)(?:什么时候|啥时候|几时|何时|哪天)"
    r"(?:发|来|到|有|更新|出|上|开始|推送)?(?:呀|啊|呢|吗|嘛)?",
    r"when (?:is|s|will|does|do i get|can i get|do we get|does it) (?:the |my )?next (?:lesson|class|tutorial|part)"
    r"(?: come| coming| come out| out| arrive| be out| be sent| sent| start)?",
    r"whens (?:the |my )?next (?:lesson|class|tutorial|part)(?: coming| out| due)?",
    # Whether there is one ("is there a next lesson" got the unsubscribe answer, lead28), after praise of the last
    # ("the lesson was great thanks, is there a next one": you're welcome)
    r"(?:is there|theres|there is|will there be|are there|do you have|got|any) (?:a |another |the |any )?"
    r"(?:next|more|another) (?:lesson|class|tutorial|part)s?(?: after this| after that| coming)?",
    r"(?:the|that|this|todays|today s) (?:lesson|class|tutorial) (?:was|is) (?:so |really |very )?"
    r"(?:great|good|helpful|useful|amazing|awesome|nice|interesting)(?: thanks| thank you| thx)? "
    r"(?:is there|theres|will there be|are there|any) (?:a |another |any )?(?:next|more|another)(?: one| ones)?",
    r"(?:any )?more lessons",
    r"(?:请问 ?)?(?:那)?(?:还有|有)(?:下一课|下节课|下一节|下一讲|下一节课|下一堂)(?:吗|嘛|么|没有|没|不)",
)))
NEXT_READY = {"zh": "课程按你的节奏学，下一课已经准备好：回复【下一课】看第 {number}/{total} 课「{title}」。",
              "en": 'Lessons go at your pace, so the next one is ready now: reply "next" for lesson {number}/{total}, '
                    '"{title}".'}
# The lesson again, as the whole message ("can u send the tutorial again", "再发一次这节课"): the one shown last.
AGAIN_ASKS = re.compile("|".join((
    r"(?:请|麻烦)?(?:再发|重发|再看|重新发)(?:一次|一遍|一下)?(?:这节课|这一课|这课|刚才的课|上次的课|课程|教程|这节|那节课)"
    r"(?:吧|呀|啊|呢|吗|嘛|谢谢)?",
    r"(?:can you |can u |could you |could u |pls |please )?(?:send|resend|show|give)(?: me)?"
    r" (?:the |that |this |my |todays |the last |my last )?(?:lesson|tutorial|class)(?: again)(?: please| pls| plz)?",
)))
# Skipping the lesson of the member's series, as the whole message ("skip", "skip this one", "跳过这课"): the next
# lesson; starting the series over ("restart", "start from the beginning", "重新开始", "从头学", "由头嚟过"): lesson 1,
# the place moved back. Only with a series of the member's own (_own_series); "restart" got the FAQ's how to start
# a retinoid, "skip" and "从头开始" "I don't know" (lead23).
SKIP_ASKS = re.compile("|".join((
    r"(?:跳过|略过|跳)(?:这课|这节|这一课|这一节|这节课|这个|呢课|呢堂)?(?:吧|呀|啊|哦|啦|得唔得|可以吗)?",
    r"(?:can i |can we |could i |let me |lets |pls |please )?skip(?: it| this| this one| this lesson| that| that one"
    r"| the lesson| lesson| ahead| to the next(?: one| lesson)?)?(?: please| pls| plz| thanks)?",
)))
RESTART_ASKS = re.compile("|".join((
    r"(?:我)?(?:想|要|可以|能)?(?:请)?(?:重新开始|从头开始|从头学|从头再来|重新学|重学|重头开始|重头学|由头开始|由头嚟过|"
    r"由头学过|从第一课开始|从第1课开始|从第一课重新开始|从第一课学起)(?:吧|呀|啊|哦|啦|可以吗|行吗|得唔得|吗)?",
    r"(?:can i |could i |can we |i want to |i wanna |id like to |let me |lets |please |pls )?"
    r"(?:restart|start over|start again|start from the (?:beginning|start|top)|begin again|from the (?:beginning|top)"
    r"|go back to the (?:start|beginning)|restart the (?:course|tutorial|lessons|series))"
    r"(?: the (?:course|tutorial|lessons|series))?(?: please| pls| plz| again| thanks)?",
)))
# Just after a lesson (the lesson shown last), asking what comes after it ("what's next?", "and then?", "接下来呢",
# "下一个"): the next lesson, as "还有吗" is; saying it is done or understood ("done", "I did the homework", "got it",
# "做完了", "看完了", "明白了"): the next lesson is ready whenever they are. "what's next?" got the membership
# tiers, "done", "做完了" and "接下来呢" "I don't know", "ok" and "好了" a hello (lead34). Only then: alone, each
# is no tutorial's.
THEN_ASKS = re.compile("|".join((
    r"(?:(?:ok|okay|cool|great|nice|so|and|alright|thanks|thank you|got it|done) )*(?:whats|what is|what s|what comes)"
    r" next(?: then| one| lesson)?|(?:ok |okay |so )?(?:and then|then what|whats the next one|what is the next one"
    r"|next one|next step|whats the next step)",
    r"(?:好的|好|ok|嗯|那)?(?:接下来|然后|下一个|下一步|下面|再下来|跟住)(?:呢|是什么|是啥|学什么|学啥|做什么|做啥|咧|嘞)?",
)))
DONE_ASKS = re.compile("|".join((
    r"(?:(?:ok|okay|yes|yep|yay|alright|cool|great|nice|thanks|thank you) )*"
    r"(?:done|all done|im done|i m done|i am done|finished|im finished|i finished|i did it|did it|done it|i did"
    r"|i did (?:the|my) (?:homework|test)|(?:homework|test) done|i tried it|tried it|got it|understood"
    r"|i understand|makes sense|that makes sense|learned a lot|ok|okay|noted)(?: thanks| thank you| thx|!)*",
    r"(?:好的|好|嗯|ok|收到|谢谢)?(?:我)?(?:已经)?(?:做完了|做完啦|做好了|完成了|完成啦|测完了|试过了|试了|看完了|看完啦|"
    r"学完了|学会了|明白了|明白|懂了|知道了|了解了|收到|好的|好了|好|ok|嗯嗯|嗯)(?:谢谢|啦|了|哈|呀|喔|哦)*",
)))
DONE_READY = {"zh": "👍 下一课随时可以开始：回复【下一课】看第 {number}/{total} 课「{title}」。",
              "en": '👍 The next lesson is ready whenever you are: reply "next" for lesson {number}/{total}, '
                    '"{title}".'}
NO_SUCH_LESSON = {"zh": "「{series}」一共 {total} 课，回复【第1课】到【第{total}课】看任意一课。",
                  "en": '"{series}" has {total} lessons; reply "lesson 1" to "lesson {total}" to see any of them.'}

LESSON = {"zh": "【{series}】第 {number}/{total} 课：{title}", "en": "[{series}] Lesson {number}/{total}: {title}"}
MENU = {"zh": "小课堂，回复数字开始学习：", "en": "Mini courses, reply with a number to start:"}
NEXT_HINT = {"zh": "回复【下一课】继续。", "en": 'Reply "next" for the next lesson.'}
FINISHED = {"zh": "🎉 你已学完「{series}」全部 {total} 课！",
            "en": '🎉 You\'ve finished all {total} lessons of "{series}"!'}
SUGGEST = {"zh": "下一门推荐「{series}」：{description} 回复「{series}」开始。",
           "en": 'Try "{series}" next: {description} Reply "{series}" to start.'}
ALL_DONE = {"zh": "所有小课堂你都学完了，太棒了！", "en": "You've finished every mini course. Well done!"}
# The last lesson jumped to past the member's place ("lesson 4" just after lesson 1): its footer said "You've finished
# all 4 lessons", "next" then the same and the menu "(finished)", of lessons the member never had (lead49). The place
# stays where it was (the series is not finished by a jump: no tag, nor progress past it), and the footer names the
# lessons skipped and the way on from them.
SKIPPED_TO_LAST = {"zh": "这是「{series}」的最后一课。你跳过了{skipped}，回复【下一课】从第 {first} 课接着学。",
                   "en": 'That\'s the last lesson of "{series}". You skipped {skipped}: reply "next" to go on from '
                         "lesson {first}."}
SKIPPED = {"zh": ("第 {first} 课", "第 {first}–{last} 课"), "en": ("lesson {first}", "lessons {first}–{last}")}
RESTART = {"zh": "从第 1 课重新复习：", "en": "Starting again from lesson 1:"}
PROGRESS_NEW = {"zh": "{total} 课", "en": "{total} lessons"}
PROGRESS_AT = {"zh": "学到第 {done}/{total} 课", "en": "{done}/{total} done"}
PROGRESS_DONE = {"zh": "已学完", "en": "finished"}


class Words:
    """What the (normalised) words of one message ask of the tutorials, each read on first use and kept: the checks
    of `TutorialsHandler.match` that read nothing but the text. Kept per content version with the text
    (`Content.remembered(Words)`, bounded, a new content version starts empty): an FAQ question passed all nine of
    them on every callback (bench/README.md, branch hot8)."""

    def __init__(self, text: str, content: Content) -> None:
        self.text = text  # the content is not kept: no reading here reads it

    @cached_property
    def next(self) -> bool:
        return self.text in NEXT_WORDS or NEXT_ASKS.fullmatch(self.text) is not None

    @cached_property
    def how_many(self) -> bool:
        return HOW_MANY_ASKS.fullmatch(self.text) is not None

    @cached_property
    def progress(self) -> bool:
        return PROGRESS_ASKS.fullmatch(self.text) is not None

    @cached_property
    def my_progress(self) -> bool:
        return MY_PROGRESS.fullmatch(self.text) is not None

    @cached_property
    def lesson(self) -> re.Match[str] | None:
        return LESSON_ASKS.fullmatch(self.text)

    @cached_property
    def next_when(self) -> bool:
        return NEXT_WHEN_ASKS.fullmatch(self.text) is not None

    @cached_property
    def again(self) -> bool:
        return AGAIN_ASKS.fullmatch(self.text) is not None

    @cached_property
    def repeat(self) -> bool:
        return asks_again(self.text)

    @cached_property
    def skip(self) -> bool:
        return SKIP_ASKS.fullmatch(self.text) is not None

    @cached_property
    def restart(self) -> bool:
        return RESTART_ASKS.fullmatch(self.text) is not None

    @cached_property
    def more(self) -> bool:
        return MORE_ASKS.fullmatch(self.text) is not None or THEN_ASKS.fullmatch(unspaced(self.text)) is not None

    @cached_property
    def done(self) -> bool:
        return DONE_ASKS.fullmatch(unspaced(self.text)) is not None

    @cached_property
    def yes(self) -> bool:
        """A yes to an offer, as the whole message (YES_ASKS): taken only just after an answer offered a course."""
        return YES_ASKS.fullmatch(self.text) is not None

    @cached_property
    def menu(self) -> bool:
        """A menu word, or the courses asked for in one's own words, as written or read from Cantonese (有冇 有没有,
        睇 看: lead24)."""
        return any(reading in MENU_WORDS or TUTORIAL_ASKS.fullmatch(reading) is not None
                   for reading in dict.fromkeys((self.text, read_dialect(self.text))))


def progress_field(series_id: str) -> str:
    return f"tu:{series_id}"


class TutorialsHandler:
    name = "tutorials"
    summary: ClassVar[Mapping[str, str]] = {"zh": "教程：护肤和求职小课堂，回复【下一课】继续",
                                            "en": 'tutorials: skincare and job-hunting mini courses; "next" continues'}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound) or not content.tutorials:
            return None
        # another course of the menu a course was picked from ("第三个" after "2": lead47); "下一个" is the next lesson
        picked = menu_choice(inbound, member, MENU_KIND, everything=content.tutorials, steps=False)
        if picked is not None and content.tutorial(picked) is not None:
            return Match({"series": picked, "how": "menu"})
        text = terms(inbound)
        if not text:
            return None
        shown = _lesson_shown_last(inbound, member, content)
        if not shown and steps_along_a_pick(inbound, member):  # "next one" after a product picked from a list: its
            return None  # next product (handlers/common.py picked_again), not the courses' menu or a lesson (lead47)
        if not shown and steps_from_an_item(inbound, member) and not (member and member.get(CURRENT_FIELD)):
            return None  # "next one" after a product not picked from one, no course begun: no list (qa.py, lead48)
        if shown and list_step(text) < 0:  # "上一个", "previous one" just after a lesson: the one before it (lead47)
            series = content.tutorial(shown)
            done = _progress(member, series) if series is not None else 0
            return Match({"series": shown, "how": "number", "number": max(done - 1, 1)})
        described = _described_from_menu(text, inbound, member, content)  # "the job one" with the menu pending
        if described is not None:
            return Match({"series": described, "how": "menu"})
        said = content.remembered(Words)(text)  # its text-only readings, made once per content version
        offered = _course_offered(said, inbound, member, content)
        if offered:  # "yes", "好啊，开始吧" just after an answer that offered a course: that course (lead50)
            return Match({"series": offered, "how": "named"})
        if said.next:
            current = member.get(CURRENT_FIELD) if member is not None else ""
            if content.tutorial(current) is not None:
                return Match({"series": current, "how": "next"})
            return Match({"how": "list"})
        if said.how_many or said.progress:
            return Match({"how": "list"})
        if said.my_progress and _own_series(member, content) is not None:
            return Match({"how": "list"})  # "my progress" from a member with a course started is about it
        asked = said.lesson
        if asked is not None:
            return _series_from_menu(asked, inbound, member, content) or _lesson_asked(asked, member, content)
        if said.next_when or said.again:
            return _current_lesson_asked(said.next_when, member, content)
        if said.repeat and _lesson_shown_last(inbound, member, content):  # "再说一遍" just after a lesson: that one
            return _current_lesson_asked(False, member, content)
        if said.skip or said.restart:
            own = _own_series(member, content)  # only a series of the member's: "skip" alone says nothing else
            if own is not None and _progress(member, own) > 0:
                return Match({"series": own.id, "how": "next" if said.skip else "restart"})
        if said.more or said.done:
            shown = _lesson_shown_last(inbound, member, content)
            if shown:
                return Match({"series": shown, "how": "next" if said.more else "done"})
        if said.menu:
            return Match({"how": "list"})
        series = content.remembered(_named_series)(text)  # text-only: remembered per content version
        return Match({"series": series.id, "how": "named"}) if series is not None else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        if match.data["how"] == "list":
            return self._menu(inbound, member, content, locale)
        series = content.tutorial(match.data["series"])
        if series is None:  # match read the same content: cannot happen, but say nothing rather than guess
            return Result()
        done = _progress(member, series)
        if match.data["how"] == "done":  # the lesson stays the one shown last: "next" or "还有吗" still go on
            if done >= len(series.lessons):
                return Result(messages=(Text(text=_finished(content, member, series, locale)),))
            text = DONE_READY[locale].format(number=done + 1, total=len(series.lessons),
                                             title=series.lessons[done].title.get(locale))
            return Result(messages=(Text(text=text),))
        fields: dict[str, str] = {}
        if member is not None and member.get(MENU_FIELD):  # the lesson is shown last: no menu or product pending
            fields[MENU_FIELD] = ""
        if match.data["how"] == "menu":  # the menu picked from is kept for another pick from it ("第三个": lead47)
            kept = picked_fields(LESSON_KIND, series.id, inbound, member).get(PICKED_FROM_FIELD)
            if kept:
                fields[PICKED_FROM_FIELD] = kept
        if match.data["how"] == "when":
            if done >= len(series.lessons):
                return Result(messages=(Text(text=_finished(content, member, series, locale)),))
            text = NEXT_READY[locale].format(number=done + 1, total=len(series.lessons),
                                             title=series.lessons[done].title.get(locale))
            return Result(messages=(Text(text=text),))
        if match.data["how"] == "restart":
            return self._lesson(inbound, member, content, series, 0, locale, fields, RESTART[locale])
        if match.data["how"] == "number":
            number = match.data["number"]
            if not 1 <= number <= len(series.lessons):
                text = NO_SUCH_LESSON[locale].format(series=series.name.get(locale), total=len(series.lessons))
                return Result(messages=(Text(text=text),))
            return self._lesson(inbound, member, content, series, number - 1, locale, fields, "",
                                reached=number <= done + 1)
        prefix = ""
        if done >= len(series.lessons):
            if match.data["how"] == "next":
                text = _finished(content, member, series, locale)
                return Result(messages=(Text(text=text),), set_fields={**fields, CURRENT_FIELD: ""})
            done, prefix = 0, RESTART[locale]  # named again after finishing: start over
        return self._lesson(inbound, member, content, series, done, locale, fields, prefix)

    def _lesson(self, inbound: Inbound, member: Member | None, content: Content, series: TutorialSeries, index: int,
                locale: str, fields: dict[str, str], prefix: str, *, reached: bool = True) -> Result:
        """Lesson `index` of `series`; the member's place moves after it. `reached` False: a lesson jumped to past
        the member's place ("final lesson" on lesson 2), which does not count the series as finished."""
        lesson = series.lessons[index]
        total = len(series.lessons)
        name = series.name.get(locale)
        header = brand_text(content, "lesson", locale, LESSON, series=name, number=index + 1, total=total,
                            title=lesson.title.get(locale))
        last = index + 1 >= total
        skipped = last and not reached  # the last lesson jumped to: the place stays, nothing is finished (lead49)
        footer = NEXT_HINT[locale] if not last else \
            _skipped_to_last(series, _progress(member, series), locale) if skipped else \
            _finished(content, member, series, locale)
        parts = [prefix] if prefix else []
        text = "\n".join([*parts, header, lesson.body.get(locale).strip(), "", footer])
        messages: list[Outbound] = [Text(text=text)]
        messages.extend(self._extras(inbound, member, content, series, lesson, locale))
        tags = {f"tutorial:{series.id}"} | ({f"tutorial_done:{series.id}"} if last and reached else set())
        fields.update({CURRENT_FIELD: "" if last and not skipped else series.id})
        if not skipped:
            fields[progress_field(series.id)] = str(index + 1)
        if not inbound.in_group:  # shown last: "还有吗" asks for the next one (a group has no 1:1 state); after the
            # last, "下一个" is told the series is done (it got "I don't know": lead49)
            fields.update(menu_fields(LESSON_KIND, [series.id], inbound))
        return Result(messages=tuple(messages), add_tags=frozenset(tags), set_fields=fields,
                      events=(("lesson", {"series": series.id, "lesson": str(index + 1)}),))

    def _extras(self, inbound: Inbound, member: Member | None, content: Content, series: TutorialSeries, lesson: Lesson,
                locale: str) -> list[Outbound]:
        """The lesson's image, Mini Program page and link; a group gets the link only."""
        return lesson_extras(content, lesson, locale, member=member, where=source(inbound, self.name),
                             campaign=f"tutorial:{series.id}", link_only=inbound.in_group)

    def _menu(self, inbound: Inbound, member: Member | None, content: Content, locale: str) -> Result:
        items = []
        for series in content.tutorials:
            done, total = _progress(member, series), len(series.lessons)
            if done == 0:
                state = PROGRESS_NEW[locale].format(total=total)
            elif done >= total:
                state = PROGRESS_DONE[locale]
            else:
                state = PROGRESS_AT[locale].format(done=done, total=total)
            items.append((series.id, f"{series.name.get(locale)}（{state}）" if locale == "zh" else
                          f"{series.name.get(locale)} ({state})"))
        menu = numbered(brand_text(content, "tutorial_menu", locale, MENU), items)
        return Result(messages=(menu_or_text(menu, inbound),),
                      set_fields=menu_fields(MENU_KIND, [series_id for series_id, _ in items], inbound,
                                             everything=[s.id for s in content.tutorials]))


def _course_offered(said: Words, inbound: Inbound, member: Member | None, content: Content) -> str:
    """The id of the course the member's last FAQ answer offered (its first tutorial, handlers/qa.py TUTORIAL_HINT),
    when this message is a yes to it (YES_ASKS), 1:1, within the answer's follow-up window (FOLLOW_WINDOW_S) and with
    nothing shown since; else "". The offer is not made in groups, nor with a routine's products (a list of them
    pending), so a yes there takes nothing."""
    if member is None or inbound.in_group or not member.get(FOLLOW_FIELD) or not said.yes:
        return ""  # cheapest first: most messages are no yes, and most members were answered nothing just now
    entry_id, answered = remembered_answer(member, int(inbound.sent_at.timestamp()))
    entry = content.faq_entry(entry_id) if entry_id else None
    if entry is None or not entry.tutorials or pending_menu_shown_at(member, inbound) > answered:
        return ""
    pending = pending_menu(member, inbound)
    if pending is not None and len(pending[1]) > 1:  # a list is what was shown with it (a routine's): not the offer
        return ""
    series = next((s for s in map(content.tutorial, entry.tutorials) if s is not None), None)
    return series.id if series is not None else ""


def _own_series(member: Member | None, content: Content) -> TutorialSeries | None:
    """The member's current series, else the one series they have started (if only one), else None."""
    current = content.tutorial(member.get(CURRENT_FIELD) if member is not None else "")
    if current is None:
        started = [s for s in content.tutorials if _progress(member, s) > 0]
        current = started[0] if len(started) == 1 else None
    return current


def _lesson_shown_last(inbound: Inbound, member: Member | None, content: Content) -> str:
    """The series whose lesson is the last thing the member was shown (the pending lesson menu: an answer or another
    menu since clears it), else ""."""
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != LESSON_KIND or content.tutorial(pending[1][0]) is None:
        return ""
    return pending[1][0]


def _current_lesson_asked(when: bool, member: Member | None, content: Content) -> Match:
    """"When is the next lesson" (`when`): the next lesson of the member's own series is ready now; "send the lesson
    again": the lesson shown last. The menu when no series is theirs, or nothing of it was shown yet."""
    series = _own_series(member, content)
    done = _progress(member, series) if series is not None else 0
    if series is None or done == 0:
        return Match({"how": "list"})
    if when:
        return Match({"series": series.id, "how": "when"})
    return Match({"series": series.id, "how": "number", "number": done})


def _series_from_menu(asked: re.Match[str], inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """"tutorial 3" / "教程3" while the series menu is pending and no series is the member's: the menu's third
    series, as "3" picks it (it showed the menu again)."""
    number = asked.group("zc") or asked.group("ec") or asked.group("eco")
    pending = pending_menu(member, inbound)
    if not number or pending is None or pending[0] != MENU_KIND or _own_series(member, content) is not None:
        return None
    ids = tuple(s.id for s in content.tutorials) if pending[1] == ("*",) else pending[1]
    index = _number(number) - 1
    series = content.tutorial(ids[index]) if 0 <= index < len(ids) else None
    return Match({"series": series.id, "how": "menu"}) if series is not None else None


def _lesson_asked(asked: re.Match[str], member: Member | None, content: Content) -> Match:
    """The lesson a LESSON_ASKS message asks for, in the member's current series (else the one series they have
    started, if only one): its number, resolved here ("上一课" is the one before the lesson shown last); the menu when
    no series is theirs to ask of."""
    current = _own_series(member, content) or (content.tutorials[0] if len(content.tutorials) == 1 else None)
    if current is None:
        return Match({"how": "list"})
    groups = {name: value for name, value in asked.groupdict().items() if value}
    total, done = len(current.lessons), _progress(member, current)
    if "zlast" in groups or "elast" in groups:
        number = total
    elif "zprev" in groups or "eprev" in groups:
        number = max(done - 1, 1)  # done is the lesson shown last: the one before it
    else:
        word = next((groups[g] for g in ("zn", "en", "zc", "ec", "eco") if g in groups), groups.get("eord", ""))
        number = _number(word)
    return Match({"series": current.id, "how": "number", "number": number})


def _number(word: str) -> int:
    """A lesson number as followers write it: digits, 一 to 九十九 the Chinese way, or an English word."""
    number = number_word(word)
    if number or "十" not in word:
        return number
    tens, _, units = word.partition("十")  # 十二 = 12, 二十 = 20, 二十三 = 23
    if all(not c.isdigit() and number_word(c) for c in tens + units):
        return (number_word(tens) if tens else 1) * 10 + (number_word(units) if units else 0)
    return 0


def _progress(member: Member | None, series: TutorialSeries) -> int:
    value = member.get(progress_field(series.id)) if member is not None else ""
    return min(int(value), len(series.lessons)) if value.isdigit() else 0


def _skipped_to_last(series: TutorialSeries, done: int, locale: str) -> str:
    """The footer of the last lesson of `series` jumped to with only `done` lessons had before it: the lessons
    skipped, and how to catch up (SKIPPED_TO_LAST), never that the series is finished."""
    first, last = done + 1, len(series.lessons) - 1
    skipped = SKIPPED[locale][first != last].format(first=first, last=last)
    return SKIPPED_TO_LAST[locale].format(series=series.name.get(locale), skipped=skipped, first=first)


def _finished(content: Content, member: Member | None, series: TutorialSeries, locale: str) -> str:
    """"You finished X" and the next series worth starting (one not finished yet), if any."""
    lines = [FINISHED[locale].format(series=series.name.get(locale), total=len(series.lessons))]
    other = next((s for s in content.tutorials if s.id != series.id and _progress(member, s) < len(s.lessons)), None)
    if other is not None:
        lines.append(SUGGEST[locale].format(series=other.name.get(locale),
                                            description=other.description.get(locale)).replace("  ", " "))
    else:
        lines.append(ALL_DONE[locale])
    return "\n".join(lines)


# A series picked from its pending menu by a word of it, not a number ("the job one", "winter one pls", "求职那个",
# "冬天嘅"): what may stand around the word. They got FAQ answers (how to apply for a job; verify18).
PICK_FILLER_WORDS = frozenset({"the", "one", "that", "this", "pls", "please", "i", "want", "id", "like", "lets", "do",
                               "course", "tutorial", "lesson", "lessons", "ok", "start", "with"})
PICK_FILLER_CHARS = "那个这的嘅要我想吧学看课程教"
_STOP_NAME_WORDS = frozenset({"the", "and", "for", "of", "a", "an", "to", "in", "on", "101"})


def _described_from_menu(text: str, inbound: Inbound, member: Member | None, content: Content) -> str | None:
    """The series picked by a word of its name or keywords (Latin words of three letters or more, Chinese keywords)
    while the series menu is pending and nothing else is said, when exactly one series has that word; else None."""
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != MENU_KIND:
        return None
    found: set[str] = set()
    for series in content.tutorials:
        words = {w for name in content.match_terms[("tutorial", series.id)] for w in name.split()
                 if w.isascii() and len(w) >= 3 and w not in _STOP_NAME_WORDS}
        words |= set(content.match_terms[("tutorial_keywords", series.id)])
        for word in sorted(words, key=longest_first):
            if word and contains_term(text, word):
                rest = remove_term(text, word)
                if only_filler(rest, PICK_FILLER_WORDS, PICK_FILLER_CHARS):
                    found.add(series.id)
                break
    return next(iter(found)) if len(found) == 1 else None


def _named_series(text: str, content: Content) -> Any | None:
    """The series the message names: exactly its name or an alias, or a tutorial word together with
    its name, alias or keyword ("冬天 教程", "winter skincare course")."""
    asks_for_course = any(contains_term(text, word) for word in MENU_WORDS)
    for series in content.tutorials:
        names = content.match_terms[("tutorial", series.id)]
        if text in names or text.replace(" ", "") in (n.replace(" ", "") for n in names):
            return series
        if asks_for_course and any(contains_term(text, term) for term in
                                   (*names, *content.match_terms[("tutorial_keywords", series.id)])):
            return series
    return None


def lesson_extras(content: Content, lesson: Lesson, locale: str, *, member: Member | None, where: str, campaign: str,
                  link_only: bool = False) -> list[Outbound]:
    """What goes with a lesson's text: its image, its Mini Program page (as the product's card when the page is
    a product's) and its link, tracked as `where` / `campaign`; `link_only` (a group) keeps just the link.
    The tutorials handler and the sequence engine (bot/sequences/render.py) send lessons with it."""
    extras: list[Outbound] = []
    if lesson.image and not link_only:
        extras.append(Image(source=lesson.image))
    if lesson.miniprogram is not None and not link_only:
        product = product_for_page(content, lesson.miniprogram.appid, lesson.miniprogram.page)
        extras.append(MiniProgram(
            title=product.name.get(locale) if product is not None else lesson.title.get(locale),
            appid=lesson.miniprogram.appid,
            page=tracked_page(lesson.miniprogram.page, member, where, campaign),
            image=product.image if product is not None else lesson.image,
            fallback_url=tracked_url(product.url, member, where, campaign) if product is not None else ""))
    if lesson.link:
        extras.append(link(lesson.title.get(locale), lesson.link, member=member, source_name=where,
                           campaign=campaign))
    return extras
