"""File > Export interactive page: the window's lesson (every step, as the lesson file
gives it) or, without one, its runs, recorded and written as one HTML page by a child
Python (`python -m visualizer.page`), while a progress dialog counts the training steps
and Cancel ends the child. The GUI thread only reads the child's progress lines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QProgressDialog, QWidget

from ..core.window_model import WindowModel
from ..page.spec import lesson_spec, runs_spec
from .background import LineProcess
from .exporting import ExportError, check_folder

DEFAULT_STEPS = 300
MAX_STEPS = 100_000
MODULE = "visualizer.page"
PAGE_SUFFIXES = (".html", ".htm")


class PageExport(QObject):
    """Asks for the training steps, then writes the page to `path` off the GUI thread;
    `finished(path)` or `failed(message)` says how it ended (nothing after Cancel)."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self, model: WindowModel, parent: QWidget, ask_path: Callable[..., Path | None]
    ) -> None:
        """The model's lesson or runs, language and theme; `parent`: the dialogs' window;
        `ask_path(title, name, filters)`: the File menu's save dialog."""
        super().__init__(parent)
        self.model, self.parent_widget = model, parent
        self.ask_path = ask_path
        self.process = LineProcess(self)
        self.dialog: QProgressDialog | None = None
        self.last_path = ""

    def ask_and_start(self) -> None:
        """The menu action: the file, then the steps, then the export."""
        title = self.tr("Export interactive page")
        path = self.ask_path(title, "lesson.html", "HTML (*.html *.htm)")
        steps = self.ask_steps() if path is not None else None
        if path is None or steps is None:
            return
        if path.suffix.lower() not in PAGE_SUFFIXES:
            path = path.with_suffix(".html")
        try:
            check_folder(path)
        except ExportError as error:
            self.failed.emit(str(error))
            return
        self.start(path, steps)

    @property
    def running(self) -> bool:
        return self.process.running

    def default_steps(self) -> int:
        """The steps the window's runs have trained, else DEFAULT_STEPS."""
        frame = self.model.frame
        return frame.runs[0].step if frame is not None and frame.runs[0].step else DEFAULT_STEPS

    def ask_steps(self) -> int | None:
        steps, ok = QInputDialog.getInt(
            self.parent_widget,
            self.tr("Export interactive page"),
            self.tr("Training steps of every run (each lesson step is recorded):"),
            self.default_steps(),
            0,
            MAX_STEPS,
        )
        return steps if ok else None

    def start(self, path: Path, steps: int) -> None:
        """Record the lesson or the runs for `steps` steps and write the page to `path`
        (an export still running is cancelled first)."""
        self.cancel()
        lesson = self.model.lesson
        spec = lesson_spec(lesson) if lesson else runs_spec(self.model.configs)
        self.last_path = str(path)
        request = {
            "spec": spec,
            "steps": steps,
            "out": str(path),
            "lang": self.model.lang,
            "theme": self.model.theme,
        }
        dialog = self.dialog = QProgressDialog(
            self.tr("Recording the runs for {name}…").format(name=path.name),
            self.tr("Cancel"),
            0,
            0,  # busy until the child says how many steps it trains
            self.parent_widget,
        )
        dialog.setWindowTitle(self.tr("Export interactive page"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.process.start(MODULE, request, self._on_line, self._on_end)

    def cancel(self) -> None:
        self.process.cancel()
        self._close()

    def _on_line(self, message: dict) -> None:
        if self.dialog is not None and "total" in message:
            self.dialog.setMaximum(max(1, int(message["total"])))
            self.dialog.setValue(int(message["progress"]))

    def _on_end(self, error: str | None) -> None:
        self._close()
        if error is None:
            self.finished.emit(self.last_path)
        else:
            self.failed.emit(error)

    def _close(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.close()
            dialog.deleteLater()
