"""Identifiers and numbers inside a follower's question, read as what they are before the FAQ matches it.

Followers paste what they have: an order number (订单号 SY20261128-0457, order #88213, LM20261128), a tracking number
(1Z999AA10123456784, SF1234567890), their email, their phone number, a postcode, a link, an amount with its currency
("89 CAD", "200人民币"). The matcher read their pieces as words: an email's "gmail" and "com" and a code's letters were
unknown words, each weighed like the FAQ's rarest one, so the question's own words no longer covered the message ("can
you email the invoice to wang.li88@gmail.com", "call me back at 604-555-0199 please": no answer); "lm" of an order
number met order-tracking's answer ("LM + 8 digits"); "号码" of 订单号码 took a message to shipping-time; a currency
named after an amount made "ordered 2 weeks ago, 89 CAD, where is it" a question about currencies. Forty-ninth round
(probe32).

`read_identifiers` drops what only identifies (emails, phone numbers, order and tracking numbers, postcodes), keeps a
link's site name (taobao.com is another shop: bot/content/elsewhere.py must still see "taobao"), keeps an amount's
number and drops its currency word unless the message asks about currencies ("C$120 is that canadian dollars or US",
"价格写的 89 是加币还是人民币"). Pure; the FAQ matcher's entry point (`FaqIndex.match`) reads a message through it.
"""

from __future__ import annotations

import re

# Each pattern starts only where its run of characters starts (the lookbehinds): a long run with no match ("1-1-1-…",
# hostile or pasted) is scanned once, not once per character (a 2,000-character run cost 40 ms, now ~1)
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")
# A link without its scheme: www or a bare host with a common ending, read as its site's name alone ("taobao.com" ->
# "taobao", "amazon.ca/dp/B0C12345" -> "amazon"): "www", "com", a path's pieces are no words of the question. A link
# with its scheme (https://…) is left as it is: pasted whole, it is a link (handlers/qa.py's link alone), and one in a
# stranger's text is a phishing mark ("您的parcel因地址不全被扣留 请点击 http://bit.ly/… 更新信息", blind17: no answer).
_TLD = r"(?:com|net|org|ca|cn|hk|tw|au|nz|uk|io|co|jp|kr|sg|example)"
_URL = re.compile(rf"(?<![/A-Za-z0-9])www\.[^\s，。！？、]+"
                  rf"|(?<![A-Za-z0-9@./\-])[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.{_TLD}(?![A-Za-z0-9])"
                  r"(?:/[^\s，。！？、]*)?", re.IGNORECASE)
_SCHEMED = re.compile(r"https?://\S+", re.IGNORECASE)
_HOST = re.compile(r"^(?:https?://)?([^/?#]+)", re.IGNORECASE)
_HOST_SKIP = frozenset(("www", "m", "mobile", "en", "zh", "app", "shop", "store", "web"))
# A phone number: groups of digits split by spaces or dashes (+1 604-555-0199, 138 0013 8000, 0412 345 678,
# 9123 4567) or a mainland mobile's eleven digits in one (13912345678), at least seven digits in all; not after a
# currency sign (an amount) nor touching a letter or a digit.
_PHONE = re.compile(r"(?<![A-Za-z0-9$¥£€.,/:])(?:\+\d{1,3}[\s\-]?)?(?:\(?\d{2,4}\)?[\s\-]){1,3}\d{3,4}"
                    r"(?![A-Za-z0-9.,/:%])|(?<![A-Za-z0-9$¥£€.,/:])(?:\+\d{10,13}|1[3-9]\d{9})(?![A-Za-z0-9.,/:%])")
# A Canadian postcode (V6X 1A1, M5V3L9): letters and digits no word has.
_POSTCODE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d(?![A-Za-z0-9])")
# An order's label before its number (订单号 SY20261128-0457, 訂單編號: LM11270921, order number is 88213, order #90417,
# order no. 55120) is the order: the number dropped, the label's 号码 / "number" with it.
_ID = r"#?\s?[A-Za-z]{0,4}-?\d[A-Za-z0-9\-]{4,}"
_ORDER_LABEL_ZH = re.compile(rf"(订单|訂單|单子|單子)(?:编号|編號|号码|號碼|号|號)\s*[:：#]?\s*"
                             rf"(?:是|为|為|係)?\s*{_ID}")
