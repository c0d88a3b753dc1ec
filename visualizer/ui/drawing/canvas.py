"""Drawing helpers for panels painted in one QPainter pass (no scene of items): ticks,
cached text, opaque grid colours, data-to-pixel mapping and step outlines.

Why: a grid of pyqtgraph plots repaints every axis (a recorded picture of tick labels and
alpha-blended grid lines) whenever a curve changes, which cost about 1 ms per small plot
and frame; one pass over cached text, opaque lines and pixel-aligned polylines costs a
fraction of that (benchmarks/bench_panels.py). Not a panel."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph.functions as fn
from PySide6 import QtCore, QtGui, QtWidgets

from .plotting import nice_ceil


class Canvas(QtWidgets.QWidget):
    """A drawing painted in one pass by its own paintEvent (exports render the widget)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.FontChange:  # presenter mode: new text size
            self.update()
        super().changeEvent(event)


def ticks(low: float, high: float, count: int) -> list[float]:
    """Round values in [low, high], about `count` intervals apart (a step of 1, 1.2, 1.5,
    2, 2.5, ... x 10^k, as `plotting.nice_ceil` rounds)."""
    span = high - low
    if not (span > 0 and math.isfinite(span)):
        return []
    step = nice_ceil(span / max(count, 1))
    first = math.ceil(low / step - 1e-9)
    values = [k * step for k in range(first, math.floor(high / step + 1e-9) + 1)]
    return [0.0 if abs(v) < step * 1e-9 else v for v in values]


def tick_text(value: float) -> str:
    """Short tick labels: 0.05, 1.5, 300, 2e-05 -> '2e-5'."""
    text = f"{value:.6g}"
    if "e" in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}e{int(exponent)}"
    return text


class TextCache:
    """Prepared QStaticText per (text, font): laid out once, drawn many times."""

    def __init__(self, limit: int = 500) -> None:
        self.limit = limit
        self._texts: dict[tuple[str, str], QtGui.QStaticText] = {}

    def get(self, text: str, font: QtGui.QFont) -> QtGui.QStaticText:
        key = (text, font.key())
        static = self._texts.get(key)
        if static is None:
            if len(self._texts) >= self.limit:  # e.g. captions of ever new values
                self._texts.clear()
            static = QtGui.QStaticText(text)
            static.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            static.prepare(QtGui.QTransform(), font)
            self._texts[key] = static
        return static

    def draw(
        self,
        painter: QtGui.QPainter,
        text: str,
        x: float,
        y: float,
        align_x: float = 0.0,
        align_y: float = 0.0,
    ) -> QtCore.QSizeF:
        """Draw `text` in the painter's font and pen with its box's point (align_x,
        align_y) (0 = left/top, 0.5 = centre, 1 = right/bottom) at (x, y)."""
        static = self.get(text, painter.font())
        size = static.size()
        point = QtCore.QPointF(x - align_x * size.width(), y - align_y * size.height())
        painter.drawStaticText(point, static)
        return size

    def width(self, text: str, font: QtGui.QFont) -> float:
        return self.get(text, font).size().width()


class Mapping:
    """Data coordinates to pixels in `rect` for view ranges x (low, high), y (low, high)."""

    def __init__(self, rect: QtCore.QRectF, x: tuple[float, float], y: tuple[float, float]):
        self.rect = rect
        self.sx = rect.width() / (x[1] - x[0]) if x[1] > x[0] else 0.0
        self.sy = rect.height() / (y[1] - y[0]) if y[1] > y[0] else 0.0
        self.x0, self.y0 = x[0], y[0]

    def x(self, values):
        return self.rect.left() + (values - self.x0) * self.sx

    def y(self, values):
        return self.rect.bottom() - (values - self.y0) * self.sy


def step_outline(mapping: Mapping, edges: np.ndarray, heights: np.ndarray) -> QtGui.QPolygonF:
    """A histogram's outline in pixels: up from the baseline at the first edge, across each
    bin at its height, down to the baseline at the last edge; pixel-aligned, so it is crisp
    without antialiasing (only horizontal and vertical segments)."""
    xs = np.rint(mapping.x(np.asarray(edges, dtype=float)))
    ys = np.rint(mapping.y(np.nan_to_num(np.asarray(heights, dtype=float))))
    base = np.rint(mapping.y(0.0))
    points = np.empty((2 * len(xs), 2))
    points[0::2, 0], points[1::2, 0] = xs, xs
    points[1:-1:2, 1], points[2::2, 1] = ys, ys
    points[0, 1] = points[-1, 1] = base
    limit = 1e6  # keep far-off values drawable (e.g. a view much smaller than the data)
    np.clip(points, -limit, limit, out=points)
    return polygon(points)


def polygon(points: np.ndarray) -> QtGui.QPolygonF:
    """An (n, 2) array of pixel coordinates as a QPolygonF, filled in place."""
    shape = fn.create_qpolygonf(len(points))
    fn.ndarray_from_qpolygonf(shape)[:] = points
    return shape
