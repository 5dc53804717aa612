"""The community room's pure parts: referral codes and states, tone choice and its holdout, what a callback
earns its member, the archive seam's PageRank, community.yaml's checks."""

from __future__ import annotations

from pathlib import Path

from bot.community.archive import archive_points, pagerank
from bot.community.codes import code_for, link_for, referral_from_state
from bot.community.feed import activities
from bot.content.community import ASKED, HELPFUL, LESSON, Referral
from bot.content.schema import validate_directory
from bot.content.variants import DEFAULT_ARM, HOLD, Audience, ToneText, choose, in_holdout
from bot.inbound import Channel, Kind
from bot.router import Result
from tests.support.factories import make_inbound, make_member

MEMBER = "m0123456789abcdef"


def test_codes_round_trip_and_reject_everything_else() -> None:
    code = code_for(MEMBER)
    assert code == "rf_0123456789abcdef" and len(code) <= 30
    assert referral_from_state(code) == MEMBER and referral_from_state(f" {code} ") == MEMBER
    for state in ("", "xhs", "ch_xhs-note-1", "rf_", "rf_0123", "rf_0123456789ABCDEF", code + "0", "x" + code):
        assert referral_from_state(state) is None
    assert code_for("~test-member") is None  # not a canonical id: no code
    assert link_for(Referral(link="https://work.weixin.qq.com/ca/cawcde1"), code) == \
        "https://work.weixin.qq.com/ca/cawcde1?customer_channel=rf_0123456789abcdef"
    assert link_for(Referral(), code) == ""


TONES = (ToneText(id="leaders", when=Audience(tags=("leader",))),
         ToneText(id="english", when=Audience(locales=("en",))))


def test_the_first_fitting_tone_wins_and_the_holdout_is_stable() -> None:
    picks = [choose(TONES, member_id=f"m{i:016x}", tags=frozenset({"leader"}), locale="en", channel="oa",
                    key="faq:x", holdout_pct=10) for i in range(2000)]
    held = [p for p in picks if p.arm == "leaders" + HOLD]
    assert all(p.tone is None for p in held) and all(p.tone is TONES[0] for p in picks if p.arm == "leaders")
    assert 140 <= len(held) <= 260  # ~10 %
    assert {p.arm for p in picks} == {"leaders", "leaders" + HOLD}  # the leaders' tone is first
    again = choose(TONES, member_id="m0000000000000007", tags=frozenset({"leader"}), locale="en", channel="oa",
                   key="faq:x", holdout_pct=10)
    assert again == picks[7]  # the same member, the same arm
    nobody = choose(TONES, member_id=MEMBER, tags=frozenset(), locale="zh", channel="oa", key="faq:x", holdout_pct=10)
    assert (nobody.tone, nobody.arm, nobody.measured) == (None, DEFAULT_ARM, False)
    assert not in_holdout(MEMBER, "faq:x", 0) and in_holdout(MEMBER, "faq:x", 100)


def test_an_empty_audience_fits_nobody() -> None:
    assert not Audience().fits(frozenset({"leader"}), locale="zh", channel="oa")
    assert Audience(tags=("a",), lacks=("b",), channels=("oa",)).fits(frozenset({"a"}), locale="zh", channel="oa")
    assert not Audience(tags=("a",), lacks=("b",)).fits(frozenset({"a", "b"}), locale="zh", channel="oa")


def test_what_a_callback_earns_its_member() -> None:
    member = make_member()
    asked = Result(events=(("answered", {"faq": "x"}),))
    in_group = make_inbound("运费", channel=Channel.GROUP_BOT, chat_id="wrG1")
    assert activities(in_group, member, asked) == [(ASKED, "wrG1")]
    assert activities(make_inbound("运费"), member, asked) == []  # 1:1 questions are not the group's
    assert activities(in_group, None, asked) == []
    feedback = make_inbound("", channel=Channel.GROUP_BOT, kind=Kind.FEEDBACK, event_key="1", chat_id="wrG1")
    assert activities(feedback, member, Result()) == [(HELPFUL, "wrG1")]
    assert activities(feedback.__class__(**{**feedback.__dict__, "event_key": "2"}), member, Result()) == []
    lesson = Result(events=(("lesson", {"series": "s", "lesson": "2"}),))
    assert activities(make_inbound("下一课"), member, lesson) == [(LESSON, "")]


def test_pagerank_ranks_the_member_others_answer() -> None:
    ranks = pagerank([("a", "hub", 1), ("b", "hub", 1), ("c", "hub", 2), ("hub", "a", 1), ("a", "a", 5)])
    assert max(ranks, key=ranks.__getitem__) == "hub" and abs(sum(ranks.values()) - 1) < 1e-6
    points = archive_points(ranks, weight=5, cap=8)
    assert points["hub"] == 8 and points["b"] < 5  # above average, capped; below average, less
    assert pagerank([]) == {}


def test_community_yaml_problems_name_the_line(tmp_path: Path) -> None:
    (tmp_path / "brand.yaml").write_text("name: {zh: 测试, en: Test}\n", encoding="utf-8")
    (tmp_path / "community.yaml").write_text(
        "leaders:\n  threshold: 10\n  activities:\n    asked: {weight: 1, daily_cap: 3, window_cap: 30}\n"
        "referral:\n  link: https://work.weixin.qq.com/ca/x?y=1\n  reward: {after: 3}\n", encoding="utf-8")
    found = [str(p) for p in validate_directory(tmp_path)]
    assert any("community.yaml:2: leaders.threshold: 'asked' alone can earn 30" in p for p in found)
    assert any("community.yaml:6: referral.link" in p for p in found)
    assert any("referral.reward: a reward needs a tag, a text or a url" in p for p in found)
