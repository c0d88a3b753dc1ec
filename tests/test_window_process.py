"""Issue 8, items 4-6: report requests, and a training process that dies, through the real
window and a real training process."""

from __future__ import annotations

import json
import os
import signal
import threading
import time

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from windows import SPAWN_TIMEOUT

from visualizer.core.config import Config
from visualizer.ui import i18n

pytestmark = pytest.mark.gui
SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)
WAITING = "Waiting for the training process…"


@pytest.fixture
def window(make_window):
    """Not handed to qtbot: a language switch deletes the window it replaces, and the
    conftest closes whichever window is left."""
    yield make_window([SMALL], owned=False)
    i18n.install("en")


def kill(qtbot, win) -> None:
    win.controller._child.kill()
    qtbot.waitUntil(lambda: win.process_stopped, timeout=SPAWN_TIMEOUT)


def drawn(win) -> bool:
    """The newest frame is on screen (the status line and the button show it)."""
    return win.frame is not None and win._drawn is win.frame


def test_two_quick_json_exports_are_both_written(qtbot, window, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    window.file_menu.write_run(first)
    window.file_menu.write_run(second)
    assert window.statusBar().currentMessage() == WAITING
    qtbot.waitUntil(lambda: first.exists() and second.exists(), timeout=SPAWN_TIMEOUT)
    for path in (first, second):
        assert json.loads(path.read_text())["config"]["dataset"] == "blobs"
    qtbot.waitUntil(lambda: window.controller.pending_reports == 0)
    assert window.statusBar().currentMessage() == f"Saved {second}"  # not wiped


def test_an_export_while_the_process_is_dead_is_refused_visibly(qtbot, window, tmp_path):
    kill(qtbot, window)
    target = tmp_path / "run.json"
    window.file_menu.write_run(target)
    assert "not running" in window.banner.text()
    assert window.statusBar().currentMessage() != WAITING
    assert not target.exists()


def test_an_export_waiting_when_the_process_dies_is_refused_visibly(qtbot, window, tmp_path):
    os.kill(window.controller._child.pid, signal.SIGSTOP)  # it cannot answer now
    target = tmp_path / "run.json"
    window.file_menu.write_run(target)
    assert window.statusBar().currentMessage() == WAITING
    kill(qtbot, window)
    assert window.controller.pending_reports == 0
    assert "not written" in window.statusBar().currentMessage()
    qtbot.wait(200)
    assert not target.exists()


def test_reset_after_a_death_starts_from_what_the_controls_show(qtbot, window, tmp_path):
    broken = tmp_path / "broken.csv"
    broken.write_text("1,2,a\n3,4,b\n")
    window.controls.panel_a.apply_value("dataset", str(broken))
    qtbot.waitUntil(lambda: "broken.csv" in window.banner.text(), timeout=SPAWN_TIMEOUT)
    assert window.controls.panel_a.config.dataset == "blobs"  # the window refused it
    kill(qtbot, window)
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.controller.alive, timeout=SPAWN_TIMEOUT)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: drawn(window) and window.frame.runs[0].step == 1, timeout=SPAWN_TIMEOUT)
    assert window.frame.runs[0].config.dataset == "blobs"
    assert not window.banner.isVisible()


def test_a_dead_process_is_shown_across_a_language_switch_and_reset_recovers(qtbot, window):
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.play_action.text() == "Pause", timeout=SPAWN_TIMEOUT)
    kill(qtbot, window)
    assert "training process stopped" in window.status_label.text()
    assert window.play_action.text() == "Play"
    assert window.banner.isVisible() and "stopped" in window.banner.text()
    window.play_action.trigger()  # Play does nothing now, and still says Play
    assert window.play_action.text() == "Play"
    korean = window.set_language("ko")
    qtbot.waitUntil(lambda: korean.frame is not None)
    assert "학습 프로세스 중지됨" in korean.status_label.text()
    assert korean.play_action.text() == "재생"
    assert korean.banner.isVisible() and "학습 프로세스가" in korean.banner.text()
    korean.reset_action.trigger()
    qtbot.waitUntil(lambda: korean.controller.alive, timeout=SPAWN_TIMEOUT)
    korean.play_action.trigger()
    qtbot.waitUntil(lambda: drawn(korean) and korean.frame.runs[0].step >= 3, timeout=SPAWN_TIMEOUT)
    assert korean.play_action.text() == "일시정지"
    assert "중지됨" not in korean.status_label.text()
    assert not korean.banner.isVisible()


def test_closing_while_the_process_is_inside_a_slow_step_ends_it_soon(qtbot, window):
    """Issue 17 (9): closing waited 5 s for a slow step (50 x 2048) to end. A stopped
    process stands for one that cannot read Quit now (and ignores SIGTERM meanwhile)."""
    child = window.controller._child
    os.kill(child.pid, signal.SIGSTOP)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 4.0  # was at least 5 s, then the process stayed
    assert not child.is_alive() and window.controller._child is None


def test_a_run_json_answered_after_a_language_switch_is_written_by_the_new_window(
    qtbot, window, tmp_path
):
    """Found by the fuzz (issue 17): the answer's callback wrote through the old window,
    deleted by the switch (RuntimeError: Banner already deleted)."""
    os.kill(window.controller._child.pid, signal.SIGSTOP)  # the answer waits
    target = tmp_path / "run.json"
    window.file_menu.write_run(target)
    korean = window.set_language("ko")
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old window goes
    os.kill(korean.controller._child.pid, signal.SIGCONT)
    qtbot.waitUntil(target.exists, timeout=SPAWN_TIMEOUT)
    assert json.loads(target.read_text())["config"]["dataset"] == "blobs"
    assert korean.statusBar().currentMessage() == f"저장했습니다: {target}"


def test_commands_to_a_process_that_reads_none_never_block_the_window(qtbot, window):
    """Seen in the issue 17 fuzz (a 22 s stall after a control change): while the process
    was busy (a large data set loading, a slow step) the commands filled its pipe, and
    the next send blocked the GUI thread. Sent here from a helper thread, so that a
    blocking send fails the test instead of hanging it."""
    child = window.controller._child
    os.kill(child.pid, signal.SIGSTOP)  # reads nothing now
    runs = [SMALL.replace(seed=seed) for seed in range(4)]
    sender = threading.Thread(
        target=lambda: [window.controller.configure(runs) for _ in range(2000)], daemon=True
    )
    sender.start()
    sender.join(10)
    blocked = sender.is_alive()
    child.kill()  # a blocked send ends now
    assert not blocked
