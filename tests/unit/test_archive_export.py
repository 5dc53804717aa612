"""The chat-archive export (JSON lines in WeCom 会话内容存档 field names): parsing that skips and counts hostile
lines, the reply/mention edges per room, community.yaml's `archive:` checks, and the scores it adds to
(capped, named `archive`, nothing without a source)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.community.activity import BRAND_SCOPE
from bot.community.archive_export import ExportGraph, ParseStats, edges_of, export_files, parse_line, read_lines
from bot.community.scoring import Tally
from bot.content.community import ARCHIVE, LeaderRules
from bot.content.schema import load_content, validate_directory

CONFIG = Path(__file__).resolve().parents[2] / "config"
ROOM = "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA"
T0 = 1_764_720_000_000  # 2025-12-03 00:00 UTC, in ms as the archive's msgtime


def msg(msgid: str, sender: str, content: str = "hi", *, room: str = ROOM, at: int = T0, **extra: object
        ) -> dict[str, object]:
    return {"msgid": msgid, "action": "send", "from": sender, "tolist": ["hub", "a", "b", "wmC"], "roomid": room,
            "msgtime": at, "msgtype": "text", "text": {"content": content}, **extra}


def test_a_group_text_message_is_read_in_the_archive_field_names() -> None:
    stats = ParseStats()
    found = parse_line(json.dumps(msg("m1", "a", "@hub 请问这个怎么用？@wmC")), stats)
    assert found is not None
    assert (found.msgid, found.sender, found.room, found.at_ms) == ("m1", "a", ROOM, T0)
    assert found.mentions == ("hub", "wmC") and found.receivers == ("hub", "a", "b", "wmC")
    assert stats.as_json() == {"lines": 1, "messages": 1, "skipped": {}, "unresolved_mentions": 0}


def test_hostile_and_malformed_lines_are_skipped_and_counted_never_raised() -> None:
    lines: list[str | bytes] = [
        "{not json", "[1, 2]", "null", json.dumps("a string"), b"\xff\xfe\x00garbage",
        json.dumps({**msg("r", "a"), "action": "recall"}), json.dumps({**msg("s", "a"), "action": "switch"}),
        json.dumps({**msg("x", "a"), "from": None}), json.dumps({**msg("y", "a"), "msgid": 7}),
        json.dumps({**msg("p", "a"), "roomid": ""}),  # a 1:1 chat: no group
        json.dumps({**msg("t", "a"), "msgtime": "yesterday"}), json.dumps({**msg("u", "a"), "msgtime": True}),
        json.dumps({**msg("v", "a"), "msgtime": -5}),
        json.dumps(msg("big", "a", "@hub " + "x" * 70_000)),
        json.dumps({**msg("w", "a"), "text": "not an object", "tolist": "hub"}),  # kept: no mentions, no receivers
        json.dumps({**msg("z", "a"), "msgtype": "image", "text": {"content": "@hub"}}),  # not text: no mention
    ]
    stats = ParseStats()
    kept = [m for m in (parse_line(line, stats) for line in lines) if m is not None]
    assert [(m.msgid, m.mentions, m.receivers) for m in kept] == [("w", (), ()), ("z", (), ("hub", "a", "b", "wmC"))]
    assert stats.lines == len(lines) and stats.messages == 2
    assert stats.skipped == {"not_json": 2, "not_an_object": 3, "not_send": 2, "no_msgid_or_from": 2,
                             "not_a_group": 1, "bad_msgtime": 3, "too_long": 1}


def test_mentions_and_replies_are_edges_within_a_room_only() -> None:
    """A mention counts only for someone seen in the same room, a reply only to someone else's message in it;
    a self-mention, a name the export did not turn into an id, and a reply to an unknown message are not edges."""
    messages = [msg("1", "hub", "welcome"), msg("2", "a", "@hub. thanks @a @张三\u2005@nobody"),
                msg("3", "b", "+1", reply_to="1"), msg("4", "hub", "me", reply_to="1"),
                msg("5", "b", "?", reply_to="missing"), msg("6", "other", "@hub", room="wrOther", tolist=["other"])]
    stats = ParseStats()
    parsed = [m for m in (parse_line(json.dumps(m), stats) for m in messages) if m is not None]
    edges = edges_of(parsed, stats)
    assert edges[ROOM] == [("a", "hub", 1.0), ("b", "hub", 1.0)]
    assert edges["wrOther"] == []  # hub was never seen in that room
    assert stats.unresolved_mentions == 3  # 张三 (a name), nobody, hub in the other room


def test_the_graph_reads_an_export_dir_in_the_window_and_names_members(tmp_path: Path) -> None:
    day = tmp_path / "2025-12-03.jsonl"
    day.write_text("\n".join([json.dumps(msg("1", "a", "@hub")), "", "garbage",
                              json.dumps(msg("2", "b", "@hub", at=T0 - 40 * 86_400_000)),  # before the window
                              json.dumps(msg("3", "b", "@a", room="wrOther"))]) + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text(json.dumps(msg("9", "b", "@hub")), encoding="utf-8")  # not *.jsonl
    assert export_files(export_dir=str(tmp_path)) == [day]
    graph = ExportGraph(lambda: export_files(export_dir=str(tmp_path)), lambda archive_id: f"m-{archive_id}")
    since = datetime.fromtimestamp(T0 / 1000, UTC) - timedelta(days=30)
    until = since + timedelta(days=31)
    assert list(graph.edges("default", scope=ROOM, since=since, until=until)) == [("m-a", "m-hub", 1.0)]
    assert graph.stats.skipped == {"not_json": 1}
    assert sorted(graph.edges("default", scope=BRAND_SCOPE, since=since, until=until)) == [
        ("m-a", "m-hub", 1.0), ("m-b", "m-a", 1.0)]
    stats = ParseStats()
    assert list(read_lines([tmp_path / "gone.jsonl"], stats)) == [] and stats.skipped == {"unreadable_file": 1}


def test_archive_points_are_one_more_named_capped_part_of_the_score() -> None:
    rules = LeaderRules()
    tally = Tally(rules)
    tally.add_day([(1, "a", 2)])  # member 1 asked twice; member 2 did nothing Siyu sees
    assert ARCHIVE not in tally.score(1, rules).points  # no archive: no archive part at all
    tally.archive, tally.archive_edges, tally.archive_capped = {1: 4.0, 2: 15.0}, {1: 2, 2: 40}, {2}
    assert tally.base_scores(rules) == {1: 6.0, 2: 15.0}
    one, two = tally.score(1, rules, tenure_days=10), tally.score(2, rules, tenure_days=100)
    assert (one.points[ARCHIVE], one.total, one.capped) == (4.0, 7.0, [])
    assert (two.points[ARCHIVE], two.total, two.capped, two.archive_edges) == (15.0, 20.0, [ARCHIVE], 40)
    assert two.as_json()["archive_edges"] == 40 and two.total < rules.threshold  # talked to alone: no leader


def test_community_yaml_archive_is_checked_with_its_line(tmp_path: Path) -> None:
    shutil.copy(CONFIG / "brand.yaml", tmp_path / "brand.yaml")
    cases = {
        "archive: {file: a.jsonl, export_dir: x}\n": "community.yaml:1: archive: give exactly one of file",
        "archive:\n  file: missing.jsonl\n": "community.yaml:2: archive.file: no such file",
        "archive:\n  export_dir: nowhere\n": "community.yaml:2: archive.export_dir: no such directory",
        "archive:\n  file: a.jsonl\n  cap: 31\n": "community.yaml:3: archive.cap: the archive alone can earn 31",
        "archive:\n  file: a.jsonl\n  weight: lots\n": "community.yaml:3: archive.weight: expected a number",
        "archive:\n  file: a.jsonl\n  colour: red\n": "community.yaml:3: archive.colour",
    }
    (tmp_path / "a.jsonl").write_text("", encoding="utf-8")
    for text, problem in cases.items():
        (tmp_path / "community.yaml").write_text(text, encoding="utf-8")
        found = [str(p) for p in validate_directory(tmp_path)]
        assert any(problem in p for p in found), (text, found)
    (tmp_path / "community.yaml").write_text("archive: {file: a.jsonl, weight: 4, cap: 12}\n", encoding="utf-8")
    assert validate_directory(tmp_path) == []
    source = load_content(tmp_path).community.archive
    assert (source.configured, source.file, source.weight, source.cap) == (True, str(tmp_path / "a.jsonl"), 4, 12)
    (tmp_path / "community.yaml").write_text("leaders: {threshold: 40}\n", encoding="utf-8")
    assert not load_content(tmp_path).community.archive.configured
