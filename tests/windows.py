"""The window tests' shared set-up: how long a training process may take to start, and a
shown main window (the `make_window` fixture in conftest builds them)."""

from __future__ import annotations

from collections.abc import Sequence

from visualizer.core.config import Config
from visualizer.ui.main_window import MainWindow

SPAWN_TIMEOUT = 30_000  # ms: spawning the training process imports NumPy afresh


def shown_window(
    qtbot,
    configs: Sequence[Config],
    live: bool = True,
    size: tuple[int, int] | None = None,
    owned: bool = True,
    **options,
) -> MainWindow:
    """A shown main window on `configs`; `live`: with its training process and first frame
    in. `owned=False` leaves it to the conftest to close (a language switch deletes the
    window it replaces, which qtbot must not close again)."""
    window = MainWindow(configs, live=live, **options)
    if owned:
        qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    if live:
        qtbot.waitUntil(lambda: window.frame is not None, timeout=SPAWN_TIMEOUT)
    return window
