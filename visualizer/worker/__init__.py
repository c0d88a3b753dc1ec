"""The one bridge to the training process, without Qt: `TrainingController` starts it,
sends it commands and announces what it sends back.

The training process (spawned, see `core.threads`) owns the trainers; a reader thread only
waits on its pipe and passes on the newest frame and every other message; commands are
queued to a sender thread (cheap, never blocks the caller on training). `link` starts and
stops the process and the threads. What arrives is announced through `Event`s, in the
thread `deliver` chooses (the window's adapter, `ui.training_link`, hands them to the
GUI thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from multiprocessing.process import BaseProcess
from typing import Any

from ..core.config import Config
from ..core.events import Event
from ..core.protocol import (
    Command,
    Configure,
    Error,
    Extra,
    Frame,
    Message,
    Pause,
    Play,
    Report,
    RequestReport,
    Reset,
    RunData,
    Seek,
    SetExtras,
    SetSpeed,
    Step,
)
from .link import Link

DEFAULT_SPEED = 100.0  # steps/s: slow enough to watch a small net's lesson unfold

Deliver = Callable[..., None]
"""`deliver(function, *args)` calls `function(*args)` in the thread that should see the
training process's messages; it is called in the reader thread and must not block."""


def call_here(function: Callable[..., Any], *args: Any) -> None:
    """The default `Deliver`: in the reader thread itself."""
    function(*args)


class TrainingController:
    """Starts the training process and its reader thread; its named methods send protocol
    commands (never blocking on training). Its events, in the thread `deliver` calls in:

    - `frame_ready(frame)`: the newest frame of a burst (`latest` holds it);
    - `run_data_ready(data)`: a run's data points (`run_data` holds them by run id);
    - `report_ready(text)`: a report, after its request's callback ran;
    - `error(text)`: the process refused a command (it keeps its last good runs);
    - `process_died(exit_code)`: the process ended (None: unknown); see `cancel_reports`.
    """

    def __init__(
        self, runs: Sequence[Config], live: bool = True, deliver: Deliver = call_here
    ) -> None:
        """`live=False` keeps the process stopped (commands are ignored) until `reset`."""
        self.frame_ready, self.run_data_ready, self.report_ready = Event(), Event(), Event()
        self.error, self.process_died = Event(), Event()
        self._runs = tuple(runs)
        self._deliver = deliver
        self._link = Link()
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
        self._link.start(self._runs, self._received, self._died)
        if self._speed:
            self._send(SetSpeed(self._speed))
        if self._extras:
            self._send(SetExtras(self._extras))

    def _received(self, message: Message) -> None:
        """In the reader thread: hand `message` on through `deliver`."""
        self._deliver(self._on_message, message)

    def _died(self, exit_code: int | None) -> None:
        self._deliver(self.process_died.emit, exit_code)

    def _on_message(self, message: Message) -> None:
        match message:
            case Frame():
                self.latest = message
                live = {run.run_id for run in message.runs}
                self.run_data = {key: data for key, data in self.run_data.items() if key in live}
                self.frame_ready.emit(message)
            case RunData():
                self.run_data[message.run_id] = message
                self.run_data_ready.emit(message)
            case Report(request_id=request_id, text=text):
                callback = self._report_callbacks.pop(request_id, None)
                if callback is not None:
                    callback(text)
                self.report_ready.emit(text)
            case Error(message=text):
                self.error.emit(text)

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
    def _reader_thread(self) -> threading.Thread | None:
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
