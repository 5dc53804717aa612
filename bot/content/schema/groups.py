"""groups.yaml: the WeCom customer groups the bot serves; robot keys are named, never written."""

from __future__ import annotations

import re

from yaml.nodes import Node

from bot.content.localized import LocalizedText
from bot.content.model import Group
from bot.content.schema.fields import define_id, read_id, read_localized, read_url
from bot.content.yaml_reader import DirectoryReader, unknown
from bot.text import LOCALES, ZH

GROUPS_FILE = "groups.yaml"
ENV_NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def read_groups(run: DirectoryReader) -> list[Group]:
    """groups.yaml's groups; a chat_id is served by one group only."""
    r, top = run.top(GROUPS_FILE, keys=("groups",))
    chats: dict[str, int] = {}

    def group(node: Node, path: str) -> Group | None:
        f = r.mapping(node, path, required=("id", "name", "chat_id", "robot_key_env"),
                      optional=("welcome", "locale", "tutorial_series", "join_url", "join"))
        if f is None:
            return None
        group_id = define_id(r, run, "group", f, path)
        name = r.text(f["name"], f"{path}.name") if "name" in f else None
        chat_id = r.text(f["chat_id"], f"{path}.chat_id") if "chat_id" in f else None
        if chat_id:
            line = f["chat_id"].start_mark.line + 1
            if chats.setdefault(chat_id, line) != line:
                r.report(f["chat_id"], f"{path}.chat_id", f"chat_id already used at line {chats[chat_id]}")
        env = r.text(f["robot_key_env"], f"{path}.robot_key_env") if "robot_key_env" in f else None
        if env is not None and not ENV_NAME_RE.match(env):
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
        series = ""
        if "tutorial_series" in f:
            series = read_id(r, f["tutorial_series"], f"{path}.tutorial_series") or ""
            if series:
                run.refer(r, f["tutorial_series"], f"{path}.tutorial_series", "tutorial", [series])
        join_url = read_url(r, f["join_url"], f"{path}.join_url") if "join_url" in f else ""
        join = read_localized(r, f["join"], f"{path}.join", required=False) if "join" in f else LocalizedText()
        if not (group_id and name and chat_id and env):
            return None
        return Group(id=group_id, name=name, chat_id=chat_id, robot_key_env=env, welcome=welcome,
                     locale=locale, tutorial_series=series, join_url=join_url, join=join)

    return [v for _n, v in r.items(top["groups"], "groups", group)] if "groups" in top else []
