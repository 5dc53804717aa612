"""Which steps a published edit moved (bot/sequences/edits.py): what the reschedule pass is handed."""

from __future__ import annotations

from dataclasses import replace

from bot.content.sequences import Step
from bot.sequences.edits import moved_steps
from tests.support.factories import demo_content
from tests.support.sequences import with_newcomer_steps


def newcomer_steps() -> dict[str, Step]:
    spec = demo_content().sequence("newcomer")
    assert spec is not None
    return {step.id: step for step in spec.steps}


def test_steps_whose_day_time_or_delay_changed_are_moved_and_others_not() -> None:
    demo, steps = demo_content(), newcomer_steps()
    edited = with_newcomer_steps(demo, [steps["welcome"], replace(steps["lesson-1"], time_min=9 * 60),
                                        replace(steps["product"], day=2), steps["job"],
                                        replace(steps["checkin"], day=None, after_s=3600),
                                        Step(id="new", send=steps["job"].send, day=8)])
    assert moved_steps(demo, edited) == {"newcomer": ["lesson-1", "product", "checkin"]}


def test_a_removed_or_added_step_and_an_unchanged_sequence_move_nothing() -> None:
    demo, steps = demo_content(), newcomer_steps()
    assert moved_steps(demo, demo) == {}
    assert moved_steps(demo, with_newcomer_steps(demo, [s for s in steps.values() if s.id != "job"])) == {}


def test_a_new_zone_moves_every_step_and_nothing_published_before_moves_nothing() -> None:
    demo = demo_content()
    spec = demo.sequence("newcomer")
    assert spec is not None
    moved_zone = replace(demo, sequences=tuple(replace(s, timezone="Australia/Sydney") if s.id == "newcomer" else s
                                               for s in demo.sequences))
    assert moved_steps(demo, moved_zone)["newcomer"] == [step.id for step in spec.steps]
    assert moved_steps(None, demo) == {}
