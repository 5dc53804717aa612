"""handoff.yaml: who is told when a member asks for a person, when they answer, and what the bot does
meanwhile (bot.content.model.Handoff says what each field means)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from yaml.nodes import Node

from bot.content.model import HANDOFF_WORDS, Handoff, with_defaults
from bot.content.schema.fields import read_boolean, read_id, read_localized
from bot.content.schema.groups import ENV_NAME_RE
from bot.content.yaml_reader import DirectoryReader, FileReader, key_path, unknown
from bot.text import normalize

HANDOFF_FILE = "handoff.yaml"
KEYS = ("staff", "robot", "timezone", "zone_label", "office_hours", "words", "close_word", "on_unanswered",
        "quiet", "timeout", "faq", "kf_servicer", "waiting_on")
DAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
USERID_RE = re.compile(r"^[A-Za-z0-9_@.-]{1,64}$")  # WeCom userids: letters, digits, _ - @ . (≤ 64)
ROBOT_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # as SIYU_GROUP_ROBOT_KEYS names them (bot.settings)
CLOCK_RE = re.compile(r"^([01]?\d|2[0-4]):([0-5]\d)$")
DURATION_RE = re.compile(r"^(\d+)\s*(m|h|d)$")
DURATION_UNITS = {"m": 60, "h": 3600, "d": 86400}
def read_handoff(run: DirectoryReader, opt_out_words: tuple[str, ...] = (),
                 customer_robots: Mapping[str, str] | None = None) -> Handoff:
    """handoff.yaml, or the defaults (nobody to tell: the bot says so) when the file is absent.

    `customer_robots` maps groups.yaml's robot_key_env names to their group ids: a staff notification
    quotes what a member said, so it must never go to a customer group's robot."""
    r = run.reader(HANDOFF_FILE)
    node = run.compose(HANDOFF_FILE, required=False)
    if node is None:
        return Handoff()
    f = r.mapping(node, "", optional=KEYS)
    if f is None:
        return Handoff()
    values: dict[str, object] = {}
    if "staff" in f:
        values["staff"] = r.words(f["staff"], "staff", check=lambda u: None if USERID_RE.match(u) else (
            f"{u!r} is not a WeCom userid (letters, digits, '_', '-', '@', '.'; at most 64)"))
    if "robot" in f:
        robot = r.text(f["robot"], "robot") or ""
        if robot and not (ROBOT_NAME_RE.match(robot) or ENV_NAME_RE.match(robot)):
            r.report(f["robot"], "robot", "name a robot from SIYU_GROUP_ROBOT_KEYS or a group's robot_key_env, "
                                          "never its key")
            robot = ""
        elif robot in (customer_robots or {}):
            r.report(f["robot"], "robot", f"{robot} is the robot of customer group "
                                          f"{(customer_robots or {})[robot]!r} (groups.yaml): staff notifications "
                                          "quote members' messages, so name a staff-only group's robot")
            robot = ""
        values["robot"] = robot
    if "timezone" in f:
        zone = r.text(f["timezone"], "timezone") or ""
        if zone and _zone_complaint(zone):
            r.report(f["timezone"], "timezone", _zone_complaint(zone) or "")
        elif zone:
            values["timezone"] = zone
    if "zone_label" in f:
        values["zone_label"] = read_localized(r, f["zone_label"], "zone_label", max_bytes=64)
    if "office_hours" in f:
        values.update(_office_hours(r, f["office_hours"]))
    if "words" in f:
        words = r.words(f["words"], "words")
        clash = {normalize(w) for w in words} & {normalize(w) for w in opt_out_words}
        if clash:
            r.report(f["words"], "words", f"{sorted(clash)} also opt out (brand.yaml); a word cannot do both")
        values["words"] = with_defaults(HANDOFF_WORDS, words)
    if "close_word" in f:
        word = r.text(f["close_word"], "close_word") or ""
        if word and len(word.split()) != 1:
            r.report(f["close_word"], "close_word", "one word: staff send it followed by the handoff's id")
        elif word:
            values["close_word"] = word
    for name in ("on_unanswered", "quiet"):
        if name in f:
            flag = read_boolean(r, f[name], name)
            if flag is not None:
                values[name] = flag
    if "timeout" in f:
        timeout = _duration(r, f["timeout"], "timeout")
        if timeout is not None:
            values["timeout_s"] = timeout
    for name in ("faq", "waiting_on"):
        if name in f:
            ids = tuple(i for i in (read_id(r, item, f"{name}[{n}]") for n, item in enumerate(r.seq(f[name], name)))
                        if i)
            run.refer(r, f[name], name, "faq", ids)
            values[name] = ids
    if "kf_servicer" in f:
        servicer = r.text(f["kf_servicer"], "kf_servicer") or ""
        if servicer and not USERID_RE.match(servicer):
            r.report(f["kf_servicer"], "kf_servicer", f"{servicer!r} is not a WeCom userid")
        else:
            values["kf_servicer"] = servicer
    handoff = Handoff(**values)  # type: ignore[arg-type]
    if not handoff.reachable and (handoff.on_unanswered or handoff.faq or handoff.waiting_on):
        r.report(node, "", "on_unanswered / faq / waiting_on open handoffs, but no staff or robot is named to tell")
    return handoff


def _zone_complaint(zone: str) -> str | None:
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {zone!r}; use an IANA name such as America/Vancouver or Asia/Shanghai"
    return None


def _office_hours(r: FileReader, node: Node) -> dict[str, object]:
    """`{days: [mon, tue, ...], from: "09:00", to: "18:00"}`."""
    f = r.mapping(node, "office_hours", required=("from", "to"), optional=("days",))
    if f is None:
        return {}
    out: dict[str, object] = {}
    if "days" in f:
        days: list[int] = []
        for i, item in enumerate(r.seq(f["days"], "office_hours.days")):
            word = (r.text(item, f"office_hours.days[{i}]") or "").lower()[:3]
            if word and word not in DAYS:
                r.report(item, f"office_hours.days[{i}]", unknown(word, list(DAYS), "day"))
            elif word:
                days.append(DAYS[word])
        if not days:
            r.report(f["days"], "office_hours.days", "no days: nobody would ever be in")
        out["days"] = tuple(sorted(set(days)))
    minutes = {}
    for key in ("from", "to"):
        if key in f:
            value = r.text(f[key], key_path("office_hours", key)) or ""
            match = CLOCK_RE.match(value)
            if value and not match:
                r.report(f[key], key_path("office_hours", key), f"{value!r}: write the time as HH:MM, e.g. \"09:00\"")
            elif match:
                minutes[key] = int(match.group(1)) * 60 + int(match.group(2))
    if "from" in minutes and "to" in minutes:
        if minutes["from"] >= minutes["to"] or minutes["to"] > 24 * 60:
            r.report(f["to"], "office_hours.to", "must be later than office_hours.from on the same day")
        else:
            out["opens"], out["closes"] = minutes["from"], minutes["to"]
    return out


def _duration(r: FileReader, node: Node, path: str) -> int | None:
    """`30m`, `12h`, `2d`: between 5 minutes and 7 days."""
    value = (r.text(node, path) or "").lower()
    match = DURATION_RE.match(value)
    if not match:
        if value:
            r.report(node, path, f"{value!r}: write a duration such as 30m, 12h or 2d")
        return None
    seconds = int(match.group(1)) * DURATION_UNITS[match.group(2)]
    if not 300 <= seconds <= 7 * 86400:
        r.report(node, path, f"{value}: between 5 minutes and 7 days (a handoff left open longer silences the bot)")
        return None
    return seconds

