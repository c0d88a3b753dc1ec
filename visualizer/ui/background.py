"""Work kept off the GUI thread, its answer delivered on the GUI thread.

- `Jobs`: functions run one at a time in a worker thread. For Qt's image encoders, Pillow's
  and file writes, which release the interpreter lock (a 2x window PNG encodes in
  0.2-0.5 s); deleting it never waits for its thread.
- `ConfigReader`: a configuration file read in a child Python process
  (`core.config_file`), answering with the small runs mapping the file holds. Parsing
  JSON holds the interpreter lock, and a 100 MB file's objects take as long again to
  free, so a thread would still freeze the window.
- `LineProcess`: a longer computation in a child Python process (`python -m MODULE`, a
  JSON request on its stdin) that reports as it goes, one JSON line at a time, and is
  cancelled by ending it: the hyper-parameter search (`core.search_run`), whose trainings
  would hold the interpreter lock in a thread.

Rendering widgets stays on the GUI thread (Qt requires it); only what follows moves here.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from ..core import config_file
from ..core.protocol import ConfigsRead, Error
from ..core.threads import blas_environment

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # where `visualizer` is importable


class _Relay(QObject):
    finished = Signal(int, object, object)  # job number, result, exception


class _Queue:
    """The jobs of one Jobs object and the thread running them, which ends when none is
    left (so no idle thread outlives a window). Shared with that thread, never the Jobs
    object itself (which may be deleted first); `open` is whether answers are still taken,
    and its lock makes the check and the delivery one step."""

    def __init__(self, relay: _Relay) -> None:
        self.relay = relay
        self.lock = threading.Lock()
        self.waiting: deque[tuple[int, Callable[[], Any]]] = deque()
        self.running = False
        self.open = True

    def add(self, number: int, function: Callable[[], Any]) -> None:
        with self.lock:
            self.waiting.append((number, function))
            if self.running:
                return
            self.running = True
        threading.Thread(target=self._run, name="visualizer-jobs").start()

    def _run(self) -> None:
        while True:
            with self.lock:
                if not self.waiting:
                    self.running = False
                    return
                number, function = self.waiting.popleft()
            try:
                result, error = function(), None
            except Exception as exc:  # handed to the GUI thread, which reports it
                result, error = None, exc
            with self.lock:
                if self.open:
                    self.relay.finished.emit(number, result, error)

    def close(self) -> None:
        with self.lock:  # waits (without the interpreter lock) for a delivery under way
            self.open = False
            self.waiting.clear()


class Jobs(QObject):
    """`start(function, done)` runs `function()` in a worker thread and then calls
    `done(result, exception or None)` on the GUI thread, jobs in the order started.

    Deleting it never waits for its thread (the GUI thread would wait holding the
    interpreter lock that the job needs: a frozen window): a job under way finishes on its
    own (before the interpreter exits), the jobs not started are dropped, and no `done`
    is called any more."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        relay = _Relay(self)
        relay.finished.connect(self._finished)
        self._callbacks: dict[int, Callable[[Any, Exception | None], None]] = {}
        self._count = 0
        self._queue = queue = _Queue(relay)
        self.destroyed.connect(lambda *_: queue.close())

    def start(self, function: Callable[[], Any], done: Callable[[Any, Exception | None], None]):
        self._count += 1
        self._callbacks[self._count] = done
        self._queue.add(self._count, function)

    def _finished(self, number: int, result: Any, error: Exception | None) -> None:
        self._callbacks.pop(number)(result, error)


def _child_process(parent: QObject) -> QProcess:
    """A QProcess that can import `visualizer` (the package may not be installed) and uses
    one BLAS thread, as the training process does (core.threads)."""
    process = QProcess(parent)
    environment = QProcessEnvironment.systemEnvironment()
    paths = [PACKAGE_ROOT, environment.value("PYTHONPATH")]
    environment.insert("PYTHONPATH", os.pathsep.join(p for p in paths if p))
    for name, value in blas_environment().items():
        environment.insert(name, value)
    process.setProcessEnvironment(environment)
    return process


