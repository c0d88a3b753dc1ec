"""Helpers of the lesson window tests (tests/test_window_lesson_*.py): a window made active
(window-wide shortcuts reach only the active window) and keys pressed where the focus is."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from windows import SPAWN_TIMEOUT

from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

SMALL = Config(dataset="blobs", samples=200, depth=2, width=8, batch_size=16)
SEED = "seed_experiment"  # six steps; step 4 (index 3) asks which layer is closest to 0
ASKS = 3


def opened(qtbot, live: bool) -> Iterator[MainWindow]:
    """A shown, active window on SMALL: with a training process (its first frame in), or
    without one (the controls show what a lesson applies)."""
    win = MainWindow([SMALL], live=live)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.windowHandle().requestActivate()
    qtbot.waitUntil(win.isActiveWindow)
    if live:
        qtbot.waitUntil(lambda: win.frame is not None, timeout=SPAWN_TIMEOUT)
    yield win
    win.close()


def press(qtbot, win: MainWindow, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(win.focusWidget() or win, key)
