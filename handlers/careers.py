"""Job openings: 工作 / 招聘 / jobs / careers, a city ("温哥华", "YVR"), or both ("jobs in Toronto").

A message is careers' when, once the job words, city names and a job's keywords are taken out,
nothing but filler is left ("how do I apply for a job" is an FAQ question); with a city named, the frame of a
question (有没有, Cantonese 有冇 / 咩 / 啲, "do you have") is filler too ("多倫多有咩職位"). Postings are filtered
by the city named, else by the member's city field "ci" when known, else all are listed.

Naming a city sets "ci" to its id and tags `jobs:<city id>`; every request tags `looked:jobs`. A city with a
`timezone` also sets the member's zone "tz" (their sequence steps' times and quiet hours), unless the member has a
zone that is not the one learned from their previous city (set by the API or the dashboard: that one stays).
Replies: for a city, one text listing its postings with their tracked apply links (in a group their titles
and where to get the links; on the Official Account it fits the passive reply), then in a 1:1 WeCom chat at most
one card (elsewhere a card needs a picture postings lack), and only where it adds what the list lacks: the
Mini Program apply page of the first
posting that has one *and* a web URL, so that where no card can go (no thumbnail, no permission)
it degrades to that tracked link, never to a bare title. A posting with only a Mini Program page
is folded into the list ("apply in our Mini Program"); a posting with only a URL is already a
link in the list, so it gets no card repeating it. With no city known, a short list of every
posting and its city, and "name a city" for the links.

Every list is numbered, and a number (or "第二个", "the first one") while it is pending picks a posting: its title,
company, city, description and apply link (a card on WeCom, as above), the way a product or a tutorial is picked.
While postings are the last thing shown (a list, or the one picked), "工资多少" / "what's the pay" says what each pays
(jobs.yaml `pay`), and "还有吗" / "any more?" lists the openings not shown, the same city's first. With none shown,
"工资多少" / Cantonese "人工幾多" says what every opening pays, the member's city's first (人工 alone is still the
handoff's word for a person). Right after a posting was picked, asking how to apply ("apply", "怎么申请") or for the
link ("有链接吗", "链接再发一次") shows it again with its apply link.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import ClassVar

from bot.content.lexicon import PLACES
from bot.content.model import City, Content, Job
from bot.inbound import Channel, Inbound
from bot.member import Member
from bot.outbound import MiniProgram, Outbound, Text
from bot.router import Match, Result
from bot.text import normalize
from handlers.common import (
    LINK_ASKS,
    MENU_FIELD,
    MORE_ASKS,
    QUESTION_FILLER_CHARS,
    QUESTION_FILLER_WORDS,
    RESIDENCE,
    brand_name,
    brand_text,
    city_fields,
    contains_term,
    faq_answers,
    is_text,
    menu_choice,
    menu_fields,
    only_filler,
    pending_menu,
    picked_fields,
    remove_term,
    reply_locale,
    said_number,
    take_terms,
    terms,
    without_brand,
)
from handlers.follow_up import FOLLOW_FIELD, followed_entry
from handlers.links import source, tracked_page, tracked_url

# 揾工 is Cantonese for looking for a job (搵工 folds to it); it got a did-you-mean (verify16). 有冇工做 is Cantonese
# for "any work?" (verify18).
# Taiwan's 職缺 (an opening) and 徵人 (hiring), Cantonese 有冇工(開) (any work going) and 請人 (hiring):
# "多倫多有職缺嗎" got the pop-up stores' hours, "溫哥華有冇工" "I don't know" (lead24). Read after normalize.
JOB_WORDS = ("找工作", "揾工", "工作机会", "工作", "工做", "招聘", "职位", "岗位", "招人", "职缺", "征人", "请人",
             "工开", "有冇工", "jobs", "job", "careers", "career", "openings", "opening", "hiring", "vacancies",
             "positions", "roles")
# Words that ask for jobs only beside a city ("i'm looking for work in vancouver" got a did-you-mean led by reapplying
# sunscreen; lead26): alone, "work" is anything that works.
CITY_JOB_WORDS = ("work", "employment", "工")  # Cantonese 工 is work: "多倫多有咩工" got a did-you-mean
# A job's kind the FAQ's part-time answer does not cover, next to a city ("any full time jobs in toronto",
# "多倫多有全職嗎", "sydney contract roles?"; 全职工: a full-time worker): that city's list. "any full time jobs in
# toronto" got the shipping times, 多伦多有全职吗 a did-you-mean (lead25). Part time, internships, seasonal and weekend
# work asked of a city stay the FAQ's part-time answer (job-part-time: every set's writers expect it), unless a job
# word asks for the list ("toronto part time jobs").
JOB_KIND_WORDS = ("full time", "fulltime", "permanent", "contract", "entry level", "remote", "hybrid",
                  "全职工", "全职", "长期", "远程")
# The kinds only a job has, asked alone with no posting shown ("is it full time?", "can i work remotely?", "全职吗"):
# which posting, and the openings to pick from. They got the fragrance answer ("full" ingredients) or "I don't know"
# (lead25); after a posting was picked they are asked of it (_asked_of_picked).
JOB_ONLY_KIND_WORDS = ("full time", "fulltime", "remote", "remotely", "hybrid", "work from home", "wfh",
                       "全职", "远程", "在家办公", "居家办公")
# With them the words that only move a question on to another city ("what about", "how about", "and", 那…呢,
# …那边呢, 还有…的吗): after one city's openings, "那温哥华呢" or "what about Vancouver?" asks what "温哥华" alone does.
FILLER_WORDS = frozenset({"in", "at", "the", "any", "open", "new", "near", "around", "show", "me", "list", "all",
                          "please", "pls", "what", "are", "there", "see", "for", "of", "available",
                          "about", "how", "and"})
# 啥: "悉尼有啥工作" got the stores (lead26)
FILLER_CHARS = "在的有吗呢什么哪些看一下附近最新机会请问我想找要招那边还啥甚么"
# With a city named next to a job word, a question's frame says nothing more either: "do you have jobs in
# Sydney?", "你们在悉尼招人吗" ask for that city's list. Without a city they stay the FAQ's ("are you hiring?" is
# how to apply, and the FAQ's answer points to the list).
CITY_FILLER_WORDS = FILLER_WORDS | {"do", "does", "you", "have", "has", "is", "got", "guys", "currently", "now",
                                    "right", "looking", "i", "im", "a", "an", "your", "we", "hi", "hey", "hello",
                                    "anything", "still", "ya", "u", "yall", "some", "going"}
# 有没有 and Cantonese's question words frame it as 有 / 什么 do: "温哥华有没有职位", "多倫多有咩職位", "悉尼有冇job",
# "有啲咩工作" (冇 not have, 咩 what, 啲 some, 嘅 的, 係 是, 你哋 你们, 喺 在); they got a did-you-mean or the stores'
# hours (verify18; 你哋 and 喺 lead24; 是 lead25: "悉尼的工作是全职吗").
CITY_FILLER_CHARS = FILLER_CHARS + "你们现还目前没冇咩啲嘅系哋喺是"
# The world's places followers name (lexicon.PLACES, normalised, longest first). Beside a job word and no city of ours
# ("jobs in Melbourne", "墨尔本有工作吗", "any jobs in Calgary?", "有没有北京的工作") they ask for openings, and got a
# did-you-mean led by the shipping times (lead43): every opening, each with its city, which is true whether the place
# holds none of ours (Melbourne) or some (Canada, Ontario). After one of ours they say where it is ("jobs in
# Toronto, Canada").
# The countries the FAQ reads as its own words are not in PLACES ("jobs in Canada" got the shipping cost first).
COUNTRY_NAMES = ("canada", "australia", "澳大利亚", "united states", "the states", "usa", "china", "mainland china",
                 "asia")
PLACE_NAMES = tuple(sorted({normalize(name) for name in (*(n for group in PLACES for n in group), *COUNTRY_NAMES)}
                           - {""}, key=len, reverse=True))
DETAILED_MAX = 3  # up to this many postings of every city are listed with their links
CARDS_MAX = 1  # the list is the answer; one card at most (issue 10: four messages for "jobs in Toronto")
# Where a Mini Program card without a picture shows as a card: WeCom's miniprogram_notice needs none, while the
# Official Account's and kf's cards need a thumbnail, which postings lack, so there the card would only be its
# title and link again, after the list that holds that link (docs/platform.md).
CARD_CHANNELS = frozenset({Channel.WECOM})

HEADER_ALL = {"zh": "目前在招 {count} 个职位：", "en": "Open positions ({count}):"}
HEADER_CITY = {"zh": "{city}目前有 {count} 个职位在招：", "en": "{count} open positions in {city}:"}
NO_JOBS = {"zh": "{city}暂时没有在招的职位。", "en": "No openings in {city} right now."}
NAME_A_CITY = {"zh": "回复城市名（如 {cities}）只看那里的职位。",
               "en": "Reply with a city ({cities}) to see only its openings."}
OTHER_CITIES = {"zh": "其他城市：{cities}", "en": "Other cities: {cities}"}
APPLY = {"zh": "申请", "en": "Apply"}
APPLY_IN_APP = {"zh": "在小程序申请", "en": "apply in our Mini Program"}
# In a group the list is titles only: three tracked links overran the group's length cut (bot/webhook/group_guard.py)
# mid-list, and a link tracked to the asker is clicked by everyone. The links are one private message away.
LINKS_IN_PRIVATE = {"zh": "私聊我发「{city} 工作」拿申请链接",
                    "en": "Message me \"jobs in {city}\" for the apply links"}


MENU_KIND = "job"
GROUPS_MENU_KIND = "group"  # handlers/community.py MENU_KIND (handlers import handlers.common only, not each other)
# The posting picked last, pending as what "工资多少" / "还有吗" ask about; its own kind, so the list stays used up
# and a bare number after it is no choice (tests/scenarios/test_outside_conversations.py).
POSTING_KIND = "posting"
POSTING = {"zh": "{title}｜{company}｜{city}\n{description}", "en": "{title} · {company} · {city}\n{description}"}

# Asking what the postings just shown pay, as the whole message: "工资多少", "薪资怎么样", "人工几多", "what's the pay",
# "how much does it pay". After a list or a posting it fell to the FAQ (a did-you-mean about currencies, verify16).
PAY_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:那)?(?:这个|这些|这几个|那个)?(?:职位|工作|岗位)?(?:的)?"
    r"(?:工资|薪资|薪水|薪酬|待遇|时薪|年薪|人工|薪金)(?:是)?(?:大概|一般)?"
    r"(?:多少|几多|怎么样|如何|咋样|点样|点计|高吗|高不高|高唔高|有多少"
    # how it is counted ("工资怎么算" after a list got "I don't know"; lead40)
    r"|怎么算|怎么计算|怎么计|怎么发|如何计算|如何算|点样计)?(?:的)?(?:钱)?(?:呀|啊|呢|吗|哦|呀)?",
    r"(?:what|whats|hows|how) (?:is |are )?(?:the )?(?:pay|salary|salaries|wage|wages|compensation|hourly rate)"
    r"(?: like| range)?(?: for (?:it|them|these|this one|that one|those))?",
    r"(?:the )?(?:pay|salary|wage|wages)(?: range)?(?: please| pls)?",
    r"how much (?:does|do|would) (?:it|they|this|that|the job|these|those)(?: one| ones)? pay",
    r"how much is the (?:pay|salary)",
    # the English word asked in Chinese ("salary几多", "pay多少", "时薪how much"): it got "I don't know" (verify19)
    r"(?:请问 ?)?(?:the )?(?:pay|salary|salaries|wage|wages|hourly rate|hourly|时薪|工资|人工) ?(?:系|是|大概|一般)?"
    r"(?:几多|多少|几钱|点计|怎么样|如何|高吗|高唔高|how much|几多钱|多少钱)(?:钱)?(?:呀|啊|呢|吗|㗎)?",
)))
# A posting chosen together with what is asked of it, after a list: "第二个怎么申请", "how do I apply for the
# first one" (the posting: its link); "第三个工资多少", "what's the pay for number 2" (its pay). "第二个怎么申请" got
# the FAQ's how-to-apply answer, about no posting (verify16).
APPLY_WORDS = ("怎么申请", "如何申请", "怎样申请", "怎么报名", "点样申请", "点申请", "点报名", "申请", "报名",
               "how do i apply for", "how do i apply to", "how can i apply for", "how to apply for", "how do i apply",
               "how to apply", "apply for", "apply to", "apply")
PAY_WORDS = ("工资多少", "工资怎么样", "工资", "薪资", "薪水", "待遇", "时薪", "年薪", "人工几多", "人工",
             "whats the pay for", "whats the salary for", "what does", "how much does", "how much is", "pay for",
             "salary for", "pay", "salary", "wage")
CHOICE_FILLER = ("的", "我要", "我想", "那", "please", "pls", "of")
# What may stand around an apply word asked of the posting just picked ("how do I apply for this one?", "点样申请呀").
# Wanting to apply said so ("I want to apply", "I'd like to apply", "i wanna apply") got the FAQ's general how-to-apply
# answer, about no posting (lead50): the wish is the ask.
APPLY_FILLER_WORDS = frozenset({"this", "that", "it", "one", "job", "position", "role", "now", "so", "ok", "then",
                                "can", "i", "where", "do", "please", "pls", "how", "to", "want", "wanna", "id", "like",
                                "would", "love", "great", "okay", "yes", "cool", "for"})
APPLY_FILLER_CHARS = "这个那职位份工作呢吗呀啊嘅佢要去哪里在请问我想点样怎么如何"  # 点apply: how (verify19)
PAY_AMOUNT_WORDS = ("几多", "多少", "点计", "高唔高", "高不高", "高吗", "怎么样", "点样", "如何")
# A question about the posting just picked, as the whole message: its hours, place, kind, language or requirements
# ("is it full time?", "what are the hours", "where is it located", "上班地点在哪", "可以远程吗", "要求高吗"). The
# posting's own description is the answer the brand wrote; they got the FAQ's office hours (the customer-service
# team's, not the job's), a fragrance answer ("full" ingredients) or "I don't know" (lead23). A work permit, a visa
# or a student's right to work is the FAQ's (job-work-permit answers it for every posting), so is the languages a job
# needs (job-language, which points at each posting's description), and "apply" above.
POSTING_ASK_WORDS = ("full time", "fulltime", "part time", "parttime", "remote", "remotely", "hybrid",
                     "work from home", "wfh", "from home", "in person", "in office", "in the office", "on site",
                     "onsite", "office", "hours", "hour", "shift", "shifts", "schedule", "weekend", "weekends",
                     "weekdays", "location", "located", "address", "requirements", "requirement", "required",
                     "qualifications", "qualified", "experience", "degree", "permanent", "temporary", "temp",
                     "seasonal", "contract", "commission", "training", "start date",
                     "全职", "兼职", "远程", "在家办公", "居家办公", "在家", "混合办公", "坐班", "上班时间", "工作时间",
                     "几点上班", "几点下班", "上班地点", "工作地点", "地点", "地址", "位置", "班次", "轮班", "周末",
                     "要求", "经验", "学历", "长期",
                     "短期", "临时", "正式", "合同", "提成", "培训", "加班", "返工", "上班", "下班", "喺边",
                     "双休", "单休", "大小周", "轮休", "days off")
POSTING_ASK_FILLER_WORDS = QUESTION_FILLER_WORDS | APPLY_FILLER_WORDS | frozenset({
    "it", "its", "an", "are", "what", "whats", "which", "where", "wheres", "when", "many", "much", "need", "needed",
    "any", "there", "for", "be", "have", "has", "should", "with", "of", "in", "on", "at", "or", "and", "about",
    "like", "work", "working", "they", "my", "me", "does", "did", "will", "would", "possible", "require", "requires",
    "hmm", "um", "also", "btw", "too", "else"})
POSTING_ASK_FILLER_CHARS = QUESTION_FILLER_CHARS + APPLY_FILLER_CHARS + "是嘛个这那位份岗需会可以能不有没什么几多高哦" \
    "系咩唔冇嘅喺边度"
# How much one works, as the whole message ("一周要上几天班", "每周工作几个小时", "how many days a week", "what are the
# hours like"): each posting says (its description). Just after a city's openings they got the shipping times ("几天",
# "days"; lead40): which posting; after one is picked, what it says; with none shown, a work word makes it a job's.
SCHEDULE_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:那)?(?:这个|这份|这些)?(?:工作|职位|岗位)?(?:一周|一个星期|每周|每个星期|一星期|一个礼拜|每礼拜"
    r"|一个月|每天|一天)?(?:要|需要|得|大概|一般)?(?:上|做|返|工作)?(?:几天|多少天|几多日|几日|几个小时|多少个?小时"
    r"|几个钟|几多个钟)(?:的)?(?:班|工)?(?:呀|啊|呢|吗|哦)?",
    r"(?:(?:so|and|ok|okay) )?how many (?:days|hours|shifts)(?: (?:a|per|each) (?:week|day|month))?"
    r"(?: (?:is it|would it be|is that|are they|do i|do you|would i|will i|do they)(?: (?:need|have) to)?(?: work)?)?",
    r"(?:(?:so|and|ok|okay) )?(?:what are the |whats the |what s the |what is the )?(?:working |work )?"
    r"(?:hours|schedule|shifts)(?: like)?(?: for (?:it|them|these|this one|that one))?",
)))
SCHEDULE_WORK_WORDS = re.compile(r"班|工作|(?<![a-z])(?:work|working|shifts?)(?![a-z])")
ABOUT_POSTING = {"zh": "这个职位的说明是这样写的：", "en": "Here is what the posting says:"}
PAY_HEADER = {"zh": "薪资：", "en": "Pay:"}
PAY_NOT_LISTED = {"zh": "未标注", "en": "not listed"}
PICK_FOR_MORE = {"zh": "回复数字看职位详情和申请方式。", "en": "Reply with a number for the posting and how to apply."}
ALSO_OPEN = {"zh": "还有这些职位在招：", "en": "Also open:"}
ALL_SHOWN = {"zh": "目前在招的就是这些职位了。", "en": "Those are all our openings right now."}
POSTING_QUESTION = re.compile(r"(?:is|are|does|do|will) (?:the|this|that|it|your|these|those)\b")
# Whether the posting just picked is still open, as the whole message ("is it still open?", "is this job still
# available?", "still hiring?", "还招人吗", "这个职位还有吗", "還在招嗎"): it got a did-you-mean led by the
# customer-service hours, those hours themselves ("available"), the FAQ's general how-to-apply answer or every opening
# again (lead50). The postings are the brand's openings now (config/jobs.yaml): the one shown is open, said so, with
# its apply link. "还有吗" alone is MORE_ASKS (the other openings), as before: 有 counts only after the posting named.
_THIS_JOB = r"(?:it|this|that|this one|that one|the job|this job|that job|the position|this position|the role" \
            r"|this role|the posting|this posting|the opening|this opening|the vacancy|this vacancy)"
_OPEN_EN = r"(?:open|available|hiring|active|up|going|accepting applications|taking applications|on)"
_ZH_THIS_JOB = r"(?:(?:这个|这份|那个|呢个|嗰个|这)(?:职位|工作|岗位|工|职缺)?|职位|工作|岗位|职缺)"
_ZH_OPEN_VERB = r"(?:招|在招|招人|请人|征人|有效|开放|空缺|可以申请|能申请|可以报名|能报名" \
                r"|招唔招人|请唔请人|请紧人|招紧人)"
_ZH_STILL = r"(?:请问 ?)?(?:那)?(?:现在|目前|而家)?(?:还|仲)(?:在)?"
_ZH_OPEN_END = r"(?:人)?(?:吗|嘛|呢|不|么|没有|没|咩|㗎|吗呀|唔)?"
STILL_OPEN_ASKS = re.compile("|".join((
    rf"(?:(?:hi|hey|sorry|and|so|ok|okay|quick question) )*(?:is|are) {_THIS_JOB} still {_OPEN_EN}"
    r"(?: now| right now)?(?: please| pls)?",
    rf"(?:(?:and|so|ok|okay) )?(?:are )?(?:you |you guys |u |they )?still hiring(?: for (?:{_THIS_JOB}|that))?"
    r"(?: now| right now)?",
    rf"(?:(?:and|so|ok|okay) )?{_THIS_JOB} still {_OPEN_EN}",
    rf"(?:(?:and|so|ok|okay) )?still {_OPEN_EN}(?: now)?",
    rf"(?:(?:and|so|ok|okay) )?can i still apply(?: for {_THIS_JOB}| to {_THIS_JOB})?(?: now)?",
    rf"(?:请问 ?)?(?:那)?{_ZH_THIS_JOB}{_ZH_STILL}(?:有|{_ZH_OPEN_VERB}){_ZH_OPEN_END}",
    rf"{_ZH_STILL}{_ZH_OPEN_VERB}{_ZH_OPEN_END}",
)))
STILL_OPEN = {"zh": "是的，「{title}」还在招（在我们目前的在招职位里）。",
              "en": "Yes, {title} is still open (it's on our current openings)."}
# Openings of a kind asked for, as the whole message ("有没有全职的工作", "有全职的吗", "any full time jobs?", "are
# there any full-time positions"): those whose description says it, every city's. They got "which opening do you
# mean?" above every opening, a did-you-mean led by fragrance ("full") or the fragrance answer (lead43); after a
# part-time posting "有没有全职的" got that posting again. Part time stays the FAQ's (job-part-time answers it for
# every city).
KIND_SAID = {"full time": ("全职", "full time"), "remote": ("远程", "在家办公", "remote", "work from home")}
KIND_NAME = {"full time": {"zh": "全职", "en": "Full-time"}, "remote": {"zh": "远程", "en": "Remote"}}
_KINDS_ZH = {"全职": "full time", "远程": "remote", "在家办公": "remote"}
_KINDS_EN = {"full time": "full time", "fulltime": "full time", "remote": "remote", "work from home": "remote"}
# A kind named first, then whether there is any ("全职有吗", "那兼职的有没有"): in both readings below.
_KIND_THEN_EXISTS = r"(?:那|还)?{kinds}(?:的|嘅)?(?:工作|职位|岗位|工)?(?:有吗|有没有|有冇|有无|有嘛)(?:呢|啊|呀)?"
KIND_LIST_ASKS = re.compile(
    r"(?:请问 ?)?(?:你们)?(?:还)?(?:有没有|有冇|有无|有)(?:什么|啲)?(?P<zh>全职|远程|在家办公)(?:的|嘅)?"
    r"(?:工作|职位|岗位|工|job|jobs)?(?:吗|呢|嘛|㗎|呀|啊)?"
    r"|(?:(?:hi|hey|so|and|ok|okay) )?(?:(?:are there|is there|do you have|do you guys have|do u have|you have|got|"
    r"have you got|any chance of) )?(?:any )?(?P<en>full time|fulltime|remote|work from home)"
    r" (?:jobs?|positions?|roles?|openings?|ones|work|vacancies)(?: available| open)?"
    r"(?: now| right now| at the moment)?"
    r"|(?:(?:hi|hey|so|and|ok|okay) )?any (?P<en2>full time|fulltime|remote)(?: ones)?"
    r"|" + _KIND_THEN_EXISTS.format(kinds="(?P<zh2>全职|远程|在家办公)"))
# Whether openings of a kind exist at all ("有兼职吗", "兼职有吗", "还有实习吗", "any part time ones?"), asked while
# openings are shown: not what one of them says of itself, so not "which opening do you mean?" (_asked_of_listed);
# part time is the FAQ's answer (job-part-time), full time and remote the kind's openings (KIND_LIST_ASKS). After a
# list they got "which opening?" above it, while "有没有全职的" got the full-time openings (lead44).
KIND_EXISTS_ASKS = re.compile(
    r"(?:请问 ?)?(?:那|你们|还)*(?:有没有|有冇|有无|有)(?:什么|啲)?(?:兼职|全职|远程|临时工|实习|暑期工)(?:的|嘅)?"
    r"(?:工作|职位|岗位|工)?(?:吗|呢|嘛|㗎|呀|啊)?"
    r"|" + _KIND_THEN_EXISTS.format(kinds="(?:兼职|全职|远程|临时工|实习|暑期工)") +
    r"|(?:(?:and|so|ok|okay) )?(?:are there |is there |do you have |got )?any (?:part time|parttime|internships?|"
    r"seasonal|temp)(?: ones| jobs?| positions?| roles?| work| openings?)?")
HEADER_KIND = {"zh": "{kind}职位（{count} 个）：", "en": "{kind} openings ({count}):"}
NONE_OF_KIND = {"zh": "目前没有{kind}的职位。", "en": "No {kind} openings right now."}
HEADER_CITY_KIND = {"zh": "{city}的{kind}职位（{count} 个）：", "en": "{count} {kind} openings in {city}:"}
NONE_OF_KIND_IN = {"zh": "{city}目前没有{kind}的职位。", "en": "No {kind} openings in {city} right now."}
# Moving the openings shown to another city, as the whole message ("换成多伦多", "改成悉尼吧", "換做溫哥華",
# "switch to toronto", "change to sydney", "toronto instead"): the city left is what "多伦多" alone asks, read only
# while postings are shown. Just after Vancouver's list (whose footer names the other cities) they got the exchange
# policy (换成: exchange for), a did-you-mean or the pop-up stores (lead45).
SWITCH_CITY = re.compile(
    r"(?:那|那就|就|那我|我想|我要|帮我|麻烦)?(?:换成|换到|换去|换做|换|改成|改为|改到|改做|改|切换到|切换成|切换|转到|转去)"
    r"(?P<zh>.+?)(?:的|嘅)?(?:工作|职位|岗位)?(?:吧|呢|啦|喇|呀|啊|看看|试试|谢谢|唔该)*"
    r"|(?:(?:ok|okay|so|then|and|now|hmm|um|can you|could you|pls|please|lets|let s) )*"
    r"(?:switch|change|swap|move|go|jump|try)(?: it| them| that| this| the city| city| over| back)? to"
    r" (?P<en>.+?)(?: (?:instead|please|pls|then|now|thanks|thx))*"
    r"|(?:(?:ok|okay|so|then|and|hmm) )*(?P<en2>.+?) instead(?: (?:please|pls|then|thanks))*")
WHICH_POSTING = {"zh": "你问的是哪个职位？回复数字看它的说明（时间、地点、要求）和申请方式。",
                 "en": "Which opening do you mean? Reply with its number for what it says (hours, place, requirements) "
                       "and how to apply."}


class CareersHandler:
    name = "careers"
    summary: ClassVar[Mapping[str, str]] = {"zh": "工作：看温哥华、多伦多、悉尼的在招职位",
                                            "en": "jobs: openings in our cities (name one to filter)"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound) or not content.jobs:
            return None
        picked = menu_choice(inbound, member, MENU_KIND, everything=content.jobs)
        if picked is not None and content.job(picked) is not None:
            return Match({"picked": picked})
        text = terms(inbound)
        if not text:
            return None
        said = content.remembered(Words)(text)  # its text-only readings, made once per content version
        if said.kind_listed:  # "有没有全职的工作", "any full time jobs?": those openings, after a posting too
            return Match({"city": "", "keyword": "", "kind": said.kind_listed})
        follow_up = _follow_up(text, said.follow_up, inbound, member, content)  # "工资多少", "还有吗" after postings
        if follow_up is not None:
            return follow_up
        if said.kind_asked_alone:
            return Match({"city": "", "keyword": "", "which": "yes"})
        asked = content.remembered(_jobs_asked)(text)  # text-only: remembered per content version
        if asked is None:
            asked = _switched_city(text, inbound, member, content)  # "换成多伦多" just after Vancouver's openings
        if asked is None:
            return None
        city, keyword, elsewhere = asked
        if city is not None and followed_entry(inbound, member, content):
            return None  # "what about sydney?" after the stores' answer: the stores again (handlers/follow_up.py)
        if city is not None and not take_terms(text, JOB_WORDS)[1] and _groups_shown(inbound, member):
            return None  # "toronto" with the groups just shown picks Toronto's group (handlers/community.py)
        # "are there any part time positions" names a job's keyword next to a job word, but it is the FAQ's
        # part-time question, while "part time jobs in Toronto" asks for the list.
        if keyword and city is None and faq_answers(inbound, member, content):
            return None
        data = {"city": city.id if city is not None else "", "keyword": keyword}
        if elsewhere and city is None:  # not the member's own city either: the place they named is not one of ours
            data["elsewhere"] = "yes"
        if _kind_asked_of_a_posting(text):
            return Match({**data, "which": "yes"})
        kind = _kind_named(text) if city is not None else ""  # "any full time jobs in toronto": those of Toronto
        return Match({**data, "kind": kind} if kind else data)

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        if "picked" in match.data:
            return self._posting(content.job(match.data["picked"]), inbound, member, content, locale,
                                 about=bool(match.data.get("asked")), still_open=bool(match.data.get("open")))
        if "follow" in match.data:
            shown = [job for job in map(content.job, match.data["shown"]) if job is not None]
            if match.data["follow"] == "which":
                return _which(shown, inbound, content, locale)
            return _pay(shown, inbound, content, locale) if match.data["follow"] == "pay" else \
                _more(shown, inbound, content, locale)
        named, kind = match.data["city"], match.data.get("kind", "")
        own = member.city if member is not None and not match.data.get("elsewhere") and not kind else ""
        city = content.city(named or own)
        jobs = content.jobs_in(city.id) if city is not None else content.jobs
        of_kind = tuple(job for job in jobs if _of_kind(job, kind)) if kind else ()
        jobs = of_kind or jobs  # none of the kind: the header says so above every opening (or the city's)
        keyword = match.data["keyword"]
        if keyword:
            jobs = tuple(j for j in jobs if keyword in (normalize(k) for k in j.keywords)) or jobs
        tags = {"looked:jobs"} | ({f"jobs:{named}"} if named else set())
        fields = city_fields(content, member, named) if named else {}
        if member is not None and member.get(MENU_FIELD):  # the list is shown last: "link?" is not the product's
            fields[MENU_FIELD] = ""
        if member is not None and member.get(FOLLOW_FIELD):  # "what about sydney?" now asks for Sydney's openings
            fields[FOLLOW_FIELD] = ""
        events = (("jobs_view", {"city": city.id if city is not None else "", "count": str(len(jobs))}),)
        where = source(inbound, self.name)
        others = ", ".join(c.name.get(locale) for c in content.cities if city is None or c.id != city.id)
        if not jobs:
            where_name = city.name.get(locale) if city is not None else brand_name(content, locale)
            text = brand_text(content, "no_jobs", locale, NO_JOBS, city=where_name)
            text += "\n" + OTHER_CITIES[locale].format(cities=others)
            return Result(messages=(Text(text=text),), add_tags=frozenset(tags), set_fields=fields, events=events)
        if of_kind and city is not None:
            header = HEADER_CITY_KIND[locale].format(kind=KIND_NAME[kind][locale].lower(), city=city.name.get(locale),
                                                     count=len(jobs))
        elif of_kind:
            header = HEADER_KIND[locale].format(kind=KIND_NAME[kind][locale], count=len(jobs))
        elif kind and city is not None:  # none of that kind there: said, then the city's openings
            header = NONE_OF_KIND_IN[locale].format(kind=KIND_NAME[kind][locale].lower(), city=city.name.get(locale)) \
                + "\n" + brand_text(content, "jobs_in_city", locale, HEADER_CITY, city=city.name.get(locale),
                                    count=len(jobs))
        elif kind:  # none of that kind: said, then every opening
            header = NONE_OF_KIND[locale].format(kind=KIND_NAME[kind][locale].lower()) + "\n" + \
                HEADER_ALL[locale].format(count=len(jobs))
        elif city is not None:
            header = brand_text(content, "jobs_in_city", locale, HEADER_CITY, city=city.name.get(locale),
                                count=len(jobs))
        else:
            header = HEADER_ALL[locale].format(count=len(jobs))
        # A city's few postings (or a few found by keyword) come with apply links; every city's
        # postings at once come as a short list and "name a city".
        detailed = city is not None or len(jobs) <= DETAILED_MAX
        linked = detailed and not inbound.in_group
        lines = [WHICH_POSTING[locale], header] if match.data.get("which") else [header]
        for number, job in enumerate(jobs, 1):
            place = "" if city is not None else f" · {_city_name(content, job.city, locale)}"
            lines.append(f"{number}. {job.title.get(locale)}{place}")
            if linked:
                url = tracked_url(job.apply.url, member, where)
                lines.append(f"   {APPLY[locale]}: {url}" if url else f"   ({APPLY_IN_APP[locale]})")
        if detailed and not linked and city is not None:
            lines.append(LINKS_IN_PRIVATE[locale].format(city=city.name.get(locale)))
        footer = OTHER_CITIES[locale] if city is not None else NAME_A_CITY[locale]
        lines.append(footer.format(cities=others))
        messages: list[Outbound] = [Text(text="\n".join(lines))]
        if detailed and not inbound.in_group and inbound.channel in CARD_CHANNELS:
            messages.extend(self._card(job, locale, member, where) for job in _card_worthy(jobs)[:CARDS_MAX])
        fields.update(menu_fields(MENU_KIND, [job.id for job in jobs], inbound,
                                  everything=[j.id for j in content.jobs]))
        return Result(messages=tuple(messages), add_tags=frozenset(tags), set_fields=fields, events=events)

    def _posting(self, job: Job | None, inbound: Inbound, member: Member | None, content: Content,
                 locale: str, *, about: bool = False, still_open: bool = False) -> Result:
        """One posting picked from a list: what the list left out (company, description) and how to apply; `about`:
        asked a question of it (_asked_of_picked), so said to be what the posting says; `still_open`: asked whether it
        is still open (_still_open), so said to be, as it is one of the openings now."""
        assert job is not None  # match checked it
        where = source(inbound, self.name)
        lines = [brand_text(content, "about_posting", locale, ABOUT_POSTING)] if about else []
        if still_open:
            lines = [brand_text(content, "posting_still_open", locale, STILL_OPEN, title=job.title.get(locale))]
        lines += [POSTING[locale].format(title=job.title.get(locale), company=job.company.get(locale),
                                        city=_city_name(content, job.city, locale),
                                        description=_unwrapped(job.description.get(locale), locale))]
        if inbound.in_group:  # a link tracked to the asker is clicked by everyone (see LINKS_IN_PRIVATE)
            lines.append(LINKS_IN_PRIVATE[locale].format(city=_city_name(content, job.city, locale)))
        else:
            url = tracked_url(job.apply.url, member, where)
            lines.append(f"{APPLY[locale]}: {url}" if url else f"({APPLY_IN_APP[locale]})")
        messages: list[Outbound] = [Text(text="\n".join(lines))]
        if not inbound.in_group and inbound.channel in CARD_CHANNELS and _card_worthy((job,)):
            messages.append(self._card(job, locale, member, where))
        # the posting shown last stays pending (as the shop's product, not as a list): "工资多少" asks about it
        return Result(messages=tuple(messages), add_tags=frozenset({"looked:jobs", f"job:{job.id}"}),
                      set_fields=picked_fields(POSTING_KIND, job.id, inbound, member),
                      events=(("job_view", {"job": job.id}),))

    @staticmethod
    def _card(job: Job, locale: str, member: Member | None, where: str) -> Outbound:
        assert job.apply.miniprogram is not None and job.apply.url  # _card_worthy
        return MiniProgram(title=job.title.get(locale), appid=job.apply.miniprogram.appid,
                           page=tracked_page(job.apply.miniprogram.page, member, where),
                           fallback_url=tracked_url(job.apply.url, member, where))


class Words:
    """What the (normalised) words of one message ask of the jobs, each read on first use and kept: the checks of
    `CareersHandler.match` that read nothing but the text, kept per content version with the text
    (`Content.remembered(Words)`, bounded, a new content version starts empty), as tutorials.Words: an FAQ question
    took ~20 k instructions of them on every callback (bench/README.md, branch hot13)."""

    def __init__(self, text: str, content: Content) -> None:
        self.text = text  # the content is not kept: no reading here reads it

    @cached_property
    def follow_up(self) -> str:
        """"pay" for a PAY_ASKS message, "more" for a MORE_ASKS one, else "" (`_follow_up`)."""
        return "pay" if PAY_ASKS.fullmatch(self.text) else "more" if MORE_ASKS.fullmatch(self.text) else ""

    @cached_property
    def kind_listed(self) -> str:
        """The kind (KIND_SAID) whose openings the whole message asks for (KIND_LIST_ASKS), else ""."""
        asked = KIND_LIST_ASKS.fullmatch(self.text)
        if asked is None:
            return ""
        zh = asked["zh"] or asked["zh2"]
        return _KINDS_ZH[zh] if zh else _KINDS_EN[asked["en"] or asked["en2"]]

    @cached_property
    def kind_asked_alone(self) -> bool:
        return _kind_asked_alone(self.text)


def _follow_up(text: str, asked: str, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """"工资多少" or "还有吗" (the whole message) while postings are the last thing shown (the pending job menu: a
    list, or the posting picked from one): about those postings, as "那温哥华呢" moves a list to another city.
    `asked`: `Words.follow_up` of `text`."""
    if not asked:  # each of the three needs a pending menu: most messages follow none
        return None if pending_menu(member, inbound) is None else (
            _still_open(text, inbound, member)
            or _apply_to_picked(text, inbound, member) or _asked_of_picked(text, inbound, member)
            or _chosen_with_a_question(text, inbound, member, content)
            or _asked_of_listed(text, inbound, member, content))
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] not in (MENU_KIND, POSTING_KIND):
        if asked == "pay" and asks_pay_alone(text):  # no postings shown: what the openings pay, the member's city first
            return Match({"follow": "pay", "shown": _openings_by_city(content, member)})
        return None
    shown = tuple(j.id for j in content.jobs) if pending[1] == ("*",) else \
        tuple(i for i in pending[1] if content.job(i) is not None)
    return Match({"follow": asked, "shown": shown}) if shown else None


def _switched_city(text: str, inbound: Inbound, member: Member | None,
                   content: Content) -> tuple[City | None, str, bool] | None:
    """`_jobs_asked` of the city a message moves the postings shown to (SWITCH_CITY: "换成多伦多", "switch to
    toronto"), only while postings are shown and only when what is left names one of our cities; else None."""
    switched = SWITCH_CITY.fullmatch(text)
    if switched is None:
        return None
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] not in (MENU_KIND, POSTING_KIND):
        return None
    asked = content.remembered(_jobs_asked)(switched["zh"] or switched["en"] or switched["en2"])
    return asked if asked is not None and asked[0] is not None else None


