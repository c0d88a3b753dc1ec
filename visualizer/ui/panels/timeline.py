"""Histograms over the whole run: per layer, one heat map of training steps (x) against
bins (y), so a lesson's history replays (dead ReLUs piling at 0, gradients sliding to
smaller log10|g|). Each step's column is scaled to its own peak, and the colour follows
the square root of that, so thin tails stay visible on a projector. While the timeline is
scrubbed, a line marks the step shown."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ...core.layer_stats import GRAD_LOG_RANGE
from ...core.protocol import Extra, Frame, Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..drawing.base import Panel
from ..drawing.plotting import (
    clear_layout,
    lookup_table,
    new_plot,
    nice_ceil,
    park,
    pen,
    place,
    set_label,
    set_range,
    set_title,
    style_plot,
)
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current, run_color

MAX_SHOWN = 6  # layers on screen at once
KINDS = ("activations", "gradients")


class LayerImage:
    """One layer's heat map of one run."""

    def __init__(self) -> None:
        self.plot = new_plot()
        self.plot.getAxis("left").setWidth(44)
        self.image = pg.ImageItem(axisOrder="col-major")  # image[step column, bin]
        self.plot.addItem(self.image)
        self.marker = pg.InfiniteLine(angle=90)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.marker.setVisible(False)
        self.data = np.zeros((0, 0), dtype=np.float32)


