"""`siyu leaders --json` with a chat-archive export configured, against a real redis-server: a member whom
others mention and reply to in the archive rises, the archive's points are named in the breakdown and capped,
and without a configured source nothing changes."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import redis
from click.testing import CliRunner

from bot.cli import cli
from bot.clock import SystemClock
from bot.community.activity import ActivityLog, day_of
from bot.content.community import ASKED, LESSON, STAYED
from bot.inbound import Channel, Inbound, Kind
from bot.store.members import MemberStore
from tests.support.factories import TEST_ENV, WECOM_CORP_ID, demo_content
from tests.support.redis_server import RedisServer

CONFIG = Path(__file__).resolve().parents[2] / "config"
CONTENT = demo_content()
GROUP = CONTENT.groups[0]
PEOPLE = ("wmHub", "wmRival", "wmA", "wmB", "wmC", "wmD")


@pytest.fixture
def community(redis_server: RedisServer, real_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch,
              tmp_path: Path) -> tuple[dict[str, str], Path]:
    """WeCom customers of the demo brand: the hub asked twice in the group and took two lessons (7 points), the
    rival brought two friends who stayed (10 points); a config directory holding an archive export in which the
    others mention the hub and reply to them. Returns member ids by external userid, and the config copy."""
    monkeypatch.setenv("SIYU_REDIS_URL", redis_server.url)
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    real_redis.flushdb()
    clock = SystemClock()
    members = MemberStore(real_redis, clock)
    ids = {}
    for user in PEOPLE:
        member = members.touch(Inbound(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, kind=Kind.TEXT,
                                       sent_at=clock.now(), user_id=user, msg_id=user, text="hi"))
        assert member is not None
        ids[user] = member.id
    log = ActivityLog(real_redis)
    day = day_of(clock.now(), ZoneInfo(CONTENT.sequence_defaults.timezone))
    log.record("default", ids["wmHub"], ASKED, day=day, group=GROUP.chat_id, n=2)
    log.record("default", ids["wmHub"], LESSON, day=day, n=2)
    log.record("default", ids["wmRival"], STAYED, day=day, n=2)
    config = tmp_path / "config"
    shutil.copytree(CONFIG, config)
    now_ms = int((clock.now() - timedelta(minutes=5)).timestamp() * 1000)
    lines = [json.dumps({"msgid": "hub-1", "action": "send", "from": "wmHub", "tolist": list(PEOPLE[1:]),
                         "roomid": GROUP.chat_id, "msgtime": now_ms, "msgtype": "text",
                         "text": {"content": "大家好，今晚八点小课堂"}})]
    for i, user in enumerate(PEOPLE[2:] * 3):  # 12 messages to the hub: 4 people, a mention and a reply each...
        lines.append(json.dumps({"msgid": f"m{i}", "action": "send", "from": user, "tolist": ["wmHub"],
                                 "roomid": GROUP.chat_id, "msgtime": now_ms + i, "msgtype": "text",
                                 "text": {"content": f"@wmHub 谢谢！{i}"}, **({"reply_to": "hub-1"} if i % 2 else {})}))
    lines += ["{broken", json.dumps({"msgid": "x", "action": "recall", "from": "wmA", "roomid": GROUP.chat_id,
                                     "msgtime": now_ms})]
    (config / "archive.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids, config


def siyu(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_without_a_configured_source_nothing_changes(community: tuple[dict[str, str], Path],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The export lies in the config directory, but community.yaml names no archive: the scores are exactly
    those of the demo configuration, with no archive part anywhere."""
    ids, config = community
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    demo = json.loads(siyu("leaders", "--json"))
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(config))
    found = json.loads(siyu("leaders", "--json"))
    assert found == demo and "archive" not in found
    assert [r["member"] for r in found["leaders"][:2]] == [ids["wmRival"], ids["wmHub"]]
    assert all("archive" not in r["breakdown"] and "archive_edges" not in r for r in found["leaders"])
    assert "archive" not in siyu("leaders")


def test_a_member_others_mention_and_answer_rises_with_a_capped_archive_part(
        community: tuple[dict[str, str], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    ids, config = community
    with (config / "community.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\narchive:\n  file: archive.jsonl\n  weight: 5\n  cap: 12\n")
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(config))
    found = json.loads(siyu("leaders", "--json"))
    rows = {r["member"]: r for r in found["leaders"]}
    hub, rival = rows[ids["wmHub"]], rows[ids["wmRival"]]
    assert found["leaders"][0]["member"] == ids["wmHub"]  # 7 + 12 (capped) + tenure 0 > 10
    assert hub["breakdown"] == {"asked": 2.0, "lesson": 4.0, "archive": 12.0}
    assert "archive" in hub["window_capped"] and hub["archive_edges"] == 18  # 12 mentions + 6 replies
    assert hub["score"] == 18.0 and not hub["leader"]  # the archive adds; it alone makes nobody a leader
    assert rival["breakdown"] == {"stayed": 10.0} and rival["score"] == 10.0  # not in the graph: no archive part
    assert found["archive"] == {"source": str(config / "archive.jsonl"), "weight": 5.0, "cap": 12.0, "lines": 15,
                                "messages": 13, "skipped": {"not_json": 1, "not_send": 1},
                                "unresolved_mentions": 0}
    group = json.loads(siyu("leaders", "--group", GROUP.id, "--json"))
    top = group["leaders"][0]
    assert top["member"] == ids["wmHub"] and top["breakdown"] == {"asked": 2.0, "archive": 12.0}
    text = siyu("leaders")
    assert "archive 18 replies/mentions, PageRank=12 (cap)" in text
    assert "13 group messages of 15 lines (skipped: 1 not_json, 1 not_send" in text


def test_an_archive_without_a_wecom_corp_is_reported_unread(community: tuple[dict[str, str], Path],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Archive ids are WeCom ids: without the brand's corp id they name nobody, so the export is not read and
    the report says why, instead of scoring nobody silently."""
    _, config = community
    with (config / "community.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\narchive: {file: archive.jsonl}\n")
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(config))
    for name in TEST_ENV:
        if name.startswith("SIYU_WECOM_"):
            monkeypatch.delenv(name)
    found = json.loads(siyu("leaders", "--json"))
    assert found["archive"]["read"] is False and "corp id" in found["archive"]["why"]
    assert all("archive" not in r["breakdown"] for r in found["leaders"])
    assert "not read (the brand has no WeCom corp id)" in siyu("leaders")


def test_the_tagging_pass_counts_the_archive(community: tuple[dict[str, str], Path], real_redis: redis.Redis,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """With five friends who stayed the hub has 31 points, below the threshold 35: not a leader without the
    archive, tagged `leader` with it (31 + 12), as the hourly pass (`siyu leaders --tag`) sees it."""
    ids, config = community
    day = day_of(SystemClock().now(), ZoneInfo(CONTENT.sequence_defaults.timezone))
    ActivityLog(real_redis).record("default", ids["wmHub"], STAYED, day=day, n=5)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(config))
    assert json.loads(siyu("leaders", "--tag", "--json"))["tagged"] == []
    with (config / "community.yaml").open("a", encoding="utf-8") as handle:
        handle.write("\narchive: {file: archive.jsonl, cap: 12}\n")
    tagged = json.loads(siyu("leaders", "--tag", "--json"))
    assert tagged["tagged"] == [ids["wmHub"]] and tagged["leaders"][0]["score"] == 43.0
    assert MemberStore(real_redis, SystemClock()).members_with_tag("default", "leader") == 1
