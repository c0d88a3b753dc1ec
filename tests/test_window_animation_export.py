"""Issue 17, items 1-4: File > Export animation interrupted by a language switch, a closed
window or a dead training process, and what a finished export leaves in memory; through
the real window and a real training process."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QProgressDialog

from visualizer.core.config import Config
from visualizer.ui import i18n
from visualizer.ui.animation_export import AnimationExport
from visualizer.ui.background import Jobs
from visualizer.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 30_000
SMALL = Config(dataset="moons", samples=200, depth=2, width=8, batch_size=32)


def trained(qtbot, steps: int) -> MainWindow:
    """A shown window whose run has trained `steps` steps (or a few more), paused. Not
    handed to qtbot: a language switch deletes the window it replaces, and the conftest
    closes whichever window is left."""
    window = MainWindow([SMALL])
    window.resize(900, 600)
    window.show()
    qtbot.waitUntil(lambda: window.frame is not None, timeout=TIMEOUT)
    window.controller.set_speed(0)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.frame.live_step >= steps, timeout=TIMEOUT)
    window.play_action.trigger()
    return window


@pytest.fixture(autouse=True)
def english_again():
    yield
    i18n.install("en")


def test_deleting_jobs_never_waits_for_a_job_under_way(qtbot):
    """Item 1's freeze: the old window's encoding pool was waited for, holding the
    interpreter lock the encoding thread needed. Here the job needs the test to go on."""
    jobs, released, outcome = Jobs(), threading.Event(), []
    jobs.start(lambda: outcome.append(released.wait(timeout=10)), lambda *_: None)
    jobs.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    released.set()  # only now: a deletion that waited for the job made it time out
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    assert outcome == [True]


SWITCH_WHILE_ENCODING = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow


def wait(app, condition):
    while not condition():
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # as the event loop does


def main(out):
    app = QApplication([])
    config = Config(dataset="moons", samples=200, depth=2, width=8, batch_size=32)
    window = MainWindow([config])
    window.resize(1000, 640)
    window.show()
    wait(app, lambda: window.frame is not None)
    window.controller.set_speed(0)
    window.play_action.trigger()
    wait(app, lambda: window.frame.live_step >= 100)
    window.play_action.trigger()
    export = window.file_menu.write_animation(out, frames=30)
    wait(app, lambda: len(export.images) == 30)  # all drawn: encoding
    korean = window.set_language("ko")
    wait(app, lambda: out.exists())
    korean.close()
    print("written")


if __name__ == "__main__":  # the training process is spawned: it imports this file
    main(Path(sys.argv[1]))
"""


@pytest.mark.slow
def test_a_language_switch_while_encoding_neither_freezes_nor_loses_the_file(tmp_path):
    """Item 1, as the issue did it (a freeze cannot fail inside this process)."""
    out = tmp_path / "lesson.gif"
    script = tmp_path / "switch.py"
    script.write_text(SWITCH_WHILE_ENCODING)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(script), str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and result.stdout == "written\n", result.stderr
    offscreen = "This plugin does not support propagateSizeHints()"
    assert not [line for line in result.stderr.splitlines() if line != offscreen]
    with Image.open(out) as image:
        assert image.n_frames == 30


def test_a_language_switch_while_drawing_finishes_the_export_in_the_new_language(qtbot, tmp_path):
    """Item 2: the export and its dialog vanished with the old window, nothing written,
    and the new window stayed scrubbed back."""
    window = trained(qtbot, 100)
    out = tmp_path / "lesson.gif"
    export = window.file_menu.write_animation(out, frames=40)
    qtbot.waitUntil(lambda: len(export.images) >= 5, timeout=TIMEOUT)
    korean = window.set_language("ko")
    assert export.window is korean and export.dialog.labelText() == "애니메이션을 그리는 중…"
    with qtbot.waitSignal(export.finished, timeout=TIMEOUT):
        pass
    assert korean.statusBar().currentMessage() == f"저장했습니다: {out}"
    with Image.open(out) as image:
        assert image.n_frames == 40
    qtbot.waitUntil(lambda: not korean.frame.seeking, timeout=TIMEOUT)  # live again
    assert korean.frame.live_step >= 100 and korean.frame.runs[0].step == korean.frame.live_step


def test_closing_the_window_cancels_its_export_and_writes_nothing(qtbot, tmp_path):
    window = trained(qtbot, 60)
    out = tmp_path / "lesson.gif"
    export = window.file_menu.write_animation(out, frames=20)
    qtbot.waitUntil(lambda: len(export.images) >= 2, timeout=TIMEOUT)
    window.close()
    assert not export.active
    qtbot.wait(500)
    assert list(tmp_path.iterdir()) == []


def frames_held() -> int:
    gc.collect()
    return sum(isinstance(thing, Image.Image) for thing in gc.get_objects())


def test_finished_exports_let_go_of_their_frames(qtbot, tmp_path):
    """Item 3: three 30-frame exports stayed alive with their 90 frames."""
    window = trained(qtbot, 60)
    before = frames_held()
    for index in range(3):
        export = window.file_menu.write_animation(tmp_path / f"{index}.gif", frames=30)
        with qtbot.waitSignal(export.finished, timeout=TIMEOUT):
            pass
        del export
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(AnimationExport) == []
    assert window.findChildren(QProgressDialog) == []
    assert frames_held() <= before


def test_an_export_with_the_training_process_dead_says_so(qtbot, tmp_path):
    """Item 4: the dialog stayed at 0 frames for good, with no message."""
    window = trained(qtbot, 20)
    window.controller._child.kill()
    qtbot.waitUntil(lambda: window.process_stopped, timeout=TIMEOUT)
    out = tmp_path / "lesson.gif"
    export = window.file_menu.write_animation(out, frames=10)
    assert not export.active
    assert "training process is not running; press Reset" in window.banner.text()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not out.exists() and window.findChildren(QProgressDialog) == []


def test_an_export_whose_training_process_dies_midway_says_so_and_reset_recovers(qtbot, tmp_path):
    """Item 4: killed mid-export it stayed at 23 of 147 frames, also after Reset."""
    window = trained(qtbot, 40)
    os.kill(window.controller._child.pid, signal.SIGSTOP)  # no frame comes now
    out = tmp_path / "lesson.gif"
    export = window.file_menu.write_animation(out, frames=10)
    with qtbot.waitSignal(export.failed, timeout=TIMEOUT) as failed:
        window.controller._child.kill()
    assert "not running" in failed.args[0] and "not running" in window.banner.text()
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: window.controller.alive, timeout=TIMEOUT)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.running and window.frame.live_step >= 10, timeout=TIMEOUT)
    window.play_action.trigger()
    export = window.file_menu.write_animation(out, frames=3)
    with qtbot.waitSignal(export.finished, timeout=TIMEOUT):
        pass
    with Image.open(out) as image:
        assert image.n_frames == 3


def test_an_export_whose_seek_the_slider_replaced_still_ends(qtbot, tmp_path):
    """Found by the issue 17 fuzz ("an animation export never ended"): Live (or a seek
    of the slider) right after the export asked for a step replaced that step, and its
    answer never came."""
    window = trained(qtbot, 40)
    out = tmp_path / "lesson.gif"
    child = window.controller._child
    os.kill(child.pid, signal.SIGSTOP)  # the export's seek and Live arrive together
    export = window.file_menu.write_animation(out, frames=8)
    window.scrubber.go_live()
    os.kill(child.pid, signal.SIGCONT)
    with qtbot.waitSignal(export.finished, timeout=TIMEOUT):
        pass
    assert out.exists()
