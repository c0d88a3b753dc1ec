"""Create the application and open the main window with the remembered settings.

Ctrl+C (SIGINT) and SIGTERM close the window as File > Quit does (settings saved, the
training process ended); the app then exits with status 128 + the signal's number (130,
143), as a shell reports an interrupted command. A second signal while closing ends it at
once.
"""

from __future__ import annotations

import signal
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from PySide6.QtCore import QSocketNotifier, QTimer, qFormatLogMessage, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from ..core import lessons
from ..core.config import Config
from ..core.languages import LANGUAGES
from . import settings


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

    if preset is None and saved is not None:
        return saved
    return lessons.resolve(preset or settings.FIRST_PRESET, settings.my_lessons()).configs()


QUIT_SIGNALS = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def closing_on_signals(app: QApplication) -> Iterator[list[int]]:
    """Meanwhile SIGINT and SIGTERM close every window and end the event loop with status
    128 + the signal's number. Python runs a handler only when the interpreter next runs,
    so the C-level handler's byte on a socket (signal.set_wakeup_fd) wakes Qt's event loop
    to let it. Yields the signals received: the caller takes its exit status from them,
    since a signal that arrives before the event loop runs is handled once it does, when
    closing the last window also asks the loop to quit, with status 0."""
    received: list[int] = []
    wake_read, wake_write = socket.socketpair()
    for end in (wake_read, wake_write):
        end.setblocking(False)
    notifier = QSocketNotifier(wake_read.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(lambda *_: _drain(wake_read))

    def close_all() -> None:
        QApplication.closeAllWindows()  # each window saves its settings as it closes
        app.exit(128 + received[0])

    def handle(number: int, _frame) -> None:
        received.append(number)
        for quit_signal in QUIT_SIGNALS:  # a second signal while closing: the default
            signal.signal(quit_signal, signal.SIG_DFL)
        QTimer.singleShot(0, close_all)

    previous = {number: signal.signal(number, handle) for number in QUIT_SIGNALS}
    previous_fd = signal.set_wakeup_fd(wake_write.fileno(), warn_on_full_buffer=False)
    try:
        yield received
    finally:
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        notifier.setEnabled(False)
        wake_read.close()
        wake_write.close()


def _drain(wake: socket.socket) -> None:
    with suppress(OSError):  # nothing left to read
        wake.recv(512)


OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"
"""What Qt's offscreen platform says whenever a window's size limits change."""


@contextmanager
def quiet_offscreen() -> Iterator[None]:
    """Meanwhile Qt's messages go to stderr as usual, except the offscreen platform's
    OFFSCREEN_NOISE (it means nothing to a user of 'visualizer export')."""
    previous = None

    def handler(kind, context, message: str) -> None:
        if message == OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(qFormatLogMessage(kind, context, message), file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def launch(preset: str | None = None, lang: str | None = None) -> int:
    """Open the window and run the event loop."""
    app = application()
    with closing_on_signals(app) as received, quiet_offscreen():
        status = _open_window(app, preset, lang)
    return 128 + received[0] if received else status


def _open_window(app: QApplication, preset: str | None, lang: str | None) -> int:
    from . import i18n, screen_fit
    from .main_window import MainWindow

    saved = settings.load_runs()
    lang = lang or str(settings.load_value("language", i18n.system_language()))
    if lang not in LANGUAGES:
        lang = "en"
    i18n.install(lang)
    window = MainWindow(initial_configs(preset, saved), lang=lang)
    lesson = preset or (None if saved is not None else settings.FIRST_PRESET)
    window.apply_view(str(settings.load_value("theme", "light")), lesson)
    geometry = settings.load_geometry()
    if geometry is None or not window.restoreGeometry(geometry):
        screen_fit.fit_to_screen(window)
    else:
        screen_fit.keep_on_screen(window)
    points = int(settings.load_value("font_points", 0) or 0)
    if points:
        window.set_font_size(points)
    window.show()
    return app.exec()
