"""A one-line step counter for `visualizer run` on a terminal."""

from __future__ import annotations

import math
import time
from typing import TextIO


class Progress:
    """'step 500/1500  3.2 s' (or another `unit`) on a terminal's stderr, rewritten in place
    at most ten times a second and erased by `close`; nothing when the stream is not a
    terminal."""

    INTERVAL = 0.1  # seconds between redraws

    def __init__(
        self, total: int, stream: TextIO, clock=time.monotonic, unit: str = "step"
    ) -> None:
        self.total, self.stream, self.clock, self.unit = total, stream, clock, unit
        self.enabled = total > 0 and stream.isatty()
        self.start = clock()
        self.shown_at = -math.inf
        self.width = 0  # characters on the line now

    def __call__(self, done: int) -> None:
        now = self.clock()
        if not self.enabled or now - self.shown_at < self.INTERVAL:
            return
        self.shown_at = now
        text = f"{self.unit} {done}/{self.total}  {now - self.start:.1f} s"
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0
