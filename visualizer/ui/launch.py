"""Create the application and open the main window with the remembered settings."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..core import lessons
from ..core.config import Config


def application() -> QApplication:
    """The QApplication, created once, with pyqtgraph set for fast drawing."""
    import pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("visualizer")
    app.setOrganizationName("visualizer")
    pyqtgraph.setConfigOptions(antialias=True, foreground="k", background="w")
    return app


def initial_configs(preset: str | None, saved: tuple[Config, ...] | None) -> tuple[Config, ...]:
    """A named lesson (or lesson file) wins; else the last session's runs; else the seed
    experiment."""
    from .main_window import FIRST_PRESET

    if preset is None and saved is not None:
        return saved
    return lessons.resolve(preset or FIRST_PRESET).configs()


def launch(preset: str | None = None, lang: str | None = None) -> int:
    """Open the window and run the event loop."""
    app = application()
    from . import i18n, settings
    from .main_window import FIRST_PRESET, MainWindow

    saved = settings.load_runs()
    lang = lang or str(settings.load_value("language", i18n.system_language()))
    if lang not in i18n.LANGUAGES:
        lang = "en"
    i18n.install(lang)
    window = MainWindow(initial_configs(preset, saved), lang=lang)
    lesson = preset or (None if saved is not None else FIRST_PRESET)
    window.apply_view(str(settings.load_value("theme", "light")), lesson)
    geometry = settings.load_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    points = int(settings.load_value("font_points", 0) or 0)
    if points:
        window.set_font_size(points)
    window.show()
    return app.exec()
