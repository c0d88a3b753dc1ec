"""One side of the activation-curve view: f and f' from the registry on a z grid (cached),
the saturation zones as the core defines them, and a plot with a twin view for the z
histogram. Not a panel."""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui

from ...core import activations
from ...core.saturation import saturation_zones
from ..theme import Theme
from .plotting import StickyMax, new_plot, nice_bounds, set_range, tick_font

GRID_POINTS = 601
Y_WINDOW = 4.0  # the y range covers f and f' for |z| <= this


@lru_cache(maxsize=64)
def curve(name: str, alpha: float | None, half_width: float) -> tuple[np.ndarray, ...]:
    """(z, f(z), f'(z)) on the grid, and the visible part of the saturation zones (the ones
    the layer statistics count, core.saturation) as an (n, 2) array of [lo, hi].

    Evaluating a formula for display (601 points), cached per (activation, alpha, range)."""
    act = activations.create(name, alpha)
    act.training = False  # rrelu: the mean slope
    z = np.linspace(-half_width, half_width, GRID_POINTS)
    with np.errstate(all="ignore"):
        f = np.asarray(act.function(z), dtype=np.float64)
        df = np.broadcast_to(np.asarray(act.derivative(z), dtype=np.float64), z.shape).copy()
    zones = np.clip(saturation_zones(name, alpha), -half_width, half_width)
    zones = zones[zones[:, 0] < zones[:, 1]]
    for array in (z, f, df, zones):
        array.flags.writeable = False
    return z, f, df, zones


class CurvePlot:
    """One side: curves in the plot's view, the histogram and zones in a twin view behind
    them with its own (right) axis of shares."""

    def __init__(self) -> None:
        self.plot = new_plot()
        self.plot.getAxis("left").setWidth(44)
        self.plot.showAxis("right")
        right = self.plot.getAxis("right")
        right.setTickFont(tick_font())
        right.enableAutoSIPrefix(False)
        self.hist_view = pg.ViewBox(enableMouse=False, enableMenu=False)
        self.hist_view.enableAutoRange(enable=False)
        self.hist_view.setParentItem(self.plot)
        self.hist_view.setZValue(self.plot.vb.zValue() - 1)
        self.hist_view.setXLink(self.plot.vb)
        self.plot.getAxis("right").linkToView(self.hist_view)
        self.plot.vb.sigResized.connect(self._fit)
        self.hist = pg.PlotDataItem(stepMode="center", fillLevel=0.0)
        self.hist_view.addItem(self.hist)
        self.zones: list[pg.LinearRegionItem] = []
        self.f = pg.PlotDataItem()
        self.df = pg.PlotDataItem()
        self.plot.addItem(self.f)
        self.plot.addItem(self.df)
        self.legend = pg.LegendItem(offset=(8, 8))
        self.legend.setParentItem(self.plot.vb)
        # The legend's swatch only: empty, but inside the plot so that the scene owns it
        # (items outside any scene crash the garbage collector, see `plotting.park`).
        self.zone_sample = pg.PlotDataItem(fillLevel=0.0)
        self.hist_view.addItem(self.zone_sample, ignoreBounds=True)
        self.share_text: str | None = None
        self.saturated = float("nan")
        self.hist_top = StickyMax()
        self.z_half = StickyMax(low_share=0.3)
        self.hist_range: tuple | None = None
        self.zone_data = np.zeros((0, 2))
        self.hist_data = (np.zeros(0), np.zeros(0))
        self.key: tuple | None = None

    def _fit(self) -> None:
        self.hist_view.setGeometry(self.plot.vb.geometry())

    def zone(self, index: int, theme: Theme) -> pg.LinearRegionItem:
        while len(self.zones) <= index:
            item = pg.LinearRegionItem(movable=False, pen=pg.mkPen(None))
            item.setZValue(-10)
            self.hist_view.addItem(item)
            self.zones.append(item)
            self.color_zone(item, theme)
        return self.zones[index]

    @staticmethod
    def color_zone(item: pg.LinearRegionItem, theme: Theme) -> None:
        color = QtGui.QColor(theme.warning)
        color.setAlpha(45)
        item.setBrush(color)
        item.setHoverBrush(color)

    def show_curve(self, name: str, alpha: float | None, half: float, theme: Theme) -> None:
        """f, f' and the shaded zones of activation `name` over [-half, half]."""
        self.plot.showAxis("left", True)
        z, f, df, zones = curve(name, alpha, half)
        self.f.setData(z, f)
        self.df.setData(z, df)
        self.zone_data = zones
        for index, (lo, hi) in enumerate(zones):
            zone = self.zone(index, theme)
            zone.setRegion((lo, hi))
            zone.setVisible(True)
        for zone in self.zones[len(zones) :]:
            zone.setVisible(False)
        window = np.abs(z) <= Y_WINDOW
        low = min(0.0, float(np.nanmin(f[window])), float(np.nanmin(df[window])))
        high = max(1.0, float(np.nanmax(f[window])), float(np.nanmax(df[window])))
        set_range(self.plot, None, nice_bounds(low * 1.05, high * 1.05))

    def hide_curve(self) -> None:
        """No single curve (maxout): only the histogram stays."""
        self.f.setData([], [])
        self.df.setData([], [])
        self.zone_data = np.zeros((0, 2))
        for zone in self.zones:
            zone.setVisible(False)
        set_range(self.plot, None, (0.0, 1.0))
        self.plot.showAxis("left", False)
