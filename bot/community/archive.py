"""Where a brand has WeCom's chat archive (会话内容存档: paid, with customer consent, a C SDK), who replies to
and mentions whom is a graph, and a member many others answer or mention ranks high in it. This module is
the seam for it, not the SDK: a `ReplyGraph` source (bot/community/archive_export.py reads the JSON-lines export
a brand's own tooling writes) and the pure PageRank that turns its edges into points, which
`bot.community.leaders.LeaderBoard` adds to the scores when community.yaml names an `archive:`. Without one the
score is what Siyu sees itself (docs/leaders.md, "The archive, optionally").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol


class ReplyGraph(Protocol):
    """Reply and mention edges in a window: (from member id, to member id, weight), e.g. one per reply."""

    def edges(self, brand: str, *, scope: str, since: datetime, until: datetime) -> Iterable[tuple[str, str, float]]:
        ...


def pagerank(edges: Iterable[tuple[str, str, float]], *, damping: float = 0.85, iterations: int = 40,
             tolerance: float = 1e-9) -> dict[str, float]:
    """PageRank over weighted edges (power iteration; dangling members spread their rank evenly). Ranks sum to
    1 over the members that appear in any edge."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    nodes: set[str] = set()
    for source, target, weight in edges:
        if source != target and weight > 0:
            out[source][target] = out[source].get(target, 0.0) + weight
        nodes.update((source, target))
    if not nodes:
        return {}
    n = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / n)
    totals = {node: sum(targets.values()) for node, targets in out.items()}
    for _ in range(iterations):
        dangling = sum(rank[node] for node in nodes if node not in totals)
        new = dict.fromkeys(nodes, (1.0 - damping) / n + damping * dangling / n)
        for source, targets in out.items():
            share = damping * rank[source] / totals[source]
            for target, weight in targets.items():
                new[target] += share * weight
        if sum(abs(new[node] - rank[node]) for node in nodes) < tolerance:
            return new
        rank = new
    return rank


def archive_points(ranks: Mapping[str, float], *, weight: float, cap: float) -> dict[str, float]:
    """Points from ranks: a member at the average rank gets `weight`, capped at `cap`, so the graph adds to the
    activity score as one more capped input (never replaces it)."""
    if not ranks:
        return {}
    average = 1.0 / len(ranks)
    return {member: min(cap, weight * rank / average) for member, rank in ranks.items()}
