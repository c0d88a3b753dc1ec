"""Lessons, runs compared in lockstep, settings and recovery, driven through the real window."""

from __future__ import annotations

import pytest
from windows import SPAWN_TIMEOUT

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.views import View
from visualizer.ui import settings
from visualizer.ui.launch import initial_configs
from visualizer.ui.main_window import MainWindow
from visualizer.ui.panel_table import PANELS
from visualizer.ui.settings import FIRST_PRESET

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)


@pytest.fixture
def window(make_window):
    return make_window([SMALL])


def wait_for(qtbot, win, predicate):
    qtbot.waitUntil(lambda: win.frame is not None and predicate(win.frame), timeout=SPAWN_TIMEOUT)
    return win.frame


def test_every_preset_is_in_the_lessons_menu(window):
    assert set(window.menus.preset_actions) == set(lessons.names())


def test_choosing_an_ab_preset_sets_both_runs_and_explains_it(qtbot, window):
    window.menus.preset_actions["batchnorm_rescue"].trigger()
    frame = wait_for(qtbot, window, lambda f: len(f.runs) == 2)
    preset = lessons.get("batchnorm_rescue")
    assert tuple(run.config for run in frame.runs) == preset.configs()
    dock = window.controls
    assert dock.tabs.count() == 2
    assert dock.panel_a.bindings["batch_norm"].label.styleSheet()  # highlighted
    assert not dock.panel_a.bindings["depth"].label.styleSheet()
    assert preset.title("en") in window.lesson.panel.plain_text()


def test_added_runs_train_in_lockstep_and_are_drawn(qtbot, window):
    dock = window.controls
    dock.add_run()
    dock.add_run()
    frame = wait_for(qtbot, window, lambda f: len(f.runs) == 3)
    assert frame.runs[1].config == frame.runs[2].config == SMALL  # copies of the current run
    dock.panels[1].apply_value("lr", 0.2)
    dock.panels[2].apply_value("optimizer", "adam")
    wait_for(
        qtbot, window, lambda f: f.runs[1].config.lr == 0.2 and f.runs[2].config.optimizer == "adam"
    )
    assert dock.panels[1].bindings["lr"].label.styleSheet()
    assert not dock.panels[1].bindings["optimizer"].label.styleSheet()
    assert dock.panel_a.bindings["optimizer"].label.styleSheet()  # differs in run C
    window.play_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.runs[0].step >= 15)
    assert frame.runs[0].step == frame.runs[1].step == frame.runs[2].step
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window._drawn is window.frame)
    assert window.views["curves"].curve(2, "train_loss").isVisible()
    window.show_view("layer_stats")
    qtbot.waitUntil(lambda: len(window.views["layer_stats"].side_legend.items) == 3)


def test_a_run_is_removed_from_its_tab_and_run_a_cannot_be(qtbot, window):
    dock = window.controls
    dock.add_run()
    dock.panels[1].apply_value("activation", "tanh")
    assert dock.panel_a.bindings["activation"].label.styleSheet()
    dock.remove_run(0)
    assert dock.tabs.count() == 2
    dock.tabs.tabCloseRequested.emit(1)
    frame = wait_for(qtbot, window, lambda f: len(f.runs) == 1)
    assert frame.runs[0].config == SMALL
    assert dock.tabs.count() == 1
    assert not dock.panel_a.bindings["activation"].label.styleSheet()


def test_at_most_four_runs(window):
    dock = window.controls
    for _ in range(5):
        dock.add_run()
    assert len(dock.configs()) == 4
    assert not dock.add_button.isEnabled()


def test_highlighted_labels_are_readable_in_both_themes_and_languages(qtbot, window):
    from PySide6.QtGui import QColor

    dock = window.controls
    dock.add_run()
    dock.panels[1].apply_value("lr", 0.5)
    for name in ("light", "dark"):
        window.set_theme(name)
        label = dock.panel_a.bindings["lr"].label
        image = label.grab().toImage()
        colours = {
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
        }
        assert max(colours) - min(colours) > 120, name  # dark text on a light background
        assert QColor("#1a1a1a").lightness() < 60


def test_a_killed_training_process_is_reported_and_reset_restarts_it(qtbot, window):
    window.controller._child.kill()
    qtbot.waitUntil(window.banner.isVisible, timeout=SPAWN_TIMEOUT)
    assert "stopped unexpectedly" in window.banner.text()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.controller.alive, timeout=SPAWN_TIMEOUT)
    window.step_action.trigger()
    wait_for(qtbot, window, lambda f: f.runs[0].step == 1)


def test_closing_remembers_the_configuration_and_restore_defaults_forgets(qtbot):
    settings.clear()
    first = lessons.get(FIRST_PRESET).configs()[0]
    assert initial_configs(None, settings.load_runs()) == lessons.get(FIRST_PRESET).configs()
    win = MainWindow([SMALL.replace(depth=4)])
    qtbot.addWidget(win)
    win.set_theme("dark")
    win.close()
    assert settings.load_runs() == (SMALL.replace(depth=4),)
    assert settings.load_value("theme") == "dark"
    assert initial_configs(None, settings.load_runs())[0].depth == 4
    assert initial_configs("relu_he", settings.load_runs()) == lessons.get("relu_he").configs()
    again = MainWindow([SMALL], live=False)
    qtbot.addWidget(again)
    again.restore_defaults()
    assert settings.load_runs() is None
    assert again.theme_name == "light"
    assert again.controls.configs()[0] == first


def test_the_panel_table_has_one_row_per_view_in_its_order():
    assert tuple(spec.view for spec in PANELS) == tuple(View)
    assert tuple(spec.name for spec in PANELS) == lessons.VIEWS
