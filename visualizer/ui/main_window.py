"""The main window: controls on the left, live panels in the middle, transport and status.

It wires signals only: panels never talk to each other, and training happens in the
training process behind `TrainingController`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import lessons
from ..core.config import Config
from ..core.snapshot import Frame
from ..worker import TrainingController
from . import i18n, presenter, settings, theme
from .banner import Banner, StatusLine
from .control_dock import ControlDock
from .file_menu import FileMenu
from .lesson_view import LessonView
from .panels.activation_curve import ActivationCurvePanel
from .panels.base import Panel
from .panels.curves import CurvesPanel
from .panels.decision import DecisionPanel
from .panels.histograms import HistogramPanel
from .panels.layer_stats import LayerStatsPanel
from .panels.network_diagram import NetworkDiagramPanel
from .panels.optimizer_race import OptimizerRacePanel
from .panels.timeline import TimelinePanel
from .transport import Transport
from .window_menus import WindowMenus

VIEWS = ("activations", "gradients", "weights", "timeline", "activation_curve", "decision",
         "network", "race", "curves", "layer_stats")  # fmt: skip
"""Names of the panels, in the order of `MainWindow.panels()` (for `export --view`)."""
OPEN_WINDOWS: set[QMainWindow] = set()  # keeps a successor window alive after a language switch
FIRST_PRESET = "sigmoid_std1"  # the seed experiment: histograms piling up at 0 and 1


class MainWindow(QMainWindow):
    def __init__(
        self,
        config: Config,
        config_b: Config | None = None,
        live: bool = True,
        controller: TrainingController | None = None,
        lang: str = "en",
    ) -> None:
        """`live=False` starts no training process: frames come from `show_frame` (export).
        `controller` hands over a running training process (a language switch)."""
        super().__init__()
        OPEN_WINDOWS.add(self)
        self.setWindowTitle(self.tr("Deep network training visualizer"))
        self.frame: Frame | None = None
        self._drawn: Frame | None = None
        self._report_callback = None
        self._keep_controller = False
        self.lang = lang
        self.theme_name = theme.current().name
        self.font_points = presenter.DEFAULT_POINTS
        self.controller = controller or TrainingController(config, config_b, live=live)
        self.controller.setParent(self)
        self.controls = ControlDock(config, config_b)
        self._build_panels()
        self._build_docks()
        self._build_transport()
        self.file_menu = FileMenu(self)
        self.menus = WindowMenus(self)
        self._build_status()
        self.controls.configs_changed.connect(self._on_configs)
        self.controller.frame_ready.connect(self._on_frame)
        self.controller.error.connect(self.show_error)
        self.controller.process_died.connect(self.show_error)
        self.controller.report_ready.connect(self._on_report)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self._redraw_timer.timeout.connect(self.redraw)
        self.resize(1600, 1000)
        self._sync_extras()
        self.menus.sync()
        if self.controller.latest is not None:
            self._on_frame(self.controller.latest)

    # layout ---------------------------------------------------------------------------
    def _build_panels(self) -> None:
        self.activation_panel = HistogramPanel("activations")
        self.gradient_panel = HistogramPanel("gradients")
        self.weight_panel = HistogramPanel("weights")
        self.timeline_panel = TimelinePanel()
        self.curve_panel = ActivationCurvePanel()
        self.decision_panel = DecisionPanel()
        self.diagram_panel = NetworkDiagramPanel()
        self.race_panel = OptimizerRacePanel()
        self.curves_panel = CurvesPanel()
        self.stats_panel = LayerStatsPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.activation_panel, self.tr("Activations"))
        self.tabs.addTab(self.gradient_panel, self.tr("Gradients"))
        self.tabs.addTab(self.weight_panel, self.tr("Weights"))
        self.tabs.addTab(self.timeline_panel, self.tr("Over time"))
        self.tabs.addTab(self.curve_panel, self.tr("Activation function"))
        self.tabs.addTab(self.decision_panel, self.tr("Decision boundary"))
        self.tabs.addTab(self.diagram_panel, self.tr("Network"))
        self.tabs.addTab(self.race_panel, self.tr("Optimizer race"))
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.curves_panel, self.tr("Loss and accuracy"))
        self.side_tabs.addTab(self.stats_panel, self.tr("Layer statistics"))
        self.views = dict(zip(VIEWS, self.panels(), strict=True))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([850, 650])
        splitter.setStretchFactor(0, 3)  # extra room goes to the histograms first
        splitter.setStretchFactor(1, 2)
        self.banner = Banner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        for tabs in (self.tabs, self.side_tabs):
            tabs.currentChanged.connect(self._on_visible_changed)

    def panels(self) -> list[Panel]:
        tabbed = [self.tabs.widget(i) for i in range(self.tabs.count())]
        return [*tabbed, self.curves_panel, self.stats_panel]

    def visible_panels(self) -> list[Panel]:
        return [panel for panel in self.panels() if panel.isVisible()]

    def _build_docks(self) -> None:
        self.controls.setMinimumWidth(340)
        self.controls_dock = QDockWidget(self.tr("Controls"), self)
        self.controls_dock.setObjectName("controls")
        self.controls_dock.setWidget(self.controls)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.controls_dock)
        self.lesson_view = LessonView()
        self.lesson_dock = QDockWidget(self.tr("Lesson"), self)
        self.lesson_dock.setObjectName("lesson")
        self.lesson_dock.setWidget(self.lesson_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lesson_dock)
        self.resizeDocks([self.lesson_dock], [150], Qt.Orientation.Vertical)

    def _build_transport(self) -> None:
        self.transport = Transport(self, self.controller.speed)
        self.addToolBar(self.transport)
        self.transport.speed_changed.connect(self.controller.set_speed)
        self.play_action = self.transport.play_action
        self.step_action = self.transport.step_action
        self.reset_action = self.transport.reset_action
        self.play_action.triggered.connect(self.toggle_play)
        self.step_action.triggered.connect(self.step_once)
        self.reset_action.triggered.connect(self.reset)

    def _build_status(self) -> None:
        self.status_label = StatusLine()
        self.statusBar().addPermanentWidget(self.status_label, 1)

    # commands -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return bool(self.frame and self.frame.running)

    @Slot()
    def toggle_play(self) -> None:
        if self.running:
            self.controller.pause()
        else:
            self.controller.play()

    @Slot()
    def step_once(self) -> None:
        self.controller.step()

    @Slot()
    def reset(self) -> None:
        self.banner.hide()
        self.controller.reset()

    @Slot(object, object)
    def _on_configs(self, config_a: Config, config_b: Config | None) -> None:
        self.controller.configure(config_a, config_b)

    def apply_config(self, config: Config, config_b: Config | None = None) -> None:
        """Show and use new configurations (a preset, a loaded file)."""
        self.controls.set_configs(config, config_b)
        self.controller.configure(config, config_b)

    def load_preset(self, name: str) -> None:
        """Set every control from the lesson, rebuild (paused) and show its explanation."""
        lesson = lessons.get(name)
        configs = lesson.configs()
        self.controller.pause()
        self.apply_config(configs[0], configs[1] if len(configs) > 1 else None)
        self.lesson_view.show_preset(lesson, self.lang)
        self.banner.hide()

    def set_theme(self, name: str) -> None:
        chosen = theme.set_current(name)
        theme.apply_palette(chosen)
        self.theme_name = name
        for panel in self.panels():
            panel.apply_theme(chosen)
        self._drawn = None
        self.redraw()
        self.menus.sync()

    def apply_view(self, theme_name: str = "light", preset: str | None = None) -> None:
        """Theme and lesson text at once (export and start-up)."""
        self.set_theme(theme_name)
        if preset:
            self.lesson_view.show_preset(lessons.resolve(preset), self.lang)

    def change_font(self, delta: int) -> None:
        self.set_font_size(self.font_points + delta)

    def set_font_size(self, points: int) -> None:
        """Presenter mode: every widget and plot text at `points`."""
        self.font_points = presenter.apply_font_size(self, points)

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def set_language(self, lang: str) -> MainWindow:
        """Switch the interface language at run time: a new window built under the new
        translator takes over the running training process, geometry and state."""
        if lang == self.lang:
            return self
        i18n.install(lang)
        config_a, config_b = self.controls.configs()
        successor = MainWindow(config_a, config_b, controller=self.controller, lang=lang)
        successor.restoreGeometry(self.saveGeometry())
        successor.restoreState(self.saveState())
        successor.tabs.setCurrentIndex(self.tabs.currentIndex())
        successor.side_tabs.setCurrentIndex(self.side_tabs.currentIndex())
        successor.set_theme(self.theme_name)
        if self.font_points != presenter.DEFAULT_POINTS:
            successor.set_font_size(self.font_points)
        successor.lesson_view.show_preset(self.lesson_view.preset, lang)
        settings.save_value("language", lang)
        self._keep_controller = True
        for signal, slot in (
            (self.controller.frame_ready, self._on_frame),
            (self.controller.error, self.show_error),
            (self.controller.process_died, self.show_error),
            (self.controller.report_ready, self._on_report),
        ):
            signal.disconnect(slot)
        successor.show()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()
        return successor

    def restore_defaults(self) -> None:
        """Forget saved settings: first lesson, light theme, default text size."""
        settings.clear()
        self.set_theme("light")
        self.set_font_size(presenter.DEFAULT_POINTS)
        self.load_preset(FIRST_PRESET)

    def show_view(self, name: str) -> None:
        """Bring the panel called `name` (see VIEWS) to the front of its tab group."""
        panel = self.views[name]
        for tabs in (self.tabs, self.side_tabs):
            if tabs.indexOf(panel) >= 0:
                tabs.setCurrentWidget(panel)

    def request_report(self, callback) -> None:
        """Ask the training process for side A's run JSON; `callback(text)` gets it."""
        self._report_callback = callback
        self.controller.request_report(0)

    @Slot(str)
    def _on_report(self, text: str) -> None:
        callback, self._report_callback = self._report_callback, None
        if callback is not None:
            callback(text)

    # frames ---------------------------------------------------------------------------
    def show_frame(self, frame: Frame) -> None:
        """Draw `frame` now on every panel (used by export, where nothing is live)."""
        self.frame = frame
        self._drawn = frame
        for panel in self.panels():
            panel.show_frame(frame)
        self._show_status(frame)

    @Slot(object)
    def _on_frame(self, frame: Frame) -> None:
        self.frame = frame
        if not self._redraw_timer.isActive():
            self._redraw_timer.start(0)

    @Slot()
    def redraw(self) -> None:
        """Draw the newest frame on the visible panels only."""
        frame = self.frame
        if frame is None or frame is self._drawn:
            return
        self._drawn = frame
        for panel in self.visible_panels():
            panel.show_frame(frame)
        self._show_status(frame)

    @Slot()
    def _on_visible_changed(self) -> None:
        self._sync_extras()
        self._drawn = None
        self.redraw()

    def _sync_extras(self) -> None:
        extras: frozenset[str] = frozenset()
        for panel in self.panels():
            if panel.isVisibleTo(self):
                extras |= panel.extras
        self.controller.set_extras(extras)

    def _show_status(self, frame: Frame) -> None:
        self.transport.show_running(frame.running)
        self.status_label.show_frame(frame)
        self.banner.show_frame(frame)

    @Slot(str)
    def show_error(self, message: str) -> None:
        """A visible message for anything that went wrong; the app stays usable."""
        self.banner.show_message(message, "error")
        if self.frame is not None:  # the process kept its last good configuration
            b = self.frame.b.config if self.frame.b is not None else None
            self.controls.set_configs(self.frame.a.config, b)
            self.controls.panel_a.error_label.setText(message)

    # lifetime -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if not self._keep_controller:
            settings.save_config(self.controls.configs()[0])
            settings.save_value("geometry", self.saveGeometry())
            settings.save_value("theme", self.theme_name)
            settings.save_value("language", self.lang)
            settings.save_value("font_points", self.font_points)
            self.controller.shutdown()
        OPEN_WINDOWS.discard(self)
        super().closeEvent(event)
