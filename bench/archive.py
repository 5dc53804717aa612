"""How long a chat-archive export takes to score: parse (bot/community/archive_export.py), build the
reply/mention edges, PageRank (bot/community/archive.py), against a baseline of `json.loads` alone over the
same lines (the least any JSON-lines reader does). No Redis: the member-number lookup is one pipeline.

    .venv/bin/python bench/archive.py [--messages N] [--members N] [--rooms N]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from bot.community.archive import archive_points, pagerank
from bot.community.archive_export import ParseStats, edges_of, read_lines


def write_export(path: Path, messages: int, members: int, rooms: int) -> None:
    """A month of group chat: each message from a room member to the rest of the room (`tolist`), a third
    mention someone of the room, a quarter reply to a recent message."""
    rng = random.Random(13)
    people = [f"wm{i:08d}" for i in range(members)]
    room_of = {p: f"wr{rng.randrange(rooms):06d}" for p in people}
    by_room: dict[str, list[str]] = {}
    for person, room in room_of.items():
        by_room.setdefault(room, []).append(person)
    start_ms = 1_764_720_000_000
    with path.open("w", encoding="utf-8") as out:
        for i in range(messages):
            sender = people[int(rng.paretovariate(1.2)) % members]
            room = room_of[sender]
            text = f"第{i}条 谢谢"
            if i % 3 == 0:
                text = f"@{rng.choice(by_room[room])} " + text
            line = {"msgid": f"m{i}", "action": "send", "from": sender, "tolist": by_room[room], "roomid": room,
                    "msgtime": start_ms + i * 1000, "msgtype": "text", "text": {"content": text}}
            if i % 4 == 0 and i:
                line["reply_to"] = f"m{i - rng.randrange(1, 50) if i > 50 else 0}"
            out.write(json.dumps(line, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200_000)
    parser.add_argument("--members", type=int, default=5_000)
    parser.add_argument("--rooms", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.jsonl"
        write_export(path, args.messages, args.members, args.rooms)
        size = path.stat().st_size
        started = time.perf_counter()
        with path.open("rb") as handle:
            for line in handle:
                json.loads(line)
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        stats = ParseStats()
        edges = [e for room in edges_of(read_lines([path], stats), stats).values() for e in room]
        parsed = time.perf_counter() - started
        ranks = pagerank(edges)
        points = archive_points(ranks, weight=5, cap=15)
        total = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"export: {args.messages:,} messages, {args.members:,} members, {args.rooms} rooms, {size / 2**20:.1f} MiB")
    print(f"json.loads baseline        {baseline:6.2f} s")
    print(f"parse + edges              {parsed:6.2f} s  ({parsed / baseline:.1f}x baseline; "
          f"{stats.messages:,} messages, {len(edges):,} edges, {stats.unresolved_mentions:,} unresolved mentions)")
    print(f"+ PageRank + points        {total:6.2f} s  ({total / baseline:.1f}x baseline; "
          f"{len(points):,} members ranked)")
    print(f"peak RSS of the process    {peak / 2**20:6.1f} MiB")


if __name__ == "__main__":
    main()
