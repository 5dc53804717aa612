"""sequences.yaml: nurture sequences (journeys) and the defaults they share; every problem with its line.

    defaults: {timezone: Asia/Shanghai, quiet_hours: "21:00-09:00", daily_cap: 2}
    sequences:
      - id: newcomer
        name: {zh: 新朋友的第一周, en: Your first week}
        triggers: [follow, contact_added]          # or {follow: SCENE}, {group_join: GROUP}, {keyword: [...]}, {tag: T}
        entry: once                                # once | again
        exit: {tags: [customer], replies: [...], conversion: [purchase], entering: [other]}
        steps:
          - {id: welcome, send: welcome, routes: [reply]}
          - {id: lesson-1, day: 1, time: "10:00", send: {lesson: sensitive-basics, number: 1}}
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode

from bot.content.localized import LocalizedText
from bot.content.schema.community import read_audience
from bot.content.schema.fields import (
    define_id,
    id_complaint,
    keyword_complaint,
    read_audience_words,
    read_id,
    read_localized,
    read_tone_id,
    read_url,
    read_zone,
    tag_complaint,
)
from bot.content.sequences import (
    AGAIN,
    CONTACT_ADDED,
    CONVERSION_KIND_RE,
    FOLLOW,
    GROUP_JOIN,
    KEYWORD,
    MEMBER_CITY,
    ONCE,
    REPLY_ROUTE,
    SEND_JOB,
    SEND_LESSON,
    SEND_LINK,
    SEND_PRODUCT,
    SEND_TEXT,
    SEND_WELCOME,
    TAG,
    TRIGGER_KINDS,
    Condition,
    ExitGoals,
    QuietHours,
    Sequence,
    SequenceDefaults,
    Step,
    StepContent,
    StepTone,
    Trigger,
    Variant,
)
from bot.content.yaml_reader import DirectoryReader, FileReader, key_path, unknown

SEQUENCES_FILE = "sequences.yaml"
# Routes a step may name: those that reach one member proactively (bot/channels; `reply` is the trigger's
# own answer). A unit test checks each exists in bot.channels.ROUTES.
STEP_ROUTES = ("oa_custom", "oa_subscribe", "oa_template", "kf", "wecom_task", REPLY_ROUTE)
CHANNELS = ("oa", "wecom", "kf")
OTHERWISE = ("skip", "wait")
STEP_ID_MAX = 24  # keeps a member's enrolment record within one small Redis value (bot/store/enrolments.py)
DURATION_RE = re.compile(r"^\s*(\d+)\s*(s|m|h|d)?\s*$")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
CLOCK_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_duration(text: str) -> int | None:
    """'90', '45s', '30m', '2h', '3d' -> seconds; None when it is none of these."""
    found = DURATION_RE.match(text)
    return int(found.group(1)) * UNITS[found.group(2)] if found else None


def parse_clock(text: str) -> int | None:
    """'21:00' -> minutes after midnight; None when malformed."""
    found = CLOCK_RE.match(text.strip())
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def read_sequences(run: DirectoryReader, default_timezone: str = "Asia/Shanghai"
                   ) -> tuple[SequenceDefaults, list[Sequence]]:
    r, top = run.top(SEQUENCES_FILE, keys=("defaults", "sequences"), defines=("sequence",))
    defaults = _read_defaults(r, top["defaults"], default_timezone) if "defaults" in top else \
        SequenceDefaults(timezone=default_timezone)
    sequences = [v for _n, v in r.items(top["sequences"], "sequences", lambda n, p: _read_sequence(r, run, n, p))] \
        if "sequences" in top else []
    return defaults, sequences


def _read_defaults(r: FileReader, node: Node, default_timezone: str) -> SequenceDefaults:
    f = r.mapping(node, "defaults", optional=("timezone", "quiet_hours", "daily_cap"))
    if f is None:
        return SequenceDefaults(timezone=default_timezone)
    zone = read_zone(r, f["timezone"], "defaults.timezone") if "timezone" in f else default_timezone
    quiet = _quiet(r, f["quiet_hours"], "defaults.quiet_hours") if "quiet_hours" in f else QuietHours()
    cap = _count(r, f["daily_cap"], "defaults.daily_cap", minimum=1) if "daily_cap" in f else 2
    return SequenceDefaults(timezone=zone or default_timezone, quiet_hours=quiet or QuietHours(), daily_cap=cap or 2)


def _read_sequence(r: FileReader, run: DirectoryReader, node: Node, path: str) -> Sequence | None:
    f = r.mapping(node, path, required=("id", "name", "steps"),
                  optional=("triggers", "entry", "not_while_in", "exit", "quiet_hours", "timezone", "paused"))
    if f is None:
        return None
    seq_id = define_id(r, run, "sequence", f, path)
    name = read_localized(r, f["name"], f"{path}.name", max_bytes=None) if "name" in f else LocalizedText()
    triggers = tuple(t for t in (_read_trigger(r, run, n, f"{path}.triggers[{i}]")
                                 for i, n in enumerate(r.seq(f["triggers"], f"{path}.triggers")))
                     if t is not None) if "triggers" in f else ()
    entry = ONCE
    if "entry" in f:
        entry = r.text(f["entry"], f"{path}.entry") or ONCE
        if entry not in (ONCE, AGAIN):
            r.report(f["entry"], f"{path}.entry", unknown(entry, (ONCE, AGAIN), "entry rule"))
            entry = ONCE
    not_while = r.words(f["not_while_in"], f"{path}.not_while_in", check=id_complaint) if "not_while_in" in f else ()
    run.refer(r, f.get("not_while_in", node), f"{path}.not_while_in", "sequence", not_while)
    goals = _read_exit(r, run, f["exit"], f"{path}.exit") if "exit" in f else ExitGoals()
    quiet = _quiet(r, f["quiet_hours"], f"{path}.quiet_hours") if "quiet_hours" in f else None
    zone = read_zone(r, f["timezone"], f"{path}.timezone") if "timezone" in f else ""
    paused = _flag(r, f["paused"], f"{path}.paused") if "paused" in f else False
    steps = _read_steps(r, run, f["steps"], f"{path}.steps") if "steps" in f else ()
    if not (seq_id and name and steps):
        return None
    return Sequence(id=seq_id, name=name, steps=steps, triggers=triggers, entry=entry, not_while_in=not_while,
                    exit=goals, quiet_hours=quiet, timezone=zone or "", paused=bool(paused))


def _read_trigger(r: FileReader, run: DirectoryReader, node: Node, path: str) -> Trigger | None:
    """`follow` | `{follow: SCENE}` | `contact_added` | `{contact_added: STATE}` | `{group_join: GROUP}` |
    `{keyword: [..]}` | `{tag: T}`."""
    if isinstance(node, ScalarNode):
        kind = r.text(node, path)
        if kind is None:
            return None
        if kind not in (FOLLOW, CONTACT_ADDED, GROUP_JOIN):
            r.report(node, path, unknown(kind, (FOLLOW, CONTACT_ADDED, GROUP_JOIN), "trigger") if kind not in
                     TRIGGER_KINDS else f"a {kind} trigger needs a value: {{{kind}: ...}}")
            return None
        return Trigger(kind=kind)
    f = r.mapping(node, path, optional=TRIGGER_KINDS)
    if f is None:
        return None
    if len(f) != 1:
        r.report(node, path, f"one trigger per item, e.g. {{follow: spring-qr}}; got {len(f)}")
        return None
    ((kind, value),) = f.items()
    where = key_path(path, kind)
    if kind == KEYWORD:
        words = r.words(value, where, check=keyword_complaint)
        return Trigger(kind=kind, keywords=words) if words else None
    text = r.text(value, where)
    if text is None:
        return None
    if kind == TAG and (complaint := tag_complaint(text)):
        r.report(value, where, complaint)
        return None
    if kind == GROUP_JOIN:
        run.refer(r, value, where, "group", [text])
    return Trigger(kind=kind, value=text)


def _read_exit(r: FileReader, run: DirectoryReader, node: Node, path: str) -> ExitGoals:
    f = r.mapping(node, path, optional=("tags", "replies", "conversion", "entering"))
    if f is None:
        return ExitGoals()
    tags = r.words(f["tags"], f"{path}.tags", check=tag_complaint) if "tags" in f else ()
    replies = r.words(f["replies"], f"{path}.replies", check=keyword_complaint) if "replies" in f else ()
    conversion, kinds = _read_conversion(r, f["conversion"], f"{path}.conversion") if "conversion" in f else (False, ())
    entering = r.words(f["entering"], f"{path}.entering", check=id_complaint) if "entering" in f else ()
    run.refer(r, f.get("entering", node), f"{path}.entering", "sequence", entering)
    return ExitGoals(tags=tags, replies=replies, conversion=conversion, entering=entering, conversion_kinds=kinds)


def _read_conversion(r: FileReader, node: Node, path: str) -> tuple[bool, tuple[str, ...]]:
    """`conversion: true` (any conversion ends it) or a list of kinds (`conversion: [purchase]`): a job
    application reported to /api/v1/conversions is not the purchase that ends a product nurture."""
    if isinstance(node, ScalarNode) and (node.value or "").lower() in ("true", "yes", "false", "no"):
        return bool(_flag(r, node, path)), ()
    kinds = r.words(node, path, check=_kind_complaint)
    return bool(kinds), kinds


def _kind_complaint(kind: str) -> str | None:
    if CONVERSION_KIND_RE.match(kind):
        return None
    return f"a conversion kind is lower-case letters, digits and '_' (purchase, application), got {kind!r}"


def _read_steps(r: FileReader, run: DirectoryReader, node: Node, path: str) -> tuple[Step, ...]:
    seen: dict[str, int] = {}
    steps: list[Step] = []
    items = r.seq(node, path)
    if not items:
        r.report(node, path, "a sequence needs at least one step")
    for i, item in enumerate(items):
        step = _read_step(r, run, item, f"{path}[{i}]", first=i == 0)
        if step is None:
            continue
        line = item.start_mark.line + 1
        if seen.setdefault(step.id, line) != line:
            r.report(item, f"{path}[{i}].id", f"step id {step.id!r} already used at line {seen[step.id]}: step ids "
                                              "must be unique and stable (running members are carried over by id)")
            continue
        steps.append(step)
    return tuple(steps)


def _read_step(r: FileReader, run: DirectoryReader, node: Node, path: str, *, first: bool) -> Step | None:
    f = r.mapping(node, path, required=("id",),
                  optional=("after", "day", "time", "send", "variants", "tones", "routes", "when", "wait", "confirm"))
    if f is None:
        return None
    step_id = read_id(r, f["id"], f"{path}.id") if "id" in f else None
    if step_id and len(step_id) > STEP_ID_MAX:
        r.report(f["id"], f"{path}.id", f"step ids are at most {STEP_ID_MAX} characters")
        step_id = None
    after_s = _duration(r, f["after"], f"{path}.after") if "after" in f else 0
    day = _count(r, f["day"], f"{path}.day", minimum=0) if "day" in f else None
    time_min = -1
    if "time" in f:
        time_min = _clock(r, f["time"], f"{path}.time")
        if "day" not in f:
            r.report(f["time"], f"{path}.time", "`time` goes with `day` (day N after enrolling, at this local time)")
    if "after" in f and "day" in f:
        r.report(f["after"], f"{path}.after", "give either `after` (after the previous step) or `day`, not both")
    if ("send" in f) == ("variants" in f):
        r.report(node, path, "give exactly one of `send` or `variants`")
    send = _read_send(r, run, f["send"], f"{path}.send") if "send" in f else None
    variants = _read_variants(r, run, f["variants"], f"{path}.variants") if "variants" in f else ()
    tones = read_send_tones(r, run, f["tones"], f"{path}.tones") if "tones" in f else ()
    routes: tuple[str, ...] = ()
    if "routes" in f:
        routes = r.words(f["routes"], f"{path}.routes",
                         check=lambda w: None if w in STEP_ROUTES else unknown(w, STEP_ROUTES, "route"))
    sends = ([send] if send else [v.send for v in variants]) + [t.send for t in tones]
    if any(s.kind == SEND_WELCOME for s in sends) and routes != (REPLY_ROUTE,):
        r.report(f.get("routes", node), f"{path}.routes",
                 "`send: welcome` is the trigger's own answer: give `routes: [reply]`")
    if REPLY_ROUTE in routes and not (first and "day" not in f and after_s == 0):
        r.report(f["routes"], f"{path}.routes", "route `reply` (the answer to the trigger itself) is only for "
                                                "the first step, due at once")
    when = _read_condition(r, f["when"], f"{path}.when") if "when" in f else Condition()
    wait_s = _duration(r, f["wait"], f"{path}.wait") if "wait" in f else 3 * 86400
    remind, expire, otherwise = 4 * 3600, 24 * 3600, "skip"
    if "confirm" in f:
        remind, expire, otherwise = _read_confirm(r, f["confirm"], f"{path}.confirm")
    if not step_id or (send is None and not variants):
        return None
    return Step(id=step_id, send=send, variants=variants, tones=tones, after_s=after_s or 0, day=day, time_min=time_min,
                routes=routes, when=when, wait_s=wait_s if wait_s is not None else 3 * 86400,
                confirm_remind_s=remind, confirm_expire_s=expire, confirm_otherwise=otherwise)


def _read_send(r: FileReader, run: DirectoryReader, node: Node, path: str) -> StepContent | None:
    """`welcome` | `{text: ...}` | `{lesson: SERIES, number: N}` | `{product: ID}` | `{job: ID|member-city}` |
    `{link: {title, url, description}}`."""
    if isinstance(node, ScalarNode):
        word = r.text(node, path)
        if word == SEND_WELCOME:
            return StepContent(kind=SEND_WELCOME)
        if word is not None:
            r.report(node, path, f"expected `welcome` or a mapping such as {{text: ...}}, got {word!r}")
        return None
    if not isinstance(node, MappingNode):
        r.report(node, path, "expected `welcome` or a mapping such as {text: ...}")
        return None
    kinds = (SEND_TEXT, SEND_LESSON, SEND_PRODUCT, SEND_JOB, SEND_LINK)
    f = r.mapping(node, path, optional=(*kinds, "number"))
    if f is None:
        return None
    given = [k for k in kinds if k in f]
    if len(given) != 1:
        r.report(node, path, f"give exactly one of {', '.join(kinds)}")
        return None
    kind = given[0]
    where = key_path(path, kind)
    if "number" in f and kind != SEND_LESSON:
        r.report(f["number"], key_path(path, "number"), "`number` goes with `lesson`")
    if kind == SEND_TEXT:
        text = read_localized(r, f[kind], where)
        return StepContent(kind=kind, text=text) if text else None
    if kind == SEND_LINK:
        g = r.mapping(f[kind], where, required=("title", "url"), optional=("description",))
        if g is None:
            return None
        title = read_localized(r, g["title"], key_path(where, "title"), max_bytes=None) if "title" in g else None
        url = read_url(r, g["url"], key_path(where, "url")) if "url" in g else ""
        description = read_localized(r, g["description"], key_path(where, "description"), required=False) \
            if "description" in g else LocalizedText()
        return StepContent(kind=kind, text=title, url=url, description=description) if title and url else None
    ref = r.text(f[kind], where)
    if ref is None:
        return None
    if kind == SEND_JOB and ref == MEMBER_CITY:
        return StepContent(kind=kind, ref=ref)
    if read_id(r, f[kind], where) is None:
        return None
    run.refer(r, f[kind], where, {SEND_LESSON: "tutorial", SEND_PRODUCT: "product", SEND_JOB: "job"}[kind], [ref])
    number: int | None = 0
    if kind == SEND_LESSON:
        number = _count(r, f["number"], key_path(path, "number"), minimum=1) if "number" in f else 1
    return StepContent(kind=kind, ref=ref, number=number or 1)


read_send = _read_send  # campaigns.yaml's `send` is a step's (bot/content/schema/campaigns.py)


def _read_variants(r: FileReader, run: DirectoryReader, node: Node, path: str) -> tuple[Variant, ...]:
    out: list[Variant] = []
    ids: set[str] = set()
    for i, item in enumerate(r.seq(node, path)):
        where = f"{path}[{i}]"
        f = r.mapping(item, where, required=("id", "send"), optional=("weight",))
        if f is None:
            continue
        variant_id = read_id(r, f["id"], f"{where}.id") if "id" in f else None
        if variant_id in ids:
            r.report(f["id"], f"{where}.id", f"variant id {variant_id!r} used twice in this step")
            variant_id = None
        weight = _count(r, f["weight"], f"{where}.weight", minimum=1) if "weight" in f else 1
        send = _read_send(r, run, f["send"], f"{where}.send") if "send" in f else None
        if send is not None and send.kind == SEND_WELCOME:
            r.report(f["send"], f"{where}.send", "a split step cannot send the welcome")
            send = None
        if variant_id and weight and send:
            ids.add(variant_id)
            out.append(Variant(id=variant_id, weight=weight, send=send))
    if len(out) == 1:
        r.report(node, path, "a split needs at least two variants (or use `send`)")
    return tuple(out)


def read_send_tones(r: FileReader, run: DirectoryReader, node: Node, path: str) -> tuple[StepTone, ...]:
    """`tones: - {id, when: {tag, lacks_tag, locale, channel}, send: ...}` (bot/content/variants.py): a
    sequence step's, and a campaign's (bot/content/schema/campaigns.py)."""
    out: list[StepTone] = []
    for i, item in enumerate(r.seq(node, path)):
        where = f"{path}[{i}]"
        f = r.mapping(item, where, required=("id", "when", "send"))
        if f is None:
            continue
        tone_id = read_tone_id(r, f, where, (t.id for t in out))
        when = read_audience(r, f["when"], f"{where}.when") if "when" in f else None
        send = _read_send(r, run, f["send"], f"{where}.send") if "send" in f else None
        if send is not None and send.kind == SEND_WELCOME:
            r.report(f["send"], f"{where}.send", "a tone cannot send the welcome")
            send = None
        if tone_id and when is not None and not when.empty and send is not None:
            out.append(StepTone(id=tone_id, when=when, send=send))
    return tuple(out)


def _read_condition(r: FileReader, node: Node, path: str) -> Condition:
    f = r.mapping(node, path, optional=("has_tag", "lacks_tag", "locale", "channel", "clicked_previous"))
    if f is None:
        return Condition()
    has, lacks, locales, channels = read_audience_words(r, f, path, tag_key="has_tag", channels=CHANNELS)
    clicked = _flag(r, f["clicked_previous"], f"{path}.clicked_previous") if "clicked_previous" in f else None
    return Condition(has_tags=has, lacks_tags=lacks, locales=locales, channels=channels, clicked_previous=clicked)


def _read_confirm(r: FileReader, node: Node, path: str) -> tuple[int, int, str]:
    """A WeCom confirm task's timing: remind the staff member after `remind`, give up after `expire`, then
    `otherwise`: skip the step, wait for the member's next interaction, or try another route."""
    f = r.mapping(node, path, optional=("remind_after", "expire_after", "otherwise"))
    remind, expire, otherwise = 4 * 3600, 24 * 3600, "skip"
    if f is None:
        return remind, expire, otherwise
    if "remind_after" in f:
        remind = _duration(r, f["remind_after"], f"{path}.remind_after") or remind
    if "expire_after" in f:
        expire = _duration(r, f["expire_after"], f"{path}.expire_after") or expire
    if remind >= expire:
        r.report(node, path, "remind_after must come before expire_after")
    if "otherwise" in f:
        word = r.text(f["otherwise"], f"{path}.otherwise") or "skip"
        allowed = (*OTHERWISE, *(x for x in STEP_ROUTES if x not in ("wecom_task", REPLY_ROUTE)))
        if word not in allowed:
            r.report(f["otherwise"], f"{path}.otherwise", unknown(word, allowed, "choice"))
        else:
            otherwise = word
    return remind, expire, otherwise


