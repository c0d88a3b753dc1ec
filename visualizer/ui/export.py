"""Headless rendering of the whole window to PNG, for slides and the README's screenshots."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from ..core.config import Config, ConfigError
from ..core.files import write_atomic
from ..core.protocol import Extra, Frame, RunData
from ..core.session import Session

SIZE_PATTERN = re.compile(r"^(\d{3,5})x(\d{3,5})$")


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' -> (1920, 1080); sides from 400 to 8000 pixels."""
    match = SIZE_PATTERN.match(text.strip().lower())
    if not match or not all(400 <= int(v) <= 8000 for v in match.groups()):
        raise ConfigError(f"--size: {text!r} is not WIDTHxHEIGHT with sides 400..8000")
    return int(match[1]), int(match[2])


def trained_frame(runs: Sequence[Config], steps: int) -> tuple[Frame, dict[int, RunData]]:
    """Train `steps` steps in this process; one frame with every extra, and the runs' data
    points by run_id."""
    session = Session(runs)
    for index in range(steps):
        session.step(record=index == steps - 1)  # the last step measures update ratios
        if session.all_diverged:
            break
    session.refresh_stats()
    session.extras = frozenset(Extra)
    return session.frame(), {data.run_id: data for data in session.take_run_data()}


def export_window(
    runs: Sequence[Config],
    steps: int,
    out: str | Path,
    size: tuple[int, int] = (1920, 1080),
    theme_name: str = "light",
    lang: str = "en",
    preset: str | None = None,
    views: tuple[str, ...] = (),
) -> Path:
    """Render the main window after `steps` steps into the PNG `out` (written atomically)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice

    from . import i18n
    from .launch import application
    from .main_window import MainWindow

    out = Path(out)
    if not out.parent.is_dir():
        raise ConfigError(f"--out: folder {str(out.parent)!r} does not exist")
    frame, points = trained_frame(runs, steps)
    app = application()
    i18n.install(lang)
    window = MainWindow(runs, live=False, lang=lang)
    try:
        window.apply_view(theme_name=theme_name, preset=preset)
        for view in views:
            window.show_view(view)
        window.resize(*size)
        window.show()
        app.processEvents()
        window.show_run_data(points)
        window.show_frame(frame)
        app.processEvents()
        image = window.grab().toImage()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise ConfigError(f"--out: could not encode {str(out)!r} as PNG")
        try:
            write_atomic(out, bytes(buffer.data()))
        except OSError as error:
            raise ConfigError(f"--out: cannot write {str(out)!r}: {error.strerror}") from None
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        i18n.install("en")  # the process's default again
    return out
