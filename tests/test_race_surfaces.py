"""The optimizer race's surfaces: the core's hill (a local minimum) without Qt, the panel's
surface choice, and a lesson choosing the surface in the real window."""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core import lessons
from visualizer.core import race as core_race
from visualizer.core.config import Config
from visualizer.core.registry import UnknownNameError

HILL = core_race.SURFACES.get("hill")


def critical_points(surface: core_race.Surface) -> np.ndarray:
    """Where f(x, 0) turns (its minima and maxima), 1e-3 apart."""
    xs = np.linspace(*core_race.X_RANGE, 20_001)
    slope = np.diff(surface.value(xs, 0.0))
    return xs[1:-1][np.sign(slope[:-1]) != np.sign(slope[1:])]


def test_the_hill_has_a_hollow_before_its_top_and_the_global_minimum_beyond():
    hollow, top, bottom = critical_points(HILL)  # -4.47, -3.41, 0.18
    assert -5.0 < hollow < top < -3.0 < bottom
    assert HILL.value(hollow, 0.0) < HILL.value(top, 0.0)  # 1.305 < 1.409
    assert HILL.minimum == pytest.approx((bottom, 0.0), abs=2e-3)
    assert HILL.value(bottom, 0.0) < 0.01 < HILL.value(hollow, 0.0)
    assert core_race.SURFACES.get("valley").minimum == (0.0, 0.0)


def test_each_surfaces_gradient_is_its_functions_gradient():
    rng = np.random.default_rng(0)
    for name in core_race.SURFACES.names():
        surface, h = core_race.SURFACES.get(name), 1e-6
        for point in rng.uniform(-6, 6, size=(20, 2)):
            x, y = point
            numeric = [
                (surface.value(x + h, y) - surface.value(x - h, y)) / (2 * h),
                (surface.value(x, y + h) - surface.value(x, y - h)) / (2 * h),
            ]
            np.testing.assert_allclose(surface.gradient(point), numeric, rtol=1e-6, atol=1e-8)


def test_an_unknown_surface_names_the_valid_ones():
    with pytest.raises(UnknownNameError, match="valid: valley, hill"):
        core_race.race(["sgd"], 5, surface="bowl")
    assert core_race.SURFACES.canonical("local-minimum") == "hill"


def test_the_panel_races_on_the_chosen_surface(qtbot):
    from visualizer.ui.panels.optimizer_race import OptimizerRacePanel

    view = OptimizerRacePanel()
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.races_done() >= 1 and not view.busy())
    assert view.surface_name() == "valley"
    done = view.races_done()
    view.set_surface("hill")
    qtbot.waitUntil(lambda: view.races_done() > done and not view.busy())
    assert view.surface_box.currentText() == "hill (local minimum)"
    expected = core_race.race(core_race.BOOK_ORDER, 30, surface="hill")
    for name, path in expected.items():
        np.testing.assert_allclose(view.paths()[name], path)
    assert len(view.isocurves) == len(HILL.levels)
    x, y = view.markers.getData()  # the start and the global minimum
    np.testing.assert_allclose([x[1], y[1]], HILL.minimum)
    assert "exp(-(x + 3)²/2)" in view.plot.titleLabel.text


def test_a_lesson_puts_the_race_on_its_surface_and_another_back_on_the_valley(qtbot):
    from visualizer.ui.main_window import MainWindow

    win = MainWindow([Config()], live=False)
    qtbot.addWidget(win)
    race_view = win.views["race"]
    win.model.open_lesson(lessons.get("momentum_local_minimum"))
    assert race_view.surface_name() == "hill"
    assert win.tabs.currentWidget() is race_view
    win.model.open_lesson(lessons.get("optimizer_paths"))
    assert race_view.surface_name() == "valley"


def test_an_export_draws_the_race_of_the_lessons_surface_before_it_grabs(qtbot, monkeypatch):
    import time

    from visualizer import export_command as export

    race = core_race.race

    def slow_race(*args):  # as on a busy machine: the race arrives after the frame
        time.sleep(0.3)
        return race(*args)

    monkeypatch.setattr(core_race, "race", slow_race)
    runs = lessons.get("momentum_local_minimum").configs(0)
    session = export.trained_session(runs, 0)
    staged = export.staged_window(runs, (1280, 720), "light", "en", "momentum_local_minimum", (), 1)
    with staged as (app, window):
        export.draw(app, window, export.frame_at(session, None), {})
        race_view = window.views["race"]
        assert not race_view.busy()
        expected = race(core_race.BOOK_ORDER, 30, surface="hill")
        np.testing.assert_allclose(race_view.paths()["momentum"], expected["momentum"])