def picked_posting(member: Member | None, inbound: Inbound) -> str:
    """The id of the one posting picked last and still pending (POSTING_KIND), else "": what "apply", "is it full
    time?" and, through a careers answer of the FAQ, "how do I apply for it" ask about (handlers/qa.py)."""
    pending = pending_menu(member, inbound)
    return pending[1][0] if pending is not None and pending[0] == POSTING_KIND and len(pending[1]) == 1 else ""


def _still_open(text: str, inbound: Inbound, member: Member | None) -> Match | None:
    """"is it still open?", "还招人吗" (the whole message, STILL_OPEN_ASKS) right after a posting was picked: that
    posting, said to be open, with its apply link."""
    picked = picked_posting(member, inbound)
    if not picked or STILL_OPEN_ASKS.fullmatch(text) is None:
        return None
    return Match({"picked": picked, "open": True})


def _apply_to_picked(text: str, inbound: Inbound, member: Member | None) -> Match | None:
    """"apply", "怎么申请", "how do I apply for this one", "有链接吗" (the whole message) right after a posting was
    picked: that posting again, with its apply link. It got the FAQ's general how-to-apply answer, about no posting
    (verify18); a link asked ("有链接吗", "链接再发一次", "send me the link again": LINK_ASKS) the products (lead45)."""
    picked = picked_posting(member, inbound)
    if not picked:
        return None
    if LINK_ASKS.fullmatch(text):
        return Match({"picked": picked})
    rest, asked = take_terms(text, APPLY_WORDS)
    if not asked or not only_filler(take_terms(rest, CHOICE_FILLER)[0], APPLY_FILLER_WORDS, APPLY_FILLER_CHARS):
        return None
    return Match({"picked": picked})


