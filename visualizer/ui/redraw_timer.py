"""When the window redraws: at most at the display's rate, however fast frames come."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QWidget

MAX_REDRAW_HZ = 60.0  # redraws a second at most (and the display's own rate when lower)


class RedrawTimer(QTimer):
    """A single-shot timer: `request()` fires it as soon as a display refresh has passed
    since it last fired. Frames arriving meanwhile wait, and the newest is drawn."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.setSingleShot(True)
        self._since = QElapsedTimer()
        self._since.start()
        self.timeout.connect(self._since.restart)

    def request(self) -> None:
        if self.isActive():
            return
        rate = min(self.window.screen().refreshRate() or MAX_REDRAW_HZ, MAX_REDRAW_HZ)
        self.start(max(0, round(1000 / rate - self._since.elapsed())))
