"""`siyu drops preview --json` as a script reads it (no Redis: the content directory), and the state-prefix
registry that attribution (ch_) and referrals (rf_) share."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import cli
from bot.community.attribution import Arrival, StatePrefixes

CONFIG = Path(__file__).resolve().parents[2] / "config"


def test_drops_preview_json_lists_group_lesson_and_local_time_with_offset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    result = CliRunner().invoke(cli, ["drops", "preview", "--days", "14", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {row["group"] for row in rows} == {"van-skincare", "syd-careers", "tor-skincare"}
    assert all(datetime.fromisoformat(row["at"]).utcoffset() is not None for row in rows)
    van = [row for row in rows if row["group"] == "van-skincare"]
    assert [row["lesson"] for row in van] == [1, 2] and all(row["at"][11:16] == "20:00" for row in van)
    assert {row["route"] for row in rows if row["group"] == "tor-skincare"} == {"wecom_task"}
    one = CliRunner().invoke(cli, ["drops", "preview", "--group", "syd-careers", "--days", "8", "--json"])
    assert {row["group"] for row in json.loads(one.stdout)} == {"syd-careers"}
    unknown = CliRunner().invoke(cli, ["drops", "preview", "--group", "nope"])
    assert unknown.exit_code != 0 and "no group 'nope'" in unknown.output


def test_the_longest_registered_prefix_reads_an_arrival_and_unknown_states_are_left_alone() -> None:
    seen: list[tuple[str, str]] = []
    prefixes = StatePrefixes()
    prefixes.register("ch_", lambda a: seen.append(("channel", a.state)) is None)
    prefixes.register("ch_vip_", lambda a: seen.append(("vip", a.state)) is None)
    prefixes.register("rf_", lambda a: seen.append(("referral", a.state)) is None)

    def arrive(state: str) -> bool:
        return prefixes.attribute(Arrival(brand="b", kind="contact", user_id="wm1", state=state, at_s=0))

    assert arrive("ch_poster") and arrive("ch_vip_gala") and arrive("rf_m8fae")
    assert not arrive("spring-fair") and not arrive("")
    assert seen == [("channel", "ch_poster"), ("vip", "ch_vip_gala"), ("referral", "rf_m8fae")]
    with pytest.raises(ValueError):
        prefixes.register("rf_", lambda a: True)
