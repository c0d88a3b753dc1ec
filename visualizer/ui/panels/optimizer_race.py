"""The optimizer race of Deep Learning from Scratch (ch. 6): each chosen optimizer's path
from (-7, 2) over the contours of a surface (the book's valley, or a hill with a local
minimum; see `core.race`). Needs no frames; the race (a few ms) is recomputed off the GUI
thread whenever a control changes."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ...core import race as core_race
from ..background import Jobs
from ..drawing.base import Panel
from ..drawing.plotting import (
    LEGEND_SIZE,
    TITLE_SIZE,
    Scrolled,
    blend,
    fill_legend,
    new_plot,
    pen,
    set_label,
    set_range,
    set_title,
    style_legend,
    style_plot,
)
from ..theme import Theme, current

TITLE_MARGIN = 24  # pixels beside the title: the plot's margins
TITLE_ROW, TITLE_LINE = 30, 17  # pixels: the row setTitle gives one line, and each more
LEGEND_MARGIN = 50  # the plot's margins, the legend's frame and a curve's sample
NAMES = ("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
DISPLAY = {  # proper names, the same in every language
    "sgd": "SGD",
    "momentum": "Momentum",
    "nesterov": "Nesterov",
    "adagrad": "AdaGrad",
    "rmsprop": "RMSprop",
    "adam": "Adam",
}
COLOR_INDEX = {"sgd": 0, "momentum": 1, "nesterov": 4, "adagrad": 2, "rmsprop": 6, "adam": 3}
"""Each optimizer's colour: an index into the theme's palette (distinct, strong hues)."""
STEPS_RANGE = (10, 200)
DEFAULT_STEPS = 30  # the book's figure


class OptimizerRacePanel(Panel):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = current()
        self._jobs = Jobs(self)  # races run there, their paths drawn here
        self._generation = 0
        self._done = 0
        self._done_generation = 0
        self._paths: dict[str, np.ndarray] = {}
        self._lrs: dict[str, float] = {}
        self.last_seconds = 0.0

        self.surface_label = QtWidgets.QLabel()
        self.surface_box = QtWidgets.QComboBox()
        for name in core_race.SURFACES.names():
            self.surface_box.addItem("", name)
        self.surface_box.currentIndexChanged.connect(self._surface_changed)
        self.steps_label = QtWidgets.QLabel()
        self.steps_box = QtWidgets.QSpinBox()
        self.steps_box.setRange(*STEPS_RANGE)
        self.steps_box.setValue(DEFAULT_STEPS)
        self.steps_box.valueChanged.connect(self.recompute)
        self.lr_header = QtWidgets.QLabel()
        self.reset_button = QtWidgets.QPushButton()
        self.reset_button.clicked.connect(self.reset_rates)
        self.checks: dict[str, QtWidgets.QCheckBox] = {}
        self.lr_boxes: dict[str, QtWidgets.QDoubleSpinBox] = {}
        grid = QtWidgets.QGridLayout()
        grid.addWidget(self.surface_label, 0, 0)
        grid.addWidget(self.surface_box, 0, 1)
        grid.addWidget(self.steps_label, 1, 0)
        grid.addWidget(self.steps_box, 1, 1)
        grid.addWidget(self.lr_header, 2, 1)
        for row, name in enumerate(NAMES, start=3):
            check = QtWidgets.QCheckBox(DISPLAY[name])
            check.setChecked(name in core_race.BOOK_ORDER)
            check.toggled.connect(self.recompute)
            box = QtWidgets.QDoubleSpinBox()
            box.setDecimals(3)
            box.setRange(0.001, 10.0)
            box.setSingleStep(0.05)
            box.setValue(core_race.CLASSIC_LRS[name])
            box.valueChanged.connect(self.recompute)
            grid.addWidget(check, row, 0)
            grid.addWidget(box, row, 1)
            self.checks[name], self.lr_boxes[name] = check, box
        grid.addWidget(self.reset_button, len(NAMES) + 3, 0, 1, 2)
        grid.setRowStretch(len(NAMES) + 4, 1)
        side = QtWidgets.QWidget()
        side.setLayout(grid)

        self.graphics = pg.GraphicsLayoutWidget()
        self.plot = new_plot()
        self.graphics.addItem(self.plot)
        self.surface = pg.ImageItem()  # col-major: values[x, y]
        self.surface.setZValue(-20)
        self.plot.addItem(self.surface)
        self.isocurves: list[pg.IsocurveItem] = []
        self._draw_surface()
        self.markers = pg.ScatterPlotItem(size=16, pxMode=True)
        self.plot.addItem(self.markers)
        self.curves = {name: pg.PlotDataItem(connect="finite") for name in NAMES}
        for curve in self.curves.values():
            self.plot.addItem(curve)
        self.legend = pg.LegendItem()  # under the plot: over it, it hid paths on a projector
        self.graphics.nextRow()
        self.graphics.addItem(self.legend)
        fixed = QtWidgets.QSizePolicy.Policy.Fixed
        self.legend.setSizePolicy(fixed, fixed)  # as large as its entries, centred
        self.graphics.ci.layout.setAlignment(self.legend, QtCore.Qt.AlignmentFlag.AlignHCenter)
        self._fitted = ("", False)  # the title's text, whether legend entries take 2 lines
        self.graphics.installEventFilter(self)  # its width decides the fit (_fit_texts)
        set_range(self.plot, core_race.X_RANGE, core_race.Y_RANGE)

        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 0, 0)
        layout.addWidget(Scrolled(side, horizontal=False))  # large text: the column scrolls
        layout.addWidget(self.graphics, 1)
        self.retranslate()
        self.apply_theme(self._theme)
        self.recompute()

    # read-only hooks ------------------------------------------------------------------
    def paths(self) -> dict[str, np.ndarray]:
        """name -> (steps + 1, 2) path drawn, for the checked optimizers."""
        return dict(self._paths)

    def races_done(self) -> int:
        """How many races have been drawn (tests wait on it)."""
        return self._done

    def busy(self) -> bool:  # a race on its way
        return self._done_generation < self._generation

    def chosen(self) -> list[str]:
        return [name for name in NAMES if self.checks[name].isChecked()]

    def learning_rates(self) -> dict[str, float]:
        return {name: box.value() for name, box in self.lr_boxes.items()}

    def surface_name(self) -> str:
        """The surface raced on (a `core.race.SURFACES` name)."""
        return self.surface_box.currentData()

    def set_surface(self, name: str) -> None:
        """Race on the surface `name` (a lesson chooses it; the box shows it)."""
        self.surface_box.setCurrentIndex(
            self.surface_box.findData(core_race.SURFACES.canonical(name))
        )

    # commands -------------------------------------------------------------------------
    def _redraw(self) -> None:
        """Nothing to draw from frames: the race redraws when its own controls change."""

    def recompute(self) -> None:
        """Start a race with the controls' values; a newer request supersedes older ones."""
        self._generation += 1
        generation, lrs = self._generation, self.learning_rates()
        args = (self.chosen(), self.steps_box.value(), lrs, core_race.START, self.surface_name())

        def timed() -> tuple[dict[str, np.ndarray], float]:
            start = time.perf_counter()
            return core_race.race(*args), time.perf_counter() - start

        self._jobs.start(
            timed, lambda result, error: self._race_done(generation, lrs, result, error)
        )

    def reset_rates(self) -> None:
        for name, box in self.lr_boxes.items():
            box.blockSignals(True)
            box.setValue(core_race.CLASSIC_LRS[name])
            box.blockSignals(False)
        self.recompute()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.graphics.setBackground(theme.background)
        style_plot(self.plot, theme)
        style_legend(self.legend, theme)
        background = QtGui.QColor(theme.background)
        tint = blend(theme.palette[0], theme.background, 0.22)
        cmap = pg.ColorMap(pos=[0.0, 1.0], color=[tint, background])
        self.surface.setLookupTable(cmap.getLookupTable(0.0, 1.0, 256, alpha=False))
        self._style_surface()
        for name in NAMES:
            color = theme.palette[COLOR_INDEX[name]]
            self.curves[name].setPen(pen(color, 2.5))
            self.curves[name].setSymbol("o")
            self.curves[name].setSymbolSize(5)
            self.curves[name].setSymbolBrush(color)
            self.curves[name].setSymbolPen(None)
            self.checks[name].setStyleSheet(f"color: {color}; font-weight: bold;")
        self._fill_legend()

    def retranslate(self) -> None:
        self.title = self.tr("Optimizer race")
        self.surface_label.setText(self.tr("Surface"))
        names = {"valley": self.tr("valley"), "hill": self.tr("hill (local minimum)")}
        for name, text in names.items():
            self.surface_box.setItemText(self.surface_box.findData(name), text)
        self.steps_label.setText(self.tr("Steps"))
        self.lr_header.setText(self.tr("Learning rate"))
        self.reset_button.setText(self.tr("Book's learning rates"))
        self.reset_button.setToolTip(
            self.tr("SGD 0.95, Momentum 0.1, AdaGrad 1.5, Adam 0.3 (Deep Learning from Scratch)")
        )
        set_label(self.plot, "bottom", "x", self._theme)
        set_label(self.plot, "left", "y", self._theme)
        self._fit_texts(again=True)

    # drawing ----------------------------------------------------------------------------
    def _surface_changed(self) -> None:
        """The new surface drawn and styled; the legend follows with its race."""
        self._draw_surface()
        self._style_surface()
        self._fit_texts(again=True)
        self.recompute()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Fit the texts when the drawing changes width: with the panel, or beside a side
        column grown with the text size (a title holds its plot at least as wide as its
        longest line, so the plot's own size does not follow)."""
        if watched is self.graphics and event.type() == QtCore.QEvent.Type.Resize:
            self._fit_texts()
        return False

    def _fit_texts(self, again: bool = False) -> None:
        """The title on one line where the plot has room, else the formula wrapped at its
        spaces with the start below it; the legend entries on one line each where they fit
        beside the curves, else each optimizer's distance under its name (a 1280 x 720
        projector leaves the plot about 210 px). `again`: the texts changed (language,
        surface), so set them even when the fit is the same."""
        formula = core_race.SURFACES.get(self.surface_name()).formula
        room = self.graphics.width() - self.plot.getAxis("left").width() - TITLE_MARGIN
        title = self.tr("{0}  from (-7, 2)").format(formula)
        if _width(title, TITLE_SIZE) > room:
            title = "<br>".join([*_wrapped(formula, TITLE_SIZE, room), self.tr("from (-7, 2)")])
        lrs = self.learning_rates()
        entries = [_width(self._entry(name, lrs[name], 1e-4), LEGEND_SIZE) for name in NAMES]
        fitted = (title, max(entries) > self.graphics.width() - LEGEND_MARGIN)
        if fitted == self._fitted and not again:
            return
        self._fitted = fitted
        set_title(self.plot, title, self._theme)
        height = TITLE_ROW + TITLE_LINE * title.count("<br>")  # setTitle fixes one line's
        self.plot.titleLabel.setMaximumHeight(height)
        self.plot.layout.setRowFixedHeight(0, height)
        self._fill_legend()

    def _entry(self, name: str, lr: float, distance: float, two_lines: bool = False) -> str:
        """An optimizer's legend entry: its name, learning rate and final distance from the
        surface's minimum."""
        if two_lines:
            first = self.tr("{0} (lr {1:g})").format(DISPLAY[name], lr)
            second = self.tr("{0} from the minimum").format(_distance(distance))
            return f"{first}<br>{second}"
        return self.tr("{0} (lr {1:g}): {2} from the minimum").format(
            DISPLAY[name], lr, _distance(distance)
        )

    def _draw_surface(self) -> None:
        """The chosen surface's shading and contours over the figure's window."""
        surface = core_race.SURFACES.get(self.surface_name())
        xs, ys, values = core_race.contour_grid(surface.name)
        self.surface.setImage(np.sqrt(values), autoLevels=False)
        self.surface.setRect(QtCore.QRectF(xs[0], ys[0], xs[-1] - xs[0], ys[-1] - ys[0]))
        for iso in self.isocurves:
            iso.setParentItem(None)
        self.isocurves = [pg.IsocurveItem(values, level) for level in surface.levels]
        for iso in self.isocurves:
            iso.setParentItem(self.surface)  # draws in the surface's pixel coordinates

    def _style_surface(self) -> None:
        """The surface's shading levels, contour pens, and its start and global minimum."""
        surface, theme = core_race.SURFACES.get(self.surface_name()), self._theme
        self.surface.setLevels((0.0, float(np.sqrt(max(surface.levels)) * 1.6)))
        contour = QtGui.QColor(theme.foreground)
        contour.setAlpha(110)
        for iso in self.isocurves:
            iso.setPen(pg.mkPen(contour, width=1))
        self.markers.setData(
            [core_race.START[0], surface.minimum[0]],
            [core_race.START[1], surface.minimum[1]],
            symbol=["o", "+"],
            brush=[pg.mkBrush(theme.background), pg.mkBrush(theme.foreground)],
            pen=pg.mkPen(theme.foreground, width=2),
        )

    def _race_done(self, generation: int, lrs: dict, result: tuple | None, error) -> None:
        if error is not None:
            raise error
        if generation < self._generation:
            return  # a newer race is on its way
        paths, seconds = result
        self._done_generation = generation
        self._done += 1
        self.last_seconds = seconds
        self._paths, self._lrs = paths, lrs
        self._fit_texts()  # the learning rates' digits change the entries' widths
        for name, curve in self.curves.items():
            path = paths.get(name)
            if path is None:
                curve.setData([], [])
                curve.setVisible(False)
            else:
                curve.setData(path[:, 0], path[:, 1])
                curve.setVisible(True)
        self._fill_legend()

    def _fill_legend(self) -> None:
        minimum = core_race.SURFACES.get(self.surface_name()).minimum
        entries = []
        for name in NAMES:
            path = self._paths.get(name)
            if path is None:
                continue
            end = path[-1]
            finite = np.all(np.isfinite(end))
            distance = float(np.hypot(*(end - minimum))) if finite else float("inf")
            text = self._entry(name, self._lrs.get(name, 0.0), distance, self._fitted[1])
            entries.append((self.curves[name], text))
        fill_legend(self.legend, entries)


def _distance(value: float) -> str:
    return f"{value:.2g}" if np.isfinite(value) else "∞"


def _wrapped(text: str, points: str, room: float) -> list[str]:
    """`text` broken at its spaces into lines of at most `room` pixels (a longer word
    keeps a line of its own)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and _width(f"{lines[-1]} {word}", points) <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _width(text: str, points: str) -> int:
    """The width in pixels of one line of `text` at `points` ("9pt") of the app's font."""
    font = QtGui.QFont()
    font.setPointSizeF(float(points.removesuffix("pt")))
    return QtGui.QFontMetrics(font).horizontalAdvance(text)
