"""Small drawing helpers the plot panels share: theming, fixed ranges, pens.

Not a panel: panels import this module, never each other."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ..theme import RUN_DASHES, Theme, run_color

TICK_POINT_SIZE = 9
TITLE_SIZE = "10pt"
LEGEND_SIZE = "9pt"
LINE_WIDTH = 2
_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceil(value: float) -> float:
    """The smallest 'round' number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k) >= value > 0."""
    if not value > 0:
        return 1.0
    if not math.isfinite(value):
        return 1e300
    power = 10.0 ** math.floor(math.log10(value))
    for step in _NICE:
        if step * power >= value * (1 - 1e-9):
            return step * power
    return 10 * power


def nice_bounds(low: float, high: float) -> tuple[float, float]:
    """A slightly widened [low, high] with round ends, and 0 kept when it is close."""
    low_r = -nice_ceil(-low) if low < 0 else 0.0
    high_r = nice_ceil(high) if high > 0 else 0.0
    if low > 0 and low > 0.25 * high:  # a range well away from 0: do not stretch to 0
        low_r = low
    if high < 0 and high < 0.25 * low:
        high_r = high
    if high_r - low_r <= 0:
        return low - 0.5, high + 0.5
    return low_r, high_r


class StickyMax:
    """An upper view limit that only changes when the data leaves [low_share, 1] of it,
    so axes do not re-tick on every frame."""

    def __init__(self, low_share: float = 0.45) -> None:
        self.low_share = low_share
        self.value = 0.0

    def update(self, data_max: float) -> float:
        if not (data_max > 0 and math.isfinite(data_max)):
            data_max = 1e-3
        if data_max > self.value or data_max < self.low_share * self.value:
            self.value = nice_ceil(data_max * 1.05)
        return self.value


def short_number(value: float) -> str:
    """Short: 0.19, 12, 8.7e-4, 3.1e5."""
    if not math.isfinite(value):
        return "–"
    if value == 0 or 0.01 <= abs(value) < 100:
        return f"{value:.2g}"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}e{int(exponent)}"


def pen(color: str, width: float = LINE_WIDTH, dashed: bool = False) -> QtGui.QPen:
    style = QtCore.Qt.PenStyle.DashLine if dashed else QtCore.Qt.PenStyle.SolidLine
    return pg.mkPen(color, width=width, style=style)


PEN_STYLES = {
    "solid": QtCore.Qt.PenStyle.SolidLine,
    "dash": QtCore.Qt.PenStyle.DashLine,
    "dot": QtCore.Qt.PenStyle.DotLine,
    "dashdot": QtCore.Qt.PenStyle.DashDotLine,
}


def run_pen(theme: Theme, run: int, width: float = LINE_WIDTH) -> QtGui.QPen:
    """Run `run`'s colour and line style (A solid, B dashed, C dotted, D dash-dotted)."""
    style = PEN_STYLES[RUN_DASHES[run % len(RUN_DASHES)]]
    return pg.mkPen(run_color(theme, run), width=width, style=style)


def tick_font() -> QtGui.QFont:
    font = QtGui.QFont()
    font.setPointSize(TICK_POINT_SIZE)
    return font


def new_plot() -> pg.PlotItem:
    """A PlotItem with fixed ranges (no autorange), no mouse interaction, no context menu,
    its view box (data, legends) in front of the axes' grid."""
    plot = pg.PlotItem()
    plot.disableAutoRange()  # not enableAutoRange(False): that reads as axis=XAxis, enable
    plot.setMouseEnabled(False, False)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.vb.setZValue(1)  # data and legends over the grid the axes (z 0.5) draw
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setTickFont(tick_font())
        axis.enableAutoSIPrefix(False)
        axis.setStyle(maxTickLevel=0)  # no minor ticks: their alpha grid lines cost ~3x
    return plot


def blend(foreground: str, background: str, alpha: float) -> QtGui.QColor:
    """The opaque colour of `foreground` at `alpha` over `background`: drawing it costs a
    plain line, not an alpha-blended one (several times cheaper on the raster engine)."""
    front = QtGui.QColor(foreground).getRgbF()[:3]
    back = QtGui.QColor(background).getRgbF()[:3]
    mix = [alpha * f + (1 - alpha) * b for f, b in zip(front, back, strict=True)]
    return QtGui.QColor.fromRgbF(*mix)


