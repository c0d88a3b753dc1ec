"""The File menu: export images, metrics and runs; save and load configurations. It reads
and changes the window model and says what happened through it (`report_error`,
`report_status`); of the window it holds only the widgets it needs."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMenuBar, QWidget

from ..core import lessons
from ..core.config import ConfigError, load_json
from ..core.protocol import ConfigsRead, Error, Frame
from ..core.runs import runs_from_mapping, runs_to_mapping
from ..core.window_model import WindowModel
from . import exporting, settings
from .animation import ANIMATION_FORMATS, DEFAULT_FRAMES, MAX_FRAMES, frame_steps
from .animation_export import AnimationExport, exports_under_way
from .background import ConfigReader, Jobs
from .exporting import ExportError
from .page_export import PageExport
from .panel_area import PanelArea
from .training_link import TrainingLink

DEFAULT_FOLDER = "screenshots"
READ_AT_ONCE = 1_000_000  # bytes: larger configuration files are read in a child process


def default_folder() -> Path:
    """The last folder used, else `screenshots/` in the working directory, else it."""
    last = settings.load_value("export_dir")
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    candidate = Path.cwd() / DEFAULT_FOLDER
    return candidate if candidate.is_dir() else Path.cwd()


class FileMenu(QObject):
    """Builds the menu in `menu_bar` and carries out its actions with dialogs (over
    `parent`, the window's widget, which is also what a window export grabs and what Quit
    closes) and the model's messages. `area` gives the panels to export, `link` (the
    training process) and `draw(frame)` the frames of an animation,
    `request_report(callback)` the runs' JSON."""

    def __init__(
        self,
        model: WindowModel,
        menu_bar: QMenuBar,
        parent: QWidget,
        area: PanelArea,
        link: TrainingLink,
        draw: Callable[[Frame], None],
        request_report: Callable[[Callable[[str], None]], None],
    ) -> None:
        super().__init__(parent)
        self.model, self.parent_widget = model, parent
        self.link, self.draw, self.request_report = link, draw, request_report
        self.jobs = Jobs(self)  # PNG and animation encoding and writing
        self.reader = ConfigReader(self)  # large configuration files
        self.successor: FileMenu | None = None  # the next window's, after a language switch
        self._busy_count = 0
        menu: QMenu = menu_bar.addMenu(self.tr("&File"))
        self.menu = menu
        self.stamp_action = QAction(self.tr("Stamp configuration on images"), self)
        self.stamp_action.setCheckable(True)
        self.stamp_action.setChecked(settings.load_value("stamp", "false") == "true")
        self.stamp_action.toggled.connect(lambda on: settings.save_value("stamp", str(on).lower()))
        self._add(
            self.tr("Export window as PNG…"),
            lambda: self.export_window(1.0),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_E),
        )
        self._add(self.tr("Export window as PNG at 2x…"), lambda: self.export_window(2.0))
        self._add_panel_menu(area)
        self._add(self.tr("Export animation (GIF or PNG)…"), self.export_animation)
        self.page_export = PageExport(model, parent, self._ask_path)
        self.page_export.finished.connect(lambda written: self._done(Path(written)))
        self.page_export.failed.connect(lambda message: self._fail(ExportError(message)))
        self._add(self.tr("Export interactive page (HTML)…"), self.page_export.ask_and_start)
        self._add(self.tr("Export metrics as CSV…"), self.export_csv)
        self._add(self.tr("Export run as JSON…"), self.export_run)
        menu.addAction(self.stamp_action)
        menu.addSeparator()
        self._add(
            self.tr("Save configuration…"),
            self.save_config,
            QKeySequence(QKeySequence.StandardKey.Save),
        )
        self._add(
            self.tr("Load configuration…"),
            self.load_config,
            QKeySequence(QKeySequence.StandardKey.Open),
        )
        self._add(self.tr("Open lesson…"), self.open_lesson)
        self._add(self.tr("Restore defaults"), lambda: settings.restore_defaults(model))
        menu.addSeparator()
        self._add(self.tr("Quit"), parent.close, QKeySequence(QKeySequence.StandardKey.Quit))

    def _add_panel_menu(self, area: PanelArea) -> None:
        """One entry per panel, named as its tab."""
        panels = self.panel_menu = self.menu.addMenu(self.tr("Export panel (PNG or SVG)"))
        for name, panel in area.views.items():
            action = panels.addAction(area.tab_title(name) + "…")
            action.triggered.connect(lambda _=False, p=panel, n=name: self.export_panel(p, n))

    def _add(self, title: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(title, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _=False: slot())
        self.menu.addAction(action)
        return action

    # helpers --------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, filters: str, save: bool = True) -> Path | None:
        start = str(default_folder() / name)
        dialog = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
        path, _ = dialog(self.parent_widget, title, start, filters)
        if not path:
            return None
        settings.save_value("export_dir", str(Path(path).parent))
        return Path(path)

    def _fail(self, error: Exception) -> None:
        self.model.report_error(self.tr("Export failed: {error}").format(error=error))

    def _done(self, path: Path) -> None:
        self.model.report_status(self.tr("Saved {path}").format(path=path))

    def _busy(self, message: str) -> None:
        """Say what is under way (status bar, busy cursor) until `_idle`."""
        if not self._busy_count:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._busy_count += 1
        self.model.report_status(message, None)

    def _idle(self) -> None:
        self._busy_count -= 1
        if not self._busy_count:
            QApplication.restoreOverrideCursor()
            self.model.report_status("", None)

    @property
    def busy(self) -> bool:
        """Whether an export is being written or a configuration read."""
        return self._busy_count > 0

    def _footer(self) -> str | None:
        if not self.stamp_action.isChecked():
            return None
        return exporting.footer_text(self.model.frame, self.model.configs[0])

    # actions --------------------------------------------------------------------------
    @Slot()
    def export_window(self, scale: float) -> None:
        formats = "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"
        path = self._ask_path(self.tr("Export window"), "window.png", formats)
        if path is not None:
            self.write_window(path, scale)

    def write_window(self, path: Path, scale: float) -> bool:
        """Draw the window (GUI thread) and write it; a PNG is encoded and written in a
        worker thread, the status bar saying so meanwhile. False when it failed at once."""
        try:
            path, render = exporting.window_writer(self.parent_widget, path, scale, self._footer())
        except ExportError as error:
            self._fail(error)
            return False
        if render is None:
            self._done(path)
            return True
        self._busy(self.tr("Writing {path}…").format(path=path))
        self.jobs.start(render, self._written)
        return True

    def _written(self, path: Path | None, error: Exception | None) -> None:
        self._idle()
        if error is None:
            self._done(path)
        elif isinstance(error, ExportError):
            self._fail(error)
        else:
            raise error

    def export_panel(self, panel, name: str) -> None:
        path = self._ask_path(self.tr("Export panel"), f"{name}.png", "PNG (*.png);;SVG (*.svg)")
        if path is not None:
            self.write_panel(panel, path)

    def write_panel(self, panel, path: Path) -> bool:
        try:
            self._done(exporting.export_panel(panel, path))
        except ExportError as error:
            self._fail(error)
            return False
        return True

    @Slot()
    def export_animation(self) -> None:
        path = self._ask_path(
            self.tr("Export animation"), "lesson.gif", "GIF (*.gif);;PNG (*.png *.apng)"
        )
        if path is None:
            return
        frames, ok = QInputDialog.getInt(
            self.parent_widget,
            self.tr("Export animation"),
            self.tr("Frames, evenly spaced over the run:"),
            DEFAULT_FRAMES,
            2,
            MAX_FRAMES,
        )
        if ok:
            self.write_animation(path, frames)

    def write_animation(self, path: Path, frames: int, fps: float = 10.0):
        """Start drawing the animation; returns the export (its signals say how it ends)."""
        path = path if path.suffix.lower() in ANIMATION_FORMATS else path.with_suffix(".gif")
        try:
            exporting.check_folder(path)
        except ExportError as error:
            self._fail(error)
            return None
        frame = self.model.frame
        live = frame.live_step if frame is not None else 0
        export = AnimationExport(
            self.link, self.parent_widget, self.draw, path, frame_steps(live, frames), fps
        )
        self._report_end_of(export)
        export.start()
        return export

    def _report_end_of(self, export: AnimationExport) -> None:
        export.finished.connect(lambda written: self._done(Path(written)))
        export.failed.connect(lambda message: self._fail(ExportError(message)))

    def take_over(self, old: FileMenu) -> None:
        """After a language switch: `old`'s animation exports carry on here; its busy
        cursor ends (its writes under way finish, their messages gone with it)."""
        old.successor = self
        for export in exports_under_way(old.parent_widget):
            export.move_to(self.parent_widget, self.draw)
            self._report_end_of(export)
        for _ in range(old._busy_count):
            QApplication.restoreOverrideCursor()
        old._busy_count = 0

    @Slot()
    def export_csv(self) -> None:
        frame = self.model.frame
        if frame is None:
            return
        path = self._ask_path(self.tr("Export metrics"), "metrics.csv", "CSV (*.csv)")
        if path is not None:
            self.write_text(exporting.metrics_csv(frame), path)

    def write_text(self, text: str, path: Path) -> bool:
        try:
            self._done(exporting.save_text(text, path))
        except ExportError as error:
            self._fail(error)
            return False
        return True

    @Slot()
    def export_run(self) -> None:
        path = self._ask_path(self.tr("Export run"), "run.json", "JSON (*.json)")
        if path is not None:
            self.write_run(path)

    def write_run(self, path: Path) -> None:
        """Write every run's JSON report to `path` once the training process sends it."""
        self.request_report(lambda text: self._latest().write_text(text, path))

    def _latest(self) -> FileMenu:
        """This menu, or after language switches the one of the window now on screen (an
        answer can come after the switch, and this menu's window and model are gone)."""
        return self if self.successor is None else self.successor._latest()

    @Slot()
    def save_config(self) -> None:
        path = self._ask_path(self.tr("Save configuration"), "config.json", "JSON (*.json)")
        if path is not None:
            self.write_config(path)

    def write_config(self, path: Path) -> bool:
        """Save every run's configuration to `path`."""
        values = runs_to_mapping(self.model.configs)
        return self.write_text(json.dumps(values, indent=2) + "\n", path)

    @Slot()
    def load_config(self) -> None:
        path = self._ask_path(self.tr("Load configuration"), "", "JSON (*.json)", save=False)
        if path is not None:
            self.read_config(path)

    def read_config(self, path: Path) -> bool:
        """Load a configuration file: one up to READ_AT_ONCE bytes at once (returns whether
        it loaded); a larger one in a child process while the status bar says so (returns
        True; its configuration or its error shows when it is read)."""
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # load_json says what is wrong
        if size > READ_AT_ONCE:
            if self.reader.running:  # replaced by this one
                self.reader.cancel()
                self._idle()
            self._busy(self.tr("Reading {path}…").format(path=path))
            self.reader.read(path, self._config_read)
            return True
        try:
            configs = runs_from_mapping(load_json(path))
        except ConfigError as error:
            self._config_failed(str(error))
            return False
        self.model.load_runs(configs)
        return True

    @Slot()
    def open_lesson(self) -> None:
        path = self._ask_path(self.tr("Open lesson"), "", "JSON (*.json)", save=False)
        if path is not None:
            self.read_lesson(path)

    def read_lesson(self, path: Path) -> bool:
        """Open a teacher's lesson file; a bad one is one line in the banner and changes
        nothing."""
        try:
            lesson = lessons.load_lesson(path)
        except ConfigError as error:
            self.model.report_error(self.tr("Cannot load lesson: {error}").format(error=error))
            return False
        self.model.open_lesson(lesson)
        return True

    def _config_read(self, message: ConfigsRead | Error) -> None:
        self._idle()
        if isinstance(message, Error):
            self._config_failed(message.message)
        else:
            self.model.load_runs(message.runs)

    def _config_failed(self, error: str) -> None:
        self.model.report_error(self.tr("Cannot load configuration: {error}").format(error=error))