def _asked_of_picked(text: str, inbound: Inbound, member: Member | None) -> Match | None:
    """"is it full time?", "上班地点在哪" (the whole message) right after a posting was picked: that posting's own
    description, said to be what the posting says (POSTING_ASK_WORDS)."""
    picked = picked_posting(member, inbound)
    if not picked or not _asks_of_a_posting(text) or KIND_EXISTS_ASKS.fullmatch(text):
        return None
    return Match({"picked": picked, "asked": True})


def _asked_of_listed(text: str, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """"一周要上几天班", "上班地点在哪", "how many days a week" (the whole message) while two or more postings are the
    last thing shown: each posting says, not the list, so which one (numbered as shown). They got the shipping times
    or "I don't know" (lead40)."""
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != MENU_KIND or not _asks_of_a_posting(text) or KIND_EXISTS_ASKS.fullmatch(text):
        return None
    shown = tuple(j.id for j in content.jobs) if pending[1] == ("*",) else \
        tuple(i for i in pending[1] if content.job(i) is not None)
    return Match({"follow": "which", "shown": shown}) if len(shown) > 1 else None


def _asks_of_a_posting(text: str) -> bool:
    """A whole message asking what a posting says of itself: its hours, place, kind or requirements
    (POSTING_ASK_WORDS and filler only) or how much one works (SCHEDULE_ASKS)."""
    if SCHEDULE_ASKS.fullmatch(text):
        return True
    rest, asked = take_terms(text, POSTING_ASK_WORDS)
    return asked and only_filler(take_terms(rest, CHOICE_FILLER)[0], POSTING_ASK_FILLER_WORDS,
                                 POSTING_ASK_FILLER_CHARS)


def _kind_named(text: str) -> str:
    """The kind (KIND_SAID) a normalised message names beside a city ("any full time jobs in toronto"), else ""."""
    return next((kind for word, kind in (*_KINDS_ZH.items(), *_KINDS_EN.items()) if contains_term(text, word)), "")


def _of_kind(job: Job, kind: str) -> bool:
    """Whether the posting's title or description says the kind (KIND_SAID), in either language."""
    said = normalize(" ".join((job.title.zh, job.title.en, job.description.zh, job.description.en)))
    return any(contains_term(said, word) for word in KIND_SAID[kind])


def _kind_asked_alone(text: str) -> bool:
    """"is it full time?", "can i work remotely?", "全职吗" (the whole message) with no posting picked: a kind only a
    job has, asked of no posting (JOB_ONLY_KIND_WORDS)."""
    if SCHEDULE_ASKS.fullmatch(text) and SCHEDULE_WORK_WORDS.search(text):  # "一周要上几天班": a job's (lead40)
        return True
    rest, asked = take_terms(text, JOB_ONLY_KIND_WORDS)
    return asked and only_filler(rest, POSTING_ASK_FILLER_WORDS, POSTING_ASK_FILLER_CHARS)


def _kind_asked_of_a_posting(text: str) -> bool:
    """"is the job in Sydney full time", "悉尼的工作是全职吗": a yes-or-no question about one posting's kind, which
    the list alone does not answer, so it asks which opening (WHICH_POSTING) above the city's list."""
    return bool(POSTING_QUESTION.match(text) or any(f"是{word}" in text for word in JOB_KIND_WORDS)) and \
        any(contains_term(text, word) for word in JOB_KIND_WORDS)


def _groups_shown(inbound: Inbound, member: Member | None) -> bool:
    """The community groups are the last thing shown (their pending menu, handlers/community.py MENU_KIND)."""
    pending = pending_menu(member, inbound)
    return pending is not None and pending[0] == GROUPS_MENU_KIND


def asks_pay_alone(text: str) -> bool:
    """Whether a PAY_ASKS message asks about pay with no postings shown. Not 人工 / 人工呢 alone, which ask for a
    person (the handoff's word) unless a word of amount follows (Cantonese 人工幾多 / 人工點計: what does it pay?);
    not "pay" alone, which may be paying for an order."""
    if text.startswith("人工"):
        return any(word in text for word in PAY_AMOUNT_WORDS)
    return not text.removeprefix("the ").startswith("pay") or "range" in text


def _openings_by_city(content: Content, member: Member | None) -> tuple[str, ...]:
    """Every opening's id, the member's city's first (as the lists name the member's city first)."""
    city = member.city if member is not None else ""
    return tuple(j.id for j in sorted(content.jobs, key=lambda job: job.city != city))


def _chosen_with_a_question(text: str, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """"第二个怎么申请" / "第三个工资多少" while a list of postings is pending: that posting, or its pay."""
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != MENU_KIND:
        return None
    for words, asked in ((APPLY_WORDS, "apply"), (PAY_WORDS, "pay")):
        rest, found = take_terms(text, words)
        number = said_number(take_terms(rest, CHOICE_FILLER)[0]) if found else None
        if number is None:
            continue
        ids = tuple(j.id for j in content.jobs) if pending[1] == ("*",) else pending[1]
        if number > len(ids) or content.job(ids[number - 1]) is None:
            return None
        return Match({"picked": ids[number - 1]}) if asked == "apply" else \
            Match({"follow": "pay", "shown": (ids[number - 1],)})
    return None


def _pay(shown: Sequence[Job], inbound: Inbound, content: Content, locale: str) -> Result:
    """What each posting just shown pays (jobs.yaml `pay`), numbered as they were, so a number still picks one."""
    colon = "：" if locale == "zh" else ": "
    lines = [PAY_HEADER[locale]]
    for number, job in enumerate(shown, 1):
        label = f"{number}. " if len(shown) > 1 else ""
        lines.append(f"{label}{job.title.get(locale)}{colon}{job.pay.get(locale) or PAY_NOT_LISTED[locale]}")
    if len(shown) > 1:
        lines.append(PICK_FOR_MORE[locale])
    # one posting's pay: it stays the posting shown last, so "点apply" next is its link (it got the FAQ's how-to)
    pending = menu_fields(POSTING_KIND, [shown[0].id], inbound) if len(shown) == 1 else \
        menu_fields(MENU_KIND, [j.id for j in shown], inbound, everything=[j.id for j in content.jobs])
    return Result(messages=(Text(text="\n".join(lines)),), set_fields=pending)


def _which(shown: Sequence[Job], inbound: Inbound, content: Content, locale: str) -> Result:
    """Which of the postings just shown a question asks of (WHICH_POSTING), numbered as they were, so a number
    picks one; the list stays pending."""
    lines = [WHICH_POSTING[locale]]
    lines.extend(f"{number}. {job.title.get(locale)} · {_city_name(content, job.city, locale)}"
                 for number, job in enumerate(shown, 1))
    return Result(messages=(Text(text="\n".join(lines)),),
                  set_fields=menu_fields(MENU_KIND, [j.id for j in shown], inbound,
                                         everything=[j.id for j in content.jobs]))


def _more(shown: Sequence[Job], inbound: Inbound, content: Content, locale: str) -> Result:
    """"还有吗" after postings: the others in the same city first (after one posting picked), else those elsewhere,
    each with its city and a number; when every opening was shown, says so."""
    ids = {job.id for job in shown}
    cities = {job.city for job in shown}
    rest = [j for j in content.jobs if j.id not in ids and j.city in cities] or \
        [j for j in content.jobs if j.id not in ids]
    if not rest:
        return Result(messages=(Text(text=ALL_SHOWN[locale]),))
    lines = [ALSO_OPEN[locale]]
    lines.extend(f"{number}. {job.title.get(locale)} · {_city_name(content, job.city, locale)}"
                 for number, job in enumerate(rest, 1))
    lines.append(PICK_FOR_MORE[locale])
    return Result(messages=(Text(text="\n".join(lines)),), add_tags=frozenset({"looked:jobs"}),
                  set_fields=menu_fields(MENU_KIND, [j.id for j in rest], inbound,
                                         everything=[j.id for j in content.jobs]))


def _card_worthy(jobs: tuple[Job, ...]) -> tuple[Job, ...]:
    """Postings whose card adds something the list lacks (the Mini Program apply page) and still
    carries a tracked link where no card can be shown (the web URL)."""
    return tuple(job for job in jobs if job.apply.miniprogram is not None and job.apply.url)


def _unwrapped(text: str, locale: str) -> str:
    """A description as a chat shows it: YAML's block text is wrapped at ~100 columns, which in English breaks
    sentences mid-line on a phone; Chinese lines are sentences of their own and stay."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return " ".join(lines) if locale == "en" else "\n".join(lines)


def _city_name(content: Content, city_id: str, locale: str) -> str:
    city = content.city(city_id)
    return city.name.get(locale) if city is not None else city_id


def _jobs_asked(text: str, content: Content) -> tuple[City | None, str, bool] | None:
    """(the city named, the job keyword named next to a job word, whether another place was named beside a job
    word: PLACE_NAMES) when the normalised message asks for jobs or names a city and says nothing else, else None.
    Reads only the text and the content, so `match` asks for it through `Content.remembered`."""
    rest, city = text, None
    for candidate in content.cities:
        names = content.match_terms[("city", candidate.id)]  # longest first
        hit = next((n for n in names if n and contains_term(rest, n)), None)
        if hit is not None:
            city = city or candidate
            rest = remove_term(rest, hit)
    rest, asked = take_terms(rest, JOB_WORDS)
    if not asked and city is not None:  # "i'm looking for work in vancouver": work, beside a city (lead26)
        rest, asked = take_terms(rest, CITY_JOB_WORDS)
    if not asked and city is None:
        return None
    if not asked and RESIDENCE.fullmatch(text):  # "我在温哥华": where one lives, which qa notes (lead26)
        return None
    elsewhere = False
    if asked:
        rest, elsewhere = take_terms(rest, PLACE_NAMES)
    keyword = ""
    kind_named = city is not None and any(contains_term(rest, word) for word in JOB_KIND_WORDS)
    if asked:  # a job's keyword narrows the list ("warehouse jobs"), only next to a job word
        for job in content.jobs:
            for term in content.match_terms[("job", job.id)]:
                if term and contains_term(rest, term):
                    keyword = keyword or term
                    rest = remove_term(rest, term)
    if kind_named:
        rest = take_terms(rest, JOB_KIND_WORDS)[0]
    asked_in_city = (city is not None or elsewhere) and (asked or kind_named)
    fillers = (CITY_FILLER_WORDS, CITY_FILLER_CHARS) if asked_in_city else (FILLER_WORDS, FILLER_CHARS)
    if not only_filler(without_brand(rest, content), *fillers):
        return None
    return city, keyword, elsewhere