class ConfigReader(QObject):
    """Reads one configuration file at a time in a child process; a new request replaces
    one still running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None

    @property
    def running(self) -> bool:
        return self._process is not None

    def read(self, path: Path, done: Callable[[ConfigsRead | Error], None]) -> None:
        """Call `done(ConfigsRead(runs))` or `done(Error(message))` when read."""
        self.cancel()
        process = self._process = _child_process(self)
        process.finished.connect(lambda *_: self._finished(process, path, done))
        process.errorOccurred.connect(lambda *_: self._failed(process, path, done))
        process.start(sys.executable, ["-m", "visualizer.core.config_file", str(path)])

    def cancel(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(1000)
            process.deleteLater()

    def _finished(self, process: QProcess, path: Path, done) -> None:
        if process is not self._process:
            return
        self._process = None
        process.deleteLater()
        message = config_file.answer(bytes(process.readAllStandardOutput()))
        if message is None:
            message = Error(f"config file {str(path)!r} could not be read (the reader stopped)")
        done(message)

    def _failed(self, process: QProcess, path: Path, done) -> None:
        if process is self._process and process.error() == QProcess.ProcessError.FailedToStart:
            self._process = None
            process.deleteLater()
            done(Error(f"config file {str(path)!r} could not be read (no Python to read it)"))


class LineProcess(QObject):
    """One child computation at a time: `start(module, request, on_line, on_end)` runs
    `python -m module` with the JSON `request` on its stdin, calls `on_line(message)` on
    the GUI thread for each JSON line it prints, then `on_end(None)` after a {"done": ...}
    line, `on_end(message)` after an {"error": message} line, or `on_end(why)` when it
    stopped without either. `cancel` ends it (no callback follows); a new start cancels
    the running one."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""
        self._end: str | None = None  # "" after a done line, the message after an error
        running = self._running = []  # the child, for the cleanup below (not self: dying)
        self.destroyed.connect(lambda *_: _stop_all(running))

    @property
    def running(self) -> bool:
        return self._process is not None

    def process_id(self) -> int:
        """The child's process id (0 when none runs)."""
        return int(self._process.processId()) if self._process is not None else 0

    def start(
        self,
        module: str,
        request: dict,
        on_line: Callable[[dict], None],
        on_end: Callable[[str | None], None],
    ) -> None:
        self.cancel()
        process = self._process = _child_process(self)
        self._running.append(process)
        self._buffer, self._end = b"", None
        process.readyReadStandardOutput.connect(lambda: self._read(process, on_line))
        process.finished.connect(lambda *_: self._finished(process, on_line, on_end))
        process.errorOccurred.connect(lambda *_: self._failed(process, on_end))
        process.start(sys.executable, ["-m", module])
        process.write(json.dumps(request).encode())
        process.closeWriteChannel()

    def cancel(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            _stop_all(self._running)
            process.deleteLater()

    def _read(self, process: QProcess, on_line: Callable[[dict], None]) -> None:
        if process is not self._process:
            return
        self._buffer += bytes(process.readAllStandardOutput())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                continue  # not ours (a library's print): skipped
            if "error" in message:
                self._end = str(message["error"])
            elif "done" in message:
                self._end = ""
            else:
                on_line(message)

    def _finished(self, process: QProcess, on_line, on_end) -> None:
        if process is not self._process:
            return
        self._read(process, on_line)
        self._process = None
        self._running.clear()
        process.deleteLater()
        if self._end is not None:
            on_end(self._end or None)
        else:
            last = bytes(process.readAllStandardError()).decode(errors="replace").strip()
            tail = last.splitlines()[-1] if last else f"exit status {process.exitCode()}"
            on_end(f"the computation stopped: {tail}")

    def _failed(self, process: QProcess, on_end) -> None:
        if process is self._process and process.error() == QProcess.ProcessError.FailedToStart:
            self._process = None
            self._running.clear()
            process.deleteLater()
            on_end("the computation could not start (no Python to run it)")


def _stop_all(processes: list[QProcess]) -> None:
    """End the children still running (at once: they hold no state worth keeping)."""
    while processes:
        process = processes.pop()
        process.blockSignals(True)
        if process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)
