"""Daily report snapshots, and archiving a campaign once its report can no longer change.

WeCom keeps its own group-send statistics for 180 days, links answer for 180 days (bot/store/links.py) and a
conversion may be credited to a click for 7 more: after that a campaign's report is final. So a job (cron,
every SNAPSHOT_EVERY_S) writes each launched campaign's report as the UTC day's snapshot; once the campaign's
`report_until_s` has passed (set when it ended, bot/store/campaigns.py) the same run, right after that last
snapshot, deletes the live report keys, and `service.report` answers from the snapshot from then on. The
snapshot is written before anything is deleted, in the same job, so a report is never lost between the two.

The working keys (audience and handled bitmaps, ranges, waiting members) are not the job's business: they
expire WORKING_TTL_S after the campaign ends, set in the transition that ends it.
"""

from __future__ import annotations

from collections import Counter

from bot.campaigns import plan
from bot.campaigns.service import CampaignContext, report
from bot.clock import epoch_s
from bot.store import keys
from bot.store.campaigns import DRAFT, ENDED

SNAPSHOT_EVERY_S = 3600  # a day's snapshot is its last run's; hourly keeps it within an hour of the day's end


def snapshot_all(ctx: CampaignContext, brand: str) -> Counter[str]:
    """Snapshot every launched campaign not archived yet; archive those past `report_until_s`. Counts of what
    it did (`snapshot`, `archived`, `retired`: an ended campaign from before retention was kept, given its
    expiries now)."""
    store = ctx.store
    now_s = epoch_s(ctx.clock.now())
    day = ctx.clock.now().date().isoformat()
    counts: Counter[str] = Counter()
    for campaign_id in store.ids(brand):
        record = store.get(brand, campaign_id)
        status = record.get("status", DRAFT)
        if status == DRAFT or record.get("archived") or not record.get("spec"):
            continue
        if status in ENDED and not record.get("report_until_s"):
            store.retire(brand, campaign_id, int(record.get("stopped_s") or now_s), cancelled=status != "done")
            record = store.get(brand, campaign_id)
            counts["retired"] += 1
        store.save_snapshot(brand, campaign_id, day, report(ctx, brand, campaign_id))
        counts["snapshot"] += 1
        if status in ENDED and now_s >= int(record["report_until_s"]):
            tag = plan.campaign_tag(campaign_id)
            store.archive(brand, campaign_id, day, [keys.clicks(brand, tag), keys.clickers(brand, tag)])
            counts["archived"] += 1
    return counts
