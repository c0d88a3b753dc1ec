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

from ..core import process
from ..core.config import Config
from ..core.protocol import Frame, Message, Quit
from ..core.threads import BLAS_ENV, blas_environment, training_parts

POLL_SECONDS = 0.05
GRACE_SECONDS = 0.5  # for Quit to end the process; one slow step must not hold the window


class PipeReader:
    """Reads the training process's messages in its own thread until stopped. Frames are
    coalesced (only the newest of a burst is passed on); every other message is passed on
    in order. `receive(message)` and `died(exit_code)` (None: unknown) run in this thread."""

    def __init__(
        self,
        messages: Connection,
        child: mp.process.BaseProcess,
        receive: Callable[[Message], None],
        died: Callable[[int | None], None],
    ) -> None:
        self._messages = messages
        self._child = child
        self._receive, self._died = receive, died
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="visualizer-pipe-reader", daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                latest = None
                while self._messages.poll(POLL_SECONDS if latest is None else 0):
                    message = self._messages.recv()
                    if isinstance(message, Frame):
                        latest = message
                    else:
                        self._receive(message)
                if latest is not None:
                    self._receive(latest)
            except (EOFError, OSError):
                if not self._stop.is_set():
                    self._report_death()
                return
            if not self._child.is_alive() and not self._stop.is_set():
                self._report_death()
                return

    def _report_death(self) -> None:
        self._child.join(1.0)  # its pipe closed as it ended: collect the exit code
        self._died(self._child.exitcode)

    def stop(self) -> None:
        """Ask the thread to end (within `POLL_SECONDS`); nothing is passed on after a
        death seen from now on."""
        self._stop.set()

    def join(self) -> None:
        """Wait for the thread to end, unless this is that thread (a callback that stops
        the link)."""
        if self.thread is not threading.current_thread():
            self.thread.join()


@contextlib.contextmanager
def _inherited_by_the_child() -> Iterator[None]:
    """Meanwhile one BLAS thread per part of a minibatch (core.threads), and Ctrl+C
    ignored when this is the main thread: a spawned child inherits both. A terminal's
    Ctrl+C reaches the whole process group; the window decides when training ends (it
    sends Quit as it closes)."""
    saved = {name: os.environ.get(name) for name in BLAS_ENV}
    os.environ.update(blas_environment())
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
    the interpreter exiting), so no reader thread outlives its process."""

    commands: CommandSender | None = None
    child: mp.process.BaseProcess | None = None
    reader: PipeReader | None = None

    def __post_init__(self) -> None:
        _LINKS.add(self)  # stopped at the latest when the interpreter exits

    def start(
        self,
        runs: Sequence[Config],
        receive: Callable[[Message], None],
        died: Callable[[int | None], None],
    ) -> None:
        """Spawn the training process for `runs` and the reader thread, which passes each
        message to `receive` and the process's end to `died` (see `PipeReader`)."""
        context = mp.get_context("spawn")
        command_out, command_in = context.Pipe(duplex=False)
        message_out, message_in = context.Pipe(duplex=False)
        child = context.Process(
            target=process.serve,
            args=(command_out, message_in, tuple(runs), training_parts(beside_window=True)),
            name="visualizer-training",
            daemon=True,
        )
        with _inherited_by_the_child():
            child.start()
        self.child = child  # only a started process: `stop` joins it
        command_out.close()
        message_in.close()
        self.commands = CommandSender(command_in)
        self.reader = PipeReader(message_out, child, receive, died)
        self.reader.thread.start()

    @property
    def thread(self) -> threading.Thread | None:
        """The reader thread."""
        return None if self.reader is None else self.reader.thread

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
        if self.reader is not None:
            self.reader.join()
        if self.commands is not None:
            self.commands.close()
        self.commands = self.child = self.reader = None
