"""File > Export interactive page: the lesson (or the window's runs) recorded and written
by a child Python while the GUI thread keeps serving events behind a progress dialog;
Cancel ends it and writes nothing; a failure is a message."""

from __future__ import annotations

import json
import os
import re

import pytest
from page_lesson import write_lesson
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from visualizer.core import lessons

pytestmark = pytest.mark.gui

WAIT = 120_000  # ms: a child Python starting and training on a busy machine, not a timing


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="page-data">(.*?)</script>', text, re.S)
    return json.loads(found[1].replace("<\\/", "</"))


def test_the_windows_runs_are_written_off_the_gui_thread(still, qtbot, tmp_path):
    export = still.file_menu.page_export
    out = tmp_path / "runs.html"
    served = []
    timer = QTimer()
    timer.timeout.connect(lambda: served.append(export.running))
    timer.start(1)
    with qtbot.waitSignal(export.finished, timeout=WAIT) as ended:
        export.start(out, 30)
        assert export.running and export.process.process_id() not in (0, os.getpid())
        assert export.dialog.isVisible()
    timer.stop()
    assert True in served  # the GUI thread ran its timer while the child trained
    assert ended.args == [str(out)] and export.dialog is None and not export.running
    data = page_data(out)
    assert data["training_steps"] == 30 and len(data["steps"]) == 1
    assert data["recordings"][0]["runs"][0]["config"] == still.controls.configs()[0].to_dict()
    assert "runs.html" in still.statusBar().currentMessage()


def test_an_open_lesson_is_exported_with_every_step_in_the_windows_language(still, qtbot, tmp_path):
    still.open_lesson(lessons.load_lesson(write_lesson(tmp_path)))
    still.model.lang = "ko"  # as a language switch leaves it (without rebuilding the window)
    export = still.file_menu.page_export
    out = tmp_path / "lesson.html"
    with qtbot.waitSignal(export.finished, timeout=WAIT):
        export.start(out, 5)
    data = page_data(out)
    assert data["lang"] == "ko" and data["lesson"]["name"] == "small_lesson"
    assert [step["view"] for step in data["steps"]] == ["activations", "layer_stats"]


def test_cancel_ends_the_child_and_writes_nothing(still, qtbot, tmp_path):
    export = still.file_menu.page_export
    out = tmp_path / "never.html"
    export.start(out, 100_000)
    assert export.running
    with qtbot.assertNotEmitted(export.finished), qtbot.assertNotEmitted(export.failed):
        export.dialog.findChild(QPushButton).click()  # the dialog's Cancel
        qtbot.wait(200)
    assert not export.running and export.dialog is None
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_is_a_message(still, qtbot, tmp_path):
    export = still.file_menu.page_export
    shown = []
    still.model.error_reported.connect(shown.append)
    with qtbot.waitSignal(export.failed, timeout=WAIT) as failed:
        export.start(tmp_path / "missing" / "page.html", 2)
    assert "cannot write" in failed.args[0]
    assert shown and "cannot write" in shown[0]
    assert "cannot write" in still.banner.text()


def test_the_menu_asks_for_the_file_then_the_steps(still, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    export = still.file_menu.page_export
    monkeypatch.setattr(export, "ask_path", lambda *_: tmp_path / "chosen")
    monkeypatch.setattr(QInputDialog, "getInt", lambda *_: (4, True))
    with qtbot.waitSignal(export.finished, timeout=WAIT) as ended:
        export.ask_and_start()
    assert ended.args == [str(tmp_path / "chosen.html")]
    assert page_data(tmp_path / "chosen.html")["training_steps"] == 4
