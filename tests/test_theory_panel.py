"""Theory beside measurement in the layer statistics panel: the predicted variances drawn as
lines, the measured ones as markers, and a note where the theory does not apply."""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.session import Session
from visualizer.ui.panels.layer_stats import LayerStatsPanel

pytestmark = pytest.mark.gui
SEED = Config(
    dataset="gaussian",
    samples=1000,
    input_dim=100,
    test_fraction=0.0,
    batch_size=1000,
    depth=5,
    width=100,
)


@pytest.fixture
def panel(qtbot):
    widget = LayerStatsPanel()
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    return widget


def log_data(curve) -> np.ndarray:
    return np.asarray(curve.getData()[1])  # the plot's log10 values


def test_the_prediction_lands_on_the_measurement_at_step_zero(panel):
    configs = [
        SEED.replace(activation="tanh", init="glorot_normal"),
        SEED.replace(activation="relu", init="he_normal"),
    ]
    frame = Session(configs).frame()
    panel.show_frame(frame)
    theory = panel.theory
    for run, snapshot in enumerate(frame.runs):
        predicted = np.log10(snapshot.theory.pre_activation_var)
        measured = np.log10([s.pre_activation_std**2 for s in snapshot.layers])
        np.testing.assert_allclose(log_data(theory.lines[run, "z"]), predicted, rtol=1e-6)
        np.testing.assert_allclose(log_data(theory.points[run, "z"]), measured, rtol=1e-6)
        assert np.max(np.abs(predicted - measured)) < 0.15  # within about 40 %, every layer
        grads = np.log10(snapshot.theory.activation_grad_var)
        np.testing.assert_allclose(log_data(theory.lines[run, "g"]), grads, rtol=1e-6)
    assert not theory.note.isVisible()


def test_where_the_theory_does_not_apply_the_plot_says_why(panel):
    frame = Session([SEED, SEED.replace(batch_norm=True)]).frame()
    panel.show_frame(frame)
    theory = panel.theory
    assert theory.lines[0, "z"].isVisible() and not theory.lines[1, "z"].isVisible()
    assert theory.points[1, "z"].isVisible()  # the measurement is still drawn
    assert theory.note.isVisible()
    assert theory.note_text.startswith("B: ") and "batch norm" in theory.note_text
