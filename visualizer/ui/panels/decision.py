"""The decision map of a 2D classification dataset: the predicted class on a grid, coloured
by class and faded where the network is unsure, with the training points (filled) and the
test points (hollow) on top. A 1D regression shows its fit instead: the points (x, target)
and the network's curve through them."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ...core.protocol import DecisionMap, Extra, FitCurve, Frame, RunData, Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..drawing.base import Panel
from ..drawing.plotting import (
    new_plot,
    pen,
    set_range,
    set_title,
    short_number,
    style_legend,
    style_plot,
)
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current

LEVELS = 16  # confidence steps in the colour table
ALPHA_RANGE = {"light": (0.06, 0.45), "dark": (0.1, 0.6)}
"""Class colour's weight over the background, unsure -> sure (pastel, so points show)."""
POINT_SIZE = 7


def color_table(theme: Theme, n_classes: int) -> np.ndarray:
    """(n_classes * LEVELS, 4) uint8: entry k * LEVELS + l is class k's colour blended over
    the background with weight rising with confidence level l."""
    background = np.array(QtGui.QColor(theme.background).getRgb()[:3], dtype=float)
    low, high = ALPHA_RANGE.get(theme.name, ALPHA_RANGE["light"])
    weights = np.linspace(low, high, LEVELS)[:, None]
    rows = []
    for k in range(n_classes):
        color = np.array(QtGui.QColor(class_color(theme, k)).getRgb()[:3], dtype=float)
        rgb = background * (1 - weights) + color * weights
        rows.append(np.column_stack([rgb, np.full(LEVELS, 255.0)]))
    return np.round(np.concatenate(rows)).astype(np.uint8)


def class_color(theme: Theme, k: int) -> str:
    return theme.palette[k % len(theme.palette)]


def table_index(decision: DecisionMap, n_classes: int) -> np.ndarray:
    """Index into `color_table` per grid cell: class and confidence level."""
    floor = 1.0 / max(n_classes, 1)
    sure = (np.nan_to_num(decision.confidence) - floor) / max(1.0 - floor, 1e-9)
    level = np.round(np.clip(sure, 0.0, 1.0) * (LEVELS - 1)).astype(np.int64)
    classes = np.clip(decision.classes, 0, max(n_classes - 1, 0))
    return classes * LEVELS + level


class MapPlot:
    """One run: the map image, the train and test scatters, a legend."""

    def __init__(self) -> None:
        self.area = PlotOrMessage()
        self.plot = new_plot()
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem(axisOrder="row-major")  # row = y index
        self.train = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.test = pg.ScatterPlotItem(size=POINT_SIZE + 2, pxMode=True, symbol="o")
        self.fit = pg.PlotDataItem()  # a 1D regression's curve
        for item in (self.image, self.train, self.test, self.fit):
            self.plot.addItem(item)
        self.legend = pg.LegendItem(offset=(-8, 8))
        self.legend.setParentItem(self.plot.vb)
        # The legend's swatches: empty, but inside the plot so that the scene owns them
        # (items outside any scene crash the garbage collector, see `plotting.park`).
        self.sample_train = pg.ScatterPlotItem(symbol="o")
        self.sample_test = pg.ScatterPlotItem(symbol="o", brush=None)
        for sample in (self.sample_train, self.sample_test):
            self.plot.vb.addItem(sample, ignoreBounds=True)
        self.area.graphics.addItem(self.plot)
        self.points_key: tuple | None = None  # (run_id, theme) of the points drawn
        self.classes = np.zeros((0, 0), dtype=np.int64)
        self.rgba = np.zeros((0, 0, 4), dtype=np.uint8)
        self.rect: tuple | None = None


