"""The one bridge between the engine and Qt: a QThread worker that drives the training process.

The training process (spawned, one BLAS thread) owns the trainers; the worker thread only
waits on its pipe and forwards the newest frame as a signal; the GUI thread sends commands
straight into the command pipe (cheap, never blocks on training). `link` starts and stops
the process and the thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from ..core.config import Config
from ..core.protocol import (
    Command,
    Configure,
    Extra,
    Frame,
    Pause,
    Play,
    RequestReport,
    Reset,
    RunData,
    Seek,
    SetExtras,
    SetSpeed,
    Step,
)
from .link import Link, PipeReader

DEFAULT_SPEED = 100.0  # steps/s: slow enough to watch a small net's lesson unfold


class TrainingController(QObject):
    """Lives in the GUI thread: starts the process and reader thread; its named methods
    send protocol commands (never blocking on training)."""

    frame_ready = Signal(object)
    run_data_ready = Signal(object)
    report_ready = Signal(str)  # after its callback ran
    error = Signal(str)
    process_died = Signal(object)  # the exit code (None: unknown); see cancel_reports

    def __init__(self, runs: Sequence[Config], parent=None, live: bool = True) -> None:
        """`live=False` keeps the process stopped (commands are ignored) until `reset`."""
        super().__init__(parent)
        self._runs = tuple(runs)
        self._link = link = Link()
        self.destroyed.connect(lambda *_: link.stop())
        app = QCoreApplication.instance()
        if app is not None:  # the event loop may end without closing the window
            app.aboutToQuit.connect(lambda: link.stop())
        self._speed = DEFAULT_SPEED
        self._extras: frozenset[Extra] = frozenset()
        self._next_request = 0
        self._report_callbacks: dict[int, Callable[[str], None]] = {}
        self.latest: Frame | None = None
        self.run_data: dict[int, RunData] = {}  # run_id -> points, for the live runs
        if live:
            self._start()

    def _start(self) -> None:
        self.run_data = {}  # a new process numbers its runs afresh
        self._link.start(self._runs, self._connect)
        if self._speed:
            self._send(SetSpeed(self._speed))
        if self._extras:
            self._send(SetExtras(self._extras))

    def _connect(self, reader: PipeReader) -> None:
        reader.frame_ready.connect(self._on_frame)
        reader.run_data_ready.connect(self._on_run_data)
        reader.error.connect(self.error)
        reader.report_ready.connect(self._on_report)
        reader.process_died.connect(self.process_died)

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        self.latest = frame
        live = {run.run_id for run in frame.runs}
        self.run_data = {key: data for key, data in self.run_data.items() if key in live}
        self.frame_ready.emit(frame)

    @Slot(object)
    def _on_run_data(self, data: RunData) -> None:
        self.run_data[data.run_id] = data
        self.run_data_ready.emit(data)

    @Slot(int, str)
    def _on_report(self, request: int, text: str) -> None:
        callback = self._report_callbacks.pop(request, None)
        if callback is not None:
            callback(text)
        self.report_ready.emit(text)

    @property
    def pending_reports(self) -> int:
        """Report requests not answered yet."""
        return len(self._report_callbacks)

    def cancel_reports(self) -> int:
        """Forget the unanswered report requests (the process that would answer them has
        died); returns how many there were."""
        count = len(self._report_callbacks)
        self._report_callbacks.clear()
        return count

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.is_alive()

    @property
    def _child(self) -> BaseProcess | None:
        """The training process (tests and the GUI benchmark read it)."""
        return self._link.child

    @property
    def _reader_thread(self) -> QThread | None:
        return self._link.thread

    def _send(self, command: Command) -> bool:
        """Queue a command for the training process; False when it is not running."""
        if self._link.commands is None or not self.alive:
            return False
        self._link.commands.send(command)  # queued: never blocks on a busy process
        return True

    def play(self) -> None:
        self._send(Play())

    def pause(self) -> None:
        self._send(Pause())

    def step(self) -> None:
        self._send(Step())

    def seek(self, step: int | None, tag: int = 0) -> None:
        """Show the runs as recorded at `step` (training pauses); None: live again. The
        frames that answer carry `tag`."""
        self._send(Seek(step, tag))

    def reset(self, runs: Sequence[Config] | None = None) -> None:
        """Rebuild the networks (from `runs` when given); restarts the training process if
        it had died."""
        if runs is not None:
            self._runs = tuple(runs)
        if not self.alive:
            self.shutdown()
            self._start()
        else:
            if runs is not None:
                self._send(Configure(self._runs))
            self._send(Reset())

    def configure(self, runs: Sequence[Config]) -> None:
        self._runs = tuple(runs)
        self._send(Configure(self._runs))

    def use_runs(self, runs: Sequence[Config], by_lesson: bool = False) -> None:
        """Train `runs` from now on (the window model's `runs_changed`); a lesson step's
        runs (`by_lesson`) start paused, for the class to look."""
        if by_lesson:
            self.pause()
        self.configure(runs)

    def request_report(self, callback: Callable[[str], None]) -> bool:
        """Ask for the `visualizer run` JSON of every run: `callback(text)` gets it (every
        request is answered, in order). False when the training process is not running."""
        self._next_request += 1
        if not self._send(RequestReport(self._next_request)):
            return False
        self._report_callbacks[self._next_request] = callback
        return True

    @property
    def speed(self) -> float:
        """The steps/s cap (0 = as fast as possible)."""
        return self._speed

    def set_speed(self, steps_per_second: float) -> None:
        self._speed = steps_per_second
        self._send(SetSpeed(steps_per_second))

    def set_extras(self, extras: frozenset[Extra]) -> None:
        if extras != self._extras:
            self._extras = extras
            self._send(SetExtras(extras))

    def shutdown(self) -> None:
        """Stop the process (ended after a short grace period when it is inside a slow
        step) and the reader thread, and wait for both."""
        self._link.stop()
        self._report_callbacks.clear()  # no process will answer them
