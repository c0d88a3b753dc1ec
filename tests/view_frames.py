"""Real frames from a Session for the lesson views' tests (tests/test_views*.py), with
the runs' data points the window would get, a diverged copy, and a `panel` fixture."""

from __future__ import annotations

import dataclasses
import functools

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.layer_stats import Histogram
from visualizer.core.protocol import Extra, Frame
from visualizer.core.session import Session

SMALL = {"depth": 3, "width": 8, "samples": 200, "batch_size": 32, "lr": 0.1}


POINTS: dict[int, dict] = {}  # id(frame) -> the runs' data points, as the window gets them


def make_frame(extras, steps: int = 4, b: dict | None = None, **config) -> Frame:
    """A real frame: `steps` recorded training steps (plus the build's probe); its runs'
    data points are in POINTS[id(frame)]."""
    runs = [Config(**{**SMALL, **config})] + ([Config(**{**SMALL, **b})] if b else [])
    session = Session(runs)
    session.extras = frozenset(Extra(extra) for extra in extras)
    for _ in range(steps):
        session.step(record=True)
    frame = session.frame()
    POINTS[id(frame)] = {data.run_id: data for data in session.take_run_data()}
    return frame


def nan_frame(frame: Frame) -> Frame:
    """`frame` as after a divergence: NaN statistics, histories, weights and confidences."""

    def spoil(snap):
        nan_hist = Histogram(np.full(snap.config.bins + 1, np.nan), np.zeros(snap.config.bins))
        layers = tuple(
            dataclasses.replace(
                s,
                activation_mean=np.nan,
                activation_std=np.nan,
                pre_activation_hist=nan_hist,
                activation_hist=nan_hist,
                grad_log_hist=nan_hist,
            )
            for s in snap.layers
        )
        changes = {"layers": layers, "status": "diverged"}
        for name in ("activation_history", "gradient_history"):
            if getattr(snap, name) is not None:
                changes[name] = np.full_like(getattr(snap, name), np.nan)
        if snap.weights is not None:
            changes["weights"] = tuple(np.full_like(w, np.nan) for w in snap.weights)
            changes["weight_grads"] = tuple(np.full_like(w, np.inf) for w in snap.weight_grads)
        if snap.decision is not None:
            changes["decision"] = dataclasses.replace(
                snap.decision, confidence=np.full_like(snap.decision.confidence, np.nan)
            )
        return dataclasses.replace(snap, **changes)

    return dataclasses.replace(frame, runs=tuple(spoil(run) for run in frame.runs))


@pytest.fixture(scope="module")
def spiral_frame() -> Frame:
    return make_frame({"histories", "decision", "network", "path"}, steps=5, dataset="spiral")


@pytest.fixture
def panel(panel_for):
    """`panel_for` at the views' projector-like size."""
    return functools.partial(panel_for, size=(900, 600))
