"""The main window: controls on the left, live panels in the middle, transport and status.

It builds and connects: what the window shows lives in its `WindowModel` (core), which
the control dock, the lesson view, the menus and the exports change and listen to; the
training process's controller follows the model's runs and timeline position, and the
window applies the model's theme, text size, language, lesson and messages to its
widgets. Panels never talk to each other, and no part is handed the window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QMainWindow

from ..core import lessons
from ..core.config import Config
from ..core.protocol import Frame, RunData
from ..core.window_model import WindowModel
from . import language, presenter, settings, theme
from .banner import BannerKind, StatusBar, StatusLine
from .control_dock import ControlDock
from .drawing.base import Panel
from .file_menu import FileMenu
from .lesson_controller import LessonController
from .panel_area import PanelArea
from .redraw_timer import RedrawTimer
from .training_link import TrainingLink
from .transport import Transport
from .window_menus import WindowMenus

OPEN_WINDOWS: set[QMainWindow] = set()  # keeps a successor window alive after a language switch


class MainWindow(QMainWindow):
    def __init__(
        self,
        runs: Sequence[Config],
        live: bool = True,
        link: TrainingLink | None = None,
        lang: str = "en",
        views: dict[str, Panel] | None = None,
    ) -> None:
        """`live=False` starts no training process: frames come from `show_frame` (export).
        `link` and `views` hand over a running training process and the panels (a
        language switch)."""
        super().__init__()
        OPEN_WINDOWS.add(self)
        self.setWindowTitle(self.tr("Deep network training visualizer"))
        self._drawn: Frame | None = None
        self.process_stopped = False  # the training process died (until Reset)
        self.process_exit_code: int | None = None
        self._handed_over = False
        self.successor: MainWindow | None = None  # the window a language switch built
        self.model = WindowModel(runs, lang, theme.current().name)
        self._lesson_step: tuple = (None, 0)  # the lesson step the panels were last set for
        self.link = link or TrainingLink(runs, live)
        self.link.setParent(self)
        self.controller = self.link.controller  # the training process's commands
        self.controls = ControlDock(self.model)
        self._build_panels(views)
        self._build_docks()
        self._build_transport()
        self.lesson = LessonController(self.model, self.area, self)  # dock, cover, keys
        self.lesson_dock = self.lesson.dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lesson_dock)
        self.addActions(self.lesson.actions)
        self.setStatusBar(StatusBar())
        self.status_label = StatusLine()
        self.statusBar().addPermanentWidget(self.status_label, 1)
        self.file_menu = FileMenu(
            self.model,
            self.menuBar(),
            self,
            self.area,
            self.link,
            self.show_frame,
            self.request_report,
        )
        self.menus = WindowMenus(
            self.model,
            self.menuBar(),
            self,
            self.area,
            (self.controls_dock, self.lesson_dock),
            self.lesson,
            self.statusBar(),
        )
        if views is not None:  # handed-over panels wear the theme; the new parts take it
            self.controls.apply_theme()
            self.lesson.apply_theme()
        self._connect_model()
        for signal, slot in self._controller_links():
            signal.connect(slot)
        self._redraw_timer = RedrawTimer(self)  # at most at the display's rate
        self._redraw_timer.timeout.connect(self.redraw)
        self.resize(1600, 1000)
        self._sync_extras()
        self.show_run_data()
        if self.controller.latest is not None:
            self._on_frame(self.controller.latest)

    def _connect_model(self) -> None:
        """The window's widgets follow the model (the controller: `_controller_links`)."""
        model = self.model
        model.lesson_changed.connect(self._on_lesson_changed)
        model.lesson_opened.connect(self._on_lesson_opened)
        model.view_changed.connect(self.area.show_view)
        model.theme_changed.connect(self._on_theme_changed)
        model.font_changed.connect(self._on_font_changed)
        model.language_changed.connect(self._on_language_changed)
        model.error_reported.connect(self.show_error)
        model.status_reported.connect(self._on_status)

    def _controller_links(self) -> list[tuple]:
        """Every (source, slot) pair between the training process's controller and this
        window or its model: connected at start, cut on hand-over. The controller follows
        the model's runs (a lesson step's start paused) and timeline position."""
        link, model = self.link, self.model
        return [
            (model.runs_changed, self.controller.use_runs),
            (model.seek_changed, self.controller.seek),
            (link.frame_ready, self._on_frame),
            (link.run_data_ready, self._on_run_data),
            (link.error, self.model.report_error),
            (link.process_died, self.show_process_stopped),
            (link.report_ready, self._on_report),
        ]

    # layout ---------------------------------------------------------------------------
    def _build_panels(self, views: dict[str, Panel] | None) -> None:
        self.area = PanelArea(self, views)
        self.scrubber = self.area.scrubber
        self.scrubber.seek_requested.connect(self.model.seek)
        self.tabs, self.side_tabs = self.area.tabs, self.area.side_tabs
        self.banner = self.area.banner
        self.tab_title, self.show_view = self.area.tab_title, self.model.show_view
        self.setCentralWidget(self.area)
        self.area.visible_changed.connect(self._on_visible_changed)
        front = self.area.front_view()
        if front is not None:
            self.model.show_view(front)
        self.area.view_chosen.connect(self.model.show_view)  # the user's tab clicks

    @property
    def views(self) -> dict[str, Panel]:  # by name (see panel_table)
        return self.area.views

    def panels(self) -> list[Panel]:
        return self.area.panels()

    def _build_docks(self) -> None:
        self.controls_dock = self.controls.dock(self.tr("Controls"), self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)

    def _build_transport(self) -> None:
        self.transport = Transport(self, self.controller.speed)
        self.addToolBar(self.transport)
        self.transport.speed_changed.connect(self.controller.set_speed)
        self.play_action = self.transport.play_action
        self.step_action = self.transport.step_action
        self.reset_action = self.transport.reset_action
        self.play_action.triggered.connect(self.toggle_play)
        self.step_action.triggered.connect(self.controller.step)
        self.reset_action.triggered.connect(self.reset)

    @property
    def lang(self) -> str:
        return self.model.lang

    @property
    def theme_name(self) -> str:
        return self.model.theme

    @property
    def font_points(self) -> int:
        return self.model.font_points

    @property
    def frame(self) -> Frame | None:
        """The newest frame (the model holds it)."""
        return self.model.frame

    # the model's changes ----------------------------------------------------------------
    def _on_lesson_opened(self, _lesson: lessons.Lesson) -> None:
        """A lesson opened to teach: training pauses and older messages go."""
        self.controller.pause()
        self.banner.hide()

    def _on_lesson_changed(self, reached: bool) -> None:
        """While a question covers the panels, training is paused and Play and Step are
        off; a step reached puts the curves on its x axis and, when it shows the optimizer
        race, the race on the lesson's surface."""
        covered = self.model.covered
        if covered:
            self.controller.pause()
        for action in (self.play_action, self.step_action):
            action.setEnabled(not covered)
        lesson, step = self.model.lesson, self.model.step
        if lesson is not None and (reached or (lesson, step) != self._lesson_step):
            if lesson.view_at(step) == "race":
                self.views["race"].set_surface(self.model.race_surface)
            self.views["curves"].set_x_axis(lesson.x_axis_at(step) or "step")
        self._lesson_step = (lesson, step)

    # commands -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.frame and self.frame.running and not self.process_stopped)

    @Slot()
    def toggle_play(self) -> None:
        """Pause, or play from the live end (leaving the timeline)."""
        if self.running:
            self.controller.pause()
        else:
            self.controller.play()

    @Slot()
    def reset(self) -> None:
        """Rebuild every run from what the controls show (restarting a dead process)."""
        self.banner.hide()
        if self.process_stopped:  # the dead process's last frame no longer says anything
            self.model.set_frame(None)
        self.process_stopped = False
        self.controller.reset(self.model.configs)

    # what scripts, tests and the command line call (each goes through the model) -------
    def apply_configs(self, configs: Sequence[Config]) -> None:
        """Use a loaded file's configurations (see `WindowModel.load_runs`)."""
        self.model.load_runs(configs)

    def load_preset(self, name: str) -> None:
        """Open the built-in lesson `name` at its first step (see `open_lesson`)."""
        self.open_lesson(lessons.get(name))

    def open_lesson(self, lesson: lessons.Lesson) -> None:
        """Set every run to the lesson's first step, rebuilt and paused; show its text."""
        self.model.open_lesson(lesson)

    def set_theme(self, name: str) -> None:
        self.model.set_theme(name)

    def _on_theme_changed(self, name: str) -> None:
        """Colour the window and the panels."""
        chosen = theme.set_current(name)
        theme.apply_palette(chosen)
        self.controls.apply_theme()
        self.lesson.apply_theme()
        for panel in self.panels():
            panel.apply_theme(chosen)
        self._drawn = None
        self.redraw()

    def apply_view(
        self, theme_name: str = "light", preset: str | None = None, step: int = 0
    ) -> None:
        """Theme and lesson at once (export and start-up): the lesson `preset` (a name or
        file) shown at `step` (0-based) over the configurations the window already has."""
        self.set_theme(theme_name)
        if preset:
            self.model.open_lesson(
                lessons.resolve(preset, settings.my_lessons()), step, apply=False
            )

    def set_font_size(self, points: int) -> None:
        """Presenter mode: every widget and plot text at `points` (within the model's
        range)."""
        self.model.set_font_points(points)

    def _on_font_changed(self, points: int) -> None:
        presenter.apply_font_size(self, points)

    def set_language(self, lang: str) -> MainWindow:
        """Switch the interface language at run time; returns the window now on screen."""
        self.model.set_language(lang)
        return self.successor or self

    def _on_language_changed(self, lang: str) -> None:
        self.successor = language.switch(self, lang)

    def hand_over(self) -> None:
        """Give the training process to a successor window (which took the panels, see
        `language.switch`) and close without stopping the process."""
        self._handed_over = True
        self._redraw_timer.stop()
        for signal, slot in self._controller_links():
            signal.disconnect(slot)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()

    def restore_defaults(self) -> None:
        settings.restore_defaults(self.model)

    def request_report(self, callback: Callable[[str], None]) -> None:
        """Ask the training process for every run's JSON; `callback(text)` gets it. Each
        request is answered; while it waits the status bar says so."""
        if not self.controller.request_report(callback):
            self.model.report_error(self.tr("The training process is not running; press Reset"))
            return
        self.statusBar().show_waiting()

    @Slot(str)
    def _on_report(self, _text: str) -> None:
        self.statusBar().report_answered(self.controller.pending_reports)

    def _on_status(self, text: str, seconds: float | None) -> None:
        if text:
            self.statusBar().showMessage(text, round(seconds * 1000) if seconds else 0)
        else:
            self.statusBar().clearMessage()

    # frames ---------------------------------------------------------------------------
    def show_frame(self, frame: Frame) -> None:
        """Draw `frame` now on every panel (used by exports, where nothing is live)."""
        self.model.set_frame(frame)
        self._drawn = frame
        for panel in self.panels():
            panel.show_frame(frame)
        self._show_status(frame)

    def show_run_data(self, data: dict[int, RunData] | None = None) -> None:
        """Hand the runs' data points to the panels (the controller's, unless given)."""
        points = self.controller.run_data if data is None else data
        for panel in self.panels():
            panel.set_run_data(points)

    @Slot(object)
    def _on_run_data(self, _data: RunData) -> None:
        self.show_run_data()

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        self.model.set_frame(frame)
        self._redraw_timer.request()

    @Slot()
    def redraw(self) -> None:
        """Draw the newest frame on the visible panels only."""
        frame = self.frame
        if frame is None or frame is self._drawn:
            return
        self._drawn = frame
        for panel in self.panels():
            if panel.isVisible():
                panel.show_frame(frame)
        self._show_status(frame)

    @Slot()
    def _on_visible_changed(self) -> None:
        self._sync_extras()
        self._drawn = None
        self.redraw()

    def _sync_extras(self) -> None:
        self.controller.set_extras(self.area.wanted_extras(self))

    def _show_status(self, frame: Frame) -> None:
        self.transport.show_running(self.running)
        self.scrubber.show_frame(frame)
        self.status_label.show_frame(frame, stopped=self.process_stopped)
        self.banner.show_frame(frame)

    @Slot(str)
    def show_error(self, message: str) -> None:
        """A visible message for anything that went wrong; the app stays usable."""
        self.banner.show_message(message, BannerKind.ERROR)
        if self.frame is not None:  # the process kept its last good configurations
            self.model.set_configs([run.config for run in self.frame.runs])
            self.controls.show_error(message)

    @Slot(object)
    def show_process_stopped(self, exit_code: int | None) -> None:
        """The training process ended: say so in the banner, status line and button, and
        refuse the reports it will never send."""
        self.process_stopped, self.process_exit_code = True, exit_code
        self.banner.show_stopped(exit_code)
        self.transport.show_running(False)
        if self.frame is not None:
            self.status_label.show_frame(self.frame, stopped=True)
        self.statusBar().reports_lost(self.controller.cancel_reports())

    # lifetime -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self._handed_over:
            settings.save_window(self.model, self.saveGeometry())
            self.controller.shutdown()
            for panel in self.area.panels():
                panel.shutdown()
        OPEN_WINDOWS.discard(self)
        super().closeEvent(event)
