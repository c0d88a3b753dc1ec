"""The input cloud of a 2D dataset at each preprocessing stage, side by side as in CS231n's
figure: raw, centred (x - μ), decorrelated (rotated onto the principal axes) and whitened
(each axis scaled to variance 1). The points come transformed from the training process
(`RunData.stages`); each picture's title names the runs that train on it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core.keys import INPUT_CLOUD_STAGES as STAGES
from ...core.protocol import Frame, RunData
from ...core.runs import RUN_NAMES
from ..drawing.base import Panel
from ..drawing.plotting import new_plot, pen, set_title, style_plot
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current

POINT_SIZE = 5
PAD = 0.08  # share of the larger side added around the points


class InputCloudPanel(Panel):
    """Four plots of the first run with 2D data points; the origin's axes drawn in each."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._points: dict[int, RunData] = {}
        self._drawn: tuple | None = None  # (run_id, theme) of the points drawn
        self.area = PlotOrMessage(self)
        self.plots: list[pg.PlotItem] = []
        self.scatters: list[pg.ScatterPlotItem] = []
        self.origin_lines: list[pg.InfiniteLine] = []
        for column in range(len(STAGES)):
            plot = new_plot()
            plot.setAspectLocked(True)
            for angle in (0, 90):
                line = pg.InfiniteLine(pos=0.0, angle=angle)
                plot.addItem(line, ignoreBounds=True)
                self.origin_lines.append(line)
            scatter = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True, symbol="o")
            plot.addItem(scatter)
            self.area.graphics.addItem(plot, 0, column)
            self.plots.append(plot)
            self.scatters.append(scatter)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        self.retranslate()
        self.apply_theme(self._theme)

    def set_run_data(self, data: dict[int, RunData]) -> None:
        self._points = data
        self._redraw()

    # read-only hooks ------------------------------------------------------------------
    def points(self, stage: int) -> np.ndarray:
        """The (n, 2) points drawn in picture `stage` (STAGES order)."""
        x, y = self.scatters[stage].getData()
        return np.column_stack([x, y])

    def titles(self) -> list[str]:
        return [plot.titleLabel.text for plot in self.plots]

    def message(self) -> str:
        return self.area.message()

    # commands -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.area.apply_theme(theme)
        for plot in self.plots:
            style_plot(plot, theme)
        for line in self.origin_lines:
            line.setPen(pen(theme.foreground, width=1, dashed=True))
        self._drawn = None
        self._redraw()

    def retranslate(self) -> None:
        self.title = self.tr("Input cloud")
        self._names = {
            "none": self.tr("Raw"),
            "center": self.tr("Centred"),
            "pca": self.tr("Decorrelated (PCA)"),
            "whiten": self.tr("Whitened"),
        }
        self._drawn = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self._frame is None:
            return
        runs = self._frame.runs
        shown = next((self._points.get(s.run_id) for s in runs if s.run_id in self._points), None)
        if shown is None or not shown.stages:
            self._drawn = None
            self.area.show_message(
                self.tr("The input cloud needs a 2D dataset: choose tilted, moons or blobs")
            )
            return
        self.area.show_plot()
        key = (shown.run_id, self._theme.name, tuple(s.config.preprocess for s in runs))
        if key == self._drawn:
            return
        self._drawn = key
        trained_on = {stage: [] for stage in STAGES}
        for index, snap in enumerate(runs):  # runs on the same data as read, by stage
            data = self._points.get(snap.run_id)
            same = data is not None and bool(data.stages)  # a 1D regression has none
            same = same and np.array_equal(data.stages[0], shown.stages[0])
            if same and snap.config.preprocess in trained_on:
                trained_on[snap.config.preprocess].append(RUN_NAMES[index])
        palette = self._theme.palette
        brushes = [pg.mkBrush(palette[k % len(palette)]) for k in range(shown.y_train.max() + 1)]
        edge = pg.mkPen(self._theme.background, width=0.5)
        for stage, plot, scatter, points in zip(
            STAGES, self.plots, self.scatters, shown.stages, strict=True
        ):
            scatter.setData(pos=points, brush=[brushes[k] for k in shown.y_train], pen=edge)
            names = trained_on[stage]
            title = self._names[stage] + (f" · {', '.join(names)}" if names else "")
            set_title(plot, title, self._theme)
            x_range, y_range = _around_origin(points)
            plot.vb.setRange(xRange=x_range, yRange=y_range, padding=0)


def _around_origin(points: np.ndarray) -> tuple[tuple[float, float], tuple[float, float]]:
    """x and y ranges holding the points and the origin, padded."""
    low = np.minimum(points.min(axis=0, initial=0.0), 0.0)
    high = np.maximum(points.max(axis=0, initial=0.0), 0.0)
    pad = PAD * float(np.max(high - low)) + 1e-6
    return (float(low[0] - pad), float(high[0] + pad)), (float(low[1] - pad), float(high[1] + pad))
