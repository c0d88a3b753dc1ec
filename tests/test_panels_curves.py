"""The loss and accuracy curves. Fed real frames from a Session (no training process, no
window): what each panel draws must be exactly what the frame says."""

from __future__ import annotations

import numpy as np
import pytest
from panel_frames import data, make_frame

from visualizer.core.config import Config
from visualizer.core.session import Session
from visualizer.ui.panels.curves import POINTS_PER_PIXEL, CurvesPanel

pytestmark = pytest.mark.gui


COLUMNS = ("train_loss", "test_loss", "train_accuracy", "test_accuracy")


def test_curves_show_the_history(panel_for, frame):
    panel = panel_for(CurvesPanel)
    panel.show_frame(frame)
    history = frame.runs[0].history
    for column in COLUMNS:
        curve = panel.curve(0, column)
        assert curve.isVisible()
        x, y = data(curve)
        finite = np.isfinite(history[column])
        np.testing.assert_array_equal(x[finite], history["step"][finite])
        np.testing.assert_array_equal(y[finite], history[column][finite])
        assert not panel.curve(1, column).isVisible()
    low, high = panel.loss_plot.viewRange()[0]
    assert low == 0 and high >= history["step"][-1]
    assert tuple(panel.accuracy_plot.viewRange()[1]) == (-0.02, 1.02)
    assert panel.divergence_steps() == []


def test_ab_frame_draws_two_curves_per_plot(panel_for, ab_frame, frame):
    panel = panel_for(CurvesPanel)
    panel.show_frame(ab_frame)
    for side, snapshot in enumerate((ab_frame.runs[0], ab_frame.runs[1])):
        for column in COLUMNS:
            curve = panel.curve(side, column)
            assert curve.isVisible()
            np.testing.assert_array_equal(data(curve)[1], snapshot.history[column])
    names = [label.text for _sample, label in panel.legend.items]
    assert names == [
        "A · relu, sgd",  # names say what they are; numbers get their key
        "B · tanh, adam",
        "(thin: test)",
    ]
    panel.show_frame(frame)  # back to one side
    assert not any(panel.curve(1, column).isVisible() for column in COLUMNS)
    assert [label.text for _sample, label in panel.legend.items] == ["train", "test"]


def test_divergence_is_marked(panel_for, diverged):
    frame = diverged
    assert frame.runs[0].diverged
    panel = panel_for(CurvesPanel)
    panel.show_frame(frame)
    assert panel.divergence_steps() == [frame.runs[0].diverged_at]
    top = panel.loss_plot.viewRange()[1][1]
    assert np.isfinite(top) and top < 1e6  # the explosion does not flatten the curve


def test_log_y_shows_loss_on_a_log_axis(panel_for, frame):
    panel = panel_for(CurvesPanel)
    panel.show_frame(frame)
    panel.log_box.setChecked(True)
    losses = frame.runs[0].history["train_loss"]
    low, high = panel.loss_plot.viewRange()[1]  # log10 view coordinates
    assert low <= np.log10(losses.min()) and high >= np.log10(losses.max())
    panel.log_box.setChecked(False)
    assert panel.loss_plot.viewRange()[1][0] == 0


def test_regression_has_no_accuracy_curves(panel_for):
    frame = make_frame(Config(dataset="sine", depth=2, width=16, loss="mse"), seconds=0.1)
    assert frame.runs[0].n_classes == 0
    panel = panel_for(CurvesPanel)
    panel.show_frame(frame)
    assert panel.curve(0, "train_loss").isVisible()
    assert not panel.curve(0, "train_accuracy").isVisible()
    assert panel.message.isVisible()


def test_long_histories_are_drawn_as_means_a_few_points_a_pixel(panel_for):
    session = Session([Config(dataset="blobs", depth=1, width=4, batch_size=8)])
    for _ in range(1500):
        session.step(record=False)
    frame = session.frame()
    panel = panel_for(CurvesPanel)
    panel.resize(400, 300)
    panel.show_frame(frame)
    panel.repaint()
    curve = panel.curve(0, "train_loss")
    kept = len(frame.runs[0].history["step"])
    drawn = len(curve.getData()[0])  # what is painted, after pyqtgraph's downsampling
    width = panel.loss_plot.vb.width()
    assert len(data(curve)[0]) == kept > width  # every point is kept...
    assert drawn <= width * POINTS_PER_PIXEL + 2  # ...and averaged down for painting
