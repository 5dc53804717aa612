"""Which steps a published edit moved: the steps whose members a reschedule pass may have to move earlier.

A step that moved later needs nothing: the tick recomputes a claimed step's time and reschedules it
(engine.SLACK_S). A step that moved earlier does: its waiting members are due at the old time, and nothing
claims them before it. `siyu config apply` and the admin API's apply compare the content in force with the
one they publish and hand the moved steps to `jobs.sequences.reschedule` (SequenceEngine.reschedule_earlier).
"""

from __future__ import annotations

from bot.content.model import Content
from bot.content.sequences import Sequence, Step


def _timing(step: Step) -> tuple[int | None, int, int]:
    return step.day, step.time_min, step.after_s


def _zone(spec: Sequence, content: Content) -> tuple[str, str]:
    return spec.timezone, content.sequence_defaults.timezone


def moved_steps(before: Content | None, after: Content) -> dict[str, list[str]]:
    """Per sequence in both versions, the ids of the steps in both whose time changed (day, time of day,
    delay), or every step when the zone the times are read in changed. Empty when `before` is None (nothing
    was published before: the content in force was the folder, which may already be the edited one)."""
    if before is None:
        return {}
    moved: dict[str, list[str]] = {}
    for spec in after.sequences:
        old = before.sequence(spec.id)
        if old is None:
            continue
        zone_moved = _zone(old, before) != _zone(spec, after)
        ids = [step.id for step in spec.steps
               if (was := old.step(step.id)) is not None and (zone_moved or _timing(was) != _timing(step))]
        if ids:
            moved[spec.id] = ids
    return moved
