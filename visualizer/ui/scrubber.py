"""The timeline slider under the panels: drag it (or press [ and ], Home and End) to see
every panel as it was at an earlier step; Live (or Play) returns to the newest step."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from ..core.protocol import Frame

SEEK_DELAY_MS = 30  # a drag sends at most one seek per display frame
KEY_STEPS = 100  # [ and ] move by 1/100 of the run


class Scrubber(QWidget):
    """Emits `seek_requested(step)`, or `seek_requested(None)` to go live."""

    seek_requested = Signal(object)

    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.label = QLabel()
        self.live_button = QPushButton(self.tr("Live"))
        self.live_button.setToolTip(self.tr("Back to the newest step (End)"))
        self.slider.setToolTip(
            self.tr("Drag to see every panel at an earlier step ([ and ] step through)")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(QLabel(self.tr("Timeline")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        self._pending: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._send)
        self.slider.valueChanged.connect(self._moved)
        self.live_button.clicked.connect(self.go_live)
        for key, delta in (("[", -1), ("]", +1)):
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.activated.connect(lambda d=delta: self.nudge(d))
        QShortcut(QKeySequence(Qt.Key.Key_Home), window).activated.connect(lambda: self.seek(0))
        QShortcut(QKeySequence(Qt.Key.Key_End), window).activated.connect(self.go_live)
        self.show_frame(None)

    def show_frame(self, frame: Frame | None) -> None:
        """Range up to the newest step; the handle at the step shown (pinned right while
        live). Signals are blocked: only the user's moves seek."""
        live = 0 if frame is None else frame.live_step
        shown = live if frame is None or not frame.seeking else frame.step
        self.slider.blockSignals(True)
        self.slider.setRange(0, live)
        if self._pending is None:
            self.slider.setValue(shown)
        self.slider.blockSignals(False)
        seeking = frame is not None and frame.seeking
        self.live_button.setEnabled(seeking)
        text = self.tr("step {0} of {1}").format(shown, live) if seeking else self.tr("live")
        self.label.setText(text)

    def seek(self, step: int) -> None:
        self.slider.setValue(max(0, min(step, self.slider.maximum())))
        self._moved(self.slider.value())

    def nudge(self, direction: int) -> None:
        """Move by 1/KEY_STEPS of the run (at least one step)."""
        delta = max(1, self.slider.maximum() // KEY_STEPS)
        self.seek(self.slider.value() + direction * delta)

    def go_live(self) -> None:
        self._pending = None
        self._timer.stop()
        self.seek_requested.emit(None)

    def _moved(self, value: int) -> None:
        self._pending = value
        if not self._timer.isActive():
            self._timer.start(SEEK_DELAY_MS)

    def _send(self) -> None:
        step, self._pending = self._pending, None
        if step is not None:
            self.seek_requested.emit(step)
