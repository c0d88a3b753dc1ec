"""The training process's pace: how long steps take, and when the next frame is due
(docs/DESIGN.md, "Protocol": frame pace)."""

from __future__ import annotations

import time
from collections.abc import Callable

FRAME_RATE = 36.0  # frames a second at most: above 30, so the window refreshes at 30 Hz
RECORD_SHARE = 0.25  # a frame's own cost takes at most this share of the time
SMOOTHING = 0.2  # weight of the newest step in the running means of step times


class StepTimes:
    """Running means of a plain lockstep step and of what recording statistics adds to
    one (known once a plain step was timed), in CPU seconds of the training process: the
    wall time of the step after each frame grows while the window draws that frame, and
    would make recording look dearer than it is on busy cores."""

    def __init__(self) -> None:
        self.plain = 0.0
        self.record_extra = 0.0

    def add(self, seconds: float, recorded: bool) -> None:
        """Take one step's time into account."""
        if not recorded:
            self.plain = smooth(self.plain, seconds)
        elif self.plain:
            self.record_extra = smooth(self.record_extra, max(seconds - self.plain, 0.0))

    def enough(self, done: int, now: float, until: float) -> bool:
        """Whether a frame's window of `done` steps ends now: the next step would end more
        than half a step past the deadline `until`. At least one step, and two while no
        plain step was timed (the second measures what recording adds to the first)."""
        return done >= (1 if self.plain else 2) and now + self.plain / 2 >= until


def smooth(mean: float, value: float) -> float:
    """A running mean's next value (the first value as it is)."""
    return value if not mean else mean + SMOOTHING * (value - mean)


class FramePacer:
    """When the next frame is due: FRAME_RATE a second on a fixed schedule (so frames come
    evenly, also when a step takes a good part of a frame's time), spaced further apart
    when a frame's own cost (what recording adds to the window's first step, building and
    sending the frame) would otherwise take more than RECORD_SHARE of the time."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.due = clock()

    def sent(self, frame_cost: float) -> None:
        """A frame went out; `frame_cost` is its own cost in seconds."""
        interval = max(1.0 / FRAME_RATE, frame_cost / RECORD_SHARE)
        self.due = max(self.due + interval, self.clock() + interval / 2)
