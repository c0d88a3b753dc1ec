"""Writing what the window shows to files: PNG of the window (1x or 2x, optional footer),
PNG and SVG of a panel, CSV of the metrics, JSON of the configuration. Every file is
written to a temporary name beside its target and renamed when complete, so a failed
export leaves nothing partial and never damages an existing file."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QWidget

from ..core.config import Config
from ..core.history import COLUMNS
from ..core.report import write_atomic
from ..core.snapshot import Frame


class ExportError(OSError):
    """An export that could not be written; the message says where and why."""


def _check_folder(path: Path) -> None:
    if not path.parent.is_dir():
        raise ExportError(f"the folder {str(path.parent)!r} does not exist")
    if not os.access(path.parent, os.W_OK):
        raise ExportError(f"the folder {str(path.parent)!r} cannot be written")


def _write(path: Path, data: bytes | str) -> None:
    _check_folder(path)
    try:
        write_atomic(path, data)
    except OSError as error:
        raise ExportError(f"cannot write {str(path)!r}: {error.strerror or error}") from None


def footer_text(frame: Frame | None, config: Config) -> str:
    """One line naming the configuration, seed and step, stamped under exported images."""
    keys = ("depth", "width", "activation", "init", "init_scale", "batch_norm", "optimizer",
            "lr", "batch_size", "dataset", "seed")  # fmt: skip
    parts = [f"{key}={getattr(config, key)}" for key in keys]
    if frame is not None:
        parts.append(f"step={frame.a.step}")
    return "  ".join(parts)


def render_widget(widget: QWidget, scale: float = 1.0, footer: str | None = None) -> QImage:
    """The widget as an image at `scale` times its size, with an optional footer line."""
    size = widget.size()
    footer_height = int(28 * scale) if footer else 0
    image = QImage(
        int(size.width() * scale), int(size.height() * scale) + footer_height,
        QImage.Format.Format_ARGB32,
    )  # fmt: skip
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        widget.render(painter, QPoint(0, 0))
        painter.resetTransform()
        if footer:
            _draw_footer(painter, widget, image, footer, footer_height, scale)
    finally:
        painter.end()
    return image


def _draw_footer(painter, widget, image, footer: str, height: int, scale: float) -> None:
    top = image.height() - height
    painter.fillRect(0, top, image.width(), height, QColor("#f1f3f5"))
    font = QFont(widget.font())
    font.setPixelSize(int(14 * scale))
    painter.setFont(font)
    painter.setPen(QColor("#212529"))
    area = QRect(int(8 * scale), top, image.width(), height)
    painter.drawText(area, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, footer)


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise ExportError("the image could not be encoded as PNG")
    return bytes(buffer.data())


def save_image(image: QImage, path: str | Path) -> Path:
    path = Path(path)
    _write(path, png_bytes(image))
    return path


def graphics_of(panel: QWidget) -> pg.GraphicsLayoutWidget | pg.PlotWidget:
    """The panel's (first) pyqtgraph view, whose scene the exporters draw."""
    views = panel.findChildren(pg.GraphicsView)
    if not views:
        raise ExportError("this panel has no plot to export")
    return views[0]


def export_panel(panel: QWidget, path: str | Path) -> Path:
    """The panel's plots as PNG or SVG (by the file's extension), via pyqtgraph's exporters."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise ExportError(f"{path.name!r}: choose a .png or .svg file name")
    _check_folder(path)
    view = graphics_of(panel)
    item = view.ci if isinstance(view, pg.GraphicsLayoutWidget) else view.getPlotItem()
    if suffix == ".svg":
        data = pg.exporters.SVGExporter(item).export(toBytes=True)
    else:
        image = pg.exporters.ImageExporter(item).export(toBytes=True)
        data = b"" if image.isNull() else png_bytes(image)
    if not data:
        raise ExportError(f"nothing was drawn into {path.name!r}")
    _write(path, data)
    return path


def metrics_csv(frame: Frame) -> str:
    """One row per logged step: the history columns, side B's prefixed 'b_' if comparing."""
    sides = [("", frame.a)] + ([("b_", frame.b)] if frame.b is not None else [])
    header = list(COLUMNS) + [f"b_{c}" for c in COLUMNS[1:]] * (frame.b is not None)
    steps = frame.a.history["step"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    lookups = [(prefix, snap, {s: i for i, s in enumerate(snap.history["step"])})
               for prefix, snap in sides]  # fmt: skip
    for row_index, step in enumerate(steps):
        row = [int(step)] + [_cell(frame.a.history[c][row_index]) for c in COLUMNS[1:]]
        for prefix, snap, index in lookups:
            if prefix:
                i = index.get(step)
                row += [_cell(snap.history[c][i]) if i is not None else "" for c in COLUMNS[1:]]
        writer.writerow(row)
    return out.getvalue()


def _cell(value: float) -> str:
    return "" if not np.isfinite(value) else repr(float(value))


def save_text(text: str, path: str | Path) -> Path:
    path = Path(path)
    _write(path, text)
    return path