def _duration(r: FileReader, node: Node, path: str) -> int | None:
    text = r.text(node, path)
    if text is None:
        return None
    value = parse_duration(text)
    if value is None:
        r.report(node, path, f"{text!r} is not a duration; write e.g. 0, 90s, 30m, 2h or 3d")
    return value


def _clock(r: FileReader, node: Node, path: str) -> int:
    text = r.text(node, path)
    value = parse_clock(text) if text is not None else None
    if text is not None and value is None:
        r.report(node, path, f"{text!r} is not a time of day; write HH:MM, e.g. \"10:00\" (in quotes)")
    return -1 if value is None else value


def _quiet(r: FileReader, node: Node, path: str) -> QuietHours | None:
    text = r.text(node, path)
    if text is None:
        return None
    start, _, end = text.partition("-")
    a, b = parse_clock(start), parse_clock(end)
    if a is None or b is None:
        r.report(node, path, f"{text!r}: write quiet hours as \"21:00-09:00\" (local time, in quotes)")
        return None
    return QuietHours(start=a, end=b)



def _count(r: FileReader, node: Node, path: str, *, minimum: int) -> int | None:
    text = r.text(node, path)
    if text is None:
        return None
    if not text.isascii() or not text.isdigit() or int(text) < minimum:
        r.report(node, path, f"expected a whole number of at least {minimum}, got {text!r}")
        return None
    return int(text)


def _flag(r: FileReader, node: Node, path: str) -> bool | None:
    text = r.text(node, path)
    if text is None:
        return None
    if text.lower() in ("true", "yes"):
        return True
    if text.lower() in ("false", "no"):
        return False
    r.report(node, path, f"expected true or false, got {text!r}")
    return None
