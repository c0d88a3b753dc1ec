"""The path of two weights of one unit over the recent steps (`core.weight_path`): w1
against w2, each step coloured by the signs of its two gradients, as in the network
diagram (blue both > 0, orange both < 0) and grey when they differ. With all-positive
inputs (sigmoid's outputs) no step is grey: the weights zig-zag up-right and down-left."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core import weight_path
from ...core.protocol import Extra, Frame, Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..drawing.base import Panel
from ..drawing.plotting import blend, new_plot, set_label, set_range, set_title, style_plot
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current, run_color

KINDS = (weight_path.POSITIVE, weight_path.NEGATIVE, weight_path.OPPOSITE)
PATH_WIDTH = 2
MARK_SIZE = 11


class PathPlot:
    """One run: a curve of disjoint segments per kind of step, the start and the end."""

    def __init__(self) -> None:
        self.area = PlotOrMessage()
        self.plot = new_plot()
        self.plot.setAspectLocked(True)  # a step up-right looks like one
        self.segments = {kind: pg.PlotCurveItem(connect="pairs") for kind in KINDS}
        for curve in self.segments.values():
            curve.setSegmentedLineMode("on")
            self.plot.addItem(curve)
        self.ends = pg.ScatterPlotItem(pxMode=True)
        self.plot.addItem(self.ends)
        self.area.graphics.addItem(self.plot)
        self.opposite_share = float("nan")
        self.steps_shown = 0


class WeightPathPanel(Panel):
    extras = frozenset({Extra.PATH})

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._plots = [PathPlot() for _ in range(MAX_RUNS)]
        self.key_label = QtWidgets.QLabel()
        self.key_label.setWordWrap(True)
        self.key_label.setContentsMargins(6, 2, 6, 2)
        self._grid = QtWidgets.QGridLayout()
        self._grid.setSpacing(2)
        for item in self._plots:
            item.area.setParent(self)  # owned (and deleted) with the panel
            item.area.setVisible(False)
        self._shown = 0
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.key_label)
        layout.addLayout(self._grid, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def side_count(self) -> int:
        return self._shown

    def message(self, side: int = 0) -> str:
        return self._plots[side].area.message()

    def opposite_share(self, side: int = 0) -> float:
        """The share of drawn steps whose two gradients had opposite signs."""
        return self._plots[side].opposite_share

    def segment_count(self, side: int = 0, kind: int = weight_path.OPPOSITE) -> int:
        """Steps of one kind drawn (two points each)."""
        xs = self._plots[side].segments[kind].getData()[0]
        return 0 if xs is None else len(xs) // 2

    # commands -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        positive, negative = theme.signs
        grey = blend(theme.foreground, theme.background, 0.45)
        colors = {
            weight_path.POSITIVE: pg.mkPen(positive, width=PATH_WIDTH),
            weight_path.NEGATIVE: pg.mkPen(negative, width=PATH_WIDTH),
            weight_path.OPPOSITE: pg.mkPen(grey, width=PATH_WIDTH),
        }
        for item in self._plots:
            item.area.apply_theme(theme)
            style_plot(item.plot, theme)
            for kind, curve in item.segments.items():
                curve.setPen(colors[kind])
        self._describe()
        self._redraw()

    def retranslate(self) -> None:
        self.title = self.tr("Weight path")
        for item in self._plots:
            set_label(item.plot, "bottom", self.tr("w₁ (from unit 1 of layer 1)"), self._theme)
            set_label(item.plot, "left", self.tr("w₂ (from unit 2 of layer 1)"), self._theme)
        self._describe()
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _describe(self) -> None:
        positive, negative = self._theme.signs
        text = self.tr(
            "Two weights into one unit (ringed in the Network view), one line per step, "
            'coloured by their gradients: <span style="color:{0}">blue: both dL/dw &gt; 0, '
            'both fall</span>; <span style="color:{1}">orange: both &lt; 0, both rise</span>; '
            "grey: opposite signs. ○ start, ● now."
        )
        self.key_label.setText(text.format(positive, negative))

    def _redraw(self) -> None:
        if self._frame is None:
            return
        snaps = self._frame.runs
        if len(snaps) != self._shown:
            self._place(len(snaps))
        for side, snap in enumerate(snaps):
            self._draw_side(self._plots[side], snap, side, len(snaps) > 1)

    def _place(self, count: int) -> None:
        """One plot per run: in a row for two, two by two for three or four."""
        self._shown = count
        for side, item in enumerate(self._plots):
            self._grid.removeWidget(item.area)
            item.area.setVisible(side < count)
            if side < count:
                row, column = divmod(side, 2) if count > 2 else (0, side)
                self._grid.addWidget(item.area, row, column)

    def _draw_side(self, item: PathPlot, snap: Snapshot, side: int, compare: bool) -> None:
        path = snap.weight_path
        if path is None:
            if snap.config.width <= max(weight_path.INPUTS):
                text = self.tr("Layer 1 has a single unit: there are no two weights to follow")
            else:
                text = self.tr("Waiting for the weight path…")
            item.area.show_message(text)
            return
        if len(path.steps) == 0:
            item.area.show_message(
                self.tr("The path is kept for the last {0} steps only").format(
                    weight_path.KEPT_STEPS
                )
            )
            return
        item.area.show_plot()
        kinds = path.kinds()
        item.opposite_share = path.opposite_share()
        item.steps_shown = kinds.size
        starts, ends = path.weights[:-1], path.weights[1:]
        for kind, curve in item.segments.items():
            chosen = kinds == kind
            pairs = np.empty((2 * int(chosen.sum()), 2))
            pairs[0::2], pairs[1::2] = starts[chosen], ends[chosen]
            finite = np.all(np.isfinite(pairs.reshape(-1, 4)), axis=1).repeat(2)
            curve.setData(pairs[finite, 0], pairs[finite, 1])
        self._mark_ends(item, path.weights, side)
        self._fit(item, path.weights)
        self._set_title(item, snap, side, compare)

    def _mark_ends(self, item: PathPlot, weights: np.ndarray, side: int) -> None:
        """○ at the first point, ● in the run's colour at the newest (finite ones only)."""
        ends = weights[[0, -1]]
        finite = np.all(np.isfinite(ends), axis=1)
        brushes = [pg.mkBrush(self._theme.background), pg.mkBrush(run_color(self._theme, side))]
        item.ends.setData(
            ends[finite, 0],
            ends[finite, 1],
            size=MARK_SIZE,
            brush=[brush for brush, keep in zip(brushes, finite, strict=True) if keep],
            pen=pg.mkPen(self._theme.foreground, width=1.5),
        )

    @staticmethod
    def _fit(item: PathPlot, weights: np.ndarray) -> None:
        finite = weights[np.all(np.isfinite(weights), axis=1)]
        if not len(finite):
            return
        low, high = finite.min(axis=0), finite.max(axis=0)
        pad = max(float((high - low).max()) * 0.08, 1e-3)
        set_range(
            item.plot, (low[0] - pad, high[0] + pad), (low[1] - pad, high[1] + pad)
        )  # aspect locked: the shorter side widens

    def _set_title(self, item: PathPlot, snap: Snapshot, side: int, compare: bool) -> None:
        unit = self.tr("unit 1 of layer 2") if snap.config.depth >= 2 else self.tr("output unit 1")
        share = item.opposite_share
        text = self.tr("{0}: opposite signs in {1} of {2} steps").format(
            unit, "–" if np.isnan(share) else f"{share:.0%}", item.steps_shown
        )
        set_title(item.plot, f"{RUN_NAMES[side]} · {text}" if compare else text, self._theme)
