"""Batch norm's learned parameters by layer: the scale gamma and the shift beta of
y = gamma xhat + beta, each layer's mean over its units (a bar: ± one std), against where
every run starts (gamma = 1, beta = 0). Training moves them away from there, a little
where normalized activations suit the next layer and more where they do not."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core.protocol import Frame
from ...core.runs import MAX_RUNS, run_labels
from ..drawing.base import Panel
from ..drawing.plotting import (
    fill_legend,
    new_plot,
    nice_bounds,
    pen,
    run_pen,
    set_label,
    set_range,
    set_title,
    style_legend,
    style_plot,
)
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current, run_color

# plot key -> (LayerStats mean attribute, std attribute, value at initialization)
PARAMETERS = {"gamma": ("gamma_mean", "gamma_std", 1.0), "beta": ("beta_mean", "beta_std", 0.0)}


class BatchNormPanel(Panel):
    """Two plots against layer number, γ above β; every run with batch norm in its colour
    and line style."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self.area = PlotOrMessage(self)
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[tuple[int, str], pg.PlotDataItem] = {}
        self.bars: dict[tuple[int, str], pg.ErrorBarItem] = {}
        self.starts: dict[str, pg.InfiniteLine] = {}
        for row, (key, (_mean, _std, start)) in enumerate(PARAMETERS.items()):
            plot = new_plot()
            self.starts[key] = pg.InfiniteLine(pos=start, angle=0)
            plot.addItem(self.starts[key], ignoreBounds=True)
            for run in range(MAX_RUNS):
                self.bars[run, key] = pg.ErrorBarItem(beam=0.15)
                self.curves[run, key] = pg.PlotDataItem(symbolSize=7, symbol="o")
                plot.addItem(self.bars[run, key])
                plot.addItem(self.curves[run, key])
            self.area.graphics.addItem(plot, row, 0)  # one above the other: a side tab
            self.plots[key] = plot
        self.legend = pg.LegendItem(offset=(-8, 8))
        self.legend.setParentItem(self.plots["gamma"].vb)
        self._legend_key: tuple | None = None  # the labels the legend shows
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def values(self, run: int, key: str) -> np.ndarray:
        """The per-layer means drawn for run `run` ("gamma" or "beta"); empty when none."""
        curve = self.curves[run, key]
        return curve.yData if curve.isVisible() and curve.yData is not None else np.array([])

    def message(self) -> str:
        return self.area.message()

    # commands -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.area.apply_theme(theme)
        for plot in self.plots.values():
            style_plot(plot, theme)
        for line in self.starts.values():
            line.setPen(pen(theme.foreground, width=1, dashed=True))
        style_legend(self.legend, theme)
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Batch norm γ, β")
        titles = {
            "gamma": self.tr("Scale γ (mean ± std over units; dashed: start)"),
            "beta": self.tr("Shift β (mean ± std over units; dashed: start)"),
        }
        for key, plot in self.plots.items():
            set_title(plot, titles[key], self._theme)
            set_label(plot, "bottom", self.tr("layer"), self._theme)
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        frame = self._frame
        if frame is None:
            return
        runs = frame.runs
        if not any(snap.config.batch_norm for snap in runs):
            self.area.show_message(
                self.tr("No run uses batch normalization: turn it on to see its learned γ and β")
            )
            return
        self.area.show_plot()
        labels, theme, depth = run_labels([s.config for s in runs]), self._theme, 1
        values: dict[str, list[np.ndarray]] = {key: [] for key in PARAMETERS}
        for run in range(MAX_RUNS):
            snap = runs[run] if run < len(runs) else None
            shown = snap is not None and snap.config.batch_norm
            for key, (mean_name, std_name, _start) in PARAMETERS.items():
                curve, bar = self.curves[run, key], self.bars[run, key]
                curve.setVisible(shown)
                bar.setVisible(shown)
                if not shown:
                    continue
                means = np.array([getattr(s, mean_name) for s in snap.layers], dtype=float)
                stds = np.array([getattr(s, std_name) for s in snap.layers], dtype=float)
                layers = np.arange(1, len(means) + 1, dtype=float)
                color = run_color(theme, run)
                curve.setData(layers, means)
                curve.setPen(run_pen(theme, run))
                curve.setSymbolBrush(color)
                curve.setSymbolPen(pg.mkPen(color))
                bar.setData(x=layers, y=means, height=2 * np.nan_to_num(stds), pen=pen(color))
                values[key] += [means - stds, means + stds]
                depth = max(depth, len(means))
        named = tuple((run, labels[run]) for run, s in enumerate(runs) if s.config.batch_norm)
        if named != self._legend_key:
            self._legend_key = named
            fill_legend(self.legend, [(self.curves[run, "gamma"], label) for run, label in named])
        self.legend.setVisible(len(runs) > 1)
        for key, plot in self.plots.items():
            ends = np.concatenate([*values[key], [PARAMETERS[key][2]]])
            finite = ends[np.isfinite(ends)]
            low, high = nice_bounds(float(finite.min()), float(finite.max()))
            pad = 0.05 * (high - low or 1.0)
            set_range(plot, (0.5, depth + 0.5), (low - pad, high + pad))
