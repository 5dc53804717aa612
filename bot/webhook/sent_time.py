"""When a callback's message was sent, as the handlers may use it: the platform's CreateTime, unless it is far from
our own clock.

Handlers read `Inbound.sent_at` as "now" (office hours and a handoff's timeout, a menu's age, the welcome code's
20 seconds). WeChat sends a callback within seconds of the message and retries for about 15 seconds
(PLATFORM.md §0), so a CreateTime a day behind or minutes ahead of our clock is not the message's time: a body in
plain mode, which no signature covers, or a broken relay. Taken as it was, a CreateTime of 0 opened a handoff that
had lapsed in 1970, and one in 2099 a handoff no timeout would end. Such a callback is dated when it arrived; its
CreateTime is still what tells its retries apart (`Inbound.stamp_s`, in the dedupe key), so a retry of it is
still the same callback.
"""

from __future__ import annotations

from datetime import UTC, datetime

MAX_BEHIND_S = 24 * 3600
MAX_AHEAD_S = 300


def sent_time(stamp: int | None, received_at: datetime) -> tuple[datetime, int]:
    """(sent_at, stamp_s): the CreateTime `stamp` as a time when it is near `received_at`, with stamp_s 0; else
    `received_at` and the stamp kept for the dedupe key. No stamp: `received_at`, 0."""
    if stamp is None:
        return received_at, 0
    received_s = received_at.timestamp()
    if received_s - MAX_BEHIND_S <= stamp <= received_s + MAX_AHEAD_S:
        return datetime.fromtimestamp(stamp, tz=UTC), 0
    return received_at, stamp
