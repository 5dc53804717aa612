"""Leader scores (issue 13's evidence): a seeded community of a few hundred members with known activity gives
the expected ordering; the daily caps hold; a member who spams one activity type does not become a leader;
the `leader` tag follows the threshold as the window moves. On fakeredis, with the demo's community.yaml."""

from __future__ import annotations

import dataclasses
import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import fakeredis
import pytest

from bot.clock import ManualClock
from bot.community.activity import BRAND_SCOPE, ActivityLog, day_of
from bot.community.leaders import LeaderBoard
from bot.community.scoring import Tally
from bot.content.community import ACTIVITIES, ASKED, BROUGHT, HELPFUL, LESSON, STAYED, TENURE, LeaderRules
from bot.inbound import Channel, Kind
from bot.member import member_id_for
from bot.store.members import MemberStore
from tests.support.factories import WECOM_CORP_ID, demo_content, make_inbound

CONTENT = demo_content()
RULES = CONTENT.community.leaders
ZONE = ZoneInfo(CONTENT.sequence_defaults.timezone)
JOINED = datetime(2026, 10, 1, 2, 0, tzinfo=UTC)  # every member first seen here
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # noon in Shanghai
GROUP = CONTENT.groups[0].chat_id


def test_the_demo_rules_need_two_kinds_of_activity() -> None:
    """The point of the window caps: no one activity alone reaches the threshold (config/community.yaml)."""
    for name in ACTIVITIES:
        rule = RULES.rule(name)
        assert (rule.window_cap or rule.weight * rule.daily_cap * RULES.window_days) + RULES.tenure_max < \
            RULES.threshold


def test_daily_caps_and_window_caps_in_the_tally() -> None:
    tally = Tally(RULES)
    tally.add_day([(7, "a", 50), (7, "l", 1)])  # 50 questions in one day count as 3
    tally.add_day([(7, "a", 2)])
    found = tally.score(7, RULES, tenure_days=100)
    assert found.raw[ASKED] == 52 and found.counted[ASKED] == 5 and found.points[ASKED] == 5.0
    assert found.points[LESSON] == 2.0 and found.points[TENURE] == RULES.tenure_max
    assert found.total == 5.0 + 2.0 + RULES.tenure_max
    for _ in range(30):  # a month of the daily maximum: the window cap stops it
        tally.add_day([(8, "a", 3)])
    assert tally.score(8, RULES).points[ASKED] == RULES.rule(ASKED).window_cap
    assert tally.score(8, RULES).capped == [ASKED]


def test_tenure_counts_only_for_members_active_in_the_window() -> None:
    assert Tally(RULES).score(9, RULES, tenure_days=400).total == 0.0


class Community:
    """A brand with `size` WeCom members (numbers 1..size), all first seen at JOINED."""

    def __init__(self, size: int) -> None:
        self.redis = fakeredis.FakeRedis(server=fakeredis.FakeServer())
        self.clock = ManualClock(JOINED)
        self.members = MemberStore(self.redis, self.clock)
        self.ids: list[str] = []
        for i in range(size):
            user = f"wmSeed{i:04d}"
            self.members.touch(make_inbound("", channel=Channel.WECOM, account=WECOM_CORP_ID, kind=Kind.CONTACT_ADDED,
                                            user_id=user, staff_id="staff1", sent_at=JOINED))
            self.ids.append(member_id_for(f"wecom:{WECOM_CORP_ID}:{user}"))
        self.clock.advance((NOW - JOINED).total_seconds())
        self.log = ActivityLog(self.redis)
        self.board = LeaderBoard(self.redis, self.members, self.clock)
        self.rows: list[tuple[str, str, int, str, int]] = []

    def number(self, index: int) -> int:
        found = self.members.number("default", self.ids[index])
        assert found is not None
        return found

    def did(self, index: int, activity: str, *, days_ago: int, n: int = 1, group: str = "") -> None:
        day = day_of(self.clock.now() - timedelta(days=days_ago), ZONE)
        for scope in (BRAND_SCOPE, group) if group else (BRAND_SCOPE,):
            self.rows.append((day, scope, self.number(index), activity, n))

    def flush(self) -> None:
        self.log.record_numbers("default", self.rows)
        self.rows.clear()


def expected_total(events: list[tuple[str, int, int]], rules: LeaderRules, tenure_days: int) -> float:
    """An independent reading of the rule in docs/leaders.md: per activity, the capped daily counts, weighted,
    capped over the window; plus tenure when anything counted."""
    per_day: dict[tuple[str, int], int] = {}
    for activity, days_ago, n in events:
        per_day[(activity, days_ago)] = per_day.get((activity, days_ago), 0) + n
    total = 0.0
    for name in ACTIVITIES:
        rule = rules.rule(name)
        counted = sum(min(n, rule.daily_cap) for (a, _), n in per_day.items() if a == name)
        total += min(counted * rule.weight, rule.window_cap) if rule.window_cap else counted * rule.weight
    return total + (min(rules.tenure_max, rules.tenure_per_day * tenure_days) if per_day else 0.0)


