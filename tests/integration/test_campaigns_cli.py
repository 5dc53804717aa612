"""`siyu segment count` and `siyu campaigns ...` against a real redis-server, as a manager runs them (the
fan-out itself is the integration and e2e tests' subject: here nothing runs the queued jobs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from bot.cli import cli
from bot.clock import SystemClock
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore
from tests.support.campaigns import audience
from tests.support.redis_server import RedisServer

CONFIG = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture
def manager(redis_server: RedisServer, real_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_REDIS_URL", redis_server.url)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    audience(MemberStore(real_redis, SystemClock()), EnrolmentStore(real_redis), SystemClock().now(), reachable=4,
             opted_out=1, capped=0, quiet=0, tag="skincare")


def siyu(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_segment_count_and_its_errors(manager: None) -> None:
    assert json.loads(siyu("segment", "count", "tag:skincare", "--json")) == {"count": 5}
    table = siyu("segment", "count", "tag:skincare & !tag:customer")
    assert table.startswith("5 member(s)") and "sample of 5" in table
    bad = CliRunner().invoke(cli, ["segment", "count", "tag:skincare &"])
    assert bad.exit_code == 2 and "^ the expression ends" in bad.output


def test_a_city_named_as_people_name_it_gets_a_note_with_its_id(manager: None) -> None:
    """verify14: `segment count "city:温哥华"` (or a misspelt id) answered 0 and nothing else, while the index holds
    city ids (config/jobs.yaml). The count stays what the expression says; stderr names the id to use."""
    result = CliRunner().invoke(cli, ["segment", "count", "city:温哥华 | city:torono", "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == {"count": 0}
    assert "city '温哥华' is no city id; did you mean 'vancouver'?" in result.stderr
    assert "city 'torono' is no city id (known: sydney, toronto, vancouver)" in result.stderr
    quiet = CliRunner().invoke(cli, ["segment", "count", "city:vancouver", "--json"])
    assert quiet.stderr == ""


def test_segment_reindex_backfills_members_written_before_the_indexes(manager: None, real_redis: redis.Redis
                                                                      ) -> None:
    for key in real_redis.keys("siyu:default:attrbits:*") + real_redis.keys("siyu:default:tagbits:*"):
        real_redis.delete(key)  # as before the member scripts kept them
    assert json.loads(siyu("segment", "count", "tag:skincare & channel:oa", "--json")) == {"count": 0}
    assert json.loads(siyu("segment", "reindex", "--batch", "2", "--json")) == {"members": 5, "batches": 3}
    assert json.loads(siyu("segment", "count", "tag:skincare & channel:oa", "--json")) == {"count": 5}
    assert siyu("segment", "reindex").startswith("reindexed 5 member(s) of default in 1 batch(es)")


def test_a_manager_runs_the_demo_campaign_from_the_command_line(manager: None) -> None:
    listed = json.loads(siyu("campaigns", "list", "--json"))
    assert [(c["id"], c["status"], c["source"]) for c in listed] == [("winter-serum", "draft", "config")]
    dry = json.loads(siyu("campaigns", "dry-run", "winter-serum", "--json"))
    assert dry["targeted"] == 5 and dry["would_skip"].get("opted_out") == 1
    assert json.loads(siyu("campaigns", "launch", "winter-serum", "--json"))["status"] == "running"
    assert "[" in siyu("campaigns", "progress", "winter-serum")  # the progress bar
    assert json.loads(siyu("campaigns", "pause", "winter-serum", "--json"))["status"] == "paused"
    again = CliRunner().invoke(cli, ["campaigns", "launch", "winter-serum"])
    assert again.exit_code == 1 and "not a draft" in again.output
    report = json.loads(siyu("campaigns", "report", "winter-serum", "--json"))
    assert {"sent", "skipped", "clicked", "converted", "value", "tasks"} <= set(report)
    siyu("campaigns", "create", "hello", "--segment", "tag:skincare", "--text-zh", "你好", "--text-en", "hi")
    assert "hello" in siyu("campaigns", "list")
    malformed = CliRunner().invoke(cli, ["campaigns", "create", "x", "--segment", "tag:a &", "--text-en", "x"])
    assert malformed.exit_code == 1 and "column 8" in malformed.output


def test_a_sequence_report_has_a_row_per_step(manager: None) -> None:
    rows = json.loads(siyu("campaigns", "report", "newcomer", "--sequence", "--json"))
    assert [r["step"] for r in rows][:2] == ["welcome", "lesson-1"]
    assert set(rows[0]) == {"step", "sent", "clicks", "clicked", "converted", "value"}
