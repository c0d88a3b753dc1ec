"""Helpers the panels share about runs: their names and what sets them apart, and one
run's drawing area that can switch to a readable message (e.g. "needs a 2D dataset").
Not a panel."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...core.config import Config
from ...core.runs import RUN_NAMES, differing_keys
from ..theme import Theme

MESSAGE_POINT_SIZE = 12
LABEL_KEYS = 3  # differing keys named in a run's label, at most


def _named(key: str, value) -> str:
    """A name (relu, he_normal, adam) says what it is; a number needs its key."""
    if isinstance(value, str):
        return value
    return f"{key}={value:g}" if isinstance(value, float) else f"{key}={value}"


def run_labels(configs: list[Config] | tuple[Config, ...]) -> list[str]:
    """'A', or with several runs 'A · normal, init_scale=0.01': each run's name and its
    values of the keys that differ between runs."""
    if len(configs) < 2:
        return [RUN_NAMES[0]] if configs else []
    keys = differing_keys(configs)[:LABEL_KEYS]
    return [
        RUN_NAMES[index]
        + (" · " if keys else "")
        + ", ".join(_named(key, getattr(config, key)) for key in keys)
        for index, config in enumerate(configs)
    ]


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
