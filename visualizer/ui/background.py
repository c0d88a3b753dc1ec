"""Work kept off the GUI thread, its answer delivered on the GUI thread.

- `Jobs`: functions run one at a time in a worker thread. For Qt's image encoders and
  file writes, which release the interpreter lock (a 2x window PNG encodes in 0.2-0.5 s).
- `ConfigReader`: a configuration file read in a child Python process
  (`core.config_file`), answering with the small runs mapping the file holds. Parsing
  JSON holds the interpreter lock, and a 100 MB file's objects take as long again to
  free, so a thread would still freeze the window.

Rendering widgets stays on the GUI thread (Qt requires it); only what follows moves here.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QRunnable, QThreadPool, Signal

PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])  # where `visualizer` is importable


class _Relay(QObject):
    finished = Signal(int, object, object)  # job number, result, exception


class _Job(QRunnable):
    def __init__(self, relay: _Relay, number: int, function: Callable[[], Any]) -> None:
        super().__init__()
        self.relay, self.number, self.function = relay, number, function

    def run(self) -> None:
        try:
            result, error = self.function(), None
        except Exception as exc:  # handed to the GUI thread, which reports it
            result, error = None, exc
        self.relay.finished.emit(self.number, result, error)


class Jobs(QObject):
    """`start(function, done)` runs `function()` in a worker thread and then calls
    `done(result, exception or None)` on the GUI thread, jobs in the order started."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)  # a child made first: deleted (and waited for)
        self._pool.setMaxThreadCount(1)  # before the relay below
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._callbacks: dict[int, Callable[[Any, Exception | None], None]] = {}
        self._count = 0

    def start(self, function: Callable[[], Any], done: Callable[[Any, Exception | None], None]):
        self._count += 1
        self._callbacks[self._count] = done
        self._pool.start(_Job(self._relay, self._count, function))

    def _finished(self, number: int, result: Any, error: Exception | None) -> None:
        self._callbacks.pop(number)(result, error)


class ConfigReader(QObject):
    """Reads one configuration file at a time in a child process; a new request replaces
    one still running."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None

    @property
    def running(self) -> bool:
        return self._process is not None

    def read(self, path: Path, done: Callable[[dict | None, str | None], None]) -> None:
        """Call `done(runs mapping, None)` or `done(None, error message)` when read."""
        self.cancel()
        process = self._process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        paths = [PACKAGE_ROOT, environment.value("PYTHONPATH")]
        environment.insert("PYTHONPATH", os.pathsep.join(p for p in paths if p))
        process.setProcessEnvironment(environment)
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
        try:
            answer = json.loads(bytes(process.readAllStandardOutput()).decode())
        except ValueError:
            answer = {}
        if "runs" in answer or "error" in answer:
            done(answer.get("runs"), answer.get("error"))
        else:
            done(None, f"config file {str(path)!r} could not be read (the reader stopped)")

    def _failed(self, process: QProcess, path: Path, done) -> None:
        if process is self._process and process.error() == QProcess.ProcessError.FailedToStart:
            self._process = None
            process.deleteLater()
            done(None, f"config file {str(path)!r} could not be read (no Python to read it)")
