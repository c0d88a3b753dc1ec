"""Presenter mode: one font size for the whole window, plots included, and full screen."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_POINTS = 10
MIN_POINTS, MAX_POINTS = 7, 28


def clamp(points: int) -> int:
    return max(MIN_POINTS, min(MAX_POINTS, points))


def apply_font_size(window: QWidget, points: int) -> int:
    """Set the application font and every plot's axis and title fonts to `points`."""
    points = clamp(points)
    font = QFont(QApplication.font())
    font.setPointSize(points)
    QApplication.setFont(font)
    window.setFont(font)
    for child in window.findChildren(QWidget):
        child.setFont(font)
    for view in window.findChildren(pg.GraphicsView):
        for item in view.scene().items():
            if isinstance(item, pg.AxisItem):
                item.setStyle(tickFont=font)
                item.label.setFont(font)
            elif isinstance(item, pg.LabelItem):
                item.opts["size"] = f"{points}pt"
                item.setText(item.text)
            elif isinstance(item, pg.TextItem):
                item.setFont(font)
    return points


def toggle_fullscreen(window: QWidget) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
