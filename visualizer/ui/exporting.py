"""Writing what the window shows to files: the window as PNG (1x or 2x), SVG or PDF (with
an optional footer), a panel as PNG or SVG, the metrics as CSV, the configuration as JSON.
Every file is written to a temporary name beside its target and renamed when complete, so
a failed export leaves nothing partial and never damages an existing file."""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPoint, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from ..core.config import Config
from ..core.files import write_atomic
from ..core.history import COLUMNS
from ..core.protocol import Frame
from ..core.runs import RUN_NAMES
from .drawing.canvas import Canvas

WINDOW_FORMATS = (".png", ".svg", ".pdf")


class ExportError(OSError):
    """An export that could not be written; the message says where and why."""


def check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise ExportError(f"the folder {str(path.parent)!r} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise ExportError(f"the folder {str(path.parent)!r} cannot be written")


def _write(path: Path, data: bytes | str) -> None:
    check_folder(path)
    try:
        write_atomic(path, data)
    except OSError as error:
        raise ExportError(f"cannot write {str(path)!r}: {error.strerror or error}") from None


def footer_text(frame: Frame | None, config: Config) -> str:
    """One line naming the configuration, seed and step, stamped under exported images."""
    keys = (
        "depth",
        "width",
        "activation",
        "init",
        "init_scale",
        "batch_norm",
        "optimizer",
        "lr",
        "batch_size",
        "dataset",
        "seed",
    )
    parts = [f"{key}={getattr(config, key)}" for key in keys]
    if frame is not None:
        parts.append(f"step={frame.step}")
    return "  ".join(parts)


FOOTER_HEIGHT = 28  # pixels at scale 1


def render_widget(widget: QWidget, scale: float = 1.0, footer: str | None = None) -> QImage:
    """The widget as an image at `scale` times its size, with an optional footer line."""
    size = widget.size()
    footer_height = int(FOOTER_HEIGHT * scale) if footer else 0
    image = QImage(
        int(size.width() * scale),
        int(size.height() * scale) + footer_height,
        QImage.Format.Format_ARGB32,
    )
    image.fill(QColor("white"))
    _paint(QPainter(image), widget, scale, footer)
    return image


def vector_bytes(widget: QWidget, suffix: str, footer: str | None = None) -> bytes:
    """The widget as an SVG or PDF document one pixel to the unit (SVG user unit, PDF
    point), drawn by Qt's painter: lines stay lines and text stays text."""
    width = widget.width()
    height = widget.height() + (FOOTER_HEIGHT if footer else 0)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".svg":
        device = QSvgGenerator()
        device.setOutputDevice(buffer)
        device.setResolution(96)
        device.setSize(QSize(width, height))
        device.setViewBox(QRect(0, 0, width, height))
        device.setTitle(widget.windowTitle())
    else:
        device = QPdfWriter(buffer)
        device.setResolution(72)
        device.setTitle(widget.windowTitle())
        device.setCreator("visualizer")
        page = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "window")
        device.setPageLayout(
            QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
    _paint(QPainter(device), widget, 1.0, footer)
    return bytes(buffer.data())


def _paint(painter: QPainter, widget: QWidget, scale: float, footer: str | None) -> None:
    """Draw `widget` at `scale`, then the footer line under it, and end the painter."""
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0))
        painter.resetTransform()
        if footer:
            _draw_footer(painter, widget, footer, scale)
    finally:
        painter.end()


def _draw_footer(painter: QPainter, widget: QWidget, footer: str, scale: float) -> None:
    top, height = int(widget.height() * scale), int(FOOTER_HEIGHT * scale)
    width = int(widget.width() * scale)
    painter.fillRect(0, top, width, height, QColor("#f1f3f5"))
    font = QFont(widget.font())
    font.setPixelSize(int(14 * scale))
    painter.setFont(font)
    painter.setPen(QColor("#212529"))
    area = QRect(int(8 * scale), top, width, height)
    painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, footer)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the image could not be encoded as PNG")
    return bytes(buffer.data())


