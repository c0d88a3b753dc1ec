"""The curves' x-axis choice (step, epoch, samples seen), the learning-rate plot under a
schedule, a lesson choosing the axis in the real window, and the lesson file's x_axis."""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.history import X_AXES
from visualizer.core.lesson_files import parse_lesson
from visualizer.core.session import Session
from visualizer.ui.panels.curves import CurvesPanel, common_extent

pytestmark = pytest.mark.gui
SMALL = Config(dataset="moons", samples=100, depth=2, width=8, batch_size=16)  # 5 steps/epoch


def frame_of(*runs: Config, steps: int = 30):
    session = Session(runs)
    for _ in range(steps):
        session.step(record=False)
    return session.frame()


@pytest.fixture
def panel(qtbot):
    view = CurvesPanel()
    qtbot.addWidget(view)
    view.resize(900, 520)
    view.show()
    return view


def test_the_curves_are_drawn_against_the_chosen_column(panel):
    frame = frame_of(SMALL, SMALL.replace(batch_size=80))  # B: one step an epoch
    panel.show_frame(frame)
    assert panel.x_axis() == "step" and [panel.x_box.itemData(i) for i in range(3)] == list(X_AXES)
    for axis in X_AXES:
        panel.set_x_axis(axis)
        assert (
            panel.x_box.currentText()
            == {"step": "step", "epoch": "epoch", "samples": "samples seen"}[axis]
        )
        assert panel.accuracy_plot.getAxis("bottom").labelText == panel.x_box.currentText()
        for run, snapshot in enumerate(frame.runs):
            x, y = panel.curve(run, "test_loss").getOriginalDataset()
            np.testing.assert_array_equal(x, snapshot.history[axis])
            np.testing.assert_array_equal(y, snapshot.history["test_loss"])
    # on epochs the axis ends where the run that has come the shortest way is: A at 6
    panel.set_x_axis("epoch")
    low, high = panel.loss_plot.viewRange()[0]
    assert low == 0 and 6 <= high <= 8 and frame.runs[1].history["epoch"][-1] == 30
    assert common_extent([(6.0, False), (30.0, False)]) == 6.0
    assert common_extent([(6.0, True), (30.0, False)]) == 30.0  # a diverged run stops early
    assert common_extent([(6.0, True), (3.0, True)]) == 6.0


def test_the_learning_rate_is_drawn_only_when_a_rate_changes(panel):
    panel.show_frame(frame_of(SMALL))
    assert not panel.shows_lr()
    assert panel.accuracy_plot.getAxis("bottom").label.isVisible()
    scheduled = SMALL.replace(lr_schedule="step", lr_decay=0.5, lr_period=10)
    frame = frame_of(SMALL, scheduled)
    panel.show_frame(frame)
    assert panel.shows_lr()
    x, rates = panel.lr_curve(1).getOriginalDataset()
    np.testing.assert_array_equal(x, frame.runs[1].history["step"])
    assert rates[0] == 0.01 and rates[-1] == 0.0025
    np.testing.assert_array_equal(panel.lr_curve(0).getOriginalDataset()[1], 0.01)
    assert panel.lr_plot.viewRange()[1][1] == pytest.approx(0.0105)
    panel.show_frame(frame_of(SMALL))
    assert not panel.shows_lr()


def test_marks_follow_the_axis(panel):
    session = Session([SMALL])
    for _ in range(10):
        session.step(record=False)
    session.seek(5)
    frame = session.frame()
    panel.show_frame(frame)
    assert panel.seek_step() == 5
    panel.set_x_axis("samples")
    assert panel.seek_step() == 80
    panel.set_x_axis("epoch")
    assert panel.seek_step() == 1


def test_a_lesson_step_chooses_the_axis_in_the_window(qtbot):
    from visualizer.ui.main_window import MainWindow

    win = MainWindow([SMALL], live=False)
    qtbot.addWidget(win)
    win.load_preset("batch_size")
    curves = win.views["curves"]
    assert curves.x_axis() == "step"
    win.model.go(1)
    assert curves.x_axis() == "epoch"
    win.model.go(0)
    assert curves.x_axis() == "step"
    curves.set_x_axis("samples")
    win.load_preset("lr_decay")  # a lesson that does not say: steps
    assert curves.x_axis() == "step"


