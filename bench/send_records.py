"""What recording one send costs in Redis: memory and time per send, as the delivery job records it now (the ledger's
settle_sent: the outcome key, one sends-stream entry, the day's delivery counter) against the baseline it replaced
(the same, plus an `out.sent` copy in the event stream and its day counter, jobs.deliver.record_received until
2026-12), on a throwaway redis-server.

    .venv/bin/python bench/send_records.py [--sends 20000]

Memory is `used_memory` grown per send after N sends to N members (streams, counters and the ledger keys);
time is the wall time of the N recordings, one pipeline each as the job does (the baseline's event copy is
one pipeline per job in the job; here one per send, an upper bound of its cost). Prints both and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

import redis  # noqa: E402

from bot.clock import SystemClock  # noqa: E402
from bot.store.events import EventLog  # noqa: E402
from bot.store.ledger import DeliveryLedger  # noqa: E402
from tests.support.redis_server import throwaway_redis  # noqa: E402


def record(client: redis.Redis, sends: int, *, with_event_copy: bool) -> tuple[float, float]:
    """(bytes per send, microseconds per send) for `sends` recordings on an empty database."""
    client.flushall()
    ledger, events = DeliveryLedger(client, SystemClock()), EventLog(client, SystemClock())
    before = int(client.info("memory")["used_memory"])
    started = time.perf_counter()
    for i in range(sends):
        member = f"m{i:016x}"
        ledger.settle_sent("bench", f"seq:newcomer:lesson-1:{member}", member_id=member, route="oa_custom",
                           purpose="sequence", message_type="text")
        if with_event_copy:
            events.append_all("bench", [("out.sent", {"member": member, "purpose": "sequence", "message": "text",
                                                      "key": f"seq:newcomer:lesson-1:{member}"})])
    elapsed = time.perf_counter() - started
    grown = int(client.info("memory")["used_memory"]) - before
    return grown / sends, elapsed / sends * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sends", type=int, default=20_000)
    args = parser.parse_args()
    with throwaway_redis() as client:
        baseline = record(client, args.sends, with_event_copy=True)
        now = record(client, args.sends, with_event_copy=False)
    print(f"{args.sends} sends recorded on redis-server")
    print(f"baseline (sends stream + event copy): {baseline[0]:7.1f} bytes/send  {baseline[1]:6.1f} us/send")
    print(f"now (sends stream only):              {now[0]:7.1f} bytes/send  {now[1]:6.1f} us/send")
    print(f"ratio now/baseline: memory {now[0] / baseline[0]:.2f}, time {now[1] / baseline[1]:.2f}")


if __name__ == "__main__":
    main()