def check_window_format(path: Path) -> str:
    """The lower-case suffix of `path` if it is one the window exports to."""
    suffix = path.suffix.lower()
    if suffix not in WINDOW_FORMATS:
        raise ExportError(f"{path.name!r}: choose a .png, .svg or .pdf file name")
    return suffix


def window_writer(
    widget: QWidget, path: str | Path, scale: float = 1.0, footer: str | None = None
) -> tuple[Path, Callable[[], Path] | None]:
    """Draw the widget now (on the GUI thread, as Qt requires) as PNG at `scale`, or as SVG
    or PDF by the file's extension (vector: `scale` does not apply): SVG and PDF are
    written at once (None); for a PNG, the function that encodes and writes the
    image (thread-safe: Qt's encoder releases the interpreter lock), which returns the
    path or raises ExportError."""
    path = Path(path)
    suffix = check_window_format(path)
    check_folder(path)
    if suffix != ".png":
        _write(path, vector_bytes(widget, suffix, footer))
        return path, None
    image = render_widget(widget, scale, footer)

    def encode_and_write() -> Path:
        _write(path, png_bytes(image))
        return path

    return path, encode_and_write


def drawing_of(panel: QWidget) -> pg.GraphicsView | Canvas:
    """What the panel draws into now: its (first) pyqtgraph view, or a canvas painted in
    one pass (see panels/canvas.py), whichever is shown in it."""
    drawings = panel.findChildren(pg.GraphicsView) + panel.findChildren(Canvas)
    shown = [d for d in drawings if d.isVisibleTo(panel)] or drawings
    if not shown:
        raise ExportError("this panel has no plot to export")
    return shown[0]


def export_panel(panel: QWidget, path: str | Path) -> Path:
    """The panel's plots as PNG or SVG (by the file's extension): a pyqtgraph view through
    pyqtgraph's exporters, a canvas drawn by its own painting."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ExportError(f"{path.name!r}: choose a .png or .svg file name")
    check_folder(path)
    view = drawing_of(panel)
    if isinstance(view, Canvas):
        data = vector_bytes(view, suffix) if suffix == ".svg" else png_bytes(render_widget(view))
    elif suffix == ".svg":
        item = view.ci if isinstance(view, pg.GraphicsLayoutWidget) else view.getPlotItem()
        data = pg.exporters.SVGExporter(item).export(toBytes=True)
    else:
        item = view.ci if isinstance(view, pg.GraphicsLayoutWidget) else view.getPlotItem()
        image = pg.exporters.ImageExporter(item).export(toBytes=True)
        data = b"" if image.isNull() else png_bytes(image)
    if not data:
        raise ExportError(f"nothing was drawn into {path.name!r}")
    _write(path, data)
    return path


def metrics_csv(frame: Frame) -> str:
    """One row per step logged by run A: the history columns; with several runs, runs B..D's
    columns follow, prefixed 'b_', 'c_', 'd_' (empty where a run logged no such step)."""
    prefixes = [""] + [f"{name.lower()}_" for name in RUN_NAMES[1 : len(frame.runs)]]
    header = list(COLUMNS) + [prefix + c for prefix in prefixes[1:] for c in COLUMNS[1:]]
    lookups = [{s: i for i, s in enumerate(run.history["step"])} for run in frame.runs]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for step in frame.runs[0].history["step"]:
        row = [int(step)]
        for run, index in zip(frame.runs, lookups, strict=True):
            i = index.get(step)
            row += [_cell(run.history[c][i]) if i is not None else "" for c in COLUMNS[1:]]
        writer.writerow(row)
    return out.getvalue()


def _cell(value: float) -> str:
    return "" if not np.isfinite(value) else repr(float(value))


def save_text(text: str, path: str | Path) -> Path:
    path = Path(path)
    _write(path, text)
    return path
