"""One run's drawing area that can switch to a readable message (e.g. "needs a 2D
dataset"). Not a panel. (The runs' labels are `core.runs.run_labels`.)"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ..theme import Theme

MESSAGE_POINT_SIZE = 12


class PlotOrMessage(QtWidgets.QStackedWidget):
    """A GraphicsLayoutWidget, or in its place a centred, word-wrapped message."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.graphics = pg.GraphicsLayoutWidget()
        self.label = QtWidgets.QLabel()
        self.label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setMargin(16)
        font = self.label.font()
        font.setPointSize(MESSAGE_POINT_SIZE)
        self.label.setFont(font)
        self.addWidget(self.graphics)
        self.addWidget(self.label)

    def show_plot(self) -> None:
        if self.currentIndex() != 0:
            self.setCurrentIndex(0)

    def show_message(self, text: str) -> None:
        if self.label.text() != text:
            self.label.setText(text)
        if self.currentIndex() != 1:
            self.setCurrentIndex(1)

    def message(self) -> str:
        """The message on screen, or "" while the plot is shown."""
        return self.label.text() if self.currentIndex() == 1 else ""

    def apply_theme(self, theme: Theme) -> None:
        self.graphics.setBackground(theme.background)
        self.label.setStyleSheet(f"background: {theme.background}; color: {theme.foreground};")
