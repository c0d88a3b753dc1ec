"""The one bridge between the engine and Qt: a QThread worker that drives the training process.

The training process (spawned, one BLAS thread) owns the trainers; the worker thread only
waits on its pipe and forwards the newest frame as a signal; the GUI thread sends commands
straight into the command pipe (cheap, never blocks on training).
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import threading
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .core import process
from .core.config import Config
from .core.protocol import (
    Command,
    Configure,
    Error,
    Extra,
    Frame,
    Message,
    Pause,
    Play,
    Quit,
    Report,
    RequestReport,
    Reset,
    RunData,
    Seek,
    SetExtras,
    SetSpeed,
    Step,
)

POLL_SECONDS = 0.05
DEFAULT_SPEED = 100.0  # steps/s: slow enough to watch a small net's lesson unfold
BLAS_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


class PipeReader(QObject):
    """Runs in its own QThread: reads the training process's messages until stopped.
    Frames are coalesced (only the newest of a burst is emitted); every other message is
    emitted in order."""

    frame_ready = Signal(object)
    run_data_ready = Signal(object)
    report_ready = Signal(int, str)
    error = Signal(str)
    process_died = Signal(str)

    def __init__(self, messages: Connection, child: mp.process.BaseProcess) -> None:
        super().__init__()
        self._messages = messages
        self._child = child
        self._stop = threading.Event()

    @Slot()
    def run(self) -> None:
        while not self._stop.is_set():
            try:
                latest = None
                while self._messages.poll(POLL_SECONDS if latest is None else 0):
                    message = self._messages.recv()
                    if isinstance(message, Frame):
                        latest = message
                    else:
                        self._emit(message)
                if latest is not None:
                    self.frame_ready.emit(latest)
            except (EOFError, OSError):
                if not self._stop.is_set():
                    self._report_death()
                return
            if not self._child.is_alive() and not self._stop.is_set():
                self._report_death()
                return

    def _emit(self, message: Message) -> None:
        match message:
            case RunData():
                self.run_data_ready.emit(message)
            case Report(request_id=request_id, text=text):
                self.report_ready.emit(request_id, text)
            case Error(message=text):
                self.error.emit(text)

    def _report_death(self) -> None:
        code = self._child.exitcode
        self.process_died.emit(
            f"the training process stopped unexpectedly (exit code {code}); press Reset to "
            "restart it"
        )

    def stop(self) -> None:
        self._stop.set()


class TrainingController(QObject):
    """Lives in the GUI thread: starts the process and reader thread; its named methods
    send protocol commands (never blocking on training)."""

    frame_ready = Signal(object)
    run_data_ready = Signal(object)
    report_ready = Signal(str)  # after its callback ran
    error = Signal(str)
    process_died = Signal(str)

    def __init__(self, runs: Sequence[Config], parent=None, live: bool = True) -> None:
        """`live=False` keeps the process stopped (commands are ignored) until `reset`."""
        super().__init__(parent)
        self._runs = tuple(runs)
        self._commands: Connection | None = None
        self._child: mp.process.BaseProcess | None = None
        self._reader: PipeReader | None = None
        self._reader_thread: QThread | None = None
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
        context = mp.get_context("spawn")
        command_out, command_in = context.Pipe(duplex=False)
        message_out, message_in = context.Pipe(duplex=False)
        saved = {name: os.environ.get(name) for name in BLAS_ENV}
        os.environ.update({name: "1" for name in BLAS_ENV})  # inherited by the child
        try:
            self._child = context.Process(
                target=process.serve,
                args=(command_out, message_in, self._runs),
                name="visualizer-training",
                daemon=True,
            )
            self._child.start()
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
        command_out.close()
        message_in.close()
        self._commands = command_in
        self._reader_thread = QThread()
        self._reader_thread.setObjectName("visualizer-pipe-reader")
        self._reader = PipeReader(message_out, self._child)
        self._reader.moveToThread(self._reader_thread)
        self._reader_thread.started.connect(self._reader.run)
        self._reader.frame_ready.connect(self._on_frame)
        self._reader.run_data_ready.connect(self._on_run_data)
        self._reader.error.connect(self.error)
        self._reader.report_ready.connect(self._on_report)
        self._reader.process_died.connect(self.process_died)
        self._reader_thread.start()
        if self._speed:
            self._send(SetSpeed(self._speed))
        if self._extras:
            self._send(SetExtras(self._extras))

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

    @property
    def alive(self) -> bool:
        return self._child is not None and self._child.is_alive()

    def _send(self, command: Command) -> bool:
        """Queue a command for the training process; False when it is not running."""
        if self._commands is None or not self.alive:
            return False
        try:
            self._commands.send(command)
        except (BrokenPipeError, OSError):  # the reader reports the dead process
            return False
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

    def shutdown(self, timeout: float = 5.0) -> None:
        """Stop the process and the reader thread and wait for both."""
        if self._reader is not None:
            self._reader.stop()
        if self._commands is not None:
            with contextlib.suppress(BrokenPipeError, OSError):
                self._commands.send(Quit())
        if self._child is not None:
            self._child.join(timeout)
            if self._child.is_alive():
                self._child.terminate()
                self._child.join(1.0)
        if self._reader_thread is not None:
            self._reader_thread.quit()
            self._reader_thread.wait()
        if self._commands is not None:
            self._commands.close()
        self._commands = self._child = self._reader = self._reader_thread = None
