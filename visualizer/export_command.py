"""Headless rendering of the whole window to PNG, SVG or PDF, for slides and the README's
screenshots."""

from __future__ import annotations

import math
import os
import re
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .core.config import Config, ConfigError
from .core.files import write_atomic
from .core.protocol import Extra, Frame, RunData
from .core.session import Session
from .headless import trained_in_parts
from .ui.exporting import WINDOW_FORMATS
from .ui.frames import ending_at_its_step
from .ui.launch import quiet_offscreen

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

SIZE_PATTERN = re.compile(r"^(\d{3,5})x(\d{3,5})$")


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' -> (1920, 1080); sides from 400 to 8000 pixels."""
    match = SIZE_PATTERN.match(text.strip().lower())
    if not match or not all(400 <= int(v) <= 8000 for v in match.groups()):
        raise ConfigError(f"--size: {text!r} is not WIDTHxHEIGHT with sides 400..8000")
    return int(match[1]), int(match[2])


def checked_out(out: str | Path) -> Path:
    """`--out` as a path, if its suffix is a format the window exports to and its folder
    exists."""
    out = Path(out)
    if out.suffix.lower() not in WINDOW_FORMATS:
        raise ConfigError(f"--out: {out.name!r} must end in {', '.join(WINDOW_FORMATS)}")
    if not out.parent.is_dir():
        raise ConfigError(f"--out: folder {str(out.parent)!r} does not exist")
    return out


@contextmanager
def scratch_settings() -> Iterator[None]:
    """QSettings in a temporary folder meanwhile: a window made for an export neither reads
    the user's remembered settings nor overwrites them when it closes."""
    from PySide6.QtCore import QSettings, QStandardPaths

    native, user = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    with tempfile.TemporaryDirectory(prefix="visualizer-export-settings-") as folder:
        QSettings.setPath(native, user, folder)
        try:
            yield
        finally:
            default = QStandardPaths.StandardLocation.GenericConfigLocation
            QSettings.setPath(native, user, QStandardPaths.writableLocation(default))


def trained_session(runs: Sequence[Config], steps: int) -> Session:
    """Train `steps` steps in this process (stopping when every run diverged); the
    session's frames then carry every extra and the probe's statistics."""
    with trained_in_parts() as parts:
        session = Session(runs, parts=parts)
        for index in range(steps):
            session.step(record=index == steps - 1)  # the last step measures update ratios
            if session.all_diverged:
                break
    session.refresh_stats()
    session.extras = frozenset(Extra)
    return session


def frame_at(session: Session, step: int | None) -> Frame:
    """The frame at `step` (as recorded then; the curves end there), or the live one."""
    if step is None or step >= session.step_count:
        session.seek(None)
        return session.frame()
    session.seek(step)
    return ending_at_its_step(session.frame())


def run_points(session: Session) -> dict[int, RunData]:
    """The session's newly built runs' data points, by run_id."""
    return {data.run_id: data for data in session.take_run_data()}


def trained_frame(runs: Sequence[Config], steps: int) -> tuple[Frame, dict[int, RunData]]:
    """Train `steps` steps in this process; one frame with every extra, and the runs' data
    points by run_id."""
    session = trained_session(runs, steps)
    return session.frame(), run_points(session)


