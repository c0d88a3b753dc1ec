"""The activation function f(z) and its slope f'(z), with one layer's current
pre-activation distribution under them and the saturation zones shaded (|f'| < 10 % of its
peak, for activations whose slope vanishes at both ends: core.saturation, the zones the
layer statistics count): students see the values landing where the slope is about 0."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ...core import activations
from ...core.bins import shares
from ...core.layer_stats import LayerStats
from ...core.protocol import Frame, Snapshot
from ...core.runs import RUN_NAMES
from ...core.saturation import saturation_zones
from ..drawing.activation_plot import CurvePlot
from ..drawing.base import Panel
from ..drawing.plotting import (
    clear_layout,
    park,
    pen,
    place,
    set_label,
    set_range,
    set_title,
    style_legend,
    style_plot,
)
from ..drawing.runs import PlotOrMessage
from ..theme import Theme, current, run_color

Z_MIN_HALF_WIDTH = 6.0  # z axis is at least [-6, 6], wider when the values spread wider
Z_MAX_HALF_WIDTH = 100.0


class ActivationCurvePanel(Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._depth = 0
        self._plots: list[CurvePlot] = []  # made when first needed, then kept
        self._n_sides = 0
        self._formula_plain = ""

        self.layer_label = QtWidgets.QLabel()
        self.layer_box = QtWidgets.QSpinBox()
        self.layer_box.setRange(0, 1)  # 0 = the last hidden layer
        self.layer_box.setMinimumWidth(72)
        self.layer_box.valueChanged.connect(self._redraw)
        self.formula = QtWidgets.QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextFormat(QtCore.Qt.TextFormat.RichText)
        font = self.formula.font()
        font.setPointSize(11)
        self.formula.setFont(font)
        controls = QtWidgets.QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 0)
        controls.setSpacing(8)
        controls.addWidget(self.layer_label)
        controls.addWidget(self.layer_box)
        controls.addWidget(self.formula, 1)
        self.area = PlotOrMessage()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.area, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def layer_count(self) -> int:
        return self._depth

    def layer_index(self) -> int:
        """0-based hidden layer whose pre-activations are drawn."""
        chosen = self.layer_box.value()
        return (chosen if chosen else self._depth) - 1

    def curve_data(self, side: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(z, f(z), f'(z)) as drawn (empty for maxout)."""
        z, f = self._plots[side].f.getData()
        _, df = self._plots[side].df.getData()
        empty = np.zeros(0)
        return (z, f, df) if z is not None else (empty, empty, empty)

    def histogram_data(self, side: int = 0) -> tuple[np.ndarray, np.ndarray]:
        """(edges, shares) of the pre-activation histogram drawn."""
        return self._plots[side].hist_data

    def saturation_zones(self, side: int = 0) -> np.ndarray:
        """(n, 2) [lo, hi] of the shaded zones."""
        return self._plots[side].zone_data

    def side_count(self) -> int:
        return self._n_sides

    def saturated_share(self, side: int = 0) -> float:
        """The layer's saturated fraction shown in the title: the share of its z values in
        the shaded zones (NaN when the activation has none)."""
        return self._plots[side].saturated

    def share_text(self, side: int = 0) -> str:
        """The title over the plot: the saturated share in words ("" when none)."""
        return self._plots[side].share_text or ""

    def formula_text(self) -> str:
        """The formula line(s) shown, as plain text."""
        return self._formula_plain

    # commands -------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.area.apply_theme(theme)
        for side, item in enumerate(self._plots):
            self._style(item, side)
        self._n_sides = 0
        self._redraw()

    def _style(self, item: CurvePlot, side: int) -> None:
        theme = self._theme
        style_plot(item.plot, theme)
        right = item.plot.getAxis("right")
        right.setPen(theme.foreground)
        right.setTextPen(theme.foreground)
        right.setGrid(False)
        color = run_color(theme, side)
        fill = QtGui.QColor(theme.palette[7])
        fill.setAlpha(110)
        item.hist.setPen(pen(theme.palette[7], 1))
        item.hist.setBrush(fill)
        item.f.setPen(pen(color, 3))
        item.df.setPen(pen(theme.palette[2], 3, dashed=True))
        style_legend(item.legend, theme)
        for zone in item.zones:
            CurvePlot.color_zone(zone, theme)
        zone_color = QtGui.QColor(theme.warning)
        zone_color.setAlpha(70)
        item.zone_sample.setPen(pg.mkPen(None))
        item.zone_sample.setBrush(zone_color)
        item.key = None
        item.hist_range = None
        item.share_text = None

    def retranslate(self) -> None:
        self.title = self.tr("Activation function")
        self.layer_label.setText(self.tr("Pre-activations of layer"))
        self.layer_box.setSpecialValueText(self.tr("last"))
        self.layer_box.setToolTip(self.tr("Hidden layer whose z values are drawn under f"))
        self._n_sides = 0
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _redraw(self) -> None:
        if self._frame is None:
            return
        snaps = self._frame.runs
        depth = max(len(s.layers) for s in snaps)
        if depth == 0:
            self.area.show_message(self.tr("No hidden layers to show."))
            return
        self.area.show_plot()
        if depth != self._depth:
            self._depth = depth
            self.layer_box.blockSignals(True)
            self.layer_box.setRange(0, depth)
            self.layer_box.blockSignals(False)
        if len(snaps) != self._n_sides:
            self._layout(len(snaps))
        layer = self.layer_index()
        chosen = [s.layers[min(layer, len(s.layers) - 1)] for s in snaps]
        lines, plain = [], []
        for side, (snap, stats) in enumerate(zip(snaps, chosen, strict=True)):
            item = self._plots[side]
            ends = np.abs(stats.pre_activation_hist.edges[[0, -1]])
            spread = float(ends.max()) if np.all(np.isfinite(ends)) else Z_MIN_HALF_WIDTH
            half = max(Z_MIN_HALF_WIDTH, min(item.z_half.update(spread), Z_MAX_HALF_WIDTH))
            self._draw_side(item, snap, stats, half)
            text = self._formula_line(snap, side, len(snaps))
            plain.append(text)
            color = run_color(self._theme, side)
            lines.append(f'<span style="color:{color}">{_escape(text)}</span>')
        self._formula_plain = "\n".join(plain)
        text = "<br>".join(lines)
        if text != self.formula.text():
            self.formula.setText(text)

    def _formula_line(self, snap: Snapshot, side: int, n_sides: int) -> str:
        act = activations.get(snap.config.activation)
        text = act.formula
        if not act.elementwise:
            text += "  —  " + self.tr(
                "each unit outputs the largest of k linear pieces, so there is no single "
                "curve f(z); below: the distribution of the pieces' values z"
            )
        prefix = f"{RUN_NAMES[side]}: " if n_sides > 1 else ""
        return prefix + text

    def _draw_side(self, item: CurvePlot, snap: Snapshot, stats: LayerStats, half: float) -> None:
        config = snap.config
        act = activations.get(config.activation)
        key = (config.activation, config.activation_alpha, half, self.layer_index())
        hist = stats.pre_activation_hist
        edges, values = hist.edges, np.nan_to_num(shares(hist.counts))
        if not np.all(np.isfinite(edges)):  # a diverged pass: nothing to place on z
            edges, values = np.zeros(0), np.zeros(0)
        item.hist_data = (edges, values)
        item.hist.setVisible(len(values) > 0)
        if len(values):
            item.hist.setData(edges, values, stepMode="center", fillLevel=0.0)
        set_range(item.plot, (-half, half), None)
        top = item.hist_top.update(float(values.max(initial=0.0)))
        if (half, top) != item.hist_range:
            item.hist_range = (half, top)
            item.hist_view.setRange(xRange=(-half, half), yRange=(0.0, top), padding=0)
        if key != item.key:
            item.key = key
            self._set_curves(item, act, config, half)
        saturates = len(saturation_zones(config.activation, config.activation_alpha)) > 0
        shown = saturates and len(values) > 0  # not for a diverged pass
        self._show_saturated_share(item, stats.saturated_fraction if shown else np.nan)

    def _show_saturated_share(self, item: CurvePlot, saturated: float) -> None:
        """The layer's saturated fraction (its z values in the shaded zones) as the title."""
        if np.isfinite(saturated):
            item.saturated = float(saturated)
            text = self.tr("{0:.0f}% of z where the slope is nearly 0").format(100 * item.saturated)
        else:
            item.saturated = float("nan")
            text = ""
        if text != item.share_text:
            item.share_text = text
            if self._n_sides > 1:
                name = RUN_NAMES[self._plots.index(item)]
                text = name + (f" · {text}" if text else "")
            set_title(item.plot, text, self._theme)

    def _set_curves(self, item: CurvePlot, act, config, half: float) -> None:
        """f, f', zones, y range and legend: only when activation, alpha or range change."""
        if act.elementwise:
            item.show_curve(config.activation, config.activation_alpha, half, self._theme)
        else:
            item.hide_curve()
        self._fill_legend(item, elementwise=act.elementwise)

    def _fill_legend(self, item: CurvePlot, elementwise: bool) -> None:
        item.legend.clear()
        if elementwise:
            item.legend.addItem(item.f, "f(z)")
            item.legend.addItem(item.df, "f'(z)")
            if len(item.zone_data):
                item.legend.addItem(item.zone_sample, self.tr("slope |f'| &lt; 10% of its peak"))
        item.legend.addItem(item.hist, self.tr("z of layer {0}").format(self.layer_index() + 1))

    def _layout(self, n_sides: int) -> None:
        self._n_sides = n_sides
        graphics = self.area.graphics
        clear_layout(graphics)
        while len(self._plots) < n_sides:  # an unused run's plot waits hidden (`park`)
            item = CurvePlot()
            park(graphics, item.plot)
            self._style(item, len(self._plots))
            self._plots.append(item)
        for item in self._plots[n_sides:]:
            _hide_legend(item)
        for side in range(n_sides):
            item = self._plots[side]
            item.legend.show()
            item.key = None
            item.share_text = None  # the title: set on the next draw
            set_label(item.plot, "bottom", self.tr("z (before the activation)"), self._theme)
            set_label(item.plot, "right", self.tr("share of z values"), self._theme)
            row, column = divmod(side, 2) if n_sides > 2 else (0, side)
            place(graphics, item.plot, row, column)


def _hide_legend(item: CurvePlot) -> None:
    """Hide a parked side's legend itself, not only through its hidden plot: deleting the
    plot un-parents its view box, which re-shows the view's children; a legend shown that
    way resizes itself and its anchor then reads the view box, already deleted
    (RuntimeError in the scene's destructor)."""
    item.legend.hide()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