# Asked to check an order by its number ("can u chk my order LM20481337 pls", "帮我查一下订单 LM20481337"): where it is,
# order-tracking's own "How can I track my order?" / 怎么查物流 (blind16: the number's "lm" met that entry's answer).
_CHECK_ORDER_EN = re.compile(rf"\b(?:check|chk|look up|lookup|look into|trace)\s+(?:on\s+)?(?:my|the|this)?\s*order"
                             rf"(?:\s+(?:number|num|no\.?|nr|id)\b)?\s*[:#]?\s*{_ID}", re.IGNORECASE)
_CHECK_ORDER_ZH = re.compile(rf"(?:查一下|查下|查查|查询|查詢|查)(?:我的)?(?:订单|訂單|单号|單號)"
                             rf"(?:编号|編號|号码|號碼|号|號)?\s*[:：#]?\s*{_ID}")
_ORDER_LABEL_EN = re.compile(rf"\b(order)(?:\s+(?:number|num|no\.?|nr|id)\b)?\s*[:#]?\s*(?:is\s+)?{_ID}",
                             re.IGNORECASE)
# An identifier alone: a run of letters and digits with at least five digits (SF1234567890, 1Z999AA10123456784,
# SY20261128-0457, 20261115778); a batch (2403B), a referral code (A7K9P2) or a year is left. Not a date (2026-12-06),
# not our own order number (LM + 8 digits: order-tracking's pattern reads it, and a request beside it is that
# request's entry, twenty-fifth round). A size, a strength or a time is a number and a unit the matcher knows.
_IDENTIFIER = re.compile(r"(?<![A-Za-z0-9.%$¥\-])(?!\d{4}-\d\d?-\d\d?(?![A-Za-z0-9]))(?![Ll][Mm]\d{8}(?![A-Za-z0-9]))"
                         r"(?=[A-Za-z0-9\-]*\d(?:[A-Za-z\-]*\d){4})[A-Za-z0-9][A-Za-z0-9\-]*"
                         r"[A-Za-z0-9](?![A-Za-z0-9%])")
# An amount's currency (89 CAD, 200人民币, CAD 45.60, C$120, US$200): the number stays, a plain amount (the matcher
# weighs numbers as everyday words); the currency named beside it made the amount a question about currencies.
_CURRENCY = r"(?:cad|usd|aud|nzd|hkd|rmb|cny|twd|加币|加幣|加元|澳币|澳幣|澳元|美金|美元|美刀|人民币|人民幣|港币|港幣)"
_AMOUNT_CURRENCY = re.compile(rf"(\d[\d,]*(?:\.\d+)?)\s?{_CURRENCY}(?![A-Za-z])|(?<![A-Za-z]){_CURRENCY}\s?(?=\d)",
                              re.IGNORECASE)
_DOLLAR_PREFIX = re.compile(r"(?<![A-Za-z])(?:C|CA|CAD|US|A|AU|AUD|NZ|HK|NT)\$", re.IGNORECASE)
# Asking about the currency itself: two currencies set against each other, or "is that / are prices (in) USD", 是…币吗.
_ASKS_CURRENCY = re.compile(
    rf"还是|還是|或者|\bor\b|\b(?:is|are) (?:that|this|it|these|those|the prices?|prices?) (?:in )?"
    rf"(?:{_CURRENCY}|us|canadian|american|aussie|australian)|是{_CURRENCY}|{_CURRENCY}[吗嗎]|\bwhich currency\b|"
    rf"\bwhat currency\b|\bin {_CURRENCY}\b|什么货币|什麼貨幣|哪种货币|币种|幣種|汇率|匯率|exchange rate",
    re.IGNORECASE)
