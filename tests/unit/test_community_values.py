"""The community room's pure parts: referral codes and states, tone choice and its holdout, what a callback
earns its member, the archive seam's PageRank, community.yaml's checks."""

from __future__ import annotations

import shutil
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
CONFIG = Path(__file__).resolve().parents[2] / "config"


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
    shutil.copy(CONFIG / "brand.yaml", tmp_path / "brand.yaml")
    (tmp_path / "community.yaml").write_text(
        "leaders:\n  threshold: 10\n  activities:\n    asked: {weight: 1, daily_cap: 3, window_cap: 30}\n"
        "referral:\n  link: https://work.weixin.qq.com/ca/x?y=1\n  reward: {after: 3}\n", encoding="utf-8")
    found = [str(p) for p in validate_directory(tmp_path)]
    assert any("community.yaml:2: leaders.threshold: 'asked' alone can earn 30" in p for p in found)
    assert any("community.yaml:6: referral.link" in p for p in found)
    assert any("referral.reward: a reward needs a tag, a text, a url or a lesson" in p for p in found)


def test_a_sequence_step_picks_its_tone_before_the_ab_arm() -> None:
    from bot.cli.sequences import summarise
    from bot.content.localized import LocalizedText
    from bot.content.sequences import Sequence, Step, StepContent, StepTone, Variant
    from bot.sequences.engine import arm_for
    from tests.support.factories import demo_content

    content = demo_content()
    warm = StepContent(kind="text", text=LocalizedText(zh="谢谢你带新朋友", en="Thanks for bringing friends"))
    step = Step(id="checkin", variants=(Variant("a", 1, StepContent(kind="text")), Variant("b", 1, StepContent(
        kind="text"))), tones=(StepTone(id="leaders", when=Audience(tags=("leader",)), send=warm),))
    members = [make_member(f"m{i:016x}", tags=frozenset({"leader"})) for i in range(200)]
    arms = [arm_for(m, "newcomer", step, content) for m in members]
    assert {arm for arm, _ in arms} == {"leaders", "leaders" + HOLD}
    assert all(send is warm for arm, send in arms if arm == "leaders")
    assert all(send is not warm for arm, send in arms if arm.endswith(HOLD))  # the holdout keeps the A/B content
    plain = arm_for(make_member("m00000000000000aa"), "newcomer", step, content)
    assert plain[0] in ("a", "b")  # no tone fits: the A/B arm as before
    report = summarise(Sequence(id="newcomer", name=LocalizedText(zh="x"), steps=(step,)),
                       {"checkin|leaders|handed:oa_custom": 3, "checkin|leaders~hold|handed:oa_custom": 1})
    rows = {row["variant"]: row for row in report["steps"]}
    assert set(rows) == {"a", "b", "leaders", "leaders~hold"}
    assert rows["leaders"]["handed"] == {"oa_custom": 3} and rows["leaders~hold"]["handed"] == {"oa_custom": 1}


def test_tones_are_read_from_faq_and_sequences_yaml(tmp_path: Path) -> None:
    from bot.content.schema import load_content

    shutil.copy(CONFIG / "brand.yaml", tmp_path / "brand.yaml")
    (tmp_path / "faq.yaml").write_text(
        "faq:\n  - id: hours\n    questions: {zh: [几点开门]}\n    answers: {zh: 十点}\n    tones:\n"
        "      - {id: english, when: {locale: en}, answers: {en: Ten o clock}}\n", encoding="utf-8")
    (tmp_path / "sequences.yaml").write_text(
        "sequences:\n  - id: s1\n    name: {zh: 一}\n    triggers: [follow]\n    steps:\n"
        "      - id: d1\n        day: 1\n        send: {text: {zh: 你好}}\n        tones:\n"
        "          - {id: leaders, when: {tag: leader}, send: {text: {zh: 谢谢你}}}\n"
        "          - {id: bad, when: {}, send: {text: {zh: x}}}\n", encoding="utf-8")
    found = [str(p) for p in validate_directory(tmp_path)]
    assert found == ["sequences.yaml:11: sequences[0].steps[0].tones[1].when: say whom the tone is for: tag, "
                     "lacks_tag, locale or channel"]
    (tmp_path / "sequences.yaml").write_text((tmp_path / "sequences.yaml").read_text(encoding="utf-8").replace(
        "          - {id: bad, when: {}, send: {text: {zh: x}}}\n", ""), encoding="utf-8")
    content = load_content(tmp_path)
    assert [t.id for t in content.faq[0].tones] == ["english"]
    [step] = content.sequences[0].steps
    assert [(t.id, t.when.tags, t.send.text.zh) for t in step.tones] == [("leaders", ("leader",), "谢谢你")]


def test_group_leader_thresholds_are_checked_with_their_line(tmp_path: Path) -> None:
    """A group threshold that one kind of group activity reaches alone, or an untag line above it, is refused;
    a sound one is read (the tag of a group's leaders is the brand's tag and the group id)."""
    shutil.copy(CONFIG / "brand.yaml", tmp_path / "brand.yaml")
    (tmp_path / "community.yaml").write_text(
        "leaders:\n  tag: lead\n  groups:\n    threshold: 18\n    untag_below: 19\n", encoding="utf-8")
    found = [str(p) for p in validate_directory(tmp_path)]
    assert any("community.yaml:4: leaders.groups.threshold: 'asked' alone can earn 15 points in a group (+5 "
               "tenure), reaching the group threshold 18" in p for p in found)
    assert any("community.yaml:5: leaders.groups.untag_below: 19 is above the group threshold 18" in p for p in found)
    assert len(found) == 3  # asked, helpful, untag_below: the brand-only activities do not count in a group
    (tmp_path / "community.yaml").write_text(
        "leaders:\n  tag: lead\n  groups: {threshold: 22, untag_below: 21}\n", encoding="utf-8")
    assert validate_directory(tmp_path) == []
    from bot.content.schema import load_content

    rules = load_content(tmp_path).community.leaders
    assert (rules.group_threshold, rules.group_untag_at, rules.group_tag("van")) == (22, 21, "lead:van")


def test_a_reward_lesson_is_checked(tmp_path: Path) -> None:
    shutil.copy(CONFIG / "brand.yaml", tmp_path / "brand.yaml")
    (tmp_path / "community.yaml").write_text(
        "referral:\n  reward:\n    after: 2\n    lesson: {series: nothing, number: 0}\n", encoding="utf-8")
    found = [str(p) for p in validate_directory(tmp_path)]
    assert any("community.yaml:4: referral.reward.lesson.number: a lesson number from 1" in p for p in found), found
    assert any("community.yaml:4: referral.reward.lesson.series" in p and "nothing" in p for p in found), found
