"""Instructions per callback: Siyu's webhook under valgrind's callgrind, a count that other load does not move.

bench/webhook_cpu.py measures process CPU time, which on this shared 2-core machine swings by a third
between runs (other helpers' tests, the load average at 4-8): a 5 % change cannot be seen in it. An
instruction count is deterministic; run this once per tree (or before and after a change) and compare.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/webhook_instructions.py [--faq] [--callbacks 300] [--texts DIR]

Prints nothing itself: valgrind's "Collected" line is the count for the measured callbacks (instrumentation is
switched on only around them with callgrind_control, after 400 warm-up callbacks); divide by --callbacks.
--faq posts the follower questions of tests/data/faq_*.yaml (of --texts DIR, to compare two trees on the same
messages), in an order that the FAQ memo does not serve, as bench/webhook_cpu.py --faq does; without it, `ping`.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from webhook_cpu import follower_questions, siyu_on_redis  # the same messages and set-up as the CPU bench

WARM_UP = 400


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--callbacks", type=int, default=300)
    parser.add_argument("--faq", action="store_true", help="post follower FAQ questions instead of ping")
    parser.add_argument("--texts", type=Path, default=Path(__file__).resolve().parent.parent / "tests" / "data")
    args = parser.parse_args()
    logging.disable(logging.INFO)
    with siyu_on_redis() as (app, _server, simulator):
        texts = follower_questions(args.texts) if args.faq else ["ping"]
        # a stride of 7 through the texts: the measured callbacks are not the warm-up's messages
        requests = [simulator.oa_request(simulator.oa_fields(
            f"o{i % 50}", MsgType="text", Content=texts[(i * 7) % len(texts)], MsgId=2_000_000 + i))
            for i in range(WARM_UP + args.callbacks)]
        for path, body in requests[:WARM_UP]:
            app.post(path, data=body)
        subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=False)
        for path, body in requests[WARM_UP:]:
            app.post(path, data=body)
        subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=False)


if __name__ == "__main__":
    main()