class TimelinePanel(Panel):
    extras = frozenset({Extra.HISTORIES})

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._depth = 0
        self._layout_key: tuple | None = None
        self._cells = [[LayerImage() for _ in range(MAX_SHOWN)] for _ in range(MAX_RUNS)]
        self._shown: list[list[LayerImage]] = []

        self.kind_box = QtWidgets.QComboBox()
        self.kind_box.addItems(["", ""])
        self.first_box = QtWidgets.QSpinBox()
        self.first_box.setRange(1, 1)
        self.first_label = QtWidgets.QLabel()
        self.range_label = QtWidgets.QLabel()
        self.kind_box.currentIndexChanged.connect(self._redraw)
        self.first_box.valueChanged.connect(self._redraw)
        controls = QtWidgets.QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 0)
        controls.setSpacing(8)
        for widget in (self.kind_box, self.first_label, self.first_box, self.range_label):
            controls.addWidget(widget)
        controls.addStretch(1)
        self.area = PlotOrMessage()
        for cells in self._cells:  # spare plots wait hidden in the scene (see `park`)
            for cell in cells:
                park(self.area.graphics, cell.plot)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.area, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def kind(self) -> str:
        return KINDS[max(self.kind_box.currentIndex(), 0)]

    def layer_count(self) -> int:
        return self._depth

    def shown_layers(self) -> range:
        """0-based indices of the layers on screen."""
        first = self.first_box.value() - 1
        return range(first, min(first + MAX_SHOWN, self._depth))

    def image_data(self, position: int = 0, side: int = 0) -> np.ndarray:
        """(frames, bins) shares drawn for the `position`-th shown layer of a side."""
        return self._shown[side][position].data

    def image_item(self, position: int = 0, side: int = 0) -> pg.ImageItem:
        return self._shown[side][position].image

    def side_count(self) -> int:
        return len(self._shown)

    def message(self) -> str:
        return self.area.message()

    # commands -------------------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        self.kind_box.setCurrentIndex(KINDS.index(kind))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.area.apply_theme(theme)
        for side, cells in enumerate(self._cells):
            table = lookup_table(theme, run_color(theme, side))
            for cell in cells:
                style_plot(cell.plot, theme)
                cell.plot.showGrid(x=False, y=False)
                cell.image.setLookupTable(table)
                cell.marker.setPen(pen(theme.warning, width=2))
        self._layout_key = None
        self._redraw()

    def retranslate(self) -> None:
        self.title = self.tr("Over time")
        self.kind_box.setItemText(0, self.tr("Activations"))
        self.kind_box.setItemText(1, self.tr("Gradients (log10|g|)"))
        self.kind_box.setToolTip(self.tr("Which histograms to replay"))
        self.first_label.setText(self.tr("From layer"))
        self.first_box.setToolTip(self.tr("First of up to 6 layers shown"))
        self._layout_key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self._frame is None:
            return
        snaps = self._frame.runs
        histories = [self._history(s) for s in snaps]
        if any(h is None for h in histories):
            self._depth = 0
            self.area.show_message(self.tr("Waiting for the histogram history…"))
            return
        self.area.show_plot()
        depth = max(h.shape[0] for h in histories)
        if depth != self._depth:
            self._depth = depth
            self.first_box.blockSignals(True)
            self.first_box.setRange(1, max(1, depth - MAX_SHOWN + 1))
            self.first_box.blockSignals(False)
        shown = self.shown_layers()
        self.first_box.setEnabled(depth > MAX_SHOWN)
        self.range_label.setText(
            self.tr("layers {0}–{1} of {2}").format(shown.start + 1, shown.stop, depth)
        )
        self._layout(shown, len(snaps))
        for side, (snap, history) in enumerate(zip(snaps, histories, strict=True)):
            for cell, layer in zip(self._shown[side], shown, strict=True):
                if layer < history.shape[0]:
                    low, high = self._value_range(snap, history.shape[-1], layer)
                    self._draw_cell(cell, history[layer], snap.history_steps, low, high)
                    cell.marker.setVisible(self._frame.seeking)
                    cell.marker.setValue(snap.step)
                else:
                    cell.data = np.zeros((0, 0), dtype=np.float32)
                    cell.image.clear()

    def _history(self, snap: Snapshot) -> np.ndarray | None:
        if self.kind() == "gradients":
            return snap.gradient_history
        return snap.activation_history

    def _value_range(self, snap: Snapshot, bins: int, layer: int) -> tuple[float, float]:
        """The y extent of the bins: the log10|g| range, or the activation values the run's
        first frame fixed for this layer (bin numbers if a frame lacks them)."""
        if self.kind() == "gradients":
            return GRAD_LOG_RANGE
        edges = snap.activation_history_edges
        if edges is not None and layer < len(edges):
            return float(edges[layer][0]), float(edges[layer][-1])
        return (0.0, float(bins))

    def _draw_cell(
        self, cell: LayerImage, shares: np.ndarray, steps: np.ndarray, low: float, high: float
    ) -> None:
        """Columns at the recorded `steps` (evenly spaced: each column spans one gap)."""
        data = np.nan_to_num(np.asarray(shares, dtype=np.float32))
        cell.data = data
        peaks = data.max(axis=1, keepdims=True) if data.size else data
        image = np.sqrt(data / np.where(peaks > 0, peaks, 1.0))
        cell.image.setImage(image, autoLevels=False, levels=(0.0, 1.0))
        first, last = float(steps[0]), float(steps[-1])
        gap = (last - first) / max(len(steps) - 1, 1) or 1.0
        cell.image.setRect(QtCore.QRectF(first - gap / 2, low, last - first + gap, high - low))
        end = nice_ceil(max(last, 10.0))
        set_range(cell.plot, (-gap / 2, end), (low, high))

    def _layout(self, shown: range, n_sides: int) -> None:
        key = (shown, n_sides, self.kind())
        if key == self._layout_key:
            return
        self._layout_key = key
        graphics = self.area.graphics
        clear_layout(graphics)
        self._shown = [self._cells[side][: len(shown)] for side in range(n_sides)]
        theme = self._theme
        if self.kind() == "gradients":
            value_label = self.tr("log10|g|")
        elif self._frame is not None and self._frame.runs[0].activation_history_edges is not None:
            value_label = self.tr("activation")
        else:
            value_label = self.tr("bin")
        for side, cells in enumerate(self._shown):
            for row, (cell, layer) in enumerate(zip(cells, shown, strict=True)):
                name = self.tr("Layer {0}").format(layer + 1)
                if n_sides > 1:
                    name = f"{RUN_NAMES[side]} · {name}"
                set_title(cell.plot, name, theme)
                bottom = row == len(shown) - 1
                cell.plot.getAxis("bottom").setStyle(showValues=bottom)
                if bottom:
                    set_label(cell.plot, "bottom", self.tr("step"), theme)
                else:
                    cell.plot.showLabel("bottom", False)
                set_label(cell.plot, "left", value_label, theme)
                place(graphics, cell.plot, row, side)
