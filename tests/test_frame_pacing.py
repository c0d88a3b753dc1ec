"""The training process's frame schedule (core/process.py, FramePacer): frames at
FRAME_RATE, evenly, and further apart when their own cost would take more than
RECORD_SHARE of the time."""

from __future__ import annotations

import pytest

from visualizer.core.process import FRAME_RATE, RECORD_SHARE, FramePacer


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
