"""Leader scores from the activity log's daily counts: pure, no Redis.

score = sum over activities of min(window_cap, weight x sum over days of min(count that day, daily_cap))
      + min(tenure_max, tenure_per_day x days since first seen)   (only for members active in the window)

Every part is kept (raw occurrences, occurrences counted after the daily caps, points after the window cap),
so `siyu leaders` shows why each member has their score: explained, never a black box.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.community.activity import ACTIVITY_OF, LETTER
from bot.content.community import ACTIVITIES, ARCHIVE, TENURE, LeaderRules

_INDEX = {letter: i for i, letter in enumerate(LETTER[name] for name in ACTIVITIES)}
_N = len(ACTIVITIES)


@dataclass
class Score:
    """One member's score in one scope, with its parts."""

    number: int
    total: float = 0.0
    archive_edges: int = 0  # replies and mentions to the member in the chat archive (0: none, or no archive)
    points: dict[str, float] = field(default_factory=dict)  # per activity (and "tenure"), after every cap
    raw: dict[str, int] = field(default_factory=dict)  # occurrences in the window
    counted: dict[str, int] = field(default_factory=dict)  # occurrences left after the daily caps
    capped: list[str] = field(default_factory=list)  # activities whose window cap cut points
    tenure_days: int = 0
    member_id: str = ""
    leads: list[str] = field(default_factory=list)  # groups.yaml ids of the groups the member leads (their tags)

    def as_json(self) -> dict[str, object]:
        return {"member": self.member_id, "number": self.number, "score": round(self.total, 2),
                "breakdown": {k: round(v, 2) for k, v in self.points.items() if v},
                "occurrences": {k: v for k, v in self.raw.items() if v},
                "counted": {k: v for k, v in self.counted.items() if v},
                "window_capped": self.capped, "tenure_days": self.tenure_days, "leads": self.leads,
                **({"archive_edges": self.archive_edges} if ARCHIVE in self.points else {})}


class Tally:
    """Adds up days of counts: per member, occurrences after the daily cap and raw, per activity. One flat
    list of 2 x 7 ints per member (a million counts add up in about a second of CPython)."""

    def __init__(self, rules: LeaderRules) -> None:
        self.caps = [rules.rule(name).daily_cap for name in ACTIVITIES]
        self.members: dict[int, list[int]] = {}
        # The chat archive's PageRank points per member (already capped), the edges to them, whether the cap cut;
        # empty without an archive (bot/community/archive.py).
        self.archive: dict[int, float] = {}
        self.archive_edges: dict[int, int] = {}
        self.archive_capped: set[int] = set()

    def add_day(self, counts: Iterable[tuple[int, str, int]]) -> None:
        members, caps, index = self.members, self.caps, _INDEX
        for number, letter, count in counts:
            i = index.get(letter)
            if i is None:
                continue
            row = members.get(number)
            if row is None:
                row = members[number] = [0] * (2 * _N)
            cap = caps[i]
            row[i] += count if count < cap else cap
            row[_N + i] += count

    def base_scores(self, rules: LeaderRules) -> dict[int, float]:
        """Activity points per member (tenure not yet added), for ranking before member lookups."""
        weights = [rules.rule(name).weight for name in ACTIVITIES]
        window = [rules.rule(name).window_cap for name in ACTIVITIES]
        out: dict[int, float] = {}
        for number, row in self.members.items():
            total = 0.0
            for i in range(_N):
                if row[i]:
                    points = row[i] * weights[i]
                    total += min(points, window[i]) if window[i] else points
            out[number] = total + self.archive.get(number, 0.0)
        for number, points in self.archive.items():
            out.setdefault(number, points)
        return out

    def score(self, number: int, rules: LeaderRules, *, tenure_days: int = 0) -> Score:
        row = self.members.get(number, [0] * (2 * _N))
        found = Score(number=number, tenure_days=tenure_days)
        for i, name in enumerate(ACTIVITIES):
            rule = rules.rule(name)
            points = row[i] * rule.weight
            if rule.window_cap and points > rule.window_cap:
                points = rule.window_cap
                found.capped.append(name)
            found.points[name] = points
            found.raw[name] = row[_N + i]
            found.counted[name] = row[i]
        if self.archive:
            found.points[ARCHIVE] = self.archive.get(number, 0.0)
            found.archive_edges = self.archive_edges.get(number, 0)
            if number in self.archive_capped:
                found.capped.append(ARCHIVE)
        found.points[TENURE] = min(rules.tenure_max, rules.tenure_per_day * tenure_days) if any(
            row[:_N]) or found.points.get(ARCHIVE) else 0.0
        found.total = sum(found.points.values())
        return found


def rank(tally: Tally, rules: LeaderRules, *, first_seen_days: Mapping[int, int], candidates: Iterable[int]
         ) -> list[Score]:
    """Full scores of `candidates`, best first (ties: the lower member number, i.e. the earlier member)."""
    scores = [tally.score(n, rules, tenure_days=first_seen_days.get(n, 0)) for n in candidates]
    scores.sort(key=lambda s: (-s.total, s.number))
    return scores


def candidates(base: Mapping[int, float], rules: LeaderRules, *, limit: int | None, cut: float | None = None
               ) -> list[int]:
    """The members whose full score could place them in the top `limit` or at the threshold (`cut`: the
    scope's untag line, default the brand's): tenure adds at most `tenure_max`, so only those within it of the
    cut need their first-seen date read."""
    if not base:
        return []
    ordered = sorted(base.items(), key=lambda kv: -kv[1])
    cut = rules.untag_at if cut is None else cut
    if limit is not None and len(ordered) >= limit:
        cut = min(cut, ordered[limit - 1][1])
    elif limit is not None:
        cut = 0.0
    floor = cut - rules.tenure_max
    return [number for number, points in ordered if points >= floor and points > 0]


__all__ = ["ACTIVITY_OF", "Score", "Tally", "candidates", "rank"]
