"""What the app remembers between launches (QSettings): configuration, geometry, language,
theme, font size; and restoring the defaults."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from ..core import lessons
from ..core.config import Config, ConfigError
from ..core.my_lessons import MyLessons
from ..core.runs import runs_from_mapping, runs_to_mapping
from ..core.window_model import DEFAULT_POINTS, WindowModel

FIRST_PRESET = "sigmoid_std1"  # the seed experiment: histograms piling up at 0 and 1


def store() -> QSettings:
    return QSettings("visualizer", "visualizer")


def my_lessons() -> MyLessons:
    """The teacher's own lessons, in the platform's data location (QStandardPaths'
    generic data folder: ~/.local/share/visualizer/lessons on Linux)."""
    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return MyLessons(Path(data) / "visualizer" / "lessons")


def save_runs(configs: Sequence[Config]) -> None:
    store().setValue("config", json.dumps(runs_to_mapping(configs)))


def load_runs() -> tuple[Config, ...] | None:
    """The last session's runs, or None when there are none or they no longer validate."""
    text = store().value("config")
    if not text:
        return None
    try:
        values = json.loads(str(text))
        return runs_from_mapping(values) if isinstance(values, dict) else None
    except (ConfigError, ValueError, TypeError, RecursionError):
        return None


def save_value(key: str, value) -> None:
    store().setValue(key, value)


def load_value(key: str, default=None):
    value = store().value(key, default)
    return default if value is None else value


def load_geometry() -> QByteArray | None:
    value = store().value("geometry")
    return value if isinstance(value, QByteArray) else None


def clear() -> None:
    """Forget everything."""
    settings = store()
    settings.clear()
    settings.sync()


def restore_defaults(model: WindowModel) -> None:
    """File > Restore defaults: forget everything; the light theme, the default text size
    and the first lesson."""
    clear()
    model.set_theme("light")
    model.set_font_points(DEFAULT_POINTS)
    model.open_lesson(lessons.get(FIRST_PRESET))


def save_window(model: WindowModel, geometry: QByteArray) -> None:
    """What the window remembers when it closes: its runs, geometry, theme, language and
    text size."""
    save_runs(model.configs)
    save_value("geometry", geometry)
    save_value("theme", model.theme)
    save_value("language", model.lang)
    save_value("font_points", model.font_points)