def test_a_lesson_files_x_axis_is_checked():
    base = {"title": {"en": "t"}, "text": {"en": "t"}}
    assert parse_lesson({**base, "x_axis": "samples"}, "l").x_axis_at(0) == "samples"
    with pytest.raises(ValueError, match="x_axis: unknown x axis 'time'; allowed: step, epoch"):
        parse_lesson({**base, "x_axis": "time"}, "l")
    with pytest.raises(ValueError, match="step 1: x_axis: unknown x axis 3"):
        parse_lesson({**base, "steps": [{"text": {"en": "s"}, "x_axis": 3}]}, "l")
    assert lessons.get("batch_size").x_axis_at(1) == "epoch"


def test_a_1d_regression_shows_its_points_and_fitted_curve(qtbot):
    from visualizer.core.decision import FIT_POINTS
    from visualizer.core.protocol import Extra, FitCurve
    from visualizer.ui.panels.decision import DecisionPanel

    configs = [Config(dataset="sine", loss="mse", depth=2, width=8, outliers=0.1)]
    session = Session([*configs, configs[0].replace(loss="mae")])
    session.extras = frozenset({Extra.DECISION})
    for _ in range(5):
        session.step(record=False)
    frame = session.frame()
    points = {data.run_id: data for data in session.take_run_data()}
    view = DecisionPanel()
    qtbot.addWidget(view)
    view.set_run_data(points)
    view.show_frame(frame)
    trainer = session.runs[0].trainer
    fit = frame.runs[0].decision
    assert isinstance(fit, FitCurve) and len(fit.x) == FIT_POINTS
    np.testing.assert_allclose(fit.y, trainer.predict(fit.x[:, None])[:, 0], rtol=1e-5)
    assert fit.x[0] == pytest.approx(min(trainer.x_train.min(), trainer.x_test.min()))
    np.testing.assert_array_equal(view.fit_curve(1)[1], frame.runs[1].decision.y)
    assert view.point_counts(0) == (320, 80) and view.message(0) == ""
    data = points[frame.runs[0].run_id]
    assert np.sum(data.y_train > 2.5) == 32  # the outliers are drawn where they are
    assert view.side_count() == 2


def test_the_new_rows_show_only_where_they_apply(qtbot):
    from visualizer.core.window_model import WindowModel
    from visualizer.ui.controls import ControlPanel

    model = WindowModel([Config(dataset="moons")])
    panel = ControlPanel(model, 0)
    qtbot.addWidget(panel)

    def shown(key: str) -> bool:
        widget = panel.bindings[key].widget
        return next(g for g in panel.groups.values() if g.indexOf(widget) >= 0).isRowVisible(widget)

    panel.set_config(Config(dataset="moons"))
    assert shown("lr_schedule") and not shown("lr_decay") and not shown("lr_period")
    assert not shown("bias_correction") and not shown("outliers")
    panel.set_config(Config(dataset="sine", loss="mse", optimizer="adam", lr_schedule="cosine"))
    assert shown("lr_decay") and shown("lr_period") and shown("bias_correction")
    assert shown("outliers")
    panel.apply_value("lr_decay", 2)  # refused: 0 < d <= 1
    assert panel.bindings["lr_decay"].get() != 2


def test_the_input_cloud_skips_a_1d_regression_beside_a_2d_run(qtbot):
    from visualizer.ui.panels.input_cloud import InputCloudPanel

    session = Session(
        [
            Config(dataset="moons", depth=2, width=8),
            Config(dataset="sine", loss="mse", depth=2, width=8),
        ]
    )
    frame = session.frame()
    points = {data.run_id: data for data in session.take_run_data()}
    assert [len(data.stages) for data in points.values()] == [4, 0]
    view = InputCloudPanel()
    qtbot.addWidget(view)
    view.set_run_data(points)
    view.show_frame(frame)  # run B has no stages: it is not named on any picture
    assert all(" · B" not in plot.titleLabel.text for plot in view.plots)
