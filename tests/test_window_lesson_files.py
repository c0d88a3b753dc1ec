"""Lessons and the controls through the real window: hidden and locked controls, a
teacher's own lesson file (and a malformed one that changes nothing), File > Open lesson."""

from __future__ import annotations

import json

import pytest
from lesson_window import SEED, SMALL, press
from PySide6.QtCore import Qt
from windows import SPAWN_TIMEOUT

from visualizer.core import lessons
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def visible_rows(panel) -> set[str]:
    return {key for key, b in panel.bindings.items() if not b.widget.isHidden()}


def test_hidden_and_locked_controls_in_every_run_until_another_lesson(qtbot, still):
    lesson = lessons.get(SEED)
    still.load_preset(SEED)
    still.controls.add_run()
    for panel in still.controls.panels:
        assert not set(lesson.hidden) & visible_rows(panel)
        assert "batch_size" in visible_rows(panel)
        for key in lesson.locked:
            binding = panel.bindings[key]
            assert not binding.widget.isEnabled() and not binding.label.isEnabled()
        assert panel.bindings["seed"].widget.isEnabled()
    assert "hides or locks" in still.controls.hint.text()
    still.model.go(2)  # a step keeps them
    assert "optimizer" not in visible_rows(still.controls.panel_a)
    still.load_preset("relu_he")
    panel = still.controls.panel_a
    assert {"optimizer", "lr", "loss", "dropout"} <= visible_rows(panel)
    assert all(b.widget.isEnabled() for b in panel.bindings.values())
    assert "hides or locks" not in still.controls.hint.text()


def test_loading_a_configuration_ends_the_lesson_and_shows_every_control(qtbot, still, tmp_path):
    still.load_preset(SEED)
    path = tmp_path / "config.json"
    path.write_text(json.dumps({"depth": 3}))
    assert still.file_menu.read_config(path)
    assert still.model.lesson is None and still.lesson.panel.steps_area.isHidden()
    assert "optimizer" in visible_rows(still.controls.panel_a)
    assert still.controls.panel_a.bindings["dataset"].widget.isEnabled()


LESSON_FILE = {
    "title": {"en": "My lesson"},
    "text": {"en": "Two steps of my own."},
    "config": {"dataset": "blobs", "samples": 200, "depth": 2, "width": 8},
    "lock": ["dataset"],
    "steps": [
        {"text": {"en": "Start with tanh."}, "config": {"activation": "tanh"}},
        {
            "text": {"en": "Now deeper."},
            "config": {"depth": 4},
            "question": {
                "text": {"en": "What happens?"},
                "answers": [{"en": "This"}, {"en": "That"}],
                "correct": 1,
            },
        },
    ],
}


def test_a_teachers_lesson_file_opens_and_a_malformed_one_changes_nothing(qtbot, live, tmp_path):
    good = tmp_path / "mine.json"
    good.write_text(json.dumps(LESSON_FILE))
    assert live.file_menu.read_lesson(good)
    qtbot.waitUntil(lambda: live.frame.runs[0].config.activation == "tanh", timeout=SPAWN_TIMEOUT)
    assert live.frame.runs[0].config == lessons.load_lesson(good).configs(0)[0]
    assert "My lesson" in live.lesson.panel.plain_text()
    press(qtbot, live, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: live.frame.runs[0].config.depth == 4, timeout=SPAWN_TIMEOUT)
    assert live.lesson.cover.isVisible()
    before = (live.model.lesson, live.model.step, live.controls.configs())
    for name, text in (
        ("broken.json", '{"title": {"en": "x"}, '),
        ("bad.json", json.dumps({**LESSON_FILE, "config": {"depth": 0}})),
    ):
        bad = tmp_path / name
        bad.write_text(text)
        assert not live.file_menu.read_lesson(bad)
        message = live.banner.text()
        assert message.startswith("Cannot load lesson: lesson file") and name in message
        assert "\n" not in message and live.banner.isVisible()
        assert (live.model.lesson, live.model.step, live.controls.configs()) == before
        assert live.lesson.cover.isVisible()
    assert "depth" in live.banner.text()  # the bad value is named
    qtbot.wait(200)
    assert live.frame.runs[0].config.depth == 4


def test_the_file_menu_has_open_lesson():
    win = MainWindow([SMALL], live=False)
    titles = [action.text() for action in win.file_menu.menu.actions()]
    assert "Open lesson…" in titles
    win.close()
