"""The network as a diagram, for small networks: neurons as circles in columns (inputs,
hidden layers, outputs), links coloured by the sign of the weight or of its gradient (a
colour-blind-safe blue and orange) and sized by its magnitude. The unit whose two weights
the weight path view traces is ringed with its two inputs. A handful of items: one curve
per colour bucket, two scatters."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtGui, QtWidgets

from ...core import weight_path
from ...core.protocol import DIAGRAM_LIMITS, Extra, Frame, Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..drawing.base import Panel
from ..drawing.diagram_data import LEVELS, buckets, geometry, unit_matrices
from ..drawing.plotting import new_plot, set_range, set_title, style_plot
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current, run_color

MODES = ("weights", "gradients")
WIDTHS = (1, 1, 2, 3)  # whole pixels: fractional widths draw ~5x slower
ALPHAS = (45, 95, 165, 255)


class DiagramPlot:
    """One side: LEVELS x 2 link curves, a node scatter, the traced unit's rings, column
    labels and a note."""

    def __init__(self) -> None:
        self.area = PlotOrMessage()
        self.plot = new_plot()
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.links = [pg.PlotCurveItem(connect="pairs") for _ in range(2 * LEVELS)]
        for curve in self.links:
            curve.setSegmentedLineMode("on")  # drawLines: disjoint pairs, ~5x faster wide
            self.plot.addItem(curve)
        self.nodes = pg.ScatterPlotItem(symbol="o", pxMode=True)
        self.plot.addItem(self.nodes)
        self.rings = pg.ScatterPlotItem(symbol="o", pxMode=True, brush=None)
        self.plot.addItem(self.rings)
        self.labels: list[pg.TextItem] = []
        self.note = pg.TextItem(anchor=(0, 0))
        self.plot.addItem(self.note)
        self.area.graphics.addItem(self.plot)
        self.layout_key: tuple | None = None
        self.ends = (np.zeros(0), np.zeros(0))  # link endpoints, two per link
        self.values = np.zeros(0)
        self.colors = np.zeros(0, dtype=object)
        self.node_count = 0


class NetworkDiagramPanel(Panel):
    extras = frozenset({Extra.NETWORK})

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._plots = [DiagramPlot() for _ in range(MAX_RUNS)]
        self.mode_box = QtWidgets.QComboBox()
        self.mode_box.addItems(["", ""])
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.key_label = QtWidgets.QLabel()
        self.key_label.setWordWrap(True)
        controls = QtWidgets.QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 0)
        controls.setSpacing(8)
        controls.addWidget(self.mode_box)
        controls.addWidget(self.key_label, 1)
        self._grid = QtWidgets.QGridLayout()
        self._grid.setSpacing(2)
        for item in self._plots:
            item.area.setParent(self)  # owned (and deleted) with the panel
            item.area.setVisible(False)
        self._shown = 0
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addLayout(self._grid, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def mode(self) -> str:
        return MODES[max(self.mode_box.currentIndex(), 0)]

    def side_count(self) -> int:
        return self._shown

    def link_count(self, side: int = 0) -> int:
        """Links drawn (two points each, over every colour bucket)."""
        plot = self._plots[side]
        if plot.area.message():
            return 0
        return sum(len(c.getData()[0]) for c in plot.links if c.getData()[0] is not None) // 2

    def link_values(self, side: int = 0) -> np.ndarray:
        """The weight (or gradient) of every link, layer by layer, row-major (input, unit)."""
        return self._plots[side].values

    def link_colors(self, side: int = 0) -> np.ndarray:
        """The colour (#rrggbb) each link is drawn in, in the order of `link_values`."""
        return self._plots[side].colors

    def node_count(self, side: int = 0) -> int:
        return self._plots[side].node_count

    def message(self, side: int = 0) -> str:
        return self._plots[side].area.message()

    # commands -------------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(MODES.index(mode))

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        for item in self._plots:
            item.area.apply_theme(theme)
            style_plot(item.plot, theme)
            item.plot.showGrid(x=False, y=False)
            item.layout_key = None
        self._style_links()
        self._redraw()

    def retranslate(self) -> None:
        self.title = self.tr("Network")
        self.mode_box.setItemText(0, self.tr("Weights"))
        self.mode_box.setItemText(1, self.tr("Gradients"))
        self.mode_box.setToolTip(
            self.tr("Colour the links by the sign of the weight or of its gradient")
        )
        for item in self._plots:
            item.layout_key = None
        self._describe()
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        self._style_links()
        self._describe()
        self._redraw()

    def _describe(self) -> None:
        positive, negative = self._theme.signs
        if self.mode() == "weights":
            text = self.tr(
                '<span style="color:{0}">blue: w &gt; 0</span>, '
                '<span style="color:{1}">orange: w &lt; 0</span>; thicker = larger |w|'
            )
        else:
            text = self.tr(
                '<span style="color:{0}">blue: dL/dw &gt; 0 (a step lowers w)</span>, '
                '<span style="color:{1}">orange: dL/dw &lt; 0 (a step raises w)</span>; '
                "thicker = larger |dL/dw| (each width 10× the next thinner)"
            )
        ringed = self.tr("ringed: the unit the Weight path view follows, and its two inputs")
        self.key_label.setText(f"{text.format(positive, negative)}; {ringed}")

    def _bucket_colors(self) -> list[str]:
        """Colour of each link curve: [positive levels..., negative levels...]."""
        positive, negative = self._theme.signs
        return [positive] * LEVELS + [negative] * LEVELS

    def _style_links(self) -> None:
        colors = self._bucket_colors()
        self._hex = []
        for index, color in enumerate(colors):
            level = index % LEVELS
            qcolor = QtGui.QColor(color)
            qcolor.setAlpha(ALPHAS[level])
            self._hex.append(qcolor.name())
            for item in self._plots:
                item.links[index].setPen(pg.mkPen(qcolor, width=WIDTHS[level]))

    def _redraw(self) -> None:
        if self._frame is None:
            return
        snaps = self._frame.runs
        if len(snaps) != self._shown:
            self._place(len(snaps))
        for side, snap in enumerate(snaps):
            self._draw_side(self._plots[side], snap, side, len(snaps) > 1)

    def _place(self, count: int) -> None:
        """One diagram per run: in a row for two, two by two for three or four."""
        self._shown = count
        for side, item in enumerate(self._plots):
            self._grid.removeWidget(item.area)
            item.area.setVisible(side < count)
            if side < count:
                row, column = divmod(side, 2) if count > 2 else (0, side)
                self._grid.addWidget(item.area, row, column)

    def _draw_side(self, item: DiagramPlot, snap: Snapshot, side: int, compare: bool) -> None:
        width_limit, depth_limit = DIAGRAM_LIMITS
        config = snap.config
        if config.width > width_limit or config.depth > depth_limit:
            item.area.show_message(
                self.tr(
                    "The diagram is drawn for small networks only: width ≤ {0} and depth ≤ {1}. "
                    "This one has {2} hidden layers of {3} units."
                ).format(width_limit, depth_limit, config.depth, config.width)
            )
            return
        if snap.weights is None:
            item.area.show_message(self.tr("Waiting for the network's weights…"))
            return
        if self.mode() != "weights" and snap.weight_grads is None:
            item.area.show_message(
                self.tr(
                    "Gradients are shown live only: press Live to see them, or colour by weight"
                )
            )
            return
        item.area.show_plot()
        matrices = unit_matrices(snap, self.mode())
        counts = [matrices[0].shape[0]] + [m.shape[1] for m in matrices]
        self._layout(item, snap, counts, side, compare)
        values = np.concatenate([m.reshape(-1) for m in matrices])
        level = buckets(values, self.mode()) + LEVELS * (values < 0)
        item.values = values
        item.colors = np.array(self._hex, dtype=object)[level]
        xs, ys = item.ends
        pair_level = np.repeat(level, 2)
        for index, curve in enumerate(item.links):
            chosen = pair_level == index
            curve.setData(xs[chosen], ys[chosen])

    def _ring(self, item: DiagramPlot, counts: list[int], size: float) -> None:
        """Rings around the unit the weight path traces and its two inputs (units of
        layer 1), when the network has them."""
        column = weight_path.LAYER + 1
        if counts[column - 1] <= max(weight_path.INPUTS):
            item.rings.setData([], [])
            return
        centre = [(n - 1) / 2 for n in counts]
        xs = [column, column - 1, column - 1]
        ys = [weight_path.UNIT - centre[column]]
        ys += [index - centre[column - 1] for index in weight_path.INPUTS]
        item.rings.setData(
            xs, ys, size=size + 9, brush=None, pen=pg.mkPen(self._theme.foreground, width=2)
        )

    def _layout(self, item, snap: Snapshot, counts: list[int], side: int, compare: bool):
        """Node positions, link endpoints and labels; only when the architecture changes."""
        key = (tuple(counts), snap.n_features, self._theme.name, compare)
        if key == item.layout_key:
            return
        item.layout_key = key
        theme = self._theme
        tallest = max(counts)
        item.ends, (node_x, node_y) = geometry(counts)
        hidden = sum(counts[1:-1])  # hollow, ringed in the run's colour: no sign colour
        fills = [theme.palette[7]] * counts[0]
        fills += [theme.background] * hidden + [theme.palette[4]] * counts[-1]
        outline, ring = pg.mkPen(theme.foreground, width=1.2), pg.mkPen(run_color(theme, side))
        ring.setWidthF(2.5)
        size = max(7.0, min(16.0, 220.0 / tallest))
        item.nodes.setData(
            node_x,
            node_y,
            size=size,
            brush=[pg.mkBrush(c) for c in fills],
            pen=[outline] * counts[0] + [ring] * hidden + [outline] * counts[-1],
        )
        item.node_count = len(node_x)
        self._ring(item, counts, size)
        top = (tallest - 1) / 2
        names = [self.tr("in")] + [str(i + 1) for i in range(len(counts) - 2)] + [self.tr("out")]
        while len(item.labels) < len(names):
            label = pg.TextItem(anchor=(0.5, 1))
            item.plot.addItem(label)
            item.labels.append(label)
        font = QtGui.QFont()
        font.setPointSize(10)
        for index, label in enumerate(item.labels):
            label.setVisible(index < len(names))
            if index < len(names):
                label.setText(names[index], color=theme.foreground)
                label.setFont(font)
                label.setPos(index, top + 0.6)
        shown = counts[0]
        if snap.n_features > shown:
            note = self.tr("{0} of {1} inputs").format(shown, snap.n_features)
        else:
            note = ""
        item.note.setText(note, color=theme.foreground)
        item.note.setFont(font)
        item.note.setPos(-0.5, -top - 0.5)
        set_range(item.plot, (-0.6, len(counts) - 0.4), (-top - 1.6, top + 1.6))
        title = self.tr("{0} links").format(item.ends[0].size // 2)
        set_title(item.plot, f"{RUN_NAMES[side]} · {title}" if compare else title, theme)
