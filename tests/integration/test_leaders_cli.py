"""`siyu leaders [--group ID] [--json] [--tag]` and `siyu tones --json` against a real redis-server, as a
manager runs them (the CLI reads the system clock, so the activity is recorded for today)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import redis
from click.testing import CliRunner

from bot.cli import cli
from bot.clock import SystemClock
from bot.community.activity import ActivityLog, day_of
from bot.content.community import ASKED, HELPFUL, LESSON, STAYED
from bot.inbound import Channel, Inbound, Kind
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, demo_content
from tests.support.redis_server import RedisServer

CONFIG = Path(__file__).resolve().parents[2] / "config"
CONTENT = demo_content()
GROUP = CONTENT.groups[0]


@pytest.fixture
def community(redis_server: RedisServer, real_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Three members with activity today: a leader (four kinds), a spammer (one kind), a quiet one."""
    monkeypatch.setenv("SIYU_REDIS_URL", redis_server.url)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    real_redis.flushdb()
    clock = SystemClock()
    members = MemberStore(real_redis, clock)
    ids = []
    for name in ("o_lead", "o_spam", "o_quiet"):
        member = members.touch(Inbound(brand="default", channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT,
                                       sent_at=clock.now(), user_id=name, msg_id=name, text="hi"))
        assert member is not None
        ids.append(member.id)
    log = ActivityLog(real_redis)
    day = day_of(clock.now(), ZoneInfo(CONTENT.sequence_defaults.timezone))
    for _ in range(5):
        log.record("default", ids[0], STAYED, day=day)
    for activity in (ASKED, HELPFUL, LESSON):
        log.record("default", ids[0], activity, day=day, group=GROUP.chat_id, n=3)
    log.record("default", ids[1], ASKED, day=day, group=GROUP.chat_id, n=500)
    log.record("default", ids[2], LESSON, day=day)
    return ids


def siyu(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_leaders_lists_explains_and_tags(community: list[str], real_redis: redis.Redis) -> None:
    found = json.loads(siyu("leaders", "--json"))
    assert found["threshold"] == CONTENT.community.leaders.threshold and found["tag"] == "leader"
    rows = found["leaders"]
    assert [r["member"] for r in rows] == community
    assert rows[0]["leader"] and not rows[1]["leader"]
    assert rows[0]["breakdown"] == {"stayed": 25.0, "asked": 3.0, "helpful": 6.0, "lesson": 4.0}
    assert rows[1]["occurrences"] == {"asked": 500} and rows[1]["counted"] == {"asked": 3}
    group = json.loads(siyu("leaders", "--group", GROUP.id, "--json"))  # by groups.yaml id
    assert [r["member"] for r in group["leaders"]] == community[:2]
    assert "stayed" not in group["leaders"][0]["breakdown"]  # brand-wide activity is not the group's
    text = siyu("leaders")
    assert "stayed 5x=25" in text and "asked 3x=3 (500 seen, daily cap)" in text
    tagged = json.loads(siyu("leaders", "--tag", "--json"))
    assert tagged["tagged"] == [community[0]] and tagged["untagged"] == []
    assert MemberStore(real_redis, SystemClock()).members_with_tag("default", "leader") == 1


def test_tones_lists_nothing_before_a_tone_was_shown(community: list[str]) -> None:
    assert json.loads(siyu("tones", "--json")) == []
    assert "no tone variants shown yet" in siyu("tones")


def test_a_leader_of_one_group_is_tagged_listed_and_segmentable(community: list[str], real_redis: redis.Redis
                                                                 ) -> None:
    """The quiet member answered and asked in the Vancouver group for twelve days: a leader there (27 of its 25),
    not of the brand (29 of 35); `--group` lists them against the group's threshold and tag, `--tag` tags them
    `leader:<group>`, the brand list says which group each leads, and a segment finds them."""
    log = ActivityLog(real_redis)
    zone = ZoneInfo(CONTENT.sequence_defaults.timezone)
    for days_ago in range(12):
        day = day_of(SystemClock().now() - timedelta(days=days_ago), zone)
        for activity in (ASKED, HELPFUL):
            log.record("default", community[2], activity, day=day, group=GROUP.chat_id)
    rules = CONTENT.community.leaders
    group = json.loads(siyu("leaders", "--group", GROUP.id, "--json"))
    assert (group["scope"], group["threshold"], group["tag"]) == (GROUP.id, rules.group_threshold,
                                                                  f"leader:{GROUP.id}")
    top = group["leaders"][0]
    assert (top["member"], top["score"], top["leader"]) == (community[2], 27.0, True)
    tagged = json.loads(siyu("leaders", "--tag", "--json"))
    assert tagged["groups"][GROUP.id] == {"tagged": [community[2]], "untagged": []}
    assert all(not done["tagged"] for name, done in tagged["groups"].items() if name != GROUP.id)
    brand = {r["member"]: r for r in json.loads(siyu("leaders", "--json"))["leaders"]}
    assert (brand[community[2]]["leader"], brand[community[2]]["leads"]) == (False, [GROUP.id])
    assert brand[community[0]]["leads"] == []
    assert f"leads {GROUP.id}" in siyu("leaders")
    assert json.loads(siyu("segment", "count", f"tag:leader:{GROUP.id} & !tag:leader", "--json")) == {"count": 1}


def test_tones_configured_lists_every_toned_item_and_the_groups_a_series_tone_fits(community: list[str]) -> None:
    rows = {(r["item"], r["tone"]): r for r in json.loads(siyu("tones", "--configured", "--json"))}
    assert set(rows) == {("faq:shipping-cost", "leaders"), ("camp:winter-serum", "leaders"),
                         ("drop:sensitive-basics", "newcomers")}
    assert rows[("camp:winter-serum", "leaders")]["audience"] == "tag:leader"
    assert rows[("drop:sensitive-basics", "newcomers")]["groups"] == ["van-skincare"]  # tagged newcomers
    assert "holdout 10%" in siyu("tones", "--configured")