def style_plot(plot: pg.PlotItem, theme: Theme) -> None:
    """Title and tick labels in the theme's foreground colour; axis lines, ticks and grid
    in the opaque grid colour (an alpha-blended grid costs ~1 ms a plot and frame)."""
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(grid_color(theme))
        axis.setTextPen(theme.foreground)
    plot.showGrid(x=True, y=True, alpha=1.0)
    title = plot.titleLabel.text
    if title:
        plot.setTitle(title, color=theme.foreground, size=TITLE_SIZE)


def grid_color(theme: Theme) -> QtGui.QColor:
    return blend(theme.foreground, theme.background, theme.grid_alpha)


def set_title(plot: pg.PlotItem, text: str, theme: Theme) -> None:
    plot.setTitle(text, color=theme.foreground, size=TITLE_SIZE)


def set_label(plot: pg.PlotItem, side: str, text: str, theme: Theme) -> None:
    plot.setLabel(side, text, color=theme.foreground, **{"font-size": "9pt"})


def set_range(plot: pg.PlotItem, x: tuple[float, float] | None, y: tuple[float, float] | None):
    """Set the view range without padding, skipping the call when nothing changed."""
    last = plot.__dict__.setdefault("_fixed_range", [None, None])
    if x is not None and x != last[0]:
        plot.setXRange(*x, padding=0)
        last[0] = x
    if y is not None and y != last[1]:
        plot.setYRange(*y, padding=0)
        last[1] = y


def fixed_range(plot: pg.PlotItem) -> list:
    """[x range, y range] as `set_range` last set them (None before it did)."""
    return plot.__dict__.get("_fixed_range", [None, None])


PAD_DECADES = 0.12  # room for the symbols at the ends of a log axis


def decades(
    y: np.ndarray, empty: tuple[int, int], include: tuple[int, int] | None = None
) -> tuple[int, int]:
    """(low, high) powers of ten around the finite positive values of `y` (`empty` when
    there are none), widened to `include`; at least one decade."""
    positive = y[np.isfinite(y) & (y > 0)]
    low = math.floor(math.log10(positive.min())) if positive.size else empty[0]
    high = math.ceil(math.log10(positive.max())) if positive.size else empty[1]
    if include is not None:
        low, high = min(low, include[0]), max(high, include[1])
    return low, max(high, low + 1)


def log_range(plot: pg.PlotItem, low: int, high: int, pad: float = 0.0) -> tuple[float, float]:
    """The y range of the decades low..high, `pad` decades wider; the left axis is ticked
    at the decades whenever that range changes."""
    y_range = (low - pad, high + pad)
    if fixed_range(plot)[1] != y_range:
        plot.getAxis("left").setTicks(log_ticks(low, high))
    return y_range


def drawable(values, log_y: bool) -> np.ndarray:
    """The values as floats, with what cannot be drawn (inf after divergence; 0 or less on
    a log axis) turned into NaN: a gap in the line, and no symbol painted at infinity."""
    y = np.asarray(values, dtype=float)
    keep = np.isfinite(y) & (y > 0) if log_y else np.isfinite(y)
    return np.where(keep, y, np.nan)


def style_legend(legend: pg.LegendItem, theme: Theme) -> None:
    """Text and frame in the foreground colour on an opaque background: a curve passing
    under the legend (a flat loss at the top of the plot) must not run through its text."""
    legend.setLabelTextColor(theme.foreground)
    legend.setLabelTextSize(LEGEND_SIZE)
    legend.setBrush(QtGui.QColor(theme.background))
    legend.setPen(theme.foreground)


def fill_legend(legend: pg.LegendItem, entries: list[tuple[pg.PlotDataItem, str]]) -> None:
    """Replace a legend's entries (only called when the entries change). A legend in a
    layout is laid out again at once: pyqtgraph's LegendItem.updateSize moves it to (0, 0),
    over the plots, and nothing put it back in its cell until the view was resized."""
    legend.clear()
    for item, name in entries:
        legend.addItem(item, name)
    layout = legend.parentLayoutItem()
    if isinstance(layout, QtWidgets.QGraphicsLayout):
        layout.invalidate()
        layout.activate()


