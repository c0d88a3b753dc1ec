"""Controls for side A and, when comparing, side B: differing keys highlighted, copy A to B."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.config import KEYS, Config
from .controls import ControlPanel


def differing_keys(a: Config, b: Config | None) -> set[str]:
    if b is None:
        return set()
    return {key for key in KEYS if getattr(a, key) != getattr(b, key)}


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    return area


class ControlDock(QWidget):
    """Emits `configs_changed(config_a, config_b or None)` on every accepted change."""

    configs_changed = Signal(object, object)

    def __init__(self, config_a: Config, config_b: Config | None = None, parent=None) -> None:
        super().__init__(parent)
        self.panel_a = ControlPanel(config_a)
        self.panel_b = ControlPanel(config_b or config_a)
        self.compare_box = QCheckBox(self.tr("Compare A / B"))
        self.compare_box.setToolTip(
            self.tr("Train a second configuration in lockstep: same seed, data and batches")
        )
        self.copy_button = QPushButton(self.tr("Copy A to B"))
        self.tabs = QTabWidget()
        self.tabs.addTab(_scrolled(self.panel_a), "A")
        self.tabs.addTab(_scrolled(self.panel_b), "B")
        top = QHBoxLayout()
        top.addWidget(self.compare_box)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.panel_a.config_changed.connect(self._emit)
        self.panel_b.config_changed.connect(self._emit)
        self.compare_box.toggled.connect(self._on_compare)
        self.copy_button.clicked.connect(self.copy_a_to_b)
        self.set_configs(config_a, config_b)

    @property
    def comparing(self) -> bool:
        return self.compare_box.isChecked()

    def configs(self) -> tuple[Config, Config | None]:
        return self.panel_a.config, (self.panel_b.config if self.comparing else None)

    def set_configs(self, config_a: Config, config_b: Config | None) -> None:
        """Show both sides (without emitting); B is hidden when `config_b` is None."""
        self.panel_a.set_config(config_a)
        if config_b is not None:
            self.panel_b.set_config(config_b)
        self.compare_box.blockSignals(True)
        self.compare_box.setChecked(config_b is not None)
        self.compare_box.blockSignals(False)
        self._refresh()

    def _refresh(self) -> None:
        comparing = self.comparing
        self.tabs.setTabVisible(1, comparing)
        self.copy_button.setEnabled(comparing)
        self.tabs.setTabText(0, "A" if comparing else self.tr("Settings"))
        keys = differing_keys(*self.configs())
        self.panel_a.highlight(keys)
        self.panel_b.highlight(keys)

    @Slot(bool)
    def _on_compare(self, _checked: bool) -> None:
        self._emit()

    @Slot()
    def copy_a_to_b(self) -> None:
        self.panel_b.set_config(self.panel_a.config)
        self._emit()

    @Slot()
    def _emit(self, *_args) -> None:
        self._refresh()
        self.configs_changed.emit(*self.configs())
