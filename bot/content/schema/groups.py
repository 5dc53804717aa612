"""groups.yaml: the WeCom customer groups the bot serves (robot keys are named, never written), their
tutorial drop schedules, and the words a late joiner sends for the lessons they missed."""

from __future__ import annotations

import re
from datetime import date

from croniter import croniter  # the cron dialect RQ's CronScheduler reads too
from yaml.nodes import Node

from bot.content.groups import CATCHUP_WORDS, DropSchedule
from bot.content.localized import LocalizedText
from bot.content.model import Group, with_defaults
from bot.content.schema.fields import (
    define_id,
    keyword_complaint,
    read_id,
    read_localized,
    read_url,
    read_zone,
    tag_complaint,
)
from bot.content.schema.sequences import parse_duration
from bot.content.yaml_reader import DirectoryReader, FileReader, unknown
from bot.text import LOCALES, SCRIPTS, ZH

GROUPS_FILE = "groups.yaml"
ENV_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
WECOM_USERID_RE = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
DEFAULT_TIMEZONE = "Asia/Shanghai"


def read_groups(run: DirectoryReader) -> list[Group]:
    """groups.yaml's groups; a chat_id is served by one group only."""
    return read_groups_file(run)[0]


def read_groups_file(run: DirectoryReader) -> tuple[list[Group], tuple[str, ...]]:
    """groups.yaml's groups and its catch-up words (CATCHUP_WORDS plus the file's `catchup_words`)."""
    r, top = run.top(GROUPS_FILE, keys=("groups", "catchup_words"), defines=("group",))
    chats: dict[str, int] = {}
    words = r.words(top["catchup_words"], "catchup_words", check=keyword_complaint) if "catchup_words" in top else ()

    def group(node: Node, path: str) -> Group | None:
        f = r.mapping(node, path, required=("id", "name", "chat_id"),
                      optional=("robot_key_env", "owner", "timezone", "drops", "welcome", "locale", "script",
                                "tutorial_series", "join_url", "join", "tags"))
        if f is None:
            return None
        group_id = define_id(r, run, "group", f, path)
        name = r.text(f["name"], f"{path}.name") if "name" in f else None
        chat_id = r.text(f["chat_id"], f"{path}.chat_id") if "chat_id" in f else None
        if chat_id:
            line = f["chat_id"].start_mark.line + 1
            if chats.setdefault(chat_id, line) != line:
                r.report(f["chat_id"], f"{path}.chat_id", f"chat_id already used at line {chats[chat_id]}")
        env = r.text(f["robot_key_env"], f"{path}.robot_key_env") if "robot_key_env" in f else ""
        if env and not ENV_NAME_RE.match(env):
            r.report(f["robot_key_env"], f"{path}.robot_key_env",
                     "give the NAME of an environment variable (e.g. SIYU_ROBOT_KEY_VAN), not the key: "
                     "secrets never go in config files")
            env = None
        welcome = read_localized(r, f["welcome"], f"{path}.welcome", required=False) \
            if "welcome" in f else LocalizedText()
        locale = ZH
        if "locale" in f:
            locale = r.text(f["locale"], f"{path}.locale") or ZH
            if locale not in LOCALES:
                r.report(f["locale"], f"{path}.locale", unknown(locale, LOCALES, "locale"))
        script = r.text(f["script"], f"{path}.script") or "" if "script" in f else ""
        if script not in SCRIPTS:
            r.report(f["script"], f"{path}.script", f"{script!r} is not a script: give hk (Hong Kong traditional) or "
                                                    "tw (Taiwan traditional); leave it out for simplified")
            script = ""
        series = ""
        if "tutorial_series" in f:
            series = read_id(r, f["tutorial_series"], f"{path}.tutorial_series") or ""
            if series:
                run.refer(r, f["tutorial_series"], f"{path}.tutorial_series", "tutorial", [series])
        join_url = read_url(r, f["join_url"], f"{path}.join_url") if "join_url" in f else ""
        join = read_localized(r, f["join"], f"{path}.join", required=False) if "join" in f else LocalizedText()
        tags = r.words(f["tags"], f"{path}.tags", check=tag_complaint) if "tags" in f else ()
        owner = r.text(f["owner"], f"{path}.owner") or "" if "owner" in f else ""
        if owner and not WECOM_USERID_RE.match(owner):
            r.report(f["owner"], f"{path}.owner", f"{owner!r} is not a WeCom userid (the group owner's account)")
        if "robot_key_env" not in f and "owner" not in f:
            r.report(node, path, "give robot_key_env (the group's robot) or owner (the WeCom userid who owns the "
                                 "group and confirms its posts): without either nothing can be posted there")
        zone = read_zone(r, f["timezone"], f"{path}.timezone") if "timezone" in f else DEFAULT_TIMEZONE
        drops = _drops(r, run, f["drops"], f"{path}.drops", series, zone) if "drops" in f else None
        if not (group_id and name and chat_id and env is not None):
            return None
        return Group(id=group_id, name=name, chat_id=chat_id, robot_key_env=env or "", welcome=welcome,
                     locale=locale, tutorial_series=series, join_url=join_url, join=join, owner=owner,
                     drops=drops, tags=tuple(tags), script=script)

    groups = [v for _n, v in r.items(top["groups"], "groups", group)] if "groups" in top else []
    return groups, with_defaults(CATCHUP_WORDS, words)


def _drops(r: FileReader, run: DirectoryReader, node: Node, path: str, series: str,
           zone: str) -> DropSchedule | None:
    """`drops: {cron: "0 20 * * 2", start: 2026-12-01, series: ..., max_late: 2h}` (series: the group's
    tutorial_series by default; no start: from when the tick first sees it); cron in the group's `timezone`."""
    f = r.mapping(node, path, required=("cron",), optional=("start", "series", "max_late"))
    if f is None:
        return None
    cron = r.text(f["cron"], f"{path}.cron") or "" if "cron" in f else ""
    if cron and not croniter.is_valid(cron):
        r.report(f["cron"], f"{path}.cron", f"{cron!r} is not a cron expression (minute hour day month weekday, "
                                            "e.g. '0 20 * * 2' for Tuesdays at 20:00)")
        cron = ""
    start = r.text(f["start"], f"{path}.start") or "" if "start" in f else ""
    if start:
        try:
            date.fromisoformat(start)
        except ValueError:
            r.report(f["start"], f"{path}.start", f"{start!r} is not a date (YYYY-MM-DD, in the group's zone)")
            cron = ""
    if "series" in f:
        series = read_id(r, f["series"], f"{path}.series") or ""
        if series:
            run.refer(r, f["series"], f"{path}.series", "tutorial", [series])
    if not series:
        r.report(node, path, "drops need a series: give drops.series or the group's tutorial_series")
    late = 2 * 3600
    if "max_late" in f:
        text = r.text(f["max_late"], f"{path}.max_late") or ""
        parsed = parse_duration(text)
        if parsed is None:
            r.report(f["max_late"], f"{path}.max_late", f"{text!r} is not a duration; write e.g. 30m, 2h or 1d")
        else:
            late = parsed
    if not (cron and series and zone):
        return None
    return DropSchedule(cron=cron, series=series, start=start, timezone=zone, max_late_s=late)

