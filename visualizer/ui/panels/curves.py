"""Loss and accuracy against training step, epoch or samples seen, from the snapshot's
(thinned) history; the learning rate below them when a run's rate changes."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtWidgets

from ...core.history import X_AXES
from ...core.protocol import Frame, Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES, run_labels
from ..drawing.base import Panel
from ..drawing.plotting import (
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
from ..theme import Theme, current

LOSS_COLUMNS = ("train_loss", "test_loss")
ACCURACY_COLUMNS = ("train_accuracy", "test_accuracy")
LOG_DECADES = 40  # the log axis shows at most this many decades below the top
SPIKE_CAP = 10  # the linear axis ends at most this many times above the first loss
POINTS_PER_PIXEL = 0.5  # long histories are drawn as means of this many points a pixel
LR_PLOT_HEIGHT = 90  # pixels of the learning-rate plot, at most


def linear_top(values: np.ndarray) -> float:
    """The largest finite value, but at most SPIKE_CAP x the first one, so an explosion
    (drawn off the top) does not flatten the rest of the curve."""
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return 1.0
    return float(min(finite.max(), SPIKE_CAP * abs(finite[0]))) or float(finite.max())


def common_extent(ends: list[tuple[float, bool]]) -> float:
    """Where the x axis ends on an epoch or samples axis, from each run's (last x,
    diverged): the shortest way a run still training has come, so runs that cover the
    data at different paces are compared at equal epochs (all diverged: the longest)."""
    alive = [x for x, diverged in ends if not diverged]
    return min(alive) if alive else max((x for x, _ in ends), default=10.0)


def x_of_step(snapshot: Snapshot, axis: str, step: float) -> float:
    """The position of `step` on `axis` for this run (interpolated between its points)."""
    history = snapshot.history
    if axis == "step" or not len(history["step"]):
        return step
    return float(np.interp(step, history["step"], history[axis]))


class CurvesPanel(Panel):
    """Train/test loss (top, optional log scale) and accuracy (0..1) per step, epoch or
    samples seen (the x-axis choice); below them the learning rate when any run's rate
    changes (a schedule). One run: train solid, test dashed. Several: one colour and line
    style per run, test curves thinner and faded."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._style_key: list[str] | None = None
        self._x_max = StickyMax()
        self._y_max = StickyMax()
        self.log_box = QtWidgets.QCheckBox()
        self.log_box.toggled.connect(self._log_toggled)
        self.x_label = QtWidgets.QLabel()
        self.x_box = QtWidgets.QComboBox()
        for axis in X_AXES:
            self.x_box.addItem("", axis)
        self.x_box.currentIndexChanged.connect(self._x_axis_changed)
        self.x_box.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.x_box.setMinimumContentsLength(len("samples"))
        controls = QtWidgets.QGridLayout()  # in two rows: the panel's minimum stays narrow
        controls.setContentsMargins(4, 2, 4, 0)
        controls.setVerticalSpacing(2)
        controls.addWidget(self.log_box, 0, 0, 1, 2)
        controls.addWidget(self.x_label, 1, 0)
        controls.addWidget(self.x_box, 1, 1)
        controls.setColumnStretch(2, 1)

        self.graphics = pg.GraphicsLayoutWidget()
        self.loss_plot = new_plot()
        self.accuracy_plot = new_plot()
        self.accuracy_plot.setXLink(self.loss_plot)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.getAxis("left").setWidth(48)
        accuracy_ticks = [(v / 5, f"{v / 5:g}") for v in range(6)]
        self.accuracy_plot.getAxis("left").setTicks([accuracy_ticks, []])
        self.lr_plot = new_plot()  # in the layout only while a run's rate changes
        self.lr_plot.setXLink(self.loss_plot)
        self.lr_plot.getAxis("left").setWidth(48)
        self.lr_plot.setMaximumHeight(LR_PLOT_HEIGHT)
        self.graphics.addItem(self.loss_plot, 0, 0)
        self.graphics.addItem(self.accuracy_plot, 1, 0)
        self._lr_curves = []
        for _side in range(MAX_RUNS):
            curve = pg.PlotDataItem(connect="finite")
            self.lr_plot.addItem(curve)
            self._lr_curves.append(curve)
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
        """Where the step scrubbed to is marked on the x axis, or None while live."""
        line = self.seek_lines[0]
        return line.value() if line.isVisible() else None

    def divergence_steps(self) -> list[float]:
        """Where the start of divergence is marked (one per diverged run), on the x axis."""
        return [pair[0].value() for pair in self._markers if pair[0].isVisible()]

    def x_axis(self) -> str:
        """The history column the curves are drawn against (one of history.X_AXES)."""
        return self.x_box.currentData()

    def lr_curve(self, run: int) -> pg.PlotDataItem:
        """Run `run`'s learning-rate curve (0 = A)."""
        return self._lr_curves[run]

    def shows_lr(self) -> bool:
        """Whether the learning-rate plot is in the layout."""
        return self.lr_plot.scene() is not None

    def set_x_axis(self, axis: str) -> None:
        """Draw the curves against `axis` (a lesson chooses it; the box shows it)."""
        self.x_box.setCurrentIndex(X_AXES.index(axis))

    # commands ---------------------------------------------------------------------------
    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        for plot in (self.loss_plot, self.accuracy_plot, self.lr_plot):
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
        set_label(self.lr_plot, "left", self.tr("learning rate"), self._theme)
        self.x_label.setText(self.tr("x axis"))
        names = {
            "step": self.tr("step"),
            "epoch": self.tr("epoch"),
            "samples": self.tr("samples seen"),
        }
        for index, axis in enumerate(X_AXES):
            self.x_box.setItemText(index, names[axis])
        for plot in (self.accuracy_plot, self.lr_plot):
            set_label(plot, "bottom", names[self.x_axis()], self._theme)
        self.message.setText(self.tr("No accuracy: regression (loss only)"))
        self._style_key = None
        self._redraw()

    # drawing ----------------------------------------------------------------------------
    def _log_toggled(self, on: bool) -> None:
        set_log_y(self.loss_plot, on)
        self._redraw()

    def _x_axis_changed(self) -> None:
        self._x_max = StickyMax()
        self.retranslate()

    def _show_lr(self, shown: bool) -> None:
        """Put the learning-rate plot into the layout or take it out; the x-axis label
        sits on the lowest plot."""
        if shown == self.shows_lr():
            return
        if shown:
            self.graphics.addItem(self.lr_plot, 2, 0)
        else:
            self.graphics.removeItem(self.lr_plot)
        self.accuracy_plot.getAxis("bottom").showLabel(not shown)

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
        for run, curve in enumerate(self._lr_curves):
            curve.setPen(run_pen(theme, run) if compare else pen(theme.train))
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
        axis = self.x_axis()
        last_step, ends, tops, bottoms, highs, classify = 10.0, [], [], [], [], False
        rates_change = False
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
                    curve.setData(history[axis], values, symbol=lone, symbolSize=8)
            lr_curve = self._lr_curves[side]
            lr_curve.setVisible(snapshot is not None)
            if snapshot is None:
                for line in self._markers[side]:
                    line.setVisible(False)
                continue
            rates = history["lr"]
            lr_curve.setData(history[axis], rates)
            rates_change = rates_change or (len(rates) > 1 and bool(np.ptp(rates) > 0))
            steps = history["step"]
            if len(steps):
                last_step = max(last_step, float(steps[-1]))
                ends.append((float(history[axis][-1]), snapshot.diverged_at is not None))
            for line in self._markers[side]:
                line.setVisible(snapshot.diverged_at is not None)
                if snapshot.diverged_at is not None:
                    line.setValue(x_of_step(snapshot, axis, snapshot.diverged_at))
            for column in LOSS_COLUMNS:
                values = history[column]
                tops.append(linear_top(values))
                positive = values[np.isfinite(values) & (values > 0)]
                if positive.size:
                    bottoms.append(float(positive.min()))
                    highs.append(float(positive.max()))
        for line in self.seek_lines:
            line.setVisible(frame.seeking)
            line.setValue(x_of_step(sides[0], axis, frame.step))
        end = last_step if axis == "step" else common_extent(ends)
        x_range = (0.0, self._x_max.update(end))
        if self.log_box.isChecked():
            high = math.ceil(math.log10(max(highs))) if highs else 1
            low = math.floor(math.log10(min(bottoms))) if bottoms else high - 2
            low, high = max(low, high - LOG_DECADES), max(high, low + 1)
            y_range = log_range(self.loss_plot, low, high)
        else:
            y_range = (0.0, self._y_max.update(max(tops, default=1.0)))
        set_range(self.loss_plot, x_range, y_range)
        set_range(self.accuracy_plot, None, (-0.02, 1.02))
        self._show_lr(rates_change)
        if rates_change:
            rates = [run.history["lr"] for run in sides if len(run.history["lr"])]
            top = max(float(np.nanmax(values)) for values in rates)
            set_range(self.lr_plot, None, (0.0, top * 1.05))
        self.message.setVisible(not classify)
        if not classify:
            self.message.setPos((x_range[0] + x_range[1]) / 2, 0.5)
