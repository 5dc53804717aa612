"""community.yaml: how leaders are scored, referral codes and their reward, the tone holdout; and the
`tones:` lists that FAQ entries and sequence steps carry (bot.content.community and bot.content.variants
say what each field means)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from yaml.nodes import Node

from bot.content.community import (
    ACTIVITIES,
    DEFAULT_RULES,
    GROUP_ACTIVITIES,
    ActivityRule,
    ArchiveSource,
    Community,
    LeaderRules,
    Referral,
    ReferralReward,
)
from bot.content.localized import LocalizedText
from bot.content.schema.fields import (
    read_audience_words,
    read_id,
    read_localized,
    read_tone_id,
    read_url,
    tag_complaint,
)
from bot.content.variants import Audience, LessonTone, ToneText
from bot.content.yaml_reader import DirectoryReader, FileReader, key_path

COMMUNITY_FILE = "community.yaml"
CHANNELS = ("oa", "wecom", "kf", "group_bot")
NUMBER_RE = re.compile(r"^\d+(\.\d+)?$")
DURATION_RE = re.compile(r"^(\d+)\s*(m|h|d)$")
DURATION_UNITS = {"m": 60, "h": 3600, "d": 86400}


def read_community(run: DirectoryReader) -> Community:
    """community.yaml, or the defaults (docs/leaders.md) when the file is absent."""
    r, top = run.top(COMMUNITY_FILE, keys=("leaders", "referral", "tones", "archive"))
    leaders = _leaders(r, top["leaders"]) if "leaders" in top else LeaderRules()
    archive = _archive(r, run, top["archive"], leaders) if "archive" in top else ArchiveSource()
    referral = _referral(r, run, top["referral"]) if "referral" in top else Referral()
    holdout = 10
    if "tones" in top:
        f = r.mapping(top["tones"], "tones", optional=("holdout_pct",))
        if f and "holdout_pct" in f:
            value = _number(r, f["holdout_pct"], "tones.holdout_pct")
            if value is not None and not 0 <= value <= 100:
                r.report(f["holdout_pct"], "tones.holdout_pct", "a percentage from 0 to 100")
            elif value is not None:
                holdout = int(value)
    return Community(leaders=leaders, referral=referral, holdout_pct=holdout, archive=archive)


def _archive(r: FileReader, run: DirectoryReader, node: Node, leaders: LeaderRules) -> ArchiveSource:
    """`archive: {file: PATH | export_dir: PATH, weight, cap}`: the brand's JSON-lines export of WeCom's chat
    archive (a path relative to the config directory, or absolute), and what its PageRank is worth, capped below
    every threshold like any one activity (docs/leaders.md, "The archive")."""
    f = r.mapping(node, "archive", optional=("file", "export_dir", "weight", "cap"))
    if f is None:
        return ArchiveSource()
    where = [k for k in ("file", "export_dir") if k in f]
    if len(where) != 1:
        r.report(node, "archive", "give exactly one of file (one JSON-lines export) or export_dir (its *.jsonl "
                                  "files)")
        return ArchiveSource()
    key = where[0]
    text = r.text(f[key], f"archive.{key}") or ""
    path = Path(text) if Path(text).is_absolute() else run.directory / text
    if not text:
        return ArchiveSource()
    if key == "file" and not path.is_file():
        r.report(f[key], "archive.file", f"no such file: {str(path)!r}")
        return ArchiveSource()
    if key == "export_dir" and not path.is_dir():
        r.report(f[key], "archive.export_dir", f"no such directory: {str(path)!r}")
        return ArchiveSource()
    base = ArchiveSource()
    weight = _number(r, f["weight"], "archive.weight") if "weight" in f else base.weight
    cap = _number(r, f["cap"], "archive.cap") if "cap" in f else base.cap
    if weight is None or cap is None:
        return ArchiveSource()
    if cap <= 0:
        r.report(f["cap"], "archive.cap", "a cap above 0: the archive's points are capped like any activity")
        return ArchiveSource()
    lowest = min(leaders.threshold, leaders.group_threshold)
    if cap + leaders.tenure_max >= lowest:
        r.report(f.get("cap", node), "archive.cap",
                 f"the archive alone can earn {cap:g} points (+{leaders.tenure_max:g} tenure), reaching the "
                 f"threshold {lowest:g}: being talked to alone would make a leader; lower the cap")
        return ArchiveSource()
    return ArchiveSource(weight=weight, cap=cap, **{key: str(path)})


def _leaders(r: FileReader, node: Node) -> LeaderRules:
    f = r.mapping(node, "leaders", optional=("window_days", "threshold", "untag_below", "tag", "tenure_per_day",
                                             "tenure_max", "activities", "groups"))
    if f is None:
        return LeaderRules()
    values: dict[str, object] = {}
    for name in ("window_days", "threshold", "untag_below", "tenure_per_day", "tenure_max"):
        if name in f:
            value = _number(r, f[name], f"leaders.{name}")
            if value is not None:
                values[name] = int(value) if name == "window_days" else value
    if "window_days" in values and not 1 <= int(values["window_days"]) <= 90:  # type: ignore[call-overload]
        r.report(f["window_days"], "leaders.window_days", "from 1 to 90 days (the activity log keeps 92)")
        values.pop("window_days")
    if "tag" in f:
        tag = r.text(f["tag"], "leaders.tag") or ""
        if tag and (complaint := tag_complaint(tag)):
            r.report(f["tag"], "leaders.tag", complaint)
        elif tag:
            values["tag"] = tag
    rules = dict(DEFAULT_RULES)
    if "activities" in f:
        g = r.mapping(f["activities"], "leaders.activities", optional=ACTIVITIES)
        for name, rule_node in (g or {}).items():
            where = key_path("leaders.activities", name)
            h = r.mapping(rule_node, where, optional=("weight", "daily_cap", "window_cap"))
            if h is None:
                continue
            base = DEFAULT_RULES[name]
            weight = _number(r, h["weight"], f"{where}.weight") if "weight" in h else base.weight
            cap = _number(r, h["daily_cap"], f"{where}.daily_cap") if "daily_cap" in h else base.daily_cap
            window = _number(r, h["window_cap"], f"{where}.window_cap") if "window_cap" in h else base.window_cap
            if weight is not None and cap is not None and window is not None:
                rules[name] = ActivityRule(weight=weight, daily_cap=int(cap), window_cap=window)
    values["rules"] = rules
    groups = (r.mapping(f["groups"], "leaders.groups", optional=("threshold", "untag_below")) or {}) \
        if "groups" in f else {}
    for name in ("threshold", "untag_below"):
        if name in groups:
            value = _number(r, groups[name], f"leaders.groups.{name}")
            if value is not None:
                values[f"group_{name}"] = value
    found = LeaderRules(**values)  # type: ignore[arg-type]
    _check_thresholds(r, f, groups, node, found)
    return found


def _check_thresholds(r: FileReader, f: Mapping[str, Node], groups: Mapping[str, Node], node: Node,
                      found: LeaderRules) -> None:
    """The point of the caps: no single activity alone may reach a threshold (docs/leaders.md), the brand's or,
    over what counts in a group (GROUP_ACTIVITIES), a group's."""
    for name, rule in found.rules.items():
        most = rule.window_cap or rule.weight * rule.daily_cap * found.window_days
        if most + found.tenure_max >= found.threshold:
            r.report(f.get("threshold", node), "leaders.threshold",
                     f"{name!r} alone can earn {most:g} points (+{found.tenure_max:g} tenure), reaching the threshold "
                     f"{found.threshold:g}: one activity alone would make a leader; lower its window_cap or raise "
                     "the threshold")
    fallback = f.get("groups", node)
    for name in GROUP_ACTIVITIES:  # the same rule for a group's leaders, over what counts in a group
        rule = found.rule(name)
        most = rule.window_cap or rule.weight * rule.daily_cap * found.window_days
        if most + found.tenure_max >= found.group_threshold:
            r.report(groups.get("threshold", fallback), "leaders.groups.threshold",
                     f"{name!r} alone can earn {most:g} points in a group (+{found.tenure_max:g} tenure), reaching "
                     f"the group threshold {found.group_threshold:g}: one activity alone would make a group's leader")
    if found.group_untag_at > found.group_threshold:
        r.report(groups.get("untag_below", fallback), "leaders.groups.untag_below",
                 f"{found.group_untag_at:g} is above the group threshold {found.group_threshold:g}: a member tagged "
                 "at the threshold would lose the tag at once")


