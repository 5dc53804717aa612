"""Backfill the segment indexes for members written before the member scripts kept them (`siyu segment
reindex`): the city/locale/channel bitmaps, the tag bitmaps, the activity bitmap of each member's last-seen
day, and the join days' first numbers, read from what each member holds (member_scripts.REINDEX).

Batched by member number (BATCH a script call, a few ms of Redis time each, so the webhook's commands are
never held up long) and idempotent: it only sets bits that are true now, so a second run, or a run beside
live traffic (whose scripts keep the indexes in step), changes nothing. Activity before a member's last
interaction was never recorded, so a backfilled member counts as active on its last-seen day only; that is
exactly what `active:<Nd` and `active:>Nd` ask (seen within, or not within, the last N days).
"""

from __future__ import annotations

from collections.abc import Callable

import redis

from bot.store import keys, member_scripts

BATCH = 2048  # member numbers per script call


def reindex(redis_client: redis.Redis, brand: str, *, now_s: int, batch: int = BATCH,
            progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Backfill every member numbered 1..the brand's last number; {"members": found, "batches": calls}.
    `progress(done, total)` after each batch."""
    if batch < 1:
        raise ValueError("batch must be at least 1")
    size = int(redis_client.get(keys.member_seq(brand)) or 0)
    script = redis_client.register_script(member_scripts.REINDEX)
    found = calls = 0
    for lo in range(1, size + 1, batch):
        hi = min(lo + batch, size + 1)
        found += int(script(args=[keys.brand_prefix(brand), lo, hi, now_s // 86400]))
        calls += 1
        if progress is not None:
            progress(hi - 1, size)
    return {"members": found, "batches": calls}
