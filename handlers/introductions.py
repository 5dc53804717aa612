"""A member saying who they are, as the whole message, and nothing asked.

"hello, I'm a student in Melbourne" got the work permit's answer, "I'm a student in Vancouver" the part-time jobs,
"我是多伦多的留学生" the work permit again, "I'm a nurse in Toronto" and "I'm from Shanghai, studying in Vancouver"
"I don't know" (lead42): an introduction before a question, or instead of one, is no question about work permits or
jobs. Read here as a small grammar: a greeting, then I'm a / 我是 with what one does (a student, a nurse, a mum, 留学生,
宝妈) and where (in Melbourne, 多伦多的), or where one is from and studies or works; nothing else. A message that also
asks ("I'm a student, do you have part-time jobs"), wants ("looking for weekend hours") or tells of the skin ("I'm
pregnant", "I'm allergic to lanolin") says more, and is read as before.
"""

from __future__ import annotations

import re

from bot.text import has_cjk

_ROLES_EN = (
    r"(?:student|uni student|university student|college student|grad student|graduate|phd student|phd candidate|"
    r"postdoc|nurse|teacher|tutor|mum|mom|mother|dad|father|parent|housewife|homemaker|stay at home mom|"
    r"stay at home mum|engineer|developer|programmer|designer|accountant|doctor|dentist|pharmacist|chef|cook|driver|"
    r"retiree|pensioner|freelancer|newcomer|immigrant|new immigrant|worker|office worker|manager|realtor|lawyer|"
    r"artist|musician|photographer|blogger|creator|researcher|scientist|carer|caregiver|cleaner|barista|waitress|"
    r"waiter|cashier|electrician|plumber|builder|farmer|grandma|grandmother|granny|grandpa|nanny|international)"
    r"(?:s)?")
_PLACE_EN = r"(?:[a-z]+(?: [a-z]+){0,2})"
_WHERE_EN = r"(?:in|from|at|based in|living in|here in|out in|over in|down in|up in|near|studying in|working in)"
_DOING_EN = (r"(?:(?:i m |im |i am |and |now |currently )?(?:studying|working|living|based|staying|at uni|at school)"
             r"(?: (?:in|at|here in|out in) " + _PLACE_EN + r")?)")
INTRODUCTION_EN = re.compile(
    r"(?:(?:hi|hello|hey|hiya|yo|morning|good morning|good afternoon|good evening|ok|so|um|hi there|hello there)\s)*"
    r"(?:i m|im|i am)\s"
    r"(?:(?:(?:a|an|just a|just an|currently a|now a|also a)\s)?(?:[a-z]+\s){0,3}?" + _ROLES_EN
    + r"(?:\s" + _WHERE_EN + r"\s" + _PLACE_EN + r")?"
    r"|from\s" + _PLACE_EN + r")"
    r"(?:\s" + _DOING_EN + r")?"
    r"(?:\s(?:nice to meet you|nice to meet u|thanks|lol|haha))*")
# the introduction's own words that never name what one does (a skin, a want, a question): not read as a role
NOT_AN_INTRODUCTION_EN = re.compile(
    r"\b(?:looking|interested|hoping|trying|wondering|want|wanted|wanting|need|needing|allergic|pregnant|breaking|"
    r"sensitive|dry|oily|acne|new to|skin|can|could|do|does|is|are|how|what|which|when|where|why|who|any|hiring|"
    r"job|jobs|work permit|visa)\b")

_ROLES_ZH = (r"(?:学生|留学生|大学生|研究生|博士生|硕士生|高中生|护士|老师|教师|宝妈|妈妈|新移民|移民|工程师|"
             r"程序员|码农|会计|医生|厨师|司机|退休人员|退休老人|退休|上班族|打工人|家庭主妇|全职妈妈|全职太太|设计师|律师|博主|主播)")
_PLACE_ZH = r"[\u4e00-\u9fff]{1,6}?"
INTRODUCTION_ZH = re.compile(
    r"(?:你好|您好|哈喽|嗨|hi|hello|大家好|早上好|晚上好)*"
    r"(?:我是|本人是|我系|我喺)(?:" + _PLACE_ZH + r"的|在" + _PLACE_ZH + r"的|来自" + _PLACE_ZH + r"的)?" + _ROLES_ZH
    + r"(?:我?(?:在|喺)" + _PLACE_ZH + r"(?:读书|上学|念书|工作|打工|上班|生活))?"
    r"|(?:你好|您好|哈喽|嗨|hi|hello)*我?(?:来自|是从)" + _PLACE_ZH + r"(?:来的)?(?:我?(?:在|喺)" + _PLACE_ZH
    + r"(?:读书|上学|念书|工作|打工|上班|生活))?"
    r"|(?:你好|您好|哈喽|嗨|hi|hello)*我?(?:现在|目前)?(?:在|喺)" + _PLACE_ZH
    + r"(?:读书|上学|念书|读大学|读研|工作|上班)(?:的)?" + _ROLES_ZH + r"?")
NOT_AN_INTRODUCTION_ZH = re.compile(r"想|要|找|能|可以|吗|么|什么|怎么|哪|几|多少|兼职|工作签|工签|学签|敏感|过敏|怀孕|"
                                    r"皮肤")


def introduces_self(normalized: str) -> bool:
    """Whether a normalised whole message only says who the member is (INTRODUCTION_EN / INTRODUCTION_ZH; Chinese
    read without its spaces), asking and wanting nothing."""
    if not normalized or len(normalized) > 80:
        return False
    if has_cjk(normalized):
        joined = normalized.replace(" ", "")
        return INTRODUCTION_ZH.fullmatch(joined) is not None and NOT_AN_INTRODUCTION_ZH.search(
            joined.replace("工作", "").replace("打工", "")) is None
    return INTRODUCTION_EN.fullmatch(normalized) is not None and NOT_AN_INTRODUCTION_EN.search(normalized) is None
