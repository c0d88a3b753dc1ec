"""The transport toolbar: Play/Pause (Space), Step (S or Right), Reset (R) and a speed cap."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

SPEEDS = (
    ("max", 0.0),
    ("100/s", 100.0),
    ("30/s", 30.0),
    ("10/s", 10.0),
    ("3/s", 3.0),
    ("1/s", 1.0),
)


class Transport(QToolBar):
    """Actions are also added to `window`, so their shortcuts work wherever focus is."""

    speed_changed = Signal(float)

    def __init__(self, window: QWidget, speed: float) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Transport"))
        self.setObjectName("transport")
        self.play_action = self._action(
            window, self.tr("Play"), self.tr("Play or pause training (Space)"), [Qt.Key.Key_Space]
        )
        self.step_action = self._action(
            window,
            self.tr("Step"),
            self.tr("One training step (S or Right)"),
            [Qt.Key.Key_S, Qt.Key.Key_Right],
        )
        self.reset_action = self._action(
            window,
            self.tr("Reset"),
            self.tr("Rebuild the network from the seed (R)"),
            [Qt.Key.Key_R],
        )
        self.addSeparator()
        self.addWidget(QLabel(self.tr("Speed") + " "))
        self.speed_box = QComboBox()
        for label, value in SPEEDS:
            self.speed_box.addItem(label, value)
        self.speed_box.setToolTip(self.tr("Maximum training steps per second"))
        self.speed_box.setCurrentIndex(max(self.speed_box.findData(speed), 0))
        self.speed_box.currentIndexChanged.connect(
            lambda _: self.speed_changed.emit(self.speed_box.currentData())
        )
        self.addWidget(self.speed_box)

    def _action(self, window: QWidget, text: str, tip: str, keys: list) -> QAction:
        action = QAction(text, window)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setToolTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        window.addAction(action)
        return action

    def show_running(self, running: bool) -> None:
        self.play_action.setText(self.tr("Pause") if running else self.tr("Play"))