# An email's or a phone's label right before it ("my email is", "email:", 邮箱, "phone", 电话, 手机号): the contact
# given, not a question about emails or phones ("please delete my data, email wang.li88@gmail.com phone 604-555-0199").
_CONTACT_LABEL = (r"(?:(?:my|our)\s+)?(?:e-?mail(?:\s+address)?|gmail|phone(?:\s+number)?|"
                  r"(?:cell|mobile)(?:\s+number)?|tel|whatsapp|wechat(?:\s+id)?)\s*(?:is|:)?\s*|"
                  r"(?:我的)?(?:邮箱|郵箱|电邮|電郵|邮件|郵件|电话号码|電話號碼|电话|電話|手机号码|手機號碼|手机号|手機號|手机|手機|"
                  r"联系方式|聯繫方式|微信号|微信號)\s*(?:是|为|為|係|:|：)?\s*")
_CONTACT = "\x00"  # where an email or a phone number stood, until its label is dropped with it
_LABELLED = re.compile(rf"(?:{_CONTACT_LABEL})?{_CONTACT}", re.IGNORECASE)
# An amount's cents and thousands ($45.60, 1,250): one number, as the matcher weighs a number (an everyday word); its
# pieces were two or three. Not a strength (0.3%) nor a size (0.5ml).
_CENTS = re.compile(r"(?<=[$¥£€])(\d+)\.\d\d(?![\d%A-Za-z])")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A date (Nov 3, Dec 24th, 12/01, 12/15/2026, 11月28号, 12月31日, 2026-12-06): when something happened or is wanted, not
# what is asked; its month and its numbers were words the entries weigh (月 is a month's, a membership's).
_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(rf"(?<![A-Za-z0-9])(?:{_MONTH}\s?\d{{1,2}}(?:st|nd|rd|th)?"
                   rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:of\s)?{_MONTH}"
                   r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d\d?-\d\d?)(?![A-Za-z0-9/])"
                   r"|(?:\d{4}年)?\d{1,2}月\d{1,2}[号號日]?", re.IGNORECASE)


def read_identifiers(text: str) -> str:
    """`text` with its identifiers read as what they are (module docstring); `text` itself when it has none."""
    if not any(ch.isdigit() for ch in text) and "@" not in text and "." not in text:
        return text
    if _SCHEMED.search(text):
        pieces = _SCHEMED.split(text)
        links = [*_SCHEMED.findall(text), ""]
        read = "".join(_read(piece) + link for piece, link in zip(pieces, links, strict=True))
    else:
        read = _read(text)
    return read if read != text else text


def _read(text: str) -> str:
    read = _EMAIL.sub(_CONTACT, text)
    read = _URL.sub(_site, read)
    read = _CHECK_ORDER_ZH.sub(" 怎么查物流 ", _CHECK_ORDER_EN.sub(" track my order ", read))
    read = _ORDER_LABEL_ZH.sub(r"\1 ", read)
    read = _ORDER_LABEL_EN.sub(r"\1 ", read)
    read = _PHONE.sub(_phone, read)
    read = _POSTCODE.sub(" ", read)
    read = _LABELLED.sub(" ", read).replace(_CONTACT, " ")
    read = _IDENTIFIER.sub(" ", read)
    read = _DATE.sub(_day, _THOUSANDS.sub("", _CENTS.sub(r"\1", read)))
    if not _ASKS_CURRENCY.search(read):
        read = _DOLLAR_PREFIX.sub("$", read)
        read = _AMOUNT_CURRENCY.sub(lambda m: f"{m.group(1)} " if m.group(1) else " ", read)
    return read


def _site(found: re.Match[str]) -> str:
    host = _HOST.match(found.group(0))
    labels = [label for label in (host.group(1) if host else "").lower().split(".") if label]
    names = [label for label in labels[:-1] if label not in _HOST_SKIP]
    return f" {names[-1] if len(names) == 1 else (names[-2] if len(names) > 1 else '')} "


def _day(found: re.Match[str]) -> str:
    """A date as its day's number alone ("Dec 24" -> "24", "12/01" -> "1", "11月28号" -> "28号"): a number, as "by
    the 24th" is."""
    date = found.group(0)
    numbers = re.findall(r"\d+", date)
    if "月" in date:
        return f" {numbers[-1]}号 "
    day = numbers[2] if "-" in date else numbers[1] if "/" in date else numbers[0]
    return f" {day.lstrip('0') or day} "


def _phone(found: re.Match[str]) -> str:
    return _CONTACT if sum(ch.isdigit() for ch in found.group(0)) >= 7 else found.group(0)
