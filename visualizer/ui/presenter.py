"""Presenter mode: one font size for the whole window, plots included, and full screen.
The text size itself (its default and range) is the window model's."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget


def apply_font_size(window: QWidget, points: int) -> None:
    """Set the application font and every plot's axis and title fonts to `points`."""
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


def toggle_fullscreen(window: QWidget) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()
