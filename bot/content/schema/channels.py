"""channels.yaml: where newcomers come from (one WeCom contact way or group join way each), their welcome,
link and tags. The code itself is created by `siyu channels sync`; this file only says what it should be."""

from __future__ import annotations

from yaml.nodes import Node

from bot.content.groups import (
    CHANNEL_KINDS,
    CHANNEL_STATE_PREFIX,
    JOIN_WAY,
    REFERRAL_SOURCE,
    STATE_MAX_CHARS,
    AcqChannel,
)
from bot.content.localized import LocalizedText
from bot.content.schema.fields import define_id, read_localized, read_url, tag_complaint
from bot.content.schema.groups import WECOM_USERID_RE
from bot.content.yaml_reader import DirectoryReader, unknown

CHANNELS_FILE = "channels.yaml"
ROOM_BASE_NAME_MAX_CHARS = 40  # add_join_way room_base_name (docs/platform.md, groups section)


def read_channels(run: DirectoryReader) -> list[AcqChannel]:
    r, top = run.top(CHANNELS_FILE, keys=("channels",), defines=("channel",))

    def channel(node: Node, path: str) -> AcqChannel | None:
        f = r.mapping(node, path, required=("id", "name", "kind"),
                      optional=("welcome", "tags", "link", "staff", "groups", "auto_create_room", "room_base_name",
                                "room_base_id"))
        if f is None:
            return None
        channel_id = define_id(r, run, "channel", f, path)
        if channel_id == REFERRAL_SOURCE:
            r.report(f["id"], f"{path}.id", f"{REFERRAL_SOURCE!r} is the referral codes' row of the channel report: "
                                            "choose another id")
            channel_id = None
        if channel_id and len(CHANNEL_STATE_PREFIX + channel_id) > STATE_MAX_CHARS:
            r.report(f["id"], f"{path}.id", f"the code's state {CHANNEL_STATE_PREFIX + channel_id!r} would be "
                                            f"{len(CHANNEL_STATE_PREFIX + channel_id)} characters; WeCom takes at "
                                            f"most {STATE_MAX_CHARS}: shorten the id")
            channel_id = None
        name = r.text(f["name"], f"{path}.name") or "" if "name" in f else ""
        kind = r.text(f["kind"], f"{path}.kind") or "" if "kind" in f else ""
        if kind and kind not in CHANNEL_KINDS:
            r.report(f["kind"], f"{path}.kind", unknown(kind, CHANNEL_KINDS, "kind"))
            kind = ""
        welcome = read_localized(r, f["welcome"], f"{path}.welcome", required=False) \
            if "welcome" in f else LocalizedText()
        tags = r.words(f["tags"], f"{path}.tags", check=tag_complaint) if "tags" in f else ()
        link = read_url(r, f["link"], f"{path}.link") if "link" in f else ""
        staff = r.words(f["staff"], f"{path}.staff",
                        check=lambda u: None if WECOM_USERID_RE.match(u) else f"{u!r} is not a WeCom userid") \
            if "staff" in f else ()
        groups = r.words(f["groups"], f"{path}.groups") if "groups" in f else ()
        if groups:
            run.refer(r, f["groups"], f"{path}.groups", "group", groups)
        if kind == JOIN_WAY and not groups:
            r.report(node, path, "a join_way needs groups (groups.yaml ids; WeCom takes up to 5)")
        if kind == JOIN_WAY and len(groups) > 5:
            r.report(f["groups"], f"{path}.groups", f"{len(groups)} groups; a join way takes at most 5")
        if kind and kind != JOIN_WAY and not staff:
            r.report(node, path, "a contact_way needs staff (the WeCom userids whose 「联系我」 code it is)")
        auto = True
        if "auto_create_room" in f:
            text = (r.text(f["auto_create_room"], f"{path}.auto_create_room") or "").lower()
            if text not in ("true", "false"):
                r.report(f["auto_create_room"], f"{path}.auto_create_room", "write true or false")
            auto = text != "false"
        base_name = r.text(f["room_base_name"], f"{path}.room_base_name") or "" if "room_base_name" in f else ""
        if len(base_name) > ROOM_BASE_NAME_MAX_CHARS:
            r.report(f["room_base_name"], f"{path}.room_base_name",
                     f"{len(base_name)} characters; at most {ROOM_BASE_NAME_MAX_CHARS}")
        base_id = 1
        if "room_base_id" in f:
            text = r.text(f["room_base_id"], f"{path}.room_base_id") or ""
            if not text.isdigit():
                r.report(f["room_base_id"], f"{path}.room_base_id", "a whole number (the first new group's number)")
            else:
                base_id = int(text)
        if not (channel_id and name and kind):
            return None
        return AcqChannel(id=channel_id, name=name, kind=kind, welcome=welcome, tags=tags, link=link, staff=staff,
                          groups=groups, auto_create_room=auto, room_base_name=base_name, room_base_id=base_id)

    return [v for _n, v in r.items(top["channels"], "channels", channel)] if "channels" in top else []