def _referral(r: FileReader, run: DirectoryReader, node: Node) -> Referral:
    f = r.mapping(node, "referral", optional=("words", "link", "text", "stay", "reward"))
    if f is None:
        return Referral()
    values: dict[str, object] = {}
    if "words" in f:
        values["words"] = r.words(f["words"], "referral.words")
    if "link" in f:
        link = read_url(r, f["link"], "referral.link")
        if link and "?" in link:
            r.report(f["link"], "referral.link", "the acquisition link as WeCom gives it, without a query: Siyu "
                                                 "appends customer_channel=<the member's code>")
        elif link:
            values["link"] = link
    if "text" in f:
        values["text"] = read_localized(r, f["text"], "referral.text")
    if "stay" in f:
        stay = _duration(r, f["stay"], "referral.stay")
        if stay is not None:
            values["stay_s"] = stay
    if "reward" in f:
        g = r.mapping(f["reward"], "referral.reward", required=("after",),
                      optional=("tag", "text", "url", "lesson"))
        if g is not None:
            after = _number(r, g["after"], "referral.reward.after") if "after" in g else None
            tag = (r.text(g["tag"], "referral.reward.tag") or "") if "tag" in g else ""
            if tag and (complaint := tag_complaint(tag)):
                r.report(g["tag"], "referral.reward.tag", complaint)
                tag = ""
            text = read_localized(r, g["text"], "referral.reward.text") if "text" in g else LocalizedText()
            url = read_url(r, g["url"], "referral.reward.url") if "url" in g else ""
            lesson, number = _reward_lesson(r, run, g["lesson"]) if "lesson" in g else ("", 1)
            if after is not None and not (tag or text or url or lesson):
                r.report(g.get("after"), "referral.reward", "a reward needs a tag, a text, a url or a lesson")
            values["reward"] = ReferralReward(after=int(after or 0), tag=tag, text=text, url=url, lesson=lesson,
                                              lesson_number=number)
    return Referral(**values)  # type: ignore[arg-type]


