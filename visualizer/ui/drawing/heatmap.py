"""One ImageItem heat map of per-layer histograms (rows = layers, columns = bins): the
view for deep networks, where one small plot per layer would be unreadable."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from ...core.bins import rebin, shares
from ...core.layer_stats import Histogram
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..theme import Theme, run_color
from .plotting import (
    clear_layout,
    lookup_table,
    new_plot,
    nice_bounds,
    park,
    place,
    set_label,
    set_range,
    set_title,
    style_plot,
)

COMMON_BINS = 60  # columns when layers' edges differ and are re-binned onto one axis


def common_axis(sides: list[list[Histogram]]) -> tuple[float, float, bool]:
    """(low, high, same): the value range covering every histogram, and whether all of
    them already share the same edges (then no re-binning is needed). No histograms (a
    run's evaluation-mode statistics not here yet): (0, 1, True)."""
    hists = [h for side in sides for h in side]
    if not hists:
        return 0.0, 1.0, True
    firsts = np.array([h.edges[0] for h in hists])
    lasts = np.array([h.edges[-1] for h in hists])
    sizes = {len(h.edges) for h in hists}
    low, high = float(firsts.min()), float(lasts.max())
    same = len(sizes) == 1 and np.all(firsts == low) and np.all(lasts == high)
    return low, high, bool(same)


def share_matrix(hists: list[Histogram], low: float, high: float, same: bool) -> np.ndarray:
    """(layers, columns) shares. Unless `same`, each histogram is re-binned onto
    COMMON_BINS columns over [low, high] (`core.bins.rebin`)."""
    if not hists:
        return np.zeros((0, 0))
    if same:
        return shares(np.array([h.counts for h in hists]))
    columns = np.linspace(low, high, COMMON_BINS + 1)
    return shares(np.array([rebin(hist, columns) for hist in hists]))


class HeatMapPlot:
    """A PlotItem holding one ImageItem; layer 1 at the top."""

    def __init__(self) -> None:
        self.plot = new_plot()
        self.plot.invertY(True)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.matrix = np.zeros((0, 0))

    def apply_theme(self, theme: Theme, color: str) -> None:
        style_plot(self.plot, theme)
        self.plot.showGrid(x=False, y=False)
        self.image.setLookupTable(lookup_table(theme, color))

    def show(self, matrix: np.ndarray, low: float, high: float, shared_scale: bool) -> None:
        """Draw `matrix` (layers x columns of shares) over [low, high]; each row scaled to
        its own maximum unless `shared_scale`. An empty matrix clears the plot."""
        self.matrix = matrix
        if not matrix.size:
            self.image.clear()
            return
        n_layers = matrix.shape[0]
        if shared_scale:
            image, top = matrix, max(float(matrix.max(initial=0.0)), 1e-12)
        else:
            peaks = matrix.max(axis=1, keepdims=True)
            image, top = matrix / np.where(peaks > 0, peaks, 1.0), 1.0
        self.image.setImage(image, autoLevels=False, levels=(0.0, top))
        self.image.setRect(QtCore.QRectF(low, 0.5, high - low, n_layers))
        set_range(self.plot, (low, high), (0.5, n_layers + 0.5))


class HeatMapRow:
    """One heat map per run side by side in `graphics`, each on its own value axis (a
    collapsed run stays readable next to a healthy one)."""

    def __init__(self, graphics: pg.GraphicsLayoutWidget) -> None:
        self.graphics = graphics
        self.maps = [HeatMapPlot() for _ in range(MAX_RUNS)]
        for heat in self.maps:
            park(graphics, heat.plot)
        self.key: tuple | None = None  # what the layout shows

    def apply_theme(self, theme: Theme) -> None:
        for run, heat in enumerate(self.maps):
            heat.apply_theme(theme, run_color(theme, run))
        self.key = None

    def draw(
        self,
        hists: list[list[Histogram]],
        labels: tuple[str, str, str],
        share_scale: bool,
        theme: Theme,
    ) -> None:
        """Each run's (layers x bins) shares; `labels`: the value axis, the layer axis, and
        the one plot's title when there is a single run."""
        value, layer, single = labels
        if (len(hists), labels) != self.key:
            self.key = (len(hists), labels)
            clear_layout(self.graphics)
            names = list(RUN_NAMES[: len(hists)]) if len(hists) > 1 else [single]
            for column, name in enumerate(names):
                plot = self.maps[column].plot
                set_title(plot, name, theme)
                set_label(plot, "bottom", value, theme)
                if column == 0:
                    set_label(plot, "left", layer, theme)
                place(self.graphics, plot, 0, column)
        for heat, run in zip(self.maps, hists, strict=False):
            low, high, same = common_axis([run])
            if not same:
                low, high = nice_bounds(low, high)
            heat.show(share_matrix(run, low, high, same), low, high, share_scale)
