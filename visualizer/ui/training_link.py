"""The training process for the window: the worker's Qt-free `TrainingController`, whose
messages arrive in its reader thread, with its events as Qt signals in the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from ..core.config import Config
from ..worker import TrainingController


class _Relay(QObject):
    """Carries a call from the reader thread to the GUI thread: a signal emitted in
    another thread is queued to the thread its receiver lives in."""

    call = Signal(object, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def deliver(self, function: Callable[..., Any], *args: Any) -> None:
        """The controller's `deliver`: queue `function(*args)` for the GUI thread."""
        self.call.emit(function, args)

    @Slot(object, object)
    def _run(self, function: Callable[..., Any], args: tuple) -> None:
        function(*args)


class TrainingLink(QObject):
    """Owns the `controller` (its commands are called directly) and re-emits its events,
    delivered in the GUI thread, as signals of the same names. Handed over with the
    process on a language switch; stops the process when deleted or when the event loop
    ends without the window closing."""

    frame_ready = Signal(object)
    run_data_ready = Signal(object)
    report_ready = Signal(str)  # after its callback ran
    error = Signal(str)
    process_died = Signal(object)  # the exit code (None: unknown); see cancel_reports

    def __init__(self, runs: Sequence[Config], live: bool = True, parent=None) -> None:
        super().__init__(parent)
        relay = _Relay(self)  # a child: deleted after `destroyed` stopped the reader thread
        self.controller = controller = TrainingController(runs, live, relay.deliver)
        for event, signal in (
            (controller.frame_ready, self.frame_ready),
            (controller.run_data_ready, self.run_data_ready),
            (controller.report_ready, self.report_ready),
            (controller.error, self.error),
            (controller.process_died, self.process_died),
        ):
            event.connect(signal.emit)
        self.destroyed.connect(lambda *_: controller.shutdown())
        app = QCoreApplication.instance()
        if app is not None:  # the event loop may end without closing the window
            app.aboutToQuit.connect(lambda: controller.shutdown())
