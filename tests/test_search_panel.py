"""The Hyper-parameter search view: the search runs in a child process (never on the GUI
thread, which keeps serving events), reports each training as it ends, can be cancelled,
refines around the best, and says what went wrong."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from visualizer.core.config import Config
from visualizer.core.search import Spec, refined
from visualizer.core.search_run import search
from visualizer.core.session import Session

pytestmark = pytest.mark.gui

TINY = {"dataset": "blobs", "samples": 200, "depth": 1, "width": 8, "batch_size": 32}
WAIT = 60_000  # ms: a child Python starting on a busy machine, not a timed assertion


@pytest.fixture
def view(qtbot):
    from visualizer.ui.panels.search import SearchPanel

    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 600)
    panel.show()
    yield panel
    panel.cancel()


def show(view, **changes) -> Config:
    config = Config(**{**TINY, **changes})
    view.show_frame(Session([config]).frame())
    return config


def test_the_search_runs_off_the_gui_thread_and_matches_the_core(view, qtbot):
    config = show(view, seed=4)
    view.steps_box.setValue(20)
    view.budget_box.setValue(4)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(view.running()))
    timer.start(1)
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.start()
        assert view.running() and view.busy()
        assert view.search_pid() not in (0, os.getpid())  # its own process
        assert not view.start_button.isEnabled() and view.cancel_button.isEnabled()
    timer.stop()
    assert True in ticks  # the GUI thread served its timer while the search ran
    expected = search(config, Spec("random", 4, 20, seed=4))
    assert view.trials() == expected
    assert view.progress.value() == view.progress.maximum() == 4
    assert "4 of 4 trainings, 4 different learning rates" in view.status_text()
    assert not view.running() and view.refine_button.isEnabled()
    assert view.space_points.data.size == 4


def test_refining_runs_the_next_round_around_the_best(view, qtbot):
    config = show(view)
    view.set_method("grid")
    view.steps_box.setValue(20)
    view.budget_box.setValue(4)
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.start()
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.refine()
    (first_spec, first), (second_spec, second) = view.rounds()
    assert second_spec == refined(first_spec, first)
    assert second == search(config, second_spec)
    assert "Round 2 (Grid search)" in view.status_text()
    xs, _ = view.boxes.getData()
    assert len(xs) == 2 * 4 * 2  # both rounds' boxes, four sides each


def test_a_search_can_be_cancelled(view, qtbot):
    show(view)
    view.budget_box.setValue(400)
    view.steps_box.setValue(2000)
    with qtbot.waitSignal(view.trial_done, timeout=WAIT):
        view.start()
    pid = view.search_pid()
    view.cancel()
    assert not view.running() and view.search_pid() == 0
    assert not os.path.exists(f"/proc/{pid}") or _zombie_or_gone(pid)
    done = len(view.trials())
    assert 1 <= done < 400
    assert f"Cancelled after {done} of 400 trainings" in view.status_text()
    assert view.start_button.isEnabled() and not view.cancel_button.isEnabled()
    with qtbot.assertNotEmitted(view.finished, wait=100):
        pass  # nothing more arrives from the ended child


def _zombie_or_gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] in ("Z", "X")
    except OSError:
        return True


def test_a_search_that_cannot_run_says_why(view, qtbot):
    show(view, dataset="sine", loss="mse")
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.start()
    assert "regression set" in view.status_text()
    assert view.trials() == [] and not view.refine_button.isEnabled()


def test_diverged_trainings_are_crosses_at_the_bottom(view, qtbot):
    show(view, depth=3, init_scale=1e6)  # the first forward pass overflows, at any rate
    view.steps_box.setValue(30)
    view.budget_box.setValue(2)
    with qtbot.waitSignal(view.finished, timeout=WAIT):
        view.start()
    assert len(view.trials()) == 2 and all(trial.diverged for trial in view.trials())
    assert list(view.marginal_points.data["symbol"]) == ["x", "x"]
    np.testing.assert_array_equal(view.marginal_points.data["y"], [0.0, 0.0])
    assert not view.refine_button.isEnabled()


def test_the_view_waits_for_a_run_to_search(view):
    assert not view.start_button.isEnabled()
    view.start()  # nothing to search yet
    assert not view.running()
    show(view)
    assert view.start_button.isEnabled()


def test_closing_the_window_ends_the_search(qtbot):
    from visualizer.ui.main_window import MainWindow

    window = MainWindow([Config(**TINY)], live=False)
    qtbot.addWidget(window)
    window.show_frame(Session([Config(**TINY)]).frame())
    view = window.views["search"]
    view.budget_box.setValue(400)
    view.steps_box.setValue(2000)
    with qtbot.waitSignal(view.trial_done, timeout=WAIT):
        view.start()
    pid = view.search_pid()
    window.close()
    assert not view.running() and _zombie_or_gone(pid)
