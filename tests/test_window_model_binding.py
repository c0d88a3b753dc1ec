"""The window follows its model (core.window_model): the menus change the model, never the
window, and the window applies what the model announces; the user's tab clicks reach
the model, and the lesson editor reads the panel in front from it."""

from __future__ import annotations

import pytest
from lesson_window import SMALL
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from windows import SPAWN_TIMEOUT

from visualizer.core import lessons
from visualizer.core.window_model import DEFAULT_POINTS, THEME_NAMES
from visualizer.ui import theme

pytestmark = pytest.mark.gui


def menu_action(window, menu_title: str, text: str) -> QAction:
    """The action called `text` in the menu bar's menu `menu_title` (a submenu's too)."""
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title() == menu_title)
    for shown in (menu, *menu.findChildren(QMenu)):
        for action in shown.actions():
            if action.text() == text:
                return action
    raise LookupError(text)


def test_the_view_menu_changes_the_model_and_the_window_follows(still):
    assert tuple(theme.THEMES) == THEME_NAMES  # the model's names are the window's themes
    model = still.model
    dark = menu_action(still, "&View", "Dark theme")
    try:
        dark.trigger()
        assert model.theme == "dark" == still.theme_name == theme.current().name
        assert dark.isChecked()
        model.set_theme("light")  # as Restore defaults does: the menu ticks follow
        assert menu_action(
            still, "&View", "Light theme (high contrast, for projectors)"
        ).isChecked()
        assert theme.current().name == "light"
    finally:
        model.set_theme("light")
    menu_action(still, "&View", "Larger text").trigger()
    assert model.font_points == still.font_points == DEFAULT_POINTS + 2
    assert still.controls.panel_a.bindings["lr"].label.font().pointSize() == DEFAULT_POINTS + 2
    menu_action(still, "&View", "Smaller text").trigger()
    assert model.font_points == DEFAULT_POINTS
    menu_action(still, "&View", still.area.tab_title("layer_stats")).trigger()
    assert model.view == "layer_stats"
    assert still.area.side_tabs.currentWidget() is still.views["layer_stats"]


def test_a_lesson_from_the_menu_opens_through_the_model(still):
    still.model.report_error("an old message")
    assert still.banner.isVisibleTo(still)
    still.menus.preset_actions["seed_experiment"].trigger()
    assert still.model.lesson is lessons.get("seed_experiment")
    assert still.model.configs == lessons.get("seed_experiment").configs(0)
    assert not still.banner.isVisibleTo(still)  # an opened lesson clears old messages


def test_messages_reach_the_banner_and_the_status_bar(still):
    still.model.report_error("Export failed: disk full")
    assert still.banner.text() == "Export failed: disk full"
    still.model.report_status("Saved x.png")
    assert still.statusBar().currentMessage() == "Saved x.png"
    still.model.report_status("", None)
    assert still.statusBar().currentMessage() == ""


def test_the_users_tab_clicks_reach_the_model_and_the_lesson_editor(still):
    model, area = still.model, still.area
    assert model.view == area.front_view()  # the main tabs' front panel from the start
    area.tabs.setCurrentWidget(still.views["network"])
    assert model.view == "network"
    area.side_tabs.setCurrentWidget(still.views["layer_stats"])
    assert model.view == "layer_stats"
    assert still.menus.editing.shown().view == "layer_stats"
    model.show_view("race")  # and back: the model brings a panel to the front
    assert area.tabs.currentWidget() is still.views["race"] and model.view == "race"


def test_the_training_process_follows_the_models_runs(live, qtbot):
    """The learning rate's path: the control row sets the model's value, the controller
    follows the model's runs, and the training process trains at the new rate."""
    field = live.controls.panel_a.bindings["lr"].widget.field
    field.setText("0.5")
    field.editingFinished.emit()
    assert live.model.configs[0] == SMALL.replace(lr=0.5)
    qtbot.waitUntil(lambda: live.frame.runs[0].config.lr == 0.5, timeout=SPAWN_TIMEOUT)