@pytest.fixture(scope="module")
def seeded() -> tuple[Community, dict[int, list[tuple[str, int, int]]]]:
    """300 members: five builders of the community (different amounts of several activities), a spammer of
    group questions, a one-day burst of invitations, and 293 members with a little random activity."""
    community = Community(300)
    plan: dict[int, list[tuple[str, int, int]]] = {}
    builders = {0: 20, 1: 16, 2: 12, 3: 9, 4: 3}  # index -> active days in the window (4: too few to lead)
    for index, days in builders.items():
        events = [(a, d, 1) for d in range(days) for a in (ASKED, HELPFUL)]
        events += [(LESSON, d, 1) for d in range(0, days, 2)] + [(BROUGHT, d, 1) for d in range(0, days, 4)]
        events += [(STAYED, d, 1) for d in range(1, days, 4)]
        plan[index] = events
    plan[5] = [(ASKED, d, 40) for d in range(30)]  # forty questions a day, every day
    plan[6] = [(BROUGHT, 3, 60)]  # sixty invitations in one afternoon
    rng = random.Random(13)
    for index in range(7, 300):
        plan[index] = [(rng.choice(ACTIVITIES), rng.randrange(30), rng.randint(1, 2)) for _ in range(rng.randint(0, 3))]
    plan[7] = plan[7] + [(ASKED, 40, 3), (LESSON, 31, 2)]  # outside the 30-day window: ignored
    for index, events in plan.items():
        for activity, days_ago, n in events:
            community.did(index, activity, days_ago=days_ago, n=n, group=GROUP if activity == ASKED else "")
    community.flush()
    return community, plan


def test_a_seeded_community_yields_the_expected_ordering(seeded) -> None:
    community, plan = seeded
    tenure = (NOW - JOINED).days
    in_window = {i: [e for e in events if e[1] < RULES.window_days] for i, events in plan.items()}
    expected = sorted(((expected_total(events, RULES, tenure), community.number(i)) for i, events in in_window.items()
                       if events), key=lambda t: (-t[0], t[1]))
    found = community.board.scores("default", CONTENT, limit=30)
    assert [(round(s.total, 6), s.number) for s in found] == [(round(t, 6), n) for t, n in expected[:30]]
    assert [s.member_id for s in found[:4]] == community.ids[:4]  # the builders, in order of how much they did
    everyone = community.board.scores("default", CONTENT, limit=None)
    leaders = {s.member_id for s in everyone if s.total >= RULES.threshold}
    assert leaders == set(community.ids[:4])  # builder 4 did too little; random members cannot reach it


def test_the_breakdown_explains_the_score(seeded) -> None:
    community, _ = seeded
    top = community.board.scores("default", CONTENT, limit=1)[0]
    assert abs(sum(top.points.values()) - top.total) < 1e-9
    assert top.counted[ASKED] == 20 and top.points[ASKED] == RULES.rule(ASKED).window_cap and ASKED in top.capped
    assert top.as_json()["breakdown"][TENURE] == RULES.tenure_max  # type: ignore[index]


def test_daily_caps_hold_and_spammers_do_not_lead(seeded) -> None:
    community, _ = seeded
    tally = community.board.tally("default", CONTENT)
    spammer, burst = (tally.score(community.number(i), RULES, tenure_days=(NOW - JOINED).days) for i in (5, 6))
    assert spammer.raw[ASKED] == 1200 and spammer.counted[ASKED] == 90  # 3 a day counted, 30 days
    assert spammer.points[ASKED] == RULES.rule(ASKED).window_cap and spammer.total < RULES.threshold
    assert burst.raw[BROUGHT] == 60 and burst.counted[BROUGHT] == RULES.rule(BROUGHT).daily_cap
    assert burst.total < RULES.threshold


def test_group_scores_count_only_what_happened_in_the_group(seeded) -> None:
    community, _ = seeded
    group = community.board.scores("default", CONTENT, scope=GROUP, limit=3)
    assert [s.member_id for s in group[:1]] == [community.ids[0]]
    assert all(set(k for k, v in s.points.items() if v) <= {ASKED, TENURE} for s in group)


def test_the_tag_follows_the_threshold_as_the_window_moves() -> None:
    community = Community(3)
    for d in range(10, 22):  # member 0: twelve days, 10 to 21 days ago, 5 points a day (+5 tenure)
        for activity in (ASKED, HELPFUL, LESSON):
            community.did(0, activity, days_ago=d)
    for d in range(0, 6):  # member 1: a busy last week
        for activity in (ASKED, HELPFUL, STAYED):
            community.did(1, activity, days_ago=d)
    community.flush()
    first = community.board.refresh("default", CONTENT)
    assert set(first.tagged) == {community.ids[0], community.ids[1]} and first.untagged == []
    assert community.members.members_with_tag("default", "leader") == 2
    assert community.board.refresh("default", CONTENT).tagged == []  # idempotent

    community.clock.advance(15 * 86400)  # member 0's days are leaving the window: 5 of them left, 25 + 5
    moved = community.board.scores("default", CONTENT, limit=None)
    zero = next(s for s in moved if s.member_id == community.ids[0])
    assert RULES.untag_at <= zero.total < RULES.threshold  # in the margin: keeps the tag
    assert community.board.refresh("default", CONTENT).untagged == []

    community.clock.advance(3 * 86400)  # 2 days left: 10 + 5, below untag_below
    later = community.board.refresh("default", CONTENT)
    assert later.untagged == [community.ids[0]] and later.tagged == []
    assert community.members.members_with_tag("default", "leader") == 1
    tagged = community.members.get("default", community.ids[1])
    assert tagged is not None and "leader" in tagged.tags

    community.clock.advance(30 * 86400)  # nobody did anything for a month
    assert community.board.refresh("default", CONTENT).untagged == [community.ids[1]]
    assert community.members.members_with_tag("default", "leader") == 0


