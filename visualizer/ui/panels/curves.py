"""Loss and accuracy against training step, from the snapshot's (thinned) history."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core.protocol import MAX_RUNS, RUN_NAMES, Frame
from ...core.runs import run_labels
from ..theme import Theme, current
from .base import Panel
from .plotting import (
    StickyMax,
    fill_legend,
    log_range,
    new_plot,
    pen,
    run_pen,
    set_label,
    set_log_y,
    set_range,
    style_legend,
    style_plot,
)

LOSS_COLUMNS = ("train_loss", "test_loss")
ACCURACY_COLUMNS = ("train_accuracy", "test_accuracy")
LOG_DECADES = 40  # the log axis shows at most this many decades below the top
SPIKE_CAP = 10  # the linear axis ends at most this many times above the first loss
POINTS_PER_PIXEL = 0.5  # long histories are drawn as means of this many points a pixel


def linear_top(values: np.ndarray) -> float:
    """The largest finite value, but at most SPIKE_CAP x the first one, so an explosion
    (drawn off the top) does not flatten the rest of the curve."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 1.0
    return float(min(finite.max(), SPIKE_CAP * abs(finite[0]))) or float(finite.max())


class CurvesPanel(Panel):
    """Train/test loss (top, optional log scale) and accuracy (bottom, 0..1) per step.
    One run: train solid, test dashed. Several: one colour and line style per run, test
    curves thinner and faded."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._style_key: list[str] | None = None
        self._x_max = StickyMax()
        self._y_max = StickyMax()
        self.log_box = QtWidgets.QCheckBox()
        self.log_box.toggled.connect(self._log_toggled)
        controls = QtWidgets.QHBoxLayout()
        controls.setContentsMargins(4, 2, 4, 0)
        controls.addWidget(self.log_box)
        controls.addStretch(1)

        self.graphics = pg.GraphicsLayoutWidget()
        self.loss_plot = new_plot()
        self.accuracy_plot = new_plot()
        self.accuracy_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("left").setWidth(48)
        accuracy_ticks = [(v / 5, f"{v / 5:g}") for v in range(6)]
        self.accuracy_plot.getAxis("left").setTicks([accuracy_ticks, []])
        self.graphics.addItem(self.loss_plot, 0, 0)
        self.graphics.addItem(self.accuracy_plot, 1, 0)
        self.legend = pg.LegendItem(offset=(-10, 10))
        self.legend.setParentItem(self.loss_plot.vb)
        self._curves: dict[tuple[int, str], pg.PlotDataItem] = {}
        for side in range(MAX_RUNS):
            for column in LOSS_COLUMNS + ACCURACY_COLUMNS:
                curve = pg.PlotDataItem(connect="finite")
                plot = self.loss_plot if column in LOSS_COLUMNS else self.accuracy_plot
                plot.addItem(curve)  # sets the plot's own downsampling: set ours after it
                curve.opts["autoDownsampleFactor"] = POINTS_PER_PIXEL
                curve.setDownsampling(auto=True, method="mean")
                curve.setClipToView(True)
                self._curves[side, column] = curve
        self._markers = [  # per run: a line in the loss plot (labelled), one in accuracy
            [
                pg.InfiniteLine(angle=90, label=" ", labelOpts={"position": 0.9 - 0.12 * run}),
                pg.InfiniteLine(angle=90),
            ]
            for run in range(MAX_RUNS)
        ]
        for pair in self._markers:
            for line, plot in zip(pair, (self.loss_plot, self.accuracy_plot), strict=True):
                plot.addItem(line, ignoreBounds=True)
                line.setVisible(False)
        self.seek_lines = [pg.InfiniteLine(angle=90) for _ in range(2)]  # the step scrubbed to
        for line, plot in zip(self.seek_lines, (self.loss_plot, self.accuracy_plot), strict=True):
            plot.addItem(line, ignoreBounds=True)
            line.setVisible(False)
        self.message = pg.TextItem(anchor=(0.5, 0.5))
        self.accuracy_plot.addItem(self.message, ignoreBounds=True)
        self.message.setVisible(False)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(controls)
        layout.addWidget(self.graphics, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only view for the window and tests ------------------------------------------
    def curve(self, run: int, column: str) -> pg.PlotDataItem:
        """The curve of `column` (a history column) for run `run` (0 = A)."""
        return self._curves[run, column]

    def seek_step(self) -> float | None:
        """The step marked as the one scrubbed to, or None while live."""
        line = self.seek_lines[0]
        return line.value() if line.isVisible() else None

    def divergence_steps(self) -> list[float]:
        """Steps marked as the start of divergence (one per diverged run)."""
        return [pair[0].value() for pair in self._markers if pair[0].isVisible()]

    # commands ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        for plot in (self.loss_plot, self.accuracy_plot):
            style_plot(plot, theme)
        style_legend(self.legend, theme)
        for pair in self._markers:
            for line in pair:
                line.setPen(pen(theme.warning, width=2))
            pair[0].label.setColor(theme.warning)
        self.message.setColor(theme.foreground)
        for line in self.seek_lines:
            line.setPen(pen(theme.foreground, width=2, dashed=True))
        self._style_key = None  # re-pen the curves and refill the legend
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Loss and accuracy")
        self.log_box.setText(self.tr("Log y (loss)"))
        set_label(self.loss_plot, "left", self.tr("loss"), self._theme)
        set_label(self.accuracy_plot, "left", self.tr("accuracy"), self._theme)
        set_label(self.accuracy_plot, "bottom", self.tr("step"), self._theme)
        self.message.setText(self.tr("No accuracy: regression (loss only)"))
        self._style_key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _log_toggled(self, on: bool) -> None:
        set_log_y(self.loss_plot, on)
        self._redraw()

    def _restyle(self, labels: list[str]) -> None:
        theme, entries, compare = self._theme, [], len(labels) > 1
        for (run, column), curve in self._curves.items():
            split = column.split("_")[0]
            if compare:
                faded = split == "test"
                curve.setPen(run_pen(theme, run, width=1 if faded else 2))
                curve.setOpacity(0.6 if faded else 1.0)
                if run < len(labels) and column == "train_loss":
                    entries.append((curve, labels[run]))
            else:
                color = theme.train if split == "train" else theme.test
                curve.setPen(pen(color, dashed=split == "test"))
                curve.setOpacity(1.0)
                if run == 0 and column in LOSS_COLUMNS:
                    entries.append(
                        (curve, self.tr("train") if split == "train" else self.tr("test"))
                    )
        if compare:
            entries.append((self._curves[0, "test_loss"], self.tr("(thin: test)")))
        fill_legend(self.legend, entries)
        for run, pair in enumerate(self._markers):
            name = RUN_NAMES[run]
            text = self.tr("{run} diverged").format(run=name) if compare else self.tr("diverged")
            pair[0].label.setFormat(text)

    def _redraw(self) -> None:
        frame = self._frame
        if frame is None:
            return
        sides = frame.runs
        labels = run_labels([run.config for run in sides])
        if labels != self._style_key:
            self._style_key = labels
            self._restyle(labels)
        last_step, tops, bottoms, highs, classify = 10.0, [], [], [], False
        for side in range(MAX_RUNS):
            snapshot = sides[side] if side < len(sides) else None
            history = snapshot.history if snapshot is not None else None
            has_accuracy = snapshot is not None and snapshot.n_classes > 0
            classify = classify or has_accuracy
            for column in LOSS_COLUMNS + ACCURACY_COLUMNS:
                curve = self._curves[side, column]
                shown = history is not None and (column in LOSS_COLUMNS or has_accuracy)
                curve.setVisible(shown)
                if shown:  # a lone point (step 0) is drawn as a dot: a line needs two
                    values = history[column]  # all NaN without test data (test fraction 0)
                    lone = "o" if len(values) == 1 and np.isfinite(values[0]) else None
                    curve.setData(history["step"], values, symbol=lone, symbolSize=8)
            if snapshot is None:
                for line in self._markers[side]:
                    line.setVisible(False)
                continue
            steps = history["step"]
            if len(steps):
                last_step = max(last_step, float(steps[-1]))
            for line in self._markers[side]:
                line.setVisible(snapshot.diverged_at is not None)
                if snapshot.diverged_at is not None:
                    line.setValue(snapshot.diverged_at)
            for column in LOSS_COLUMNS:
                values = history[column]
                tops.append(linear_top(values))
                positive = values[np.isfinite(values) & (values > 0)]
                if positive.size:
                    bottoms.append(float(positive.min()))
                    highs.append(float(positive.max()))
        for line in self.seek_lines:
            line.setVisible(frame.seeking)
            line.setValue(frame.step)
        x_range = (0.0, self._x_max.update(last_step))
        if self.log_box.isChecked():
            high = math.ceil(math.log10(max(highs))) if highs else 1
            low = math.floor(math.log10(min(bottoms))) if bottoms else high - 2
            low, high = max(low, high - LOG_DECADES), max(high, low + 1)
            y_range = log_range(self.loss_plot, low, high)
        else:
            y_range = (0.0, self._y_max.update(max(tops, default=1.0)))
        set_range(self.loss_plot, x_range, y_range)
        set_range(self.accuracy_plot, None, (-0.02, 1.02))
        self.message.setVisible(not classify)
        if not classify:
            self.message.setPos((x_range[0] + x_range[1]) / 2, 0.5)
