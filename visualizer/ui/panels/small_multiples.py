"""A grid of small per-layer histogram plots (one step curve per run, overlaid), reusing
its plot items across frames and depth changes. Not a panel: the histogram panel drives it."""

from __future__ import annotations

import math

import pyqtgraph as pg

from ...core.bins import shares
from ...core.protocol import MAX_RUNS
from ...core.stats import Histogram
from ..theme import Theme, run_color
from .plotting import (
    StickyMax,
    new_plot,
    nice_bounds,
    park,
    place,
    run_pen,
    set_label,
    set_range,
    set_title,
    style_plot,
)

AXIS_WIDTH = 38
MAX_COLUMNS = 5
EDGE_PAD = 0.03  # x-range padding, so a spike in an end bin is not hidden by the axis


class LayerPlot:
    """One layer's plot: a step curve per run and a small statistics text."""

    def __init__(self) -> None:
        self.plot = new_plot()
        self.plot.getAxis("left").setWidth(AXIS_WIDTH)
        self.curves = [pg.PlotDataItem(stepMode="center") for _ in range(MAX_RUNS)]
        for curve in self.curves:
            self.plot.addItem(curve)
        self.text = pg.TextItem(anchor=(1, 0))
        self.plot.addItem(self.text)
        self.y_max = StickyMax()
        self.text_html = ""


# what one plot shows: per run, (histogram, caption) or None when absent
LayerData = list[tuple[Histogram, str] | None]


class SmallMultiples:
    """Lays out `len(titles)` plots in rows of at most MAX_COLUMNS and draws into them."""

    def __init__(self, graphics: pg.GraphicsLayoutWidget, theme: Theme) -> None:
        self.graphics = graphics
        self.theme = theme
        self.pool: list[LayerPlot] = []
        self.shown: list[LayerPlot] = []
        self.columns = 1
        self.shared_y = StickyMax()
        self._axes_key: tuple | None = None

    def place(self, titles: list[str], columns: int | None = None) -> None:
        """Put one plot per title into the (already cleared) layout, in `columns` columns
        (default: rows of at most MAX_COLUMNS, filled evenly)."""
        self._axes_key = None
        while len(self.pool) < len(titles):
            item = LayerPlot()
            park(self.graphics, item.plot)
            self.pool.append(item)
            self._style(item)
        self.shown = self.pool[: len(titles)]
        rows = math.ceil(len(titles) / MAX_COLUMNS) if titles else 1
        self.columns = columns or (math.ceil(len(titles) / rows) if titles else 1)
        for position, (item, title) in enumerate(zip(self.shown, titles, strict=True)):
            set_title(item.plot, title, self.theme)
            row, column = divmod(position, self.columns)
            place(self.graphics, item.plot, row, column)

    def apply_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._axes_key = None
        for item in self.pool:
            self._style(item)

    def draw(self, layers: list[LayerData], share_y: bool, value_label: str) -> None:
        """Draw each shown plot's runs as shares; x-range from the edges (rounded, padded),
        y from the peak (the same for all when `share_y`)."""
        all_shares = [[shares(d[0].counts) if d else None for d in data] for data in layers]
        if share_y:
            peaks = [float(s.max(initial=0)) for row in all_shares for s in row if s is not None]
            top = self.shared_y.update(max(peaks, default=0.0))
        ranges = []
        for item, data, values in zip(self.shown, layers, all_shares, strict=True):
            peak, low, high, lines = 0.0, math.inf, -math.inf, []
            for side, curve in enumerate(item.curves):
                entry = data[side] if side < len(data) else None
                curve.setVisible(entry is not None)
                if entry is None:
                    continue
                hist, caption = entry
                curve.setData(hist.edges, values[side], stepMode="center")
                peak = max(peak, float(values[side].max(initial=0)))
                low, high = min(low, hist.edges[0]), max(high, hist.edges[-1])
                if caption:
                    color = run_color(self.theme, side)
                    lines.append(f'<span style="color:{color}">{caption}</span>')
            if not math.isfinite(low) or not math.isfinite(high):  # no run has this layer
                low, high = 0.0, 1.0
            x_range = padded(nice_bounds(float(low), float(high)))
            y_top = top if share_y else item.y_max.update(peak)
            ranges.append(x_range)
            set_range(item.plot, x_range, (0.0, y_top), x_ticks=3)
            html = "<br>".join(lines)
            if html != item.text_html:
                item.text.setHtml(f'<div style="font-size:9pt">{html}</div>')
                item.text_html = html
            item.text.setPos(x_range[1], y_top)
        self._style_axes(len(set(ranges)) == 1, share_y, value_label)

    def _style_axes(self, uniform_x: bool, share_y: bool, label: str) -> None:
        """Numbers on the bottom row only when every plot has the same x-range; on the
        left column only when the y-axis is shared; the value label on the bottom row."""
        key = (uniform_x, share_y, label)
        if key == self._axes_key:
            return
        self._axes_key = key
        count, columns = len(self.shown), self.columns
        for position, item in enumerate(self.shown):
            bottom_row = position + columns >= count
            left_column = position % columns == 0
            item.plot.getAxis("bottom").setStyle(showValues=bottom_row or not uniform_x)
            item.plot.getAxis("left").setStyle(showValues=left_column or not share_y)
            if bottom_row:
                set_label(item.plot, "bottom", label, self.theme)
            else:
                item.plot.showLabel("bottom", False)

    def _style(self, item: LayerPlot) -> None:
        style_plot(item.plot, self.theme)
        for run, curve in enumerate(item.curves):
            curve.setPen(run_pen(self.theme, run))
        item.text_html = ""


def padded(x_range: tuple[float, float]) -> tuple[float, float]:
    """`x_range` widened by EDGE_PAD of its width on both sides."""
    low, high = x_range
    pad = EDGE_PAD * (high - low)
    return (low - pad, high + pad)
