"""Helpers the panels share about runs: their names and what sets them apart, and one
run's drawing area that can switch to a readable message (e.g. "needs a 2D dataset").
Not a panel."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...core.config import KEYS, Config
from ...core.protocol import RUN_NAMES
from ..theme import Theme

MESSAGE_POINT_SIZE = 12
LABEL_KEYS = 3  # differing keys named in a run's label, at most
DERIVED = {"activation_alpha": "activation", "samples": "dataset", "noise": "dataset"}
"""Keys whose default follows another key: not named when that key differs too, unless
two runs with the same value of that key differ in it (two leaky_relu runs, two alphas)."""


def differing_keys(configs: list[Config] | tuple[Config, ...]) -> list[str]:
    """Configuration keys whose value is not the same in every run, in KEYS order (a
    derived key left out when the key it follows differs too and it tells no two runs
    with the same value of that key apart)."""
    keys = [key for key in KEYS if len({getattr(c, key) for c in configs}) > 1]
    return [key for key in keys if DERIVED.get(key) not in keys or _separates(configs, key)]


def _separates(configs: list[Config] | tuple[Config, ...], key: str) -> bool:
    """Whether `key` differs between two runs that share the value of the key it follows."""
    values: dict[object, set] = {}
    for config in configs:
        values.setdefault(getattr(config, DERIVED[key]), set()).add(getattr(config, key))
    return any(len(group) > 1 for group in values.values())


SYMBOLS = {"activation_alpha": "α"}
"""Keys a label names by their symbol: legends are narrow."""


def _named(key: str, value) -> str:
    """A name (relu, he_normal, adam) says what it is; a number needs its key."""
    if isinstance(value, str):
        return value
    key = SYMBOLS.get(key, key)
    return f"{key}={value:g}" if isinstance(value, float) else f"{key}={value}"


def run_labels(configs: list[Config] | tuple[Config, ...]) -> list[str]:
    """'A', or with several runs 'A · normal, init_scale=0.01': each run's name and its
    values of the keys that differ between runs (none for a key the run does not use,
    such as relu's alpha)."""
    if len(configs) < 2:
        return [RUN_NAMES[0]] if configs else []
    keys = differing_keys(configs)[:LABEL_KEYS]
    labels = []
    for index, config in enumerate(configs):
        values = [(key, getattr(config, key)) for key in keys]
        named = ", ".join(_named(key, value) for key, value in values if value is not None)
        labels.append(RUN_NAMES[index] + (" · " + named if named else ""))
    return labels


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
