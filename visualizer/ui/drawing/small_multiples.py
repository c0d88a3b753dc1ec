"""A grid of small per-layer histogram plots (one step outline per run, overlaid), painted
in one QPainter pass (see `canvas`). Not a panel: the histogram panel drives it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets

from ...core.bins import shares
from ...core.layer_stats import Histogram
from ...core.runs import MAX_RUNS
from ..theme import Theme, run_color
from .canvas import Canvas, Mapping, TextCache, step_outline, tick_text, ticks
from .plotting import StickyMax, grid_color, nice_bounds, run_pen

MAX_COLUMNS = 5
EDGE_PAD = 0.03  # x-range padding, so a spike in an end bin is not hidden by the axis
X_TICKS, Y_TICKS = 3, 3  # about this many intervals between labelled ticks
PAD = 4  # pixels around and between the parts of a cell


@dataclass
class StepCurve:
    """One run's histogram in one plot, as drawn: shares over the bin edges."""

    pen: QtGui.QPen
    x: np.ndarray = field(default_factory=lambda: np.zeros(0))
    y: np.ndarray = field(default_factory=lambda: np.zeros(0))
    visible: bool = False


@dataclass
class Cell:
    """One layer's plot: its title, view ranges, a curve per run and their captions."""

    title: str
    curves: list[StepCurve]
    x_range: tuple[float, float] = (0.0, 1.0)
    y_range: tuple[float, float] = (0.0, 1.0)
    captions: list[tuple[str, str]] = field(default_factory=list)  # (text, colour)
    y_max: StickyMax = field(default_factory=StickyMax)


# what one plot shows: per run, (histogram, caption) or None when absent
LayerData = list[tuple[Histogram, str] | None]


