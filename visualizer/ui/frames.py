"""Frames drawn as something other than what they are: a scrubbed step shown as if it
were the newest (for animations, where the curves should grow)."""

from __future__ import annotations

import dataclasses

import numpy as np

from ..core.protocol import Frame


def ending_at_its_step(frame: Frame) -> Frame:
    """A scrubbed frame drawn as if its step were the newest: curves end there."""
    shown = frame.step
    runs = tuple(dataclasses.replace(run, history=_until(run.history, shown)) for run in frame.runs)
    return dataclasses.replace(frame, runs=runs, seeking=False, live_step=shown)


def _until(history: dict[str, np.ndarray], step: int) -> dict[str, np.ndarray]:
    keep = history["step"] <= step
    return {name: values[keep] for name, values in history.items()}