def lookup_table(theme: Theme, color: str) -> np.ndarray:
    """A 256-entry RGBA table from the background to `color` to a deeper shade of it."""
    end = QtGui.QColor(color)
    deep = end.darker(170) if theme.name == "light" else end.lighter(140)
    stops = [QtGui.QColor(theme.background), end, deep]
    cmap = pg.ColorMap(pos=[0.0, 0.6, 1.0], color=stops)
    return cmap.getLookupTable(0.0, 1.0, 256, alpha=False)


def log_ticks(low: int, high: int) -> list[list[tuple[float, str]]]:
    """Ticks for a log10 axis spanning decades low..high (view coordinates are log10):
    at most about 7 labelled decades, and 2 and 5 between them over 2 decades or fewer."""
    span = high - low
    every = next(k for k in (1, 2, 5, 10, 20, 50) if span / k <= 7)
    ticks = [(float(d), _decade(d)) for d in range(low, high + 1) if d % every == 0]
    if span <= 2:
        ticks += [(d + math.log10(m), f"{m * 10.0**d:g}") for d in range(low, high) for m in (2, 5)]
    return [sorted(ticks), []]


def _decade(power: int) -> str:
    return f"{10.0**power:g}" if -3 <= power <= 4 else f"1e{power}"


def set_log_y(plot: pg.PlotItem, on: bool) -> None:
    """Switch the y-axis to log10 (pyqtgraph re-enables autorange there: undo that)."""
    plot.setLogMode(y=on)
    plot.disableAutoRange()
    plot.__dict__.pop("_fixed_range", None)
    if not on:
        plot.getAxis("left").setTicks(None)


def park(graphics: pg.GraphicsLayoutWidget, item: QtWidgets.QGraphicsWidget) -> None:
    """Keep an item that is out of the layout hidden in the scene, so that the scene owns
    and deletes it with the widget: items left outside any scene crash the garbage
    collector later (seen with PySide6 6.10 in the main window)."""
    scene = graphics.scene()
    if item.scene() is not scene:
        scene.addItem(item)
    item.hide()


def place(graphics: pg.GraphicsLayoutWidget, item, row: int, column: int, colspan: int = 1):
    """Put a (parked) item into the layout cell and show it."""
    item.show()
    graphics.addItem(item, row, column, colspan=colspan)


def clear_layout(graphics: pg.GraphicsLayoutWidget) -> None:
    """Take every item out of the layout and park it."""
    for item in list(graphics.ci.items):
        graphics.removeItem(item)
        park(graphics, item)


class Scrolled(QtWidgets.QScrollArea):
    """`widget` scrolled along one axis when the panel is smaller than it (presenter
    mode's larger text on a small screen), so the panel's minimum size stays small; across
    that axis it takes the widget's full size."""

    def __init__(self, widget: QtWidgets.QWidget, horizontal: bool) -> None:
        super().__init__()
        self.horizontal = horizontal
        self.setWidget(widget)
        self.setWidgetResizable(True)
        self.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        bars = QtCore.Qt.ScrollBarPolicy
        off, needed = bars.ScrollBarAlwaysOff, bars.ScrollBarAsNeeded
        self.setHorizontalScrollBarPolicy(needed if horizontal else off)
        self.setVerticalScrollBarPolicy(off if horizontal else needed)
        policy = QtWidgets.QSizePolicy.Policy
        fixed, expanding = policy.Fixed, policy.Expanding
        self.setSizePolicy(*((expanding, fixed) if horizontal else (fixed, expanding)))

    def sizeHint(self) -> QtCore.QSize:
        hint = self.widget().sizeHint()
        bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        if self.horizontal:  # room for the scroll bar only when it shows
            wider = hint.width() > self.viewport().width()
            return QtCore.QSize(hint.width(), hint.height() + bar * wider)
        return QtCore.QSize(hint.width() + bar, hint.height())

    def minimumSizeHint(self) -> QtCore.QSize:
        hint = self.sizeHint()
        return QtCore.QSize(0, hint.height()) if self.horizontal else QtCore.QSize(hint.width(), 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.horizontal and event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the scroll bar came or went
