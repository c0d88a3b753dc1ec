"""Per-layer histograms of activations, gradients or weights: one small plot per hidden
layer (runs overlaid, or in columns), or one heat map per run for deep networks."""

from __future__ import annotations

import math
from enum import StrEnum

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core.layer_stats import Histogram, LayerStats
from ...core.protocol import Extra, Frame, Snapshot
from ...core.runs import RUN_NAMES
from ..drawing.base import Panel
from ..drawing.eval_mode import EvalModeBox
from ..drawing.heatmap import HeatMapRow
from ..drawing.plotting import (
    Scrolled,
    short_number,
)
from ..drawing.small_multiples import Cell, LayerData, SmallMultiples, StepCurve
from ..theme import Theme, current


class HistogramKind(StrEnum):
    """What a histogram panel shows per layer."""

    ACTIVATIONS = "activations"
    GRADIENTS = "gradients"
    WEIGHTS = "weights"


PAGE_SIZE = 12  # small plots per page
COLUMN_PLOTS = 24  # small plots per page when runs are in columns (layers x runs)
HEATMAP_ABOVE = 12  # deeper networks get the heat map unless the user chose otherwise


class HistogramPanel(Panel):
    """The histograms of one `HistogramKind` (a ValueError for anything else)."""

    def __init__(self, kind: HistogramKind, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = HistogramKind(kind)
        self._theme = current()
        self._frame: Frame | None = None
        self._depth = 0
        self._heatmap_choice: bool | None = None  # None: automatic by depth
        self._layout_key: tuple | None = None  # what the small multiples show
        self._runs = 1

        self.share_y_box = QtWidgets.QCheckBox()
        self.log_box = QtWidgets.QCheckBox()
        self.log_box.setChecked(True)
        self.pre_box = QtWidgets.QCheckBox()
        self.heatmap_box = QtWidgets.QCheckBox()
        self.columns_box = QtWidgets.QCheckBox()
        self.columns_box.setVisible(False)
        self.eval_box = EvalModeBox()
        self.eval_box.setVisible(kind is HistogramKind.ACTIVATIONS)
        self.eval_box.toggled.connect(self.extras_changed)  # the window asks, then redraws
        self.page_box = QtWidgets.QComboBox()
        self.log_box.setVisible(kind is HistogramKind.GRADIENTS)
        self.pre_box.setVisible(kind is HistogramKind.ACTIVATIONS)
        self.page_box.setVisible(False)
        for box in (self.share_y_box, self.log_box, self.pre_box):
            box.toggled.connect(self._redraw)
        self.columns_box.toggled.connect(self._columns_toggled)
        self.heatmap_box.clicked.connect(self.set_heatmap)
        self.page_box.currentIndexChanged.connect(self._redraw)

        row = QtWidgets.QWidget()
        controls = QtWidgets.QHBoxLayout(row)
        controls.setContentsMargins(4, 2, 4, 0)
        for widget in (
            self.share_y_box,
            self.log_box,
            self.pre_box,
            self.eval_box,
            self.heatmap_box,
            self.columns_box,
        ):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.page_box)
        self.graphics = pg.GraphicsLayoutWidget()  # the heat maps
        self._heat = HeatMapRow(self.graphics)
        self._multiples = SmallMultiples(self._theme)
        self._stack = QtWidgets.QStackedWidget()
        self._stack.addWidget(self._multiples)
        self._stack.addWidget(self.graphics)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(Scrolled(row, horizontal=True))  # large text: the row scrolls
        layout.addWidget(self._stack, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    @property
    def extras(self) -> frozenset[Extra]:
        return self.eval_box.extras

    # read-only view for the window and tests ------------------------------------------
    def layer_count(self) -> int:
        """Hidden layers in the latest frame (the deepest run's)."""
        return self._depth

    def heatmap_active(self) -> bool:
        if self._heatmap_choice is not None:
            return self._heatmap_choice
        return self._depth > HEATMAP_ABOVE

    def visible_layers(self) -> range:
        """0-based indices of the layers on screen."""
        if self.heatmap_active():
            return range(self._depth)
        size = self.page_size()
        start = max(self.page_box.currentIndex(), 0) * size
        return range(start, min(start + size, self._depth))

    def in_columns(self) -> bool:
        """Whether runs are drawn in columns (one plot per layer and run)."""
        return self._runs > 1 and self.columns_box.isChecked()

    def page_size(self) -> int:
        """Layers per page."""
        return COLUMN_PLOTS // self._runs if self.in_columns() else PAGE_SIZE

    def plot_count(self) -> int:
        """Small per-layer plots on screen (0 in heat-map mode)."""
        return len(self._on_screen())

    def layer_plots(self) -> list[Cell]:
        """The small plots on screen: title, view ranges, curves."""
        return list(self._on_screen())

    def curve(self, position: int, run: int = 0) -> StepCurve:
        """The step curve of run `run` (0 = A) in the `position`-th plot on screen."""
        return self._on_screen()[position].curves[run]

    def _on_screen(self) -> list[Cell]:
        """The small multiples on screen (none in heat-map mode)."""
        return self._multiples.shown if self._stack.currentWidget() is self._multiples else []

    def heatmap_matrix(self, run: int = 0) -> np.ndarray:
        """The (layers, columns) shares the heat map of run `run` shows."""
        return self._heat.maps[run].matrix

    def heatmap_plot(self, run: int = 0) -> pg.PlotItem:
        return self._heat.maps[run].plot

    # commands ---------------------------------------------------------------------------
    def set_columns(self, on: bool) -> None:
        """Runs in columns (each with its own y scale) instead of overlaid."""
        self.columns_box.setChecked(on)

    def _columns_toggled(self, _on: bool) -> None:
        self._fill_pages()
        self._redraw()

    def set_heatmap(self, on: bool | None) -> None:
        """Force the heat map on or off; None returns to the automatic choice by depth."""
        self._heatmap_choice = on
        self._redraw()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        self._multiples.apply_theme(theme)
        self._heat.apply_theme(theme)
        self._redraw()

    def retranslate(self) -> None:
        self.title = {
            HistogramKind.ACTIVATIONS: self.tr("Activations"),
            HistogramKind.GRADIENTS: self.tr("Gradients"),
            HistogramKind.WEIGHTS: self.tr("Weights"),
        }[self.kind]
        self.share_y_box.setText(self.tr("Share y-axis"))
        self.share_y_box.setToolTip(self.tr("Same vertical scale for every layer"))
        self.log_box.setText(self.tr("log10|g|"))
        self.log_box.setToolTip(
            self.tr("Histogram of log10 of the gradient sizes: vanishing shows as a shift left")
        )
        self.pre_box.setText(self.tr("Before activation (z)"))
        self.heatmap_box.setText(self.tr("Heat map"))
        self.heatmap_box.setToolTip(self.tr("One row per layer; automatic above 12 layers"))
        self.eval_box.retranslate()
        self.columns_box.setText(self.tr("Runs in columns"))
        self.columns_box.setToolTip(
            self.tr("One plot per layer and run, each with its own scale, instead of overlaid")
        )
        self._fill_pages()
        self._layout_key = self._heat.key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _hists(self, snapshot: Snapshot) -> list[Histogram]:
        layers = self.eval_box.layers(snapshot)
        if self.kind is HistogramKind.WEIGHTS:
            return [s.weight_hist for s in layers]
        if self.kind is HistogramKind.GRADIENTS:
            return [s.grad_log_hist if self.log_box.isChecked() else s.grad_hist for s in layers]
        if self.pre_box.isChecked():
            return [s.pre_activation_hist for s in layers]
        return [s.activation_hist for s in layers]

    def _value_label(self) -> str:
        if self.kind is HistogramKind.WEIGHTS:
            return self.tr("weight value")
        if self.kind is HistogramKind.GRADIENTS:
            if self.log_box.isChecked():
                return self.tr("log10 |dL/da|")
            return self.tr("gradient dL/da")
        if self.pre_box.isChecked():
            return self.tr("pre-activation z")
        return self.tr("activation value")

    def _caption(self, stats: LayerStats) -> str:
        """The spread of what the plot shows (the means are in the layer-statistics panel)."""
        if self.kind is HistogramKind.WEIGHTS:
            return self.tr("σ {0}").format(short_number(stats.weight_std))
        if self.kind is HistogramKind.GRADIENTS:
            return self.tr("σ {0}").format(short_number(stats.activation_grad_std))
        if self.pre_box.isChecked():
            return self.tr("σ {0}").format(short_number(stats.pre_activation_std))
        return self.tr("σ {0}").format(short_number(stats.activation_std))

    def _fill_pages(self) -> None:
        size = self.page_size()
        pages = math.ceil(self._depth / size)
        keep = self.page_box.currentIndex()
        self.page_box.blockSignals(True)
        self.page_box.clear()
        for page in range(pages):
            first, last = page * size + 1, min((page + 1) * size, self._depth)
            self.page_box.addItem(self.tr("Layers {0}–{1}").format(first, last))
        self.page_box.setCurrentIndex(min(max(keep, 0), pages - 1))
        self.page_box.blockSignals(False)

    def _redraw(self) -> None:
        if self._frame is None:
            return
        sides = self._frame.runs
        depth = max(len(self.eval_box.layers(s)) for s in sides)
        if (depth, len(sides)) != (self._depth, self._runs):
            self._depth, self._runs = depth, len(sides)
            self.columns_box.setVisible(self._runs > 1)
            self._fill_pages()
        heat = self.heatmap_active()
        self.heatmap_box.setChecked(heat)
        self.columns_box.setEnabled(not heat)
        self.page_box.setVisible(not heat and depth > self.page_size())
        hists = [self._hists(s) for s in sides]
        if heat:
            self._draw_heatmaps(hists)
        else:
            self._draw_multiples(sides, hists)

    def _draw_heatmaps(self, hists: list[list[Histogram]]) -> None:
        self._layout_key = None  # the small multiples are placed again when they return
        self._stack.setCurrentWidget(self.graphics)
        explain = self.tr("darker = larger share of the layer's values")
        labels = (self._value_label(), self.tr("layer"), explain)
        self._heat.draw(hists, labels, self.share_y_box.isChecked(), self._theme)

    def _draw_multiples(self, sides: list[Snapshot], hists: list[list[Histogram]]) -> None:
        visible = self.visible_layers()
        columns = len(sides) if self.in_columns() else 0
        cells = [(i, run) for i in visible for run in range(columns)] if columns else []
        self._stack.setCurrentWidget(self._multiples)
        if (visible, columns) != self._layout_key:
            self._layout_key = (visible, columns)
            layer = self.tr("Layer {0}")
            if columns:
                titles = [f"{RUN_NAMES[run]} · {layer.format(i + 1)}" for i, run in cells]
            else:
                titles = [layer.format(i + 1) for i in visible]
            self._multiples.place(titles, columns or None)
        entries = [
            [
                (side_hists[i], self._caption(stats[i])) if i < len(side_hists) else None
                for stats, side_hists in zip(map(self.eval_box.layers, sides), hists, strict=True)
            ]
            for i in visible
        ]
        if columns:  # one run per plot: the others' entries left out
            per_layer = dict(zip(visible, entries, strict=True))
            entries = [
                [entry if k == run else None for k, entry in enumerate(per_layer[i])]
                for i, run in cells
            ]
        layers: list[LayerData] = entries
        self._multiples.draw(layers, self.share_y_box.isChecked(), self._value_label())