class SmallMultiples(Canvas):
    """Lays out one plot per title in rows of at most MAX_COLUMNS and paints them all."""

    def __init__(self, theme: Theme, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: list[Cell] = []
        self.columns = 1
        self.shared_y = StickyMax()
        self.uniform_x = self.share_y = False
        self.value_label = ""
        self.texts = TextCache()
        self.apply_theme(theme)

    def place(self, titles: list[str], columns: int | None = None) -> None:
        """One plot per title, in `columns` columns (default: rows of at most MAX_COLUMNS,
        filled evenly)."""
        pens = [run_pen(self.theme, run) for run in range(MAX_RUNS)]
        self.shown = [Cell(title, [StepCurve(pen) for pen in pens]) for title in titles]
        rows = math.ceil(len(titles) / MAX_COLUMNS) if titles else 1
        self.columns = columns or (math.ceil(len(titles) / rows) if titles else 1)
        self.update()

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self.background = QtGui.QColor(theme.background)
        self.foreground = QtGui.QColor(theme.foreground)
        self.grid = grid_color(theme)
        for cell in self.shown:
            for run, curve in enumerate(cell.curves):
                curve.pen = run_pen(theme, run)
        self.update()

    def draw(self, layers: list[LayerData], share_y: bool, value_label: str) -> None:
        """Draw each shown plot's runs as shares; x-range from the edges (rounded, padded),
        y from the peak (the same for all when `share_y`)."""
        all_shares = [[shares(d[0].counts) if d else None for d in data] for data in layers]
        if share_y:
            peaks = [float(s.max(initial=0)) for row in all_shares for s in row if s is not None]
            top = self.shared_y.update(max(peaks, default=0.0))
        for cell, data, values in zip(self.shown, layers, all_shares, strict=True):
            peak, low, high, cell.captions = 0.0, math.inf, -math.inf, []
            for run, curve in enumerate(cell.curves):
                entry = data[run] if run < len(data) else None
                curve.visible = entry is not None
                if entry is None:
                    continue
                hist, caption = entry
                curve.x, curve.y = hist.edges, values[run]
                peak = max(peak, float(values[run].max(initial=0)))
                low, high = min(low, hist.edges[0]), max(high, hist.edges[-1])
                if caption:
                    cell.captions.append((caption, run_color(self.theme, run)))
            cell.x_range = padded(nice_bounds(float(low), float(high))) if low <= high else (0, 1)
            cell.y_range = (0.0, top if share_y else cell.y_max.update(peak))
        self.uniform_x = len({cell.x_range for cell in self.shown}) == 1
        self.share_y, self.value_label = share_y, value_label
        self.update()

    # painting ---------------------------------------------------------------------------
    def fonts(self) -> tuple[QtGui.QFont, QtGui.QFont]:
        """(title font, tick font): the widget's font (presenter mode sets it), ticks one
        point smaller."""
        title = QtGui.QFont(self.font())
        tick = QtGui.QFont(title)
        tick.setPointSizeF(max(7.0, title.pointSizeF() - 1))
        return title, tick

    def paintEvent(self, _event: QtGui.QPaintEvent) -> None:
        painter = QtGui.QPainter(self)
        try:
            painter.fillRect(self.rect(), self.background)
            if self.shown:
                self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QtGui.QPainter) -> None:
        title_font, tick_font = self.fonts()
        line = QtGui.QFontMetricsF(tick_font).height()
        title_height = QtGui.QFontMetricsF(title_font).height() + line / 2
        left = self.texts.width("0.888", tick_font) + 2 * PAD
        count, columns = len(self.shown), self.columns
        rows = math.ceil(count / columns)
        width, height = self.width() / columns, self.height() / rows
        for position, cell in enumerate(self.shown):
            row, column = divmod(position, columns)
            bottom_row = position + columns >= count
            x_values = bottom_row or not self.uniform_x
            y_values = column == 0 or not self.share_y
            below = (line + PAD if x_values else PAD) + (line if bottom_row else 0)
            box = QtCore.QRectF(column * width, row * height, width, height)
            plot = QtCore.QRectF(
                box.left() + left,
                box.top() + title_height,
                box.width() - left - 2 * PAD,
                box.height() - title_height - below,
            )
            if plot.width() < 4 or plot.height() < 4:
                continue
            painter.setPen(self.foreground)
            painter.setFont(title_font)
            self.texts.draw(painter, cell.title, plot.center().x(), box.top() + PAD / 2, 0.5)
            painter.setFont(tick_font)
            self._paint_cell(painter, cell, plot, x_values, y_values)
            if bottom_row and self.value_label:
                painter.setPen(self.foreground)
                self.texts.draw(
                    painter, self.value_label, plot.center().x(), plot.bottom() + PAD + line, 0.5
                )

    def _paint_cell(self, painter, cell: Cell, plot: QtCore.QRectF, x_values, y_values) -> None:
        mapping = Mapping(plot, cell.x_range, cell.y_range)
        x_ticks = ticks(*cell.x_range, X_TICKS)
        y_ticks = ticks(*cell.y_range, Y_TICKS)
        painter.setPen(self.grid)
        for value in x_ticks:
            x = round(mapping.x(value)) + 0.5
            painter.drawLine(QtCore.QLineF(x, plot.top(), x, plot.bottom()))
        for value in y_ticks:
            y = round(mapping.y(value)) + 0.5
            painter.drawLine(QtCore.QLineF(plot.left(), y, plot.right(), y))
        painter.setPen(self.foreground)
        corner = QtCore.QPointF(round(plot.left()) + 0.5, round(plot.bottom()) + 0.5)
        painter.drawLine(QtCore.QLineF(corner, QtCore.QPointF(plot.right(), corner.y())))
        painter.drawLine(QtCore.QLineF(corner, QtCore.QPointF(corner.x(), plot.top())))
        if x_values:
            for value in x_ticks:
                self.texts.draw(painter, tick_text(value), mapping.x(value), plot.bottom() + 2, 0.5)
        if y_values:
            for value in y_ticks:
                self.texts.draw(
                    painter, tick_text(value), plot.left() - PAD, mapping.y(value), 1.0, 0.5
                )
        painter.save()
        painter.setClipRect(plot.adjusted(0, -2, 2, 0))
        for curve in cell.curves:
            if curve.visible and len(curve.x):
                painter.setPen(curve.pen)
                painter.drawPolyline(step_outline(mapping, curve.x, curve.y))
        painter.restore()
        top = plot.top() + 1
        for text, color in cell.captions:
            painter.setPen(QtGui.QColor(color))
            top += self.texts.draw(painter, text, plot.right() - PAD, top, 1.0).height()


def padded(x_range: tuple[float, float]) -> tuple[float, float]:
    """`x_range` widened by EDGE_PAD of its width on both sides."""
    low, high = x_range
    pad = EDGE_PAD * (high - low)
    return (low - pad, high + pad)
