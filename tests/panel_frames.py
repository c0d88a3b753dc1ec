"""Real frames from a Session (no training process, no window) for the panel tests
(tests/test_panels*.py); conftest registers the fixtures."""

from __future__ import annotations

import time

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.session import Session
from visualizer.ui.drawing.small_multiples import StepCurve

SMALL = Config(dataset="blobs", depth=3, width=16, batch_size=32, seed=1)
GAUSSIAN = Config(dataset="gaussian", input_dim=20, samples=200, depth=3, width=16)
ATTRIBUTES = (
    "activation_mean",
    "activation_std",
    "weight_grad_norm",
    "dead_fraction",
    "saturated_fraction",
    "update_ratio",
)
"""The layer statistics the layer-statistics panel plots against depth."""


def make_frame(*runs: Config, seconds: float = 0.2):
    session = Session(runs)
    session.play()
    session.advance(time.monotonic() + seconds)
    return session.frame()


@pytest.fixture(scope="module")
def diverged():
    """Steps (no clock) until a too-large learning rate blows the network up."""
    session = Session([Config(dataset="digits", lr=1000, init_scale=3, depth=3)])
    for _ in range(100):
        session.step(record=True)
        if session.all_diverged:
            break
    return session.frame()


@pytest.fixture(scope="module")
def frame():
    return make_frame(SMALL)


@pytest.fixture(scope="module")
def ab_frame():
    return make_frame(SMALL, SMALL.replace(optimizer="adam", lr=0.01, activation="tanh"))


@pytest.fixture(scope="module")
def deep_frame():
    return make_frame(GAUSSIAN.replace(depth=30), seconds=0.05)


@pytest.fixture
def panel_for(qtbot):
    """Build a panel, register it with qtbot (closed and deleted after the test), show it."""

    def build(cls, *args, size=(900, 520)):
        panel = cls(*args)
        qtbot.addWidget(panel)
        panel.resize(*size)
        panel.show()
        return panel

    return build


def data(item):
    """The (x, y) a curve draws: a pyqtgraph item's data, or a small-multiples step curve's."""
    if isinstance(item, StepCurve):
        return np.asarray(item.x), np.asarray(item.y)
    x, y = item.getOriginalDataset()
    return np.asarray(x), np.asarray(y)


def shares(hist):
    return hist.counts / hist.counts.sum()
