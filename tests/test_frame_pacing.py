"""The training process's frame schedule (core/pace.py, FramePacer): frames at
FRAME_RATE, evenly, and further apart when their own cost would take more than
RECORD_SHARE of the time."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from visualizer.core.pace import FRAME_RATE, RECORD_SHARE, FramePacer, StepTimes
from visualizer.core.priority import NICENESS


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_cheap_frames_come_at_the_frame_rate_on_a_fixed_schedule():
    clock = Clock()
    pacer = FramePacer(clock)
    start = pacer.due
    for index in range(1, 6):
        clock.now = pacer.due + 0.004  # a step ends a little after each deadline
        pacer.sent(0.001)
        assert pacer.due == pytest.approx(start + index / FRAME_RATE)  # no drift


def test_costly_frames_are_spaced_so_they_take_at_most_the_record_share():
    clock = Clock()
    pacer = FramePacer(clock)
    cost = 0.1  # recording a step of a large network, say
    clock.now = pacer.due
    pacer.sent(cost)
    assert pacer.due - clock.now == pytest.approx(cost / RECORD_SHARE)


def test_a_late_frame_does_not_make_the_next_ones_come_in_a_burst():
    clock = Clock()
    pacer = FramePacer(clock)
    clock.now = pacer.due + 1.0  # one long step (or a pause) later
    pacer.sent(0.0)
    assert pacer.due >= clock.now + 0.5 / FRAME_RATE


def test_step_times_learn_what_recording_adds_once_a_plain_step_is_known():
    times = StepTimes()
    times.add(0.013, recorded=True)  # no plain step yet: nothing to compare with
    assert times.record_extra == 0.0
    for _ in range(50):
        times.add(0.010, recorded=False)
        times.add(0.013, recorded=True)
    assert times.plain == pytest.approx(0.010, rel=1e-3)
    assert times.record_extra == pytest.approx(0.003, rel=1e-3)


def test_a_frames_window_ends_before_a_step_that_would_end_well_past_the_deadline():
    times = StepTimes()
    assert not times.enough(1, now=5.0, until=1.0)  # no plain step timed yet: take a second
    assert times.enough(2, now=5.0, until=1.0)
    times.add(0.020, recorded=False)
    assert not times.enough(0, now=1.0, until=0.0)  # always at least one step
    assert not times.enough(1, now=0.985, until=1.0)  # the next one ends 5 ms past it
    assert times.enough(1, now=0.995, until=1.0)  # ...15 ms past it: more than half a step


@pytest.mark.skipif(not hasattr(os, "nice"), reason="Unix scheduling priority")
def test_the_training_process_yields_the_cores_to_the_window():
    code = (
        "import os; from visualizer.core import priority; before = os.nice(0); "
        "priority.yield_to_the_window(); print(os.nice(0) - before)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(done.stdout) == min(NICENESS, 19 - os.nice(0))