class DecisionPanel(Panel):
    extras = frozenset({Extra.DECISION})

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._points: dict[int, RunData] = {}
        self._tables: dict[tuple, np.ndarray] = {}
        self._maps = [MapPlot() for _ in range(MAX_RUNS)]
        self._grid = QtWidgets.QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(2)
        for item in self._maps:
            item.area.setParent(self)  # owned (and deleted) with the panel
            item.area.setVisible(False)
            item.legend.setVisible(False)
        self._shown = 0
        self.retranslate()
        self.apply_theme(self._theme)

    def set_run_data(self, data: dict[int, RunData]) -> None:
        self._points = data
        self._redraw()

    # read-only hooks ------------------------------------------------------------------
    def side_count(self) -> int:
        """Runs drawn."""
        return self._shown

    def class_image(self, side: int = 0) -> np.ndarray:
        """The (resolution, resolution) predicted classes drawn (row = y index)."""
        return self._maps[side].classes

    def rgba_image(self, side: int = 0) -> np.ndarray:
        """The (resolution, resolution, 4) colours drawn."""
        return self._maps[side].rgba

    def point_counts(self, side: int = 0) -> tuple[int, int]:
        """(train, test) points drawn."""
        item = self._maps[side]
        return len(item.train.data), len(item.test.data)

    def fit_curve(self, side: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """The (x, y) of the fitted curve drawn (empty for a classification)."""
        x, y = self._maps[side].fit.getData()
        return (np.asarray(x), np.asarray(y)) if x is not None else (np.zeros(0), np.zeros(0))

    def message(self, side: int = 0) -> str:
        return self._maps[side].area.message()

    def colors(self, n_classes: int) -> np.ndarray:
        """The colour table in use for `n_classes` (see `color_table`)."""
        return self._table(n_classes)

    # commands -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._tables.clear()
        for item in self._maps:
            item.area.apply_theme(theme)
            style_plot(item.plot, theme)
            item.plot.showGrid(x=False, y=False)
            style_legend(item.legend, theme)
            item.points_key = None
        self._redraw()

    def retranslate(self) -> None:
        self.title = self.tr("Decision boundary")
        for item in self._maps:
            item.points_key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self._frame is None:
            return
        snaps = self._frame.runs
        if len(snaps) != self._shown:
            self._place(len(snaps))
        for side, snap in enumerate(snaps):
            self._draw_side(self._maps[side], snap, side, len(snaps) > 1)

    def _place(self, count: int) -> None:
        """One map per run: in a row for two, two by two for three or four."""
        self._shown = count
        for side, item in enumerate(self._maps):
            self._grid.removeWidget(item.area)
            item.area.setVisible(side < count)
            item.legend.setVisible(side < count)  # see activation_curve._hide_legend
            if side < count:
                row, column = divmod(side, 2) if count > 2 else (0, side)
                self._grid.addWidget(item.area, row, column)

    def _draw_side(self, item: MapPlot, snap: Snapshot, side: int, compare: bool) -> None:
        fit = snap.n_classes == 0 and snap.n_features == 1
        if not fit and (snap.n_features != 2 or not snap.n_classes):
            item.area.show_message(
                self.tr(
                    "The decision boundary needs a 2D dataset: choose spiral, moons, "
                    "circles, xor or blobs (or sine for a fitted curve)"
                )
            )
            return
        decision = snap.decision
        data = self._points.get(snap.run_id)
        if decision is None or data is None:
            item.area.show_message(self.tr("Waiting for the decision map…"))
            return
        item.area.show_plot()
        item.image.setVisible(not fit)
        item.fit.setVisible(fit)
        item.plot.setAspectLocked(not fit)
        if isinstance(decision, FitCurve):
            title = self._draw_fit(item, decision, data, snap)
        else:
            title = self._draw_map(item, decision, data, snap)
        if compare:
            title = f"{RUN_NAMES[side]} · {title}"
        set_title(item.plot, title, self._theme)

    def _draw_fit(self, item: MapPlot, fit: FitCurve, data: RunData, snap: Snapshot) -> str:
        """The points (x, target) and the network's curve, over the points' box; the title."""
        item.fit.setData(fit.x, fit.y, connect="finite")
        item.fit.setPen(pen(self._theme.foreground, width=2.5))
        if item.points_key != (data.run_id, self._theme.name):
            item.points_key = (data.run_id, self._theme.name)
            self._fit_points(item, data)
            targets = np.concatenate([data.y_train, data.y_test])
            x = np.concatenate([data.x_train[:, 0], data.x_test[:, 0]])
            pad_x, pad_y = 0.05 * np.ptp(x) + 1e-6, 0.1 * np.ptp(targets) + 1e-6
            item.rect = None
            set_range(
                item.plot,
                (float(x.min() - pad_x), float(x.max() + pad_x)),
                (float(targets.min() - pad_y), float(targets.max() + pad_y)),
            )
        loss = snap.history["test_loss"]
        return self.tr("test loss {0}").format(short_number(float(loss[-1])) if len(loss) else "–")

    def _fit_points(self, item: MapPlot, data: RunData) -> None:
        theme = self._theme
        color = class_color(theme, 0)
        item.train.setData(
            x=data.x_train[:, 0],
            y=data.y_train,
            brush=pg.mkBrush(color),
            pen=pg.mkPen(theme.foreground, width=1),
            symbol="o",
        )
        item.test.setData(
            x=data.x_test[:, 0],
            y=data.y_test,
            brush=pg.mkBrush(None),
            pen=pg.mkPen(color, width=2.5),
            symbol="o",
        )
        self._fill_legend(item)

    def _draw_map(self, item: MapPlot, decision: DecisionMap, data: RunData, snap: Snapshot) -> str:
        """The class map and the points; the title."""
        index = table_index(decision, snap.n_classes)
        item.classes = decision.classes
        item.rgba = self._table(snap.n_classes)[index]
        item.image.setImage(item.rgba, autoLevels=False, levels=(0, 255))
        rect = _pixel_rect(decision)
        if rect != item.rect:
            item.rect = rect
            item.image.setRect(QtCore.QRectF(*rect))
            set_range(item.plot, (rect[0], rect[0] + rect[2]), (rect[1], rect[1] + rect[3]))
        self._draw_points(item, data)
        return self.tr("test accuracy {0}").format(_percent(snap.history["test_accuracy"]))

    def _draw_points(self, item: MapPlot, data: RunData) -> None:
        key = (data.run_id, self._theme.name)
        if key == item.points_key:
            return
        item.points_key = key
        theme = self._theme
        n_classes = int(max(data.y_train.max(initial=0), data.y_test.max(initial=0))) + 1
        edge = pg.mkPen(theme.foreground, width=1)
        brushes = [pg.mkBrush(class_color(theme, k)) for k in range(n_classes)]
        pens = [pg.mkPen(class_color(theme, k), width=2.5) for k in range(n_classes)]
        item.train.setData(
            pos=data.x_train,
            brush=[brushes[k] for k in data.y_train],
            pen=edge,
            symbol="o",
        )
        item.test.setData(
            pos=data.x_test,
            brush=pg.mkBrush(None),
            pen=[pens[k] for k in data.y_test],
            symbol="o",
        )
        self._fill_legend(item)

    def _fill_legend(self, item: MapPlot) -> None:
        theme = self._theme
        item.sample_train.setBrush(theme.foreground)
        item.sample_train.setPen(pg.mkPen(theme.foreground, width=1))
        item.sample_test.setPen(pg.mkPen(theme.foreground))
        item.legend.clear()
        item.legend.addItem(item.sample_train, self.tr("train"))
        item.legend.addItem(item.sample_test, self.tr("test"))

    def _table(self, n_classes: int) -> np.ndarray:
        key = (self._theme.name, n_classes)
        if key not in self._tables:
            self._tables[key] = color_table(self._theme, n_classes)
        return self._tables[key]


def _pixel_rect(decision: DecisionMap) -> tuple[float, float, float, float]:
    """The image's rectangle: grid points are pixel centres, so extend by half a pixel."""
    rows, columns = decision.classes.shape
    (x0, x1), (y0, y1) = decision.x_range, decision.y_range
    dx = (x1 - x0) / max(columns - 1, 1)
    dy = (y1 - y0) / max(rows - 1, 1)
    return (x0 - dx / 2, y0 - dy / 2, dx * columns, dy * rows)


def _percent(values: np.ndarray) -> str:
    if not len(values) or not np.isfinite(values[-1]):
        return "–"
    return f"{100 * float(values[-1]):.0f}%"
