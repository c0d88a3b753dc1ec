"""One control tab per run (A to D): "+ Add run" copies the current run, a run's tab can be
closed (not A's), and the controls that differ from run A are highlighted. The runs live in
the window model (`core.window_model`): the dock shows them and sends every accepted change
to it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.config import Config
from ..core.runs import RUN_NAMES
from ..core.window_model import WindowModel
from . import theme
from .controls import ControlPanel


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    return area


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class ControlDock(QWidget):
    """Shows the model's runs, one tab each; the lesson's hidden and locked keys apply to
    every run's tab."""

    def __init__(self, model: WindowModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.panels: list[ControlPanel] = []
        self.hidden: tuple[str, ...] = ()
        self.locked: tuple[str, ...] = ()
        self.add_button = QPushButton(self.tr("+ Add run"))
        self.add_button.setToolTip(
            self.tr(
                "Train another configuration in lockstep (a copy of the current run): "
                "same seed, data and batches; up to four runs"
            )
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self.remove_run)
        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.add_button.clicked.connect(self.add_run)
        self._show_runs(model.configs)
        model.runs_changed.connect(lambda configs, _by_lesson: self._show_runs(configs))
        model.lesson_changed.connect(lambda _reached: self._restrict())

    # state ------------------------------------------------------------------------------
    @property
    def panel_a(self) -> ControlPanel:
        return self.panels[0]

    def configs(self) -> tuple[Config, ...]:
        return self.model.configs

    def _show_runs(self, configs: Sequence[Config]) -> None:
        """Show these runs (without emitting): one tab each."""
        while len(self.panels) > len(configs):
            self._drop_tab(len(self.panels) - 1)
        for index, config in enumerate(configs):
            if index < len(self.panels):
                self.panels[index].set_config(config)
            else:
                self._add_tab()
        self._refresh()

    def _restrict(self) -> None:
        """Hide the controls the lesson hides and lock those it locks in every run's tab
        (no lesson: everything shows)."""
        hidden, locked = self.model.hidden, self.model.locked
        if (hidden, locked) == (self.hidden, self.locked):
            return
        self.hidden, self.locked = hidden, locked
        for panel in self.panels:
            panel.restrict(self.hidden, self.locked)
        self._refresh()

    def dock(self, title: str, window: QWidget) -> QDockWidget:
        """This panel in a dock widget of `window` (the window adds it)."""
        self.setMinimumWidth(340)
        dock = QDockWidget(title, window)
        dock.setObjectName("controls")
        dock.setWidget(self)
        return dock

    def apply_theme(self) -> None:
        """Re-colour the run swatches for the current theme."""
        self._refresh()

    def show_error(self, message: str) -> None:
        """A rejected change, under the current tab's controls."""
        panel = self.tabs.currentWidget().widget()
        panel.error_label.setText(message)

    # commands ---------------------------------------------------------------------------
    @Slot()
    def add_run(self) -> None:
        """A new run, a copy of the run whose tab is open."""
        if self.model.add_run(copy_of=max(self.tabs.currentIndex(), 0)):
            self.tabs.setCurrentIndex(len(self.panels) - 1)

    @Slot(int)
    def remove_run(self, index: int) -> None:
        """Drop run `index` (not run A); later runs move up a letter."""
        self.model.remove_run(index)

    # internals --------------------------------------------------------------------------
    def _add_tab(self) -> None:
        """The next run's tab (tabs keep their positions: a closed run's later runs move
        up a letter and their tabs show the moved configurations)."""
        panel = ControlPanel(self.model, len(self.panels))
        panel.restrict(self.hidden, self.locked)
        self.panels.append(panel)
        self.tabs.addTab(_scrolled(panel), "")

    def _drop_tab(self, index: int) -> None:
        self.panels.pop(index)
        area = self.tabs.widget(index)
        self.tabs.removeTab(index)
        area.deleteLater()

    def _refresh(self) -> None:
        """Tab names and colours, the close buttons, highlights and the hint."""
        several = len(self.panels) > 1
        chosen = theme.current()
        for index in range(len(self.panels)):
            name = RUN_NAMES[index]
            self.tabs.setTabText(index, self.tr("Run {0}").format(name) if several else name)
            self.tabs.setTabIcon(index, _swatch(theme.run_color(chosen, index)))
        bar = self.tabs.tabBar()
        for index in range(len(self.panels)):
            button = bar.tabButton(index, QTabBar.ButtonPosition.RightSide)
            if button is not None:
                button.setVisible(index > 0)
        self.add_button.setEnabled(self.model.can_add_run)
        for panel, keys in zip(self.panels, self.model.differing(), strict=True):
            panel.highlight(keys)
        hints = [self.tr("Highlighted: settings that differ from run A")] if several else []
        if self.hidden or self.locked:
            hints.append(self.tr("The lesson hides or locks some settings."))
        self.hint.setText(" ".join(hints))
        self.hint.setVisible(bool(hints))
