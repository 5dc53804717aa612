"""campaigns.yaml: brand campaigns (segment, content, schedule, routes, WeCom groups); every problem with its line.

    campaigns:
      - id: spring-jobs
        name: {zh: 春季招聘, en: Spring hiring}
        segment: "tag:careers & !tag:churned & (city:vancouver | city:toronto)"
        send: {job: member-city}                 # as a sequence step: text, product, job, link (lesson too)
        tones:                                   # per member at render, a holdout keeps `send` (docs/leaders.md)
          - {id: leaders, when: {tag: leader}, send: {text: {zh: ..., en: ...}}}
        routes: [oa_custom, kf, wecom_mass]      # default: oa_custom / kf / wecom_mass by channel
        schedule: now                            # now | {local: "10:00", date: 2026-12-05} | {window: 2h}
        groups: [{chat_id: wrOgAAA, owner: zhangsan}]
        confirm: {remind: 4h, expire: 24h}
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode

from bot.content.campaigns import (
    CAMPAIGN_ROUTES,
    SCHEDULE_LOCAL,
    SCHEDULE_NOW,
    SCHEDULE_WINDOW,
    Campaign,
    GroupTarget,
    Schedule,
)
from bot.content.localized import LocalizedText
from bot.content.schema.fields import define_id, read_localized
from bot.content.schema.sequences import parse_clock, parse_duration, read_send, read_send_tones
from bot.content.sequences import SEND_WELCOME
from bot.content.yaml_reader import DirectoryReader, FileReader, key_path, unknown
from bot.segments.parser import SegmentSyntaxError, parse

CAMPAIGNS_FILE = "campaigns.yaml"
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CHAT_ID_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def read_campaigns(run: DirectoryReader) -> list[Campaign]:
    r, top = run.top(CAMPAIGNS_FILE, keys=("campaigns",), defines=("campaign",))
    if "campaigns" not in top:
        return []
    return [v for _n, v in r.items(top["campaigns"], "campaigns", lambda n, p: _read_campaign(r, run, n, p))]


def _read_campaign(r: FileReader, run: DirectoryReader, node: Node, path: str) -> Campaign | None:
    f = r.mapping(node, path, required=("id", "name", "segment", "send"),
                  optional=("routes", "schedule", "groups", "confirm", "tones"))
    if f is None:
        return None
    campaign_id = define_id(r, run, "campaign", f, path)
    name = read_localized(r, f["name"], f"{path}.name", max_bytes=None) if "name" in f else LocalizedText()
    segment = _segment(r, f["segment"], f"{path}.segment") if "segment" in f else None
    send = read_send(r, run, f["send"], f"{path}.send") if "send" in f else None
    if send is not None and send.kind == SEND_WELCOME:
        r.report(f["send"], f"{path}.send", "a campaign cannot send `welcome` (only a follow's own answer can)")
        send = None
    tones = read_send_tones(r, run, f["tones"], f"{path}.tones") if "tones" in f else ()
    routes: tuple[str, ...] = ()
    if "routes" in f:
        routes = r.words(f["routes"], f"{path}.routes",
                         check=lambda w: None if w in CAMPAIGN_ROUTES else unknown(w, CAMPAIGN_ROUTES, "route"))
    schedule = _schedule(r, f["schedule"], f"{path}.schedule") if "schedule" in f else Schedule()
    groups = tuple(g for g in (_group(r, n, f"{path}.groups[{i}]")
                               for i, n in enumerate(r.seq(f["groups"], f"{path}.groups"))) if g) \
        if "groups" in f else ()
    remind_s, expire_s = 4 * 3600, 24 * 3600
    if "confirm" in f:
        g = r.mapping(f["confirm"], f"{path}.confirm", optional=("remind", "expire"))
        for name_, target in (("remind", "remind_s"), ("expire", "expire_s")):
            if g is not None and name_ in g:
                text = r.text(g[name_], key_path(f"{path}.confirm", name_)) or ""
                seconds = parse_duration(text)
                if seconds is None or seconds <= 0:
                    r.report(g[name_], key_path(f"{path}.confirm", name_), f"{text!r}: a duration such as 4h or 1d")
                elif target == "remind_s":
                    remind_s = seconds
                else:
                    expire_s = seconds
    if not (campaign_id and name and segment and send and schedule):
        return None
    return Campaign(id=campaign_id, name=name, segment=segment, send=send, routes=routes, schedule=schedule,
                    groups=groups, remind_s=remind_s, expire_s=expire_s, tones=tones)


def _segment(r: FileReader, node: Node, path: str) -> str | None:
    text = r.text(node, path)
    if text is None:
        return None
    try:
        parse(text)
    except SegmentSyntaxError as exc:
        r.report(node, path, f"{exc.reason} at column {exc.column} of {text!r}")
        return None
    return text


def _schedule(r: FileReader, node: Node, path: str) -> Schedule | None:
    if isinstance(node, ScalarNode):
        word = r.text(node, path)
        if word == SCHEDULE_NOW:
            return Schedule()
        r.report(node, path, f"expected now, {{local: \"10:00\", date: YYYY-MM-DD}} or {{window: 2h}}, got {word!r}")
        return None
    if not isinstance(node, MappingNode):
        r.report(node, path, "expected now, {local: ...} or {window: ...}")
        return None
    f = r.mapping(node, path, optional=(SCHEDULE_LOCAL, "date", SCHEDULE_WINDOW))
    if f is None:
        return None
    if SCHEDULE_LOCAL in f:
        text = r.text(f[SCHEDULE_LOCAL], key_path(path, SCHEDULE_LOCAL)) or ""
        minute = parse_clock(text)
        day = r.text(f["date"], key_path(path, "date")) or "" if "date" in f else ""
        if minute is None:
            r.report(f[SCHEDULE_LOCAL], key_path(path, SCHEDULE_LOCAL), f"{text!r}: a local time such as \"10:00\"")
            return None
        if day and not DATE_RE.match(day):
            r.report(f["date"], key_path(path, "date"), f"{day!r}: a date such as 2026-12-05")
            return None
        return Schedule(kind=SCHEDULE_LOCAL, time_min=minute, date=day)
    if SCHEDULE_WINDOW in f:
        text = r.text(f[SCHEDULE_WINDOW], key_path(path, SCHEDULE_WINDOW)) or ""
        seconds = parse_duration(text)
        if not seconds:
            r.report(f[SCHEDULE_WINDOW], key_path(path, SCHEDULE_WINDOW), f"{text!r}: a duration such as 2h")
            return None
        return Schedule(kind=SCHEDULE_WINDOW, spread_s=seconds)
    r.report(node, path, "give local or window")
    return None


def _group(r: FileReader, node: Node, path: str) -> GroupTarget | None:
    f = r.mapping(node, path, required=("chat_id", "owner"))
    if f is None or "chat_id" not in f or "owner" not in f:
        return None
    chat, owner = r.text(f["chat_id"], f"{path}.chat_id"), r.text(f["owner"], f"{path}.owner")
    if not chat or not CHAT_ID_RE.match(chat):
        r.report(f["chat_id"], f"{path}.chat_id", "a WeCom customer group chat_id (letters, digits, - and _)")
        return None
    return GroupTarget(chat_id=chat, owner=owner) if owner else None
