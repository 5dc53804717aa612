"""What happened to one delivery in a job: the names deliver_batch counts by and pacing hands back.

Values only; the ledger's settled states (`sent`, `skipped:<reason>`, ...) are bot/store/ledger.py's.
"""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """One delivery's outcome in one job run; the values are the keys of deliver_batch's counts.

    Settled in the ledger (a re-run skips them): SENT, TASK, SKIPPED, PARKED, FAILED, MAYBE. Not settled (the
    claim is given back, and the delivery runs again in this batch's retry or a handed-back job): RETRY,
    SLOW, BUSY, LATER, HANDED_BACK.
    """

    SENT = "sent"  # sent now, or the platform answered it already was (AlreadyDoneError: 41051 ...)
    TASK = "task"  # a WeCom confirm task was created: `task:<msgid>` in the ledger until jobs.tasks sees it sent
    SKIPPED = "skipped"  # settled by an earlier run, or not sent: the member opted out of this purpose
    PARKED = "parked"  # no route allows it now: kept for the member's next interaction (or its TTL)
    FAILED = "failed"  # permanent: written to the failed ledger, never retried
    MAYBE = "maybe"  # the call timed out after sending: it may have arrived, so it is never sent again (listed
    # with the failures as uncertain: DeliveryLedger.record_uncertain)
    RETRY = "retry"  # transient failure: RQ re-runs the batch (RetryLaterError after the batch)
    SLOW = "slow"  # a rate bucket said slow down: handed back to RQ to run after the wait
    BUSY = "busy"  # another execution holds its claim: RQ re-runs the batch after that claim expires
    LATER = "later"  # not tried: the job's time slice ended, so it goes to the end of its queue now
    HANDED_BACK = "handed_back"  # not tried (jobs/pacing.py): deliver_batch counts it as SLOW or LATER
