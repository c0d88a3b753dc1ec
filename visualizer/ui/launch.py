"""Create the application and open the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..core import presets
from ..core.config import Config

FIRST_PRESET = "sigmoid_std1"  # the seed experiment: histograms piling up at 0 and 1


def application() -> QApplication:
    """The QApplication, created once, with pyqtgraph set for fast drawing."""
    import pyqtgraph

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("visualizer")
    app.setOrganizationName("visualizer")
    pyqtgraph.setConfigOptions(antialias=True, foreground="k", background="w")
    return app


def initial_configs(preset: str | None) -> tuple[Config, Config | None]:
    chosen = presets.get(preset or FIRST_PRESET)
    return chosen.config(), chosen.config_b()


def launch(preset: str | None = None, lang: str | None = None) -> int:
    """Open the window (with `preset`, or the seed experiment) and run the event loop."""
    from .main_window import MainWindow

    config_a, config_b = initial_configs(preset)
    app = application()
    window = MainWindow(config_a, config_b)
    window.show()
    return app.exec()
