"""Lessons, A/B comparison, settings and recovery, driven through the real window."""

from __future__ import annotations

import pytest

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.ui import settings
from visualizer.ui.launch import initial_configs
from visualizer.ui.main_window import FIRST_PRESET, VIEWS, MainWindow

pytestmark = pytest.mark.gui
TIMEOUT = 30_000
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)


@pytest.fixture
def window(qtbot):
    win = MainWindow(SMALL)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.frame is not None, timeout=TIMEOUT)
    yield win
    win.close()


def wait_for(qtbot, win, predicate):
    qtbot.waitUntil(lambda: win.frame is not None and predicate(win.frame), timeout=TIMEOUT)
    return win.frame


def test_every_preset_is_in_the_lessons_menu(window):
    assert set(window.menus.preset_actions) == set(lessons.names())


def test_choosing_an_ab_preset_sets_both_sides_and_explains_it(qtbot, window):
    window.menus.preset_actions["batchnorm_rescue"].trigger()
    frame = wait_for(qtbot, window, lambda f: f.b is not None)
    preset = lessons.get("batchnorm_rescue")
    assert (frame.a.config, frame.b.config) == preset.configs()
    dock = window.controls
    assert dock.comparing and dock.tabs.isTabVisible(1)
    assert dock.panel_a.bindings["batch_norm"].label.styleSheet()  # highlighted
    assert not dock.panel_a.bindings["depth"].label.styleSheet()
    assert preset.title("en") in window.lesson_view.toPlainText()


def test_ab_frames_train_in_lockstep_and_draw_both_sides(qtbot, window):
    window.controls.compare_box.setChecked(True)
    wait_for(qtbot, window, lambda f: f.b is not None)
    window.controls.panel_b.apply_value("lr", 0.2)
    wait_for(qtbot, window, lambda f: f.b is not None and f.b.config.lr == 0.2)
    window.play_action.trigger()
    frame = wait_for(qtbot, window, lambda f: f.a.step >= 15)
    assert frame.a.step == frame.b.step
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window._drawn is window.frame)
    assert window.curves_panel.curve(1, "train_loss") is not None


def test_copy_a_to_b_makes_the_sides_equal(qtbot, window):
    window.controls.compare_box.setChecked(True)
    window.controls.panel_b.apply_value("activation", "tanh")
    assert window.controls.panel_a.bindings["activation"].label.styleSheet()
    window.controls.copy_button.click()
    frame = wait_for(qtbot, window, lambda f: f.b is not None and f.b.config == f.a.config)
    assert frame.b.config.activation == "relu"
    assert not window.controls.panel_a.bindings["activation"].label.styleSheet()


def test_a_killed_training_process_is_reported_and_reset_restarts_it(qtbot, window):
    window.controller._child.kill()
    qtbot.waitUntil(window.banner.isVisible, timeout=TIMEOUT)
    assert "stopped unexpectedly" in window.banner.text()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.controller.alive, timeout=TIMEOUT)
    window.step_action.trigger()
    wait_for(qtbot, window, lambda f: f.a.step == 1)


def test_closing_remembers_the_configuration_and_restore_defaults_forgets(qtbot):
    settings.clear()
    first = lessons.get(FIRST_PRESET).configs()[0]
    assert initial_configs(None, settings.load_config())[0] == first
    win = MainWindow(SMALL.replace(depth=4))
    qtbot.addWidget(win)
    win.set_theme("dark")
    win.close()
    assert settings.load_config() == SMALL.replace(depth=4)
    assert settings.load_value("theme") == "dark"
    assert initial_configs(None, settings.load_config())[0].depth == 4
    relu_he = lessons.get("relu_he").configs()[0]
    assert initial_configs("relu_he", settings.load_config())[0] == relu_he
    again = MainWindow(SMALL, live=False)
    qtbot.addWidget(again)
    again.restore_defaults()
    assert settings.load_config() is None
    assert again.theme_name == "light"
    assert again.controls.configs()[0] == first


def test_lesson_views_are_the_window_views():
    assert lessons.VIEWS == VIEWS
