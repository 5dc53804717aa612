"""Instructions per tick step, Python and redis-server: a count that the load of the shared 2-core VM does not move.

bench/sequence_tick.py's steps/s and CPU per step swing by ±20 % with whatever else runs on this machine;
callgrind's instruction counts do not. This runs one process's `SequenceEngine.tick` (the engine of
bench/sequence_tick.py: jobs.context's, the real route chooser, the sink a counter) over `--steps` due `newcomer`
steps, with both that process and its throwaway redis-server under valgrind's callgrind, each counting only while
the measured tick runs (after a warm-up tick of `--warm-up` steps that loads the scripts, the content and the
caches):

    .venv/bin/python bench/sequence_tick_instructions.py [--steps 2000] [--warm-up 500] [--step lesson-1]
                                                          [--batch 500] [--tree DIR] [--phases] [--keep DIR]

Prints the instructions per step in Python and in redis-server (each callgrind total over the measured tick,
divided by the steps handed), and per claimed ref in redis-server. --tree DIR imports Siyu from another checkout
(a `git archive` of main, say) to compare two trees on the same members; --phases splits redis-server's count
by the tick's commands; --keep DIR keeps both callgrind outputs (for callgrind_annotate). About 15 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--warm-up", type=int, default=500)
    parser.add_argument("--step", default="lesson-1", choices=("lesson-1", "product", "job", "checkin"))
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--tree", type=Path, default=HERE)
    parser.add_argument("--keep", type=Path, help="copy both callgrind outputs here (for callgrind_annotate)")
    parser.add_argument("--phases", action="store_true",
                        help="also split redis-server's count by the tick's commands (claim, read, commit, release);"
                             " the Python count then includes the queries' own cost")
    parser.add_argument("--child", default="", help=argparse.SUPPRESS)  # redis url,redis pid: the measured process
    args = parser.parse_args()
    sys.path.insert(0, str(args.tree.resolve()))
    if args.child:
        return child(args)
    import redis

    from tests.support.redis_server import RedisServer, free_port, wait_until_answering

    with tempfile.TemporaryDirectory(prefix="siyu-tick-cg-") as tmp:
        work = Path(tmp)
        port = free_port()
        redis_out, python_out = work / "redis.cg", work / "python.cg"
        binary = RedisServer.find_binary() or "redis-server"
        server = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={redis_out}", binary,
             "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", tmp,
             "--logfile", str(work / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_answering(redis.Redis(port=port), server, what="redis-server under callgrind",
                                 log=work / "redis.log", timeout_s=60)
            url = f"redis://127.0.0.1:{port}/0"
            done = subprocess.run(
                ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={python_out}",
                 sys.executable, __file__, "--child", f"{url},{server.pid}", "--steps", str(args.steps),
                 "--warm-up", str(args.warm_up), "--step", args.step, "--batch", str(args.batch),
                 "--tree", str(args.tree), *(["--phases"] if args.phases else [])],
                capture_output=True, text=True, check=False)
        finally:
            server.terminate()
            server.wait(120)
        if done.returncode != 0:
            print(done.stdout, done.stderr, file=sys.stderr)
            return 1
        lines = done.stdout.split("\n")
        handed, claimed = (int(n) for n in lines[0].split())
        python_n, redis_n = totals(python_out), totals(redis_out)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for out in (python_out, redis_out):
                shutil.copy(out, args.keep / out.name)
    print(f"tick of {handed:,} {args.step} steps ({claimed:,} claimed, batch {args.batch}), tree {args.tree}:")
    print(f"  Python {python_n / handed / 1e3:,.1f} k instructions per step; redis-server "
          f"{redis_n / handed / 1e3:,.1f} k per step ({redis_n / max(1, claimed) / 1e3:,.1f} k per claimed ref)")
    for line in lines[1:]:
        if line.strip():
            name, n = line.split()
            print(f"    redis-server in {name}: {int(n) / handed / 1e3:,.1f} k per step")
    return 0 if handed == args.steps else 1


def totals(path: Path) -> int:
    """A callgrind output's total instruction count (its `totals:` line; the `summary:` line may say 0)."""
    found = re.findall(r"^totals: (\d+)", path.read_text(errors="replace"), re.M)
    return sum(int(n) for n in found)


def callgrind(on: bool, pid: int) -> None:
    subprocess.run(["callgrind_control", "-i", "on" if on else "off", str(pid)], capture_output=True, check=False)


def child(args: argparse.Namespace) -> int:
    """The measured process (under callgrind): populate, warm up, then the measured tick with both counting."""
    import logging

    from bench.sequence_tick import BRAND, counting_engine, populate

    url, redis_pid = args.child.split(",")
    logging.disable(logging.WARNING)
    populate(url, args.warm_up + args.steps, args.step)
    engine, handed = counting_engine(url, args.step)
    warm = engine.tick(BRAND, limit=args.warm_up, max_batches=1)
    assert warm.handed == args.warm_up, warm
    handed[0] = 0
    phases: dict[str, int] = {}
    if args.phases:
        split_by_phase(engine, int(redis_pid), phases)
    # The batches run with the cyclic GC paused (engine._cyclic_gc_paused), but a collection may fall between them,
    # and whether one does depends on allocations that vary from run to run (how the replies arrive on the socket):
    # ~14 k instructions per step when it traverses the whole heap. Everything the warm-up left is collected and
    # frozen, so the count is the tick's own.
    gc.collect()
    gc.freeze()
    callgrind(True, int(redis_pid))
    callgrind(True, os.getpid())
    report = engine.tick(BRAND, limit=args.batch)
    callgrind(False, os.getpid())
    callgrind(False, int(redis_pid))
    time.sleep(0.5)
    print(handed[0], report.claimed)
    for name, n in phases.items():
        print(name, n)
    return 0


def split_by_phase(engine: Any, redis_pid: int, phases: dict[str, int]) -> None:
    """Count redis-server's instructions per kind of command the tick sends: its callgrind total is read (with
    callgrind_control -e) before and after each (the outermost one, where they nest)."""
    import functools

    import redis

    def total() -> int:
        shown = subprocess.run(["callgrind_control", "-e", "Ir", str(redis_pid)], capture_output=True, text=True,
                               check=False).stdout
        found = re.findall(r"Th \d+\s+([\d,]+)", shown)
        return sum(int(n.replace(",", "")) for n in found)

    busy = [False]

    def counted(name: str, fn: Any) -> Any:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            if busy[0]:
                return fn(*a, **k)
            busy[0] = True
            before = total()
            try:
                return fn(*a, **k)
            finally:
                phases[name] = phases.get(name, 0) + total() - before
                busy[0] = False
        return wrapper

    store = engine.store
    store.claim = counted("claim", store.claim)
    store.read_tick = counted("read", store.read_tick)
    store.release_claim = counted("release", store.release_claim)
    store.commit = counted("commit", store.commit)
    engine.paused_by_manager = counted("paused", engine.paused_by_manager)
    redis.client.Pipeline.execute = counted("commit", redis.client.Pipeline.execute)


if __name__ == "__main__":
    raise SystemExit(main())
