"""CPU time of other processes, read from /proc: what each side of a benchmark spent (Linux only).

The benchmarks run their servers, workers and redis-server as separate processes; their own
`time.process_time()` sees none of that.
"""

from __future__ import annotations

import os

TICK_S = 1 / os.sysconf("SC_CLK_TCK")


def _stat(pid: int | str) -> list[str]:
    """/proc/PID/stat's fields after the command name (which may hold spaces): state is [0], ppid [1]."""
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()


def process_cpu_s(pid: int, *, reaped_children: bool = False) -> float:
    """CPU seconds (user + system) of one process so far; with `reaped_children`, also of its children
    that have ended and been waited for (a forking worker's finished work horses)."""
    fields = _stat(pid)
    return sum(int(v) for v in fields[11:15 if reaped_children else 13]) * TICK_S


def tree_cpu_s(root: int) -> float:
    """CPU seconds of a process and all its live descendants (gunicorn's master and its workers)."""
    parents: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = _stat(entry)
        except OSError:  # it exited meanwhile
            continue
        parents[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) * TICK_S
    tree, frontier = {root}, [root]
    while frontier:
        pid = frontier.pop()
        children = [child for child, parent in parents.items() if parent == pid and child not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(cpu.get(pid, 0.0) for pid in tree)