def test_recording_through_the_script_matches_the_bulk_path() -> None:
    community = Community(2)
    day = day_of(NOW, ZONE)
    for _ in range(4):
        community.log.record("default", community.ids[1], ASKED, day=day, group=GROUP)
    community.log.record("default", "m00000000000000ff", ASKED, day=day)  # never seen: nothing counted
    assert sorted(community.log.day("default", day)) == [(community.number(1), "a", 4)]
    assert sorted(community.log.day("default", day, GROUP)) == [(community.number(1), "a", 4)]
    assert community.log.scopes("default", [day]) == {BRAND_SCOPE, GROUP}
    assert community.redis.ttl(f"siyu:default:actb:{day}:*") > 80 * 86400  # bounded: the log expires


def test_group_leaders_are_tagged_per_group_and_follow_the_window() -> None:
    """Member 0 leads the Vancouver group, member 1 the Sydney one (each from what they did there, at the group
    threshold, not the brand's); member 2 only asks in Vancouver, every day, and leads nothing; each tag goes
    when the window leaves the activity behind, and the brand's `leader` tag is nobody's."""
    van, syd = CONTENT.groups[0], CONTENT.groups[1]
    community = Community(3)
    for d in range(10):  # 10 asked + 15 helpful (20 capped) + 5 tenure = 30 in the group, the same in the brand
        community.did(0, ASKED, days_ago=d, group=van.chat_id)
        community.did(0, HELPFUL, days_ago=d, group=van.chat_id)
        community.did(1, ASKED, days_ago=d, group=syd.chat_id)
        community.did(1, HELPFUL, days_ago=d, group=syd.chat_id)
    for d in range(30):
        community.did(2, ASKED, days_ago=d, n=20, group=van.chat_id)  # 15 (window cap) + 5 tenure = 20
    community.flush()
    done = community.board.refresh("default", CONTENT)
    assert done.tagged == [] and RULES.group_threshold <= 30 < RULES.threshold
    assert done.groups[van.id].tagged == [community.ids[0]] and done.groups[syd.id].tagged == [community.ids[1]]
    assert community.members.members_with_tag("default", RULES.group_tag(van.id)) == 1
    lead = community.members.get("default", community.ids[0])
    assert lead is not None and RULES.group_tag(van.id) in lead.tags and RULES.group_tag(syd.id) not in lead.tags
    [top, second] = community.board.scores("default", CONTENT, scope=van.chat_id, limit=2)
    assert (top.member_id, top.leads, second.member_id, second.leads) == (
        community.ids[0], [van.id], community.ids[2], [])
    assert community.board.refresh("default", CONTENT).groups[van.id].tagged == []  # idempotent

    community.clock.advance(26 * 86400)  # 4 days left: 4 + 8 + 5 = 17, below untag_below
    later = community.board.refresh("default", CONTENT)
    assert later.groups[van.id].untagged == [community.ids[0]] and later.groups[syd.id].untagged == [
        community.ids[1]]
    assert community.members.members_with_tag("default", RULES.group_tag(van.id)) == 0


def test_a_group_taken_out_of_groups_yaml_leaves_nobody_leading_it() -> None:
    """The Sydney group is removed from the content: its leader loses `leader:<its id>` at the next pass (a
    segment naming it then matches nobody), while the Vancouver group's leader keeps theirs."""
    van, syd = CONTENT.groups[0], CONTENT.groups[1]
    community = Community(2)
    for d in range(10):
        for index, group in ((0, van), (1, syd)):
            community.did(index, ASKED, days_ago=d, group=group.chat_id)
            community.did(index, HELPFUL, days_ago=d, group=group.chat_id)
    community.flush()
    community.board.refresh("default", CONTENT)
    assert community.members.members_with_tag("default", RULES.group_tag(syd.id)) == 1
    without_sydney = dataclasses.replace(CONTENT, groups=tuple(g for g in CONTENT.groups if g.id != syd.id))
    done = community.board.refresh("default", without_sydney)
    assert done.groups[syd.id].untagged == [community.ids[1]] and done.groups[van.id].untagged == []
    assert community.members.members_with_tag("default", RULES.group_tag(syd.id)) == 0
    assert community.members.members_with_tag("default", RULES.group_tag(van.id)) == 1
    again = community.board.refresh("default", without_sydney)
    assert syd.id not in again.groups  # nothing left to remove
