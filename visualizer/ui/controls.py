"""The control panel: one widget per configuration key, synced both ways with a Config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import datasets, optimizers
from ..core.config import Config, ConfigError
from .control_rows import ControlRows
from .fields import Binding

NULLABLE = ("activation_alpha", "samples")  # keys whose widgets can show "no value"
HIGHLIGHT = "background-color: #ffd43b; color: #1a1a1a; border-radius: 3px; padding: 0 3px;"
"""Dark text on yellow: readable in both themes (the label's own colour would not be)."""
REFUSED = "QLineEdit, QAbstractSpinBox { border: 2px solid #c92a2a; }"
"""The mark of a control whose last input was refused (until a change is accepted)."""


def dataset_choice(path: str) -> str:
    """The dataset value for a chosen file: an MNIST idx file stands for its folder."""
    chosen = Path(path)
    if chosen.name.endswith(("-ubyte", "-ubyte.gz")):
        return str(chosen.parent)
    return str(chosen)


class ControlPanel(QWidget):
    """Emits `config_changed` with a validated Config whenever a control changes; a value
    the engine rejects is shown under the controls and not sent."""

    config_changed = Signal(object)

    def __init__(self, config: Config, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._config = config
        self.bindings: dict[str, Binding] = {}
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c92a2a;")
        layout = QVBoxLayout(self)
        self.groups = {
            "network": self._group(layout, self.tr("Network")),
            "training": self._group(layout, self.tr("Training")),
            "data": self._group(layout, self.tr("Data")),
        }
        for group, rows in ControlRows(self).rows().items():
            for key, label, widget, tip in rows:
                self._add_row(group, key, label, widget, tip)
        self.open_button = self.bindings["dataset"].widget.button
        self.open_button.clicked.connect(self._open_dataset)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for binding in self.bindings.values():
            binding.changed.connect(lambda *_, key=binding.key: self._on_widget(key))
            if binding.rejected is not None:
                binding.rejected.connect(
                    lambda text, key=binding.key: self._not_a_number(key, text)
                )
        self.set_config(config)

    # building -------------------------------------------------------------------------
    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        layout.addWidget(box)
        return form

    def _add_row(self, group: str, key: str, label: str, widget: QWidget, tip: str) -> None:
        caption = QLabel(label)
        caption.setToolTip(tip)
        widget.setToolTip(tip)
        self.groups[group].addRow(caption, widget)
        self.bindings[key] = Binding.of(key, widget, caption)

    # syncing --------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        return self._config

    def set_config(self, config: Config) -> None:
        """Show `config` in every widget, with the widgets' signals blocked, and clear any
        refusal."""
        self._config = config
        for key, binding in self.bindings.items():
            self._show(key)
            binding.widget.setStyleSheet("")
        self._update_visibility()
        self.error_label.clear()

    def _show(self, key: str) -> None:
        """Show the configuration's value of `key` in its widget, without emitting."""
        value = getattr(self._config, key)
        binding = self.bindings[key]
        widgets = [binding.widget, *binding.widget.findChildren(QWidget)]
        for widget in widgets:
            widget.blockSignals(True)
        if value is not None or key in NULLABLE:
            binding.set(value)
        for widget in widgets:
            widget.blockSignals(False)

    def _refuse(self, key: str, message: str) -> None:
        """Say why an input was refused, mark its control and show the run's value again."""
        self.error_label.setText(message)
        self._show(key)
        self.bindings[key].widget.setStyleSheet(REFUSED)

    def _not_a_number(self, key: str, text: str) -> None:
        label = self.bindings[key].label
        name = label.text() if label is not None else key
        if text:
            message = self.tr("{name}: {text!r} is not a number").format(name=name, text=text)
        else:
            message = self.tr("{name}: a number is required").format(name=name)
        self._refuse(key, message)

    def _update_visibility(self) -> None:
        config = self._config
        used = optimizers.get(config.optimizer).hyperparameters
        for spec in optimizers.HYPERPARAMETERS:
            self._row_visible(spec.name, spec in used)
        self._row_visible("activation_alpha", config.activation_alpha is not None)
        self._row_visible("input_dim", config.dataset == "gaussian")
        builtin = not datasets.is_path(config.dataset)
        self._row_visible("noise", builtin)

    def _row_visible(self, key: str, visible: bool) -> None:
        binding = self.bindings[key]
        for group in self.groups.values():
            if group.indexOf(binding.widget) >= 0:
                group.setRowVisible(binding.widget, visible)

    def _on_widget(self, key: str) -> None:
        self.apply_value(key, self.bindings[key].get())

    def _open_dataset(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open data"),
            "",
            self.tr("Data (*.csv *.npz *-ubyte *-ubyte.gz);;All files (*)"),
        )
        if path:
            self.apply_value("dataset", dataset_choice(path))

    def apply_value(self, key: str, value: Any) -> None:
        """Set one key as if the user had changed its control (validated, then emitted)."""
        try:
            config = self._config.replace(**{key: value})
        except ConfigError as error:
            self._refuse(key, str(error))
            return
        self.set_config(config)
        self.config_changed.emit(config)

    def highlight(self, keys: set[str]) -> None:
        """Mark the controls of `keys` (where this run differs from run A)."""
        for key, binding in self.bindings.items():
            if binding.label is not None:
                binding.label.setStyleSheet(HIGHLIGHT if key in keys else "")
