"""A chat-archive source without the C SDK: the JSON-lines export a brand's own tooling writes from WeCom's
会话内容存档 (one decrypted message per line, in the archive's own field names: msgid, action, from, tolist,
roomid, msgtime in milliseconds, msgtype, text.content; docs/platform.md §7.2). It yields the reply and mention
edges of `bot.community.archive.ReplyGraph`, so the existing PageRank can rank who others answer and mention.

Edges, per group (roomid):
- an @-mention: `@<id>` in a text message's content, where <id> is the userid or external userid of another
  member of the same room (a sender or receiver of its messages in the export). WeCom's text format carries
  the mention only as text; a display name the export did not rewrite to an id cannot be resolved and is
  counted as unresolved, never guessed.
- a reply: `reply_to` naming the msgid of an earlier message of the same room from someone else. This one field
  is not WeCom's (the documented text message has no quote reference): export tooling that knows the quote
  adds it.

Every line that is not such a message is skipped and counted by reason (`ParseStats`), never raised: an export
is input from outside Siyu. Only `action: send` in a room counts (recall and switch are not messages; a 1:1
chat has no group).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.community.activity import BRAND_SCOPE

# `@` then the mentioned: up to whitespace (WeCom puts U+2005 after a mention), another `@` or punctuation; a
# userid may hold dots (`zhang.san`), so only a trailing one is dropped (`@hub.` ends a sentence).
MENTION_RE = re.compile(r"@([^\s@，。！？、,!?:：;；()（）]{1,64})")
MAX_LINE = 64 * 1024  # a text message is at most a few KB; a longer line is not one and is skipped unread
EXPORT_GLOB = "*.jsonl"


@dataclass(frozen=True)
class ArchiveMessage:
    """What the graph needs of one archived group message."""

    msgid: str
    sender: str
    room: str
    at_ms: int
    receivers: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()  # @-tokens of the text, not yet resolved to room members
    reply_to: str = ""


@dataclass
class ParseStats:
    """Lines read and why each skipped one was skipped, so `siyu leaders` can say what the archive gave."""

    lines: int = 0
    messages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    unresolved_mentions: int = 0

    def skip(self, reason: str) -> None:
        self.skipped[reason] += 1

    def as_json(self) -> dict[str, object]:
        return {"lines": self.lines, "messages": self.messages, "skipped": dict(sorted(self.skipped.items())),
                "unresolved_mentions": self.unresolved_mentions}


def parse_line(line: str | bytes, stats: ParseStats) -> ArchiveMessage | None:
    """One export line as a group message, or None (the reason counted in `stats`)."""
    stats.lines += 1
    if len(line) > MAX_LINE:
        stats.skip("too_long")
        return None
    try:
        data = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        stats.skip("not_json")
        return None
    if not isinstance(data, dict):
        stats.skip("not_an_object")
        return None
    if data.get("action", "send") != "send":
        stats.skip("not_send")  # recall, switch: not messages (the archive's own actions)
        return None
    msgid, sender, room = (data.get(k) for k in ("msgid", "from", "roomid"))
    at_ms = data.get("msgtime")
    if not (isinstance(msgid, str) and msgid and isinstance(sender, str) and sender):
        stats.skip("no_msgid_or_from")
        return None
    if not isinstance(room, str) or not room:
        stats.skip("not_a_group")
        return None
    if not isinstance(at_ms, int) or isinstance(at_ms, bool) or at_ms <= 0:
        stats.skip("bad_msgtime")
        return None
    tolist = data.get("tolist")
    receivers = tuple(t for t in tolist if isinstance(t, str) and t) if isinstance(tolist, list) else ()
    text = data.get("text")
    content = text.get("content") if isinstance(text, dict) and data.get("msgtype") == "text" else None
    mentions = tuple(t for t in (m.rstrip(".") for m in MENTION_RE.findall(content)) if t) \
        if isinstance(content, str) else ()
    reply_to = data.get("reply_to")
    stats.messages += 1
    return ArchiveMessage(msgid=msgid, sender=sender, room=room, at_ms=at_ms, receivers=receivers,
                          mentions=mentions, reply_to=reply_to if isinstance(reply_to, str) else "")


def read_lines(paths: Iterable[Path], stats: ParseStats) -> Iterator[ArchiveMessage]:
    """Messages of the export files, in file order; an unreadable file is counted, not raised."""
    for path in paths:
        try:
            with path.open("rb") as handle:
                for line in handle:
                    if line.strip():
                        found = parse_line(line, stats)
                        if found is not None:
                            yield found
        except OSError:
            stats.skip("unreadable_file")


def export_files(file: str = "", export_dir: str = "") -> list[Path]:
    """The configured file, or the `*.jsonl` files of the export directory in name order (a daily export
    named by date reads in time order)."""
    if file:
        return [Path(file)]
    if export_dir:
        return sorted(Path(export_dir).glob(EXPORT_GLOB))
    return []


def edges_of(messages: Iterable[ArchiveMessage], stats: ParseStats
             ) -> dict[str, list[tuple[str, str, float]]]:
    """Per room, (from archive id, to archive id, 1.0) per mention of another room member and per reply to
    someone else's message. A mention resolves only to someone seen in the room (sender or receiver)."""
    seen: dict[str, set[str]] = {}
    senders: dict[tuple[str, str], str] = {}
    pending: list[tuple[str, str, tuple[str, ...], str]] = []  # only messages that may give an edge, slim
    for message in messages:
        people = seen.setdefault(message.room, set())
        people.add(message.sender)
        people.update(message.receivers)
        senders[(message.room, message.msgid)] = message.sender
        if message.mentions or message.reply_to:
            pending.append((message.room, message.sender, message.mentions, message.reply_to))
    out: dict[str, list[tuple[str, str, float]]] = {room: [] for room in seen}
    for room, sender, mentions, reply_to in pending:
        found = out[room]
        for token in mentions:
            if token != sender and token in seen[room]:
                found.append((sender, token, 1.0))
            elif token != sender:
                stats.unresolved_mentions += 1
        target = senders.get((room, reply_to)) if reply_to else None
        if target is not None and target != sender:
            found.append((sender, target, 1.0))
    return out


class ExportGraph:
    """`ReplyGraph` over a JSON-lines export. Archive ids become Siyu member ids through `member_id_of` (the
    WeCom identity, `wecom:<corp>:<userid or external userid>`, as the webhook names the same person)."""

    def __init__(self, paths: Callable[[], list[Path]], member_id_of: Callable[[str], str]) -> None:
        self.paths = paths
        self.member_id_of = member_id_of
        self.stats = ParseStats()

    def edges(self, brand: str, *, scope: str, since: datetime, until: datetime
              ) -> Iterable[tuple[str, str, float]]:
        self.stats = ParseStats()
        low, high = int(since.timestamp() * 1000), int(until.timestamp() * 1000)
        messages = (m for m in read_lines(self.paths(), self.stats) if low <= m.at_ms < high
                    and (scope == BRAND_SCOPE or m.room == scope))
        ids = self.member_id_of
        return [(ids(a), ids(b), w) for room in edges_of(messages, self.stats).values() for a, b, w in room]