@contextmanager
def staged_window(
    runs: Sequence[Config],
    size: tuple[int, int],
    theme_name: str,
    lang: str,
    preset: str | None,
    views: tuple[str, ...],
    lesson_step: int = 0,
) -> Iterator:
    """A main window with no training process, shown offscreen at `size` in `theme_name`
    and `lang` with `views` in front and the lesson `preset` at its `lesson_step`
    (0-based; its question covering the panels); closed (and the language reset)
    afterwards. A size below the window's minimum is laid out k times larger, with the
    same aspect ratio, and `grabbed` scales it back."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from .ui import i18n
    from .ui.launch import application
    from .ui.main_window import MainWindow

    app = application()
    i18n.install(lang)
    window = MainWindow(runs, live=False, lang=lang)
    try:
        window.apply_view(theme_name=theme_name, preset=preset, step=lesson_step)
        for view in views:
            window.show_view(view)
        window.resize(*size)
        window.show()
        app.processEvents()
        k = max(window.width() / size[0], window.height() / size[1])
        if k > 1:
            window.resize(math.ceil(size[0] * k), math.ceil(size[1] * k))
            app.processEvents()
        yield app, window
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        i18n.install("en")  # the process's default again


SETTLE_SECONDS = 10.0
"""The longest an export waits for panels whose drawing is computed off the GUI thread."""


def draw(app, window, frame: Frame, points: dict[int, RunData]) -> None:
    """Show `frame` on every panel of a staged window, now, and what panels compute off
    the GUI thread (the optimizer race) once it is in."""
    window.show_run_data(points)
    window.show_frame(frame)
    app.processEvents()
    deadline = time.monotonic() + SETTLE_SECONDS
    while any(panel.busy() for panel in window.views.values()) and time.monotonic() < deadline:
        time.sleep(0.002)
        app.processEvents()


@scratch_settings()  # the export's window must not read or overwrite the user's settings
@quiet_offscreen()  # nor say what only the offscreen platform says
def export_window(
    runs: Sequence[Config],
    steps: int,
    out: str | Path,
    size: tuple[int, int] = (1920, 1080),
    theme_name: str = "light",
    lang: str = "en",
    preset: str | None = None,
    views: tuple[str, ...] = (),
    at_step: int | None = None,
    lesson_step: int = 0,
) -> Path:
    """Render the main window after `steps` steps (or as it was at `at_step`) into `out`
    (written atomically): a PNG screenshot, or an SVG or PDF drawing with text as text, by
    the suffix. The lesson `preset` shows at its `lesson_step` (0-based)."""
    out = checked_out(out)
    session = trained_session(runs, steps)
    points = run_points(session)
    staged = staged_window(runs, size, theme_name, lang, preset, views, lesson_step)
    with staged as (app, window):
        draw(app, window, frame_at(session, at_step), points)
        _write_out(out, _window_bytes(window, out, size))
    return out


@scratch_settings()
@quiet_offscreen()
def export_animation(
    runs: Sequence[Config],
    steps: int,
    out: str | Path,
    frames: int,
    fps: float,
    size: tuple[int, int] = (1280, 720),
    theme_name: str = "light",
    lang: str = "en",
    preset: str | None = None,
    views: tuple[str, ...] = (),
    lesson_step: int = 0,
) -> Path:
    """Train `steps` steps headless, then draw the window at `frames` evenly spaced steps
    and write them to `out` as an animated GIF or PNG (atomically: nothing partial)."""
    from .ui.animation import checked_animation, encode, frame_steps, to_pil

    out = checked_animation(out, frames, fps)
    session = trained_session(runs, steps)
    points = run_points(session)
    last, images = session.step_count, []
    staged = staged_window(runs, size, theme_name, lang, preset, views, lesson_step)
    with staged as (app, window):
        for step in frame_steps(last, frames):
            draw(app, window, frame_at(session, step), points)  # the last one: live
            images.append(to_pil(grabbed(window, size)))
    _write_out(out, encode(images, ".gif" if out.suffix.lower() == ".gif" else ".png", fps))
    return out


def _write_out(out: Path, data: bytes) -> None:
    """Write `data` to `out` atomically; a folder that refuses is a one-line error."""
    try:
        write_atomic(out, data)
    except OSError as error:
        raise ConfigError(f"--out: cannot write {str(out)!r}: {error.strerror}") from None


def grabbed(window, size: tuple[int, int]) -> QImage:
    """The window as shown, at exactly `size` (scaled down when it is laid out larger)."""
    from PySide6.QtCore import Qt

    image = window.grab().toImage()
    if (image.width(), image.height()) == size:
        return image
    return image.scaled(
        *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


def _window_bytes(window, out: Path, size: tuple[int, int]) -> bytes:
    """The window as shown (a PNG screenshot), or drawn as SVG or PDF, by `out`'s suffix."""
    from .ui.exporting import ExportError, png_bytes, vector_bytes

    if out.suffix.lower() != ".png":
        return vector_bytes(window, out.suffix.lower())
    try:
        return png_bytes(grabbed(window, size))
    except ExportError:
        raise ConfigError(f"--out: could not encode {str(out)!r} as PNG") from None
