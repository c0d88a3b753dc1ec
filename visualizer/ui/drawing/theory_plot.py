"""Theory beside measurement, in the layer statistics: per layer, the variance of the
pre-activations z and of the gradient dL/da that signal-propagation theory predicts at
initialization (lines: q_l = fan_in Var(W) E[f(z)^2] over z ~ N(0, q_{l-1}); g_{l-1} =
fan_out Var(W) E[f'(z)^2] g_l) and what the network measures now (markers). At step 0 the
markers land on the lines; training then moves the network away from its initialization.
Where the theory does not apply (batch norm, dropout, maxout, ...) the plot says why.
Not a panel: the layer statistics panel places it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore

from ...core.protocol import Snapshot
from ...core.runs import MAX_RUNS, RUN_NAMES
from ..i18n import core_text
from ..theme import Theme, run_color
from .plotting import (
    PAD_DECADES,
    decades,
    drawable,
    log_range,
    new_plot,
    set_label,
    set_log_y,
    set_range,
    set_title,
    style_plot,
)

SERIES = ("z", "g")  # pre-activation variance, gradient variance


class TheoryPlot:
    """Per run and series: the predicted line and the measured markers; one message."""

    def __init__(self) -> None:
        self.plot = new_plot()
        self.plot.getAxis("left").setWidth(48)
        set_log_y(self.plot, True)
        self.lines: dict[tuple[int, str], pg.PlotDataItem] = {}
        self.points: dict[tuple[int, str], pg.PlotDataItem] = {}
        for run in range(MAX_RUNS):
            for series in SERIES:
                self.lines[run, series] = pg.PlotDataItem(connect="finite")
                self.points[run, series] = pg.PlotDataItem(pen=None, symbolSize=7)
                self.plot.addItem(self.lines[run, series])
                self.plot.addItem(self.points[run, series])
        self.note = pg.TextItem(anchor=(0, 0))
        self.plot.addItem(self.note, ignoreBounds=True)
        self.note_text = ""

    def apply_theme(self, theme: Theme) -> None:
        style_plot(self.plot, theme)
        for (run, series), line in self.lines.items():
            color = run_color(theme, run)
            dash = QtCore.Qt.PenStyle.DashLine if series == "z" else QtCore.Qt.PenStyle.DotLine
            line.setPen(pg.mkPen(color, width=2, style=dash))
            marker = self.points[run, series]
            marker.setSymbol("o" if series == "z" else "s")
            marker.setSymbolPen(pg.mkPen(color, width=1.5))
            marker.setSymbolBrush(color if series == "z" else theme.background)
        self.note.setColor(theme.foreground)

    def retranslate(self, title: str, x_label: str, theme: Theme) -> None:
        set_title(self.plot, title, theme)
        set_label(self.plot, "bottom", x_label, theme)

    def draw(self, runs: tuple[Snapshot, ...], depth: int, not_applicable: str) -> None:
        """Lines where a run's theory applies, markers always; `not_applicable` formats
        the note ({run}: {reason}) for the runs where it does not."""
        values, notes = [], []
        for run in range(MAX_RUNS):
            snapshot = runs[run] if run < len(runs) else None
            theory = snapshot.theory if snapshot is not None else None
            applies = theory is not None and theory.applies
            measured = {
                "z": [s.pre_activation_std**2 for s in snapshot.layers] if snapshot else [],
                "g": [s.activation_grad_std**2 for s in snapshot.layers] if snapshot else [],
            }
            predicted = {
                "z": theory.pre_activation_var if applies else (),
                "g": theory.activation_grad_var if applies else (),
            }
            for series in SERIES:
                for item, ys in ((self.points, measured[series]), (self.lines, predicted[series])):
                    y = drawable(ys, log_y=True)
                    curve = item[run, series]
                    curve.setVisible(bool(np.isfinite(y).any()))
                    if curve.isVisible():
                        curve.setData(np.arange(1, len(y) + 1), y)
                        values.append(y)
            if snapshot is not None and theory is not None and not applies:
                notes.append(
                    not_applicable.format(run=RUN_NAMES[run], reason=core_text(theory.explanation))
                )
        self._show_note("\n".join(notes))
        y = np.concatenate(values) if values else np.array([np.nan])
        y_range = log_range(self.plot, *decades(y, (-2, 1)), PAD_DECADES)
        set_range(self.plot, (0.5, depth + 0.5), y_range)
        self.note.setPos(0.6, y_range[1])

    def _show_note(self, text: str) -> None:
        if text != self.note_text:
            self.note_text = text
            self.note.setText(text)
        self.note.setVisible(bool(text))
