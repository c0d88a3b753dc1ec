"""Hyper-parameter search (notes 002; Bergstra and Bengio 2012): random or grid search
over log10 learning rate x log10 weight decay, N short trainings of run A in a child
process (`core.search_run` through `background.LineProcess`: never on the GUI thread,
cancellable, with progress), then coarse-to-fine rounds around the best. Two plots: the
trainings over the two axes coloured by validation accuracy, and the accuracy against the
learning rate alone, where a grid's repeated learning rates stack up."""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

from ...core import search as core_search
from ...core.config import Config
from ...core.protocol import Frame
from ..background import LineProcess
from ..drawing.base import Panel
from ..drawing.plotting import log_ticks, new_plot, set_label, set_range, set_title, style_plot
from ..theme import Theme, current

CHILD = "visualizer.core.search_run"
COLOR_MAP = "viridis"  # perceptually uniform, readable for colour-blind viewers
POINT_SIZE = 13
PAD = 0.15  # decades around the boxes searched


class SearchPanel(Panel):
    """Emits `trial_done(Trial)` as each training's result arrives and `finished()` when a
    round has ended (its last training, or an error)."""

    trial_done = Signal(object)
    finished = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._frame: Frame | None = None
        self._child = LineProcess(self)
        self._config: Config | None = None  # run A as it was at Start
        self._rounds: list[tuple[core_search.Spec, list[core_search.Trial]]] = []
        self._error = ""
        self._cmap = pg.colormap.get(COLOR_MAP)

        self.method_box = QtWidgets.QComboBox()
        for method in core_search.METHODS:
            self.method_box.addItem("", method)
        self.budget_label, self.steps_label = QtWidgets.QLabel(), QtWidgets.QLabel()
        self.budget_box = QtWidgets.QSpinBox()
        self.budget_box.setRange(*core_search.BUDGET_RANGE)
        self.budget_box.setValue(core_search.DEFAULT_BUDGET)
        self.steps_box = QtWidgets.QSpinBox()
        self.steps_box.setRange(*core_search.STEPS_RANGE)
        self.steps_box.setSingleStep(50)
        self.steps_box.setValue(core_search.DEFAULT_STEPS)
        self.start_button = QtWidgets.QPushButton()
        self.start_button.clicked.connect(self.start)
        self.refine_button = QtWidgets.QPushButton()
        self.refine_button.clicked.connect(self.refine)
        self.cancel_button = QtWidgets.QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setFormat("%v / %m")
        self.status = QtWidgets.QLabel()
        self.status.setWordWrap(True)
        # Two rows (the search's settings, then its actions and progress) keep the
        # panel narrow enough for the window's minimum layout on a 1280-wide screen.
        settings, actions = QtWidgets.QHBoxLayout(), QtWidgets.QHBoxLayout()
        for widget in (self.method_box, self.budget_label, self.budget_box):
            settings.addWidget(widget)
        for widget in (self.steps_label, self.steps_box):
            settings.addWidget(widget)
        settings.addStretch(1)
        for widget in (self.start_button, self.refine_button, self.cancel_button):
            actions.addWidget(widget)
        actions.addWidget(self.progress, 1)
        controls = QtWidgets.QVBoxLayout()
        controls.setContentsMargins(4, 2, 4, 0)
        controls.addLayout(settings)
        controls.addLayout(actions)

        self.graphics = pg.GraphicsLayoutWidget()
        self.space, self.marginal = new_plot(), new_plot()
        self.space_points = pg.ScatterPlotItem(pxMode=True)
        self.marginal_points = pg.ScatterPlotItem(pxMode=True)
        self.best_mark = pg.ScatterPlotItem(pxMode=True, symbol="star", size=POINT_SIZE + 14)
        self.boxes = pg.PlotCurveItem(connect="pairs")
        for item in (self.boxes, self.space_points, self.best_mark):
            self.space.addItem(item)
        self.marginal.addItem(self.marginal_points)
        self.color_bar = pg.ColorBarItem(
            values=(0.0, 1.0), colorMap=self._cmap, interactive=False, width=14
        )
        self.graphics.addItem(self.space, 0, 0)
        self.graphics.addItem(self.marginal, 0, 1)
        self.graphics.addItem(self.color_bar, 0, 2)
        set_range(self.marginal, None, (0.0, 1.02))

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(self.graphics, 1)
        self.retranslate()
        self.apply_theme(self._theme)

    # read-only hooks ------------------------------------------------------------------
    def running(self) -> bool:
        return self._child.running

    def busy(self) -> bool:
        return self._child.running

    def search_pid(self) -> int:
        """The process the search runs in (0 when none runs)."""
        return self._child.process_id()

    def rounds(self) -> list[tuple[core_search.Spec, list[core_search.Trial]]]:
        return [(spec, list(trials)) for spec, trials in self._rounds]

    def trials(self) -> list[core_search.Trial]:
        return [trial for _, trials in self._rounds for trial in trials]

    def status_text(self) -> str:
        return self.status.text()

    def spec(self) -> core_search.Spec:
        """The first round the controls describe, for run A's seed."""
        seed = self._frame.runs[0].config.seed if self._frame is not None else 0
        return core_search.Spec(
            method=self.method_box.currentData(),
            budget=self.budget_box.value(),
            steps=self.steps_box.value(),
            seed=seed,
        )

    # commands -------------------------------------------------------------------------
    def start(self) -> None:
        """A new search of run A as it is now, with the controls' method, budget and steps."""
        if self._frame is None:
            return
        self._config = self._frame.runs[0].config
        self._rounds = []
        self._run(self.spec())

    def refine(self) -> None:
        """The next round: the same search in a box half as wide around the best so far."""
        if self._child.running or not self._rounds or self._config is None:
            return
        spec, _ = self._rounds[-1]
        self._run(core_search.refined(spec, self.trials()))

    def cancel(self) -> None:
        if not self._child.running:
            return
        self._child.cancel()
        spec, trials = self._rounds[-1]
        self._error = self.tr("Cancelled after {0} of {1} trainings.").format(
            len(trials), spec.budget
        )
        self._update()

    def shutdown(self) -> None:
        """The window is closing: end the search's process now."""
        self._child.cancel()

    def set_method(self, method: str) -> None:
        self.method_box.setCurrentIndex(self.method_box.findData(method))

    def _redraw(self) -> None:
        """Frames only tell which run to search (run A's configuration at Start)."""
        self._update_buttons()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        for plot in (self.space, self.marginal):
            style_plot(plot, theme)
        axis = self.color_bar.getAxis("right")
        axis.setPen(theme.foreground)
        axis.setTextPen(theme.foreground)
        self.boxes.setPen(pg.mkPen(theme.foreground, width=1, style=QtCore.Qt.PenStyle.DashLine))
        self.retranslate()

    def retranslate(self) -> None:
        self.title = self.tr("Hyper-parameter search")
        names = {"random": self.tr("Random search"), "grid": self.tr("Grid search")}
        for method, text in names.items():
            self.method_box.setItemText(self.method_box.findData(method), text)
        self.budget_label.setText(self.tr("Trainings"))
        self.budget_box.setToolTip(self.tr("The budget: how many short trainings a round runs"))
        self.steps_label.setText(self.tr("Steps each"))
        self.start_button.setText(self.tr("Start"))
        self.start_button.setToolTip(
            self.tr("Train run A once per point, in the background, each from the same seed")
        )
        self.refine_button.setText(self.tr("Refine around the best"))
        self.refine_button.setToolTip(
            self.tr("Coarse to fine: another round in a box half as wide around the best")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        theme = self._theme
        set_label(self.space, "bottom", self.tr("learning rate (log scale)"), theme)
        set_label(self.space, "left", self.tr("weight decay (L2, log scale)"), theme)
        set_label(self.marginal, "bottom", self.tr("learning rate (log scale)"), theme)
        set_label(self.marginal, "left", self.tr("validation accuracy"), theme)
        set_title(self.space, self.tr("Every training, coloured by validation accuracy"), theme)
        set_title(self.marginal, self.tr("Validation accuracy by learning rate alone"), theme)
        self.color_bar.setLabel("right", self.tr("validation accuracy"), color=theme.foreground)
        self._update()

    # running ----------------------------------------------------------------------------
    def _run(self, spec: core_search.Spec) -> None:
        self._rounds.append((spec, []))
        self._error = ""
        request = {"config": self._config.to_dict(), "spec": spec.to_dict()}
        self._child.start(CHILD, request, self._line, self._ended)
        self._update()

    def _line(self, message: dict) -> None:
        trial = core_search.Trial.from_dict(message["trial"])
        self._rounds[-1][1].append(trial)
        self.trial_done.emit(trial)
        self._update()

    def _ended(self, error: str | None) -> None:
        self._error = error or ""
        self._update()
        self.finished.emit()

    # drawing ----------------------------------------------------------------------------
    def _update(self) -> None:
        self._update_buttons()
        self._update_status()
        self._draw()

    def _update_buttons(self) -> None:
        running = self._child.running
        self.start_button.setEnabled(not running and self._frame is not None)
        best = core_search.best(self.trials())
        self.refine_button.setEnabled(not running and best is not None)
        self.cancel_button.setEnabled(running)
        for box in (self.method_box, self.budget_box, self.steps_box):
            box.setEnabled(not running)
        spec = self._rounds[-1][0] if self._rounds else None
        self.progress.setRange(0, spec.budget if spec else 1)
        self.progress.setValue(len(self._rounds[-1][1]) if self._rounds else 0)

    def _update_status(self) -> None:
        if not self._rounds:
            text = self.tr(
                "Start runs N short trainings of run A in the background, each at a learning "
                "rate and an L2 weight decay drawn at random (or on a grid) on log scales, and "
                "scores each on the held-out data."
            )
        else:
            spec, trials = self._rounds[-1]
            lrs = core_search.distinct([t.log_lr for t in trials])
            method = self.method_box.itemText(self.method_box.findData(spec.method))
            text = self.tr(
                "Round {0} ({1}): {2} of {3} trainings, {4} different learning rates."
            ).format(spec.round, method, len(trials), spec.budget, lrs)
            best = core_search.best(self.trials())
            if best is not None:
                text += " " + self.tr(
                    "Best so far: {0:.0%} at learning rate {1:.2g}, weight decay {2:.2g} "
                    "(round {3})."
                ).format(best.accuracy, 10**best.log_lr, 10**best.log_decay, best.round)
        self.status.setText(f"{text} {self._error}".strip())

    def _draw(self) -> None:
        trials = self.trials()
        boxes = [spec.box for spec, _ in self._rounds] or [core_search.Box()]
        self._draw_boxes(boxes)
        self._fit(boxes)
        if not trials:
            for item in (self.space_points, self.marginal_points, self.best_mark):
                item.setData([], [])
            return
        xs = np.array([t.log_lr for t in trials])
        ys = np.array([t.log_decay for t in trials])
        accuracy = np.array([t.accuracy for t in trials])
        scored = np.isfinite(accuracy)
        warning = pg.mkBrush(self._theme.warning)
        brushes = [
            pg.mkBrush(self._cmap.map(float(a), mode="qcolor")) if ok else warning
            for a, ok in zip(accuracy, scored, strict=True)
        ]
        symbols = ["o" if ok else "x" for ok in scored]
        outline = pg.mkPen(self._theme.foreground, width=1)
        common = {"size": POINT_SIZE, "brush": brushes, "symbol": symbols, "pen": outline}
        self.space_points.setData(xs, ys, **common)
        self.marginal_points.setData(xs, np.where(scored, accuracy, 0.0), **common)
        best = core_search.best(trials)
        if best is None:
            self.best_mark.setData([], [])
        else:
            pen = pg.mkPen(self._theme.foreground, width=2)
            self.best_mark.setData([best.log_lr], [best.log_decay], brush=None, pen=pen)

    def _draw_boxes(self, boxes: list[core_search.Box]) -> None:
        """Every round's box, dashed."""
        xs, ys = [], []
        for box in boxes:
            (x0, x1), (y0, y1) = box.lr, box.decay
            corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)]
            for start, end in pairwise(corners):
                xs += [start[0], end[0]]
                ys += [start[1], end[1]]
        self.boxes.setData(xs, ys)

    def _fit(self, boxes: list[core_search.Box]) -> None:
        low_x = min(box.lr[0] for box in boxes) - PAD
        high_x = max(box.lr[1] for box in boxes) + PAD
        low_y = min(box.decay[0] for box in boxes) - PAD
        high_y = max(box.decay[1] for box in boxes) + PAD
        ticks_x = log_ticks(math.floor(low_x + PAD), math.ceil(high_x - PAD))
        ticks_y = log_ticks(math.floor(low_y + PAD), math.ceil(high_y - PAD))
        for plot in (self.space, self.marginal):
            plot.getAxis("bottom").setTicks(ticks_x)
        self.space.getAxis("left").setTicks(ticks_y)
        set_range(self.space, (low_x, high_x), (low_y, high_y))
        set_range(self.marginal, (low_x, high_x), None)