def _reward_lesson(r: FileReader, run: DirectoryReader, node: Node) -> tuple[str, int]:
    """`lesson: {series: ID, number: N}` (number 1 by default): a tutorial lesson sent with the reward."""
    path = "referral.reward.lesson"
    f = r.mapping(node, path, required=("series",), optional=("number",))
    if f is None or "series" not in f:
        return "", 1
    series = read_id(r, f["series"], f"{path}.series") or ""
    if series:
        run.refer(r, f["series"], f"{path}.series", "tutorial", [series])
    number = _number(r, f["number"], f"{path}.number") if "number" in f else 1.0
    if number is None or number < 1 or number != int(number):
        r.report(f["number"], f"{path}.number", "a lesson number from 1")
        return "", 1
    return series, int(number)


def read_tones(r: FileReader, node: Node, path: str) -> tuple[ToneText, ...]:
    """A FAQ entry's `tones:`: `- {id, when: {tag, lacks_tag, locale, channel}, answers: {zh, en}}`."""
    out: list[ToneText] = []
    ids: set[str] = set()
    for i, item in enumerate(r.seq(node, path)):
        where = f"{path}[{i}]"
        f = r.mapping(item, where, required=("id", "when", "answers"))
        if f is None:
            continue
        tone_id = read_tone_id(r, f, where, ids)
        when = read_audience(r, f["when"], f"{where}.when") if "when" in f else Audience()
        answers = read_localized(r, f["answers"], f"{where}.answers") if "answers" in f else LocalizedText()
        if tone_id and not when.empty and answers:
            ids.add(tone_id)
            out.append(ToneText(id=tone_id, when=when, answers=answers))
    return tuple(out)


def read_lesson_tones(r: FileReader, node: Node, path: str) -> tuple[LessonTone, ...]:
    """A tutorial series' `tones:`: `- {id, when: {tag, lacks_tag, locale}, intro: {zh, en}, outro: {zh, en}}`,
    an opening and/or closing line around each lesson for the audience (a group, when it is dropped)."""
    out: list[LessonTone] = []
    for i, item in enumerate(r.seq(node, path)):
        where = f"{path}[{i}]"
        f = r.mapping(item, where, required=("id", "when"), optional=("intro", "outro"))
        if f is None:
            continue
        tone_id = read_tone_id(r, f, where, (t.id for t in out))
        when = read_audience(r, f["when"], f"{where}.when") if "when" in f else Audience()
        intro, outro = (read_localized(r, f[k], f"{where}.{k}") if k in f else LocalizedText()
                        for k in ("intro", "outro"))
        if "intro" not in f and "outro" not in f:
            r.report(item, where, "give intro, outro or both: the lines this tone adds around each lesson")
        if tone_id and not when.empty and (intro or outro):
            out.append(LessonTone(id=tone_id, when=when, intro=intro, outro=outro))
    return tuple(out)


def read_audience(r: FileReader, node: Node, path: str) -> Audience:
    f = r.mapping(node, path, optional=("tag", "lacks_tag", "locale", "channel"))
    if f is None:
        return Audience()
    tags, lacks, locales, channels = read_audience_words(r, f, path, tag_key="tag", channels=CHANNELS)
    found = Audience(tags=tags, lacks=lacks, locales=locales, channels=channels)
    if found.empty:
        r.report(node, path, "say whom the tone is for: tag, lacks_tag, locale or channel")
    return found


def _number(r: FileReader, node: Node, path: str) -> float | None:
    text = r.text(node, path)
    if text is None:
        return None
    if not NUMBER_RE.match(text):
        r.report(node, path, f"expected a number of at least 0, got {text!r}")
        return None
    return float(text)


def _duration(r: FileReader, node: Node, path: str) -> int | None:
    text = r.text(node, path)
    found = DURATION_RE.match(text) if text else None
    if text is not None and not found:
        r.report(node, path, f"expected a duration such as 24h or 1d, got {text!r}")
    return int(found.group(1)) * DURATION_UNITS[found.group(2)] if found else None
