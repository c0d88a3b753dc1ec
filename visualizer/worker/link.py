"""The training process's lifetime: starting it (one BLAS thread, Ctrl+C ignored), the
reader thread that waits on its pipe, and stopping both on every way out."""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing as mp
import os
import queue
import signal
import threading
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core import process
from ..core.config import Config
from ..core.protocol import Error, Frame, Message, Quit, Report, RunData
from ..core.threads import BLAS_ENV, blas_environment, training_threads

POLL_SECONDS = 0.05
GRACE_SECONDS = 0.5  # for Quit to end the process; one slow step must not hold the window


class PipeReader(QObject):
    """Runs in its own QThread: reads the training process's messages until stopped.
    Frames are coalesced (only the newest of a burst is emitted); every other message is
    emitted in order."""

    frame_ready = Signal(object)
    run_data_ready = Signal(object)
    report_ready = Signal(int, str)
    error = Signal(str)
    process_died = Signal(object)  # its exit code (None: unknown)

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
        self._child.join(1.0)  # its pipe closed as it ended: collect the exit code
        self.process_died.emit(self._child.exitcode)

    def stop(self) -> None:
        self._stop.set()


@contextlib.contextmanager
def _inherited_by_the_child() -> Iterator[None]:
    """Meanwhile the training process's BLAS threads (core.threads: all cores but the
    window's), and Ctrl+C ignored when this is the main thread: a spawned child inherits
    both. A terminal's Ctrl+C reaches the whole process group; the
    window decides when training ends (it sends Quit as it closes)."""
    saved = {name: os.environ.get(name) for name in BLAS_ENV}
    os.environ.update(blas_environment(training_threads(beside_window=True)))
    main = threading.current_thread() is threading.main_thread()
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        yield
    finally:
        if main:
            signal.signal(signal.SIGINT, handler)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class CommandSender:
    """Sends commands into the training process's pipe from its own thread, in order: a
    pipe whose reader is busy (a slow step, a large data set being loaded) fills up, and
    a send from the GUI thread would then block it until the process reads again."""

    def __init__(self, pipe: Connection) -> None:
        self.pipe = pipe
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="visualizer-commands", daemon=True)
        self._thread.start()

    def send(self, command) -> None:
        self._queue.put(command)

    def _run(self) -> None:
        while (command := self._queue.get()) is not None:
            try:
                self.pipe.send(command)
            except (BrokenPipeError, OSError):  # the process ended: the reader reports it
                return

    def close(self) -> None:
        """Stop after what was queued (at once once the process has ended), then close
        the pipe."""
        self._queue.put(None)
        self._thread.join(1.0)
        self.pipe.close()


_LINKS: weakref.WeakSet[Link] = weakref.WeakSet()
atexit.register(lambda: [link.stop() for link in list(_LINKS)])


@dataclass(eq=False)
class Link:
    """The training process, its command pipe and the reader thread: what every way out
    stops (the window closing, the event loop ending without it, the controller deleted,
    the interpreter exiting), so no reader thread outlives its QThread object."""

    commands: CommandSender | None = None
    child: mp.process.BaseProcess | None = None
    reader: PipeReader | None = None
    thread: QThread | None = None

    def __post_init__(self) -> None:
        _LINKS.add(self)  # stopped at the latest when the interpreter exits

    def start(self, runs: Sequence[Config], connect: Callable[[PipeReader], None]) -> None:
        """Spawn the training process for `runs` and the reader thread; `connect` wires the
        reader's signals before it reads anything."""
        context = mp.get_context("spawn")
        command_out, command_in = context.Pipe(duplex=False)
        message_out, message_in = context.Pipe(duplex=False)
        child = context.Process(
            target=process.serve,
            args=(command_out, message_in, tuple(runs)),
            name="visualizer-training",
            daemon=True,
        )
        with _inherited_by_the_child():
            child.start()
        self.child = child  # only a started process: `stop` joins it
        command_out.close()
        message_in.close()
        self.commands = CommandSender(command_in)
        self.thread = QThread()
        self.thread.setObjectName("visualizer-pipe-reader")
        self.reader = PipeReader(message_out, self.child)
        self.reader.moveToThread(self.thread)
        self.thread.started.connect(self.reader.run)
        connect(self.reader)
        self.thread.start()

    def stop(self, grace: float = GRACE_SECONDS) -> None:
        """Stop the process and the reader thread and wait for both (idempotent): Quit,
        and a process still inside a step after `grace` seconds (a large network's step
        takes seconds) is terminated, then killed (a stopped process ignores SIGTERM)."""
        if self.reader is not None:
            self.reader.stop()
        if self.commands is not None:
            self.commands.send(Quit())
        if self.child is not None:
            self.child.join(grace)
            if self.child.is_alive():
                self.child.terminate()
                self.child.join(0.5)
            if self.child.is_alive():
                self.child.kill()
                self.child.join(1.0)
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
        if self.commands is not None:
            self.commands.close()
        self.commands = self.child = self.reader = self.thread = None
