"""The middle of the window: the banner above two tab groups of panels, built from the
panel table (docs/DESIGN.md, "Panel table"), and the timeline slider below them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from ..core.protocol import Extra
from .banner import Banner
from .drawing.base import Panel
from .panel_table import MAIN, PANELS
from .scrubber import Scrubber


class PanelArea(QWidget):
    """Emits `visible_changed` when another panel comes to the front of a tab group, or
    when a panel's extras change, and `view_chosen(name)` when a panel comes to the front
    (a tab clicked, or `show_view`)."""

    visible_changed = Signal()
    view_chosen = Signal(str)

    def __init__(self, window: QWidget, views: dict[str, Panel] | None = None, parent=None) -> None:
        """`views` hands over another window's panels (a language switch): they keep their
        state and are retranslated instead of being built again."""
        super().__init__(parent)
        if views is None:
            self.views: dict[str, Panel] = {spec.name: spec.build() for spec in PANELS}
        else:
            self.views = dict(views)
            for panel in self.views.values():
                panel.retranslate()
        self.tabs, self.side_tabs = QTabWidget(), QTabWidget()
        for spec in PANELS:
            panel = self.views[spec.name]
            (self.tabs if spec.group == MAIN else self.side_tabs).addTab(panel, panel.title)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.side_tabs)
        splitter.setSizes([850, 650])
        splitter.setStretchFactor(0, 3)  # extra room goes to the histograms first
        splitter.setStretchFactor(1, 2)
        self.banner = Banner()
        self.scrubber = Scrubber(window)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.scrubber)
        for tabs in (self.tabs, self.side_tabs):
            tabs.currentChanged.connect(self.visible_changed)
            tabs.currentChanged.connect(lambda _index, t=tabs: self._announce_front(t))
        for panel in self.panels():
            panel.extras_changed.connect(self.visible_changed)

    def panels(self) -> list[Panel]:
        return list(self.views.values())

    def release(self) -> dict[str, Panel]:
        """Give up the panels (to a successor window), silently: moving them out of the
        tabs must not make this window redraw or ask for extras."""
        for tabs in (self.tabs, self.side_tabs):
            tabs.blockSignals(True)
        views, self.views = self.views, {}
        return views

    def _tabs_of(self, name: str) -> QTabWidget:
        return self.tabs if self.tabs.indexOf(self.views[name]) >= 0 else self.side_tabs

    def tab_title(self, name: str) -> str:
        """The tab text of the panel called `name`."""
        tabs = self._tabs_of(name)
        return tabs.tabText(tabs.indexOf(self.views[name]))

    def _announce_front(self, tabs: QTabWidget) -> None:
        name = self._name_of(tabs.currentWidget())
        if name is not None:
            self.view_chosen.emit(name)

    def _name_of(self, widget: QWidget | None) -> str | None:
        return next((name for name, panel in self.views.items() if panel is widget), None)

    def front_view(self) -> str | None:
        """The name of the panel in front of the main tabs."""
        return self._name_of(self.tabs.currentWidget())

    def show_view(self, name: str) -> None:
        """Bring the panel called `name` (see core.views.View) to the front of its tabs."""
        self._tabs_of(name).setCurrentWidget(self.views[name])

    def current(self) -> tuple[int, int]:
        """The front tab of each group."""
        return self.tabs.currentIndex(), self.side_tabs.currentIndex()

    def set_current(self, indices: tuple[int, int]) -> None:
        self.tabs.setCurrentIndex(indices[0])
        self.side_tabs.setCurrentIndex(indices[1])

    def wanted_extras(self, window: QWidget) -> frozenset[Extra]:
        """What the panels visible in `window` need frames to carry."""
        extras: frozenset[Extra] = frozenset()
        for panel in self.panels():
            if panel.isVisibleTo(window):
                extras |= panel.extras
        return extras
