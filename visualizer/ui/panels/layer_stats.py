"""Per-layer scalars against depth: where activations drift, gradients vanish or explode,
units die or saturate, and how large each update is relative to the weights."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...core.protocol import Frame
from ...core.runs import MAX_RUNS, run_labels
from ..drawing.base import Panel
from ..drawing.plotting import (
    PAD_DECADES,
    decades,
    drawable,
    fill_legend,
    fixed_range,
    log_range,
    new_plot,
    nice_bounds,
    park,
    pen,
    place,
    run_pen,
    set_label,
    set_log_y,
    set_range,
    set_title,
    style_legend,
    style_plot,
)
from ..drawing.theory_plot import TheoryPlot
from ..theme import Theme, current, run_color

HEALTHY_UPDATE_RATIO = 1e-3
# plot key -> (series: (LayerStats attribute, dashed)), log y
PLOTS = {
    "activation": ((("activation_mean", False), ("activation_std", True)), False),
    "gradient": ((("weight_grad_norm", False),), True),
    "fraction": ((("dead_fraction", False), ("saturated_fraction", True)), False),
    "update": ((("update_ratio", False),), True),
}


class LayerStatsPanel(Panel):
    """Four small plots against layer number 1..L, and below them theory beside
    measurement (theory_plot); every run overlaid in its own colour and line style."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._style_key: list[str] | None = None
        self.graphics = pg.GraphicsLayoutWidget()
        self.plots: dict[str, pg.PlotItem] = {}
        self._curves: dict[tuple[int, str], pg.PlotDataItem] = {}
        for index, (key, (series, log_y)) in enumerate(PLOTS.items()):
            plot = new_plot()
            plot.getAxis("left").setWidth(48)
            set_log_y(plot, log_y)
            self.graphics.addItem(plot, index // 2, index % 2)
            self.plots[key] = plot
            for side in range(MAX_RUNS):
                for attribute, _dashed in series:
                    curve = pg.PlotDataItem(connect="finite", symbolSize=7)
                    plot.addItem(curve)
                    self._curves[side, attribute] = curve
        self.theory = TheoryPlot()
        self.graphics.addItem(self.theory.plot, 2, 0, colspan=2)
        self.side_legend = pg.LegendItem(colCount=2)  # below the plots with several runs
        park(self.graphics, self.side_legend)
        self.reference = pg.InfiniteLine(
            pos=math.log10(HEALTHY_UPDATE_RATIO),
            angle=0,
            label=" ",
            labelOpts={"position": 0.02, "anchors": [(0, 1), (0, 1)]},
        )
        self.plots["update"].addItem(self.reference, ignoreBounds=True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only view for the window and tests ------------------------------------------
    def curve(self, run: int, attribute: str) -> pg.PlotDataItem:
        """The curve of a LayerStats attribute (e.g. "activation_std") for run `run`."""
        return self._curves[run, attribute]

    # commands ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        for plot in self.plots.values():
            style_plot(plot, theme)
        style_legend(self.side_legend, theme)
        self.theory.apply_theme(theme)
        self.reference.setPen(pen(theme.foreground, width=1, dashed=True))
        self.reference.label.setColor(theme.foreground)
        self._style_key = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Layer statistics")
        theme = self._theme
        titles = {
            "activation": self.tr("Mean ● and std □"),
            "gradient": self.tr("Gradient norm ‖dL/dW‖"),
            "fraction": self.tr("Dead ● / saturated □"),
            "update": self.tr("Update / weight"),
        }
        for key, plot in self.plots.items():
            set_title(plot, titles[key], theme)
            set_label(plot, "bottom", self.tr("layer"), theme)
        self.reference.label.setFormat(self.tr("healthy ≈ 1e-3"))
        self.theory.retranslate(
            self.tr("Variance at initialization: theory (lines) and now (● z, □ dL/da)"),
            self.tr("layer"),
            theme,
        )
        self._style_key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _restyle(self, labels: list[str]) -> None:
        """Pens by run (colour and line style; one run: dashed for the second series) and
        symbols by series (filled circles, hollow squares); the run legend below the plots
        only with several runs."""
        theme, compare = self._theme, len(labels) > 1
        for series, _log in PLOTS.values():
            for run in range(MAX_RUNS):
                color = run_color(theme, run)
                for attribute, dashed in series:
                    curve = self._curves[run, attribute]
                    curve.setPen(run_pen(theme, run) if compare else pen(color, dashed=dashed))
                    curve.setSymbol("s" if dashed else "o")
                    curve.setSymbolPen(pg.mkPen(color, width=1.5))
                    curve.setSymbolBrush(theme.background if dashed else color)
        in_layout = self.side_legend in self.graphics.ci.items
        if compare:
            fill_legend(
                self.side_legend,
                [
                    (self._curves[run, "weight_grad_norm"], label)
                    for run, label in enumerate(labels)
                ],
            )
            if not in_layout:
                place(self.graphics, self.side_legend, 3, 0, colspan=2)
                self.graphics.ci.layout.setAlignment(
                    self.side_legend, QtCore.Qt.AlignmentFlag.AlignHCenter
                )
        elif in_layout:
            self.graphics.removeItem(self.side_legend)
            park(self.graphics, self.side_legend)

    def _redraw(self) -> None:
        frame = self._frame
        if frame is None:
            return
        sides = frame.runs
        labels = run_labels([run.config for run in sides])
        if labels != self._style_key:
            self._style_key = labels
            self._restyle(labels)
        depth = max(len(s.layers) for s in sides)
        values: dict[str, list[np.ndarray]] = {key: [] for key in PLOTS}
        for side in range(MAX_RUNS):
            snapshot = sides[side] if side < len(sides) else None
            for key, (series, log_y) in PLOTS.items():
                for attribute, _dashed in series:
                    curve = self._curves[side, attribute]
                    y = np.array([], dtype=float)
                    if snapshot is not None:
                        y = drawable([getattr(s, attribute) for s in snapshot.layers], log_y)
                        values[key].append(y)
                    shown = not np.all(np.isnan(y))  # NaN (e.g. no update yet) is skipped
                    curve.setVisible(shown)
                    if shown:
                        curve.setData(np.arange(1, len(y) + 1), y)
        self.theory.draw(sides, depth, self.tr("{run}: the theory does not apply here: {reason}"))
        x_range = (0.5, depth + 0.5)
        for key, plot in self.plots.items():
            if fixed_range(plot)[0] != x_range:
                plot.getAxis("bottom").setTicks(layer_ticks(depth))
            y = np.concatenate(values[key]) if values[key] else np.array([np.nan])
            if key == "fraction":
                y_range = (-0.04, 1.04)
            elif PLOTS[key][1]:
                shown = (-4, -2) if key == "update" else None  # the healthy 1e-3 in view
                y_range = log_range(plot, *decades(y, (-4, 0), shown), PAD_DECADES)
            else:
                finite = y[np.isfinite(y)]
                low, high = (finite.min(), finite.max()) if finite.size else (0.0, 1.0)
                low, high = nice_bounds(min(float(low), 0.0), float(high))
                pad = 0.04 * (high - low)  # room for the symbols at the ends
                y_range = (low - pad, high + pad)
            set_range(plot, x_range, y_range)


def layer_ticks(depth: int) -> list[list[tuple[float, str]]]:
    """Layer numbers: every layer for shallow nets, else 1 and every 2nd/5th/10th."""
    every = next(k for k in (1, 2, 5, 10) if depth / k <= 12)
    marks = [1, *range(every, depth + 1, every)] if every > 1 else range(1, depth + 1)
    return [[(float(n), str(n)) for n in dict.fromkeys(marks)], []]
