"""The control panel: one widget per configuration key, synced both ways with a Config."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import dataset_names, optimizers
from ..core.config import Config, ConfigError
from ..core.keys import BY_NAME, Group
from ..core.window_model import WindowModel
from .control_rows import ControlRows, Row, shows_none
from .fields import Binding
from .i18n import core_text

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
    """The controls of run number `run` (0 = run A). A changed control goes to the window
    model, which shows the run's new configuration here through the control dock; a value
    it refuses (ConfigError) is shown under the controls. A lesson may hide some rows and
    show others read-only (`restrict`)."""

    def __init__(self, model: WindowModel, run: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.run = model, run
        self._config = model.configs[run]
        self.bindings: dict[str, Binding] = {}
        self.hidden: frozenset[str] = frozenset()
        self.locked: frozenset[str] = frozenset()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c92a2a;")
        layout = QVBoxLayout(self)
        self.groups = {group: self._group(layout, core_text(group.value.en)) for group in Group}
        for group, rows in ControlRows(self).rows().items():
            for row in rows:
                self._add_row(group, row)
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
        self.set_config(self._config)

    # building -------------------------------------------------------------------------
    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        layout.addWidget(box)
        return form

    def _add_row(self, group: Group, row: Row) -> None:
        caption = QLabel(row.label)
        caption.setToolTip(row.tooltip)
        row.widget.setToolTip(row.tooltip)
        self.groups[group].addRow(caption, row.widget)
        self.bindings[row.key.name] = Binding.of(row.key.name, row.widget, caption)

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
        if value is not None or shows_none(BY_NAME[key]):
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

    def restrict(self, hidden: Iterable[str], locked: Iterable[str]) -> None:
        """Hide the rows of `hidden` and show those of `locked` read-only (a lesson's
        choice); empty ones show every control again."""
        self.hidden, self.locked = frozenset(hidden), frozenset(locked)
        for key, binding in self.bindings.items():
            for widget in (binding.widget, binding.label):
                if widget is not None:
                    widget.setEnabled(key not in self.locked)
        self._update_visibility()

    def _update_visibility(self) -> None:
        """The rows the configuration uses, less those a lesson hides; a group with no row
        left is hidden too."""
        config = self._config
        shown = dict.fromkeys(self.bindings, True)
        used = optimizers.get(config.optimizer).hyperparameters
        for spec in optimizers.HYPERPARAMETERS:
            shown[spec.name] = spec in used
        shown["activation_alpha"] = config.activation_alpha is not None
        shown["input_dim"] = config.dataset == "gaussian"
        shown["noise"] = not dataset_names.is_path(config.dataset)
        regression = not dataset_names.is_path(config.dataset) and (
            dataset_names.DATASETS.get(config.dataset).n_classes == 0
        )
        shown["outliers"] = dataset_names.is_path(config.dataset) or regression
        shown["label_noise"] = not regression
        shown["lr_decay"] = shown["lr_period"] = config.lr_schedule != "none"
        shown["bias_correction"] = config.optimizer == "adam"
        shown.update(dict.fromkeys(self.hidden, False))
        for group in self.groups.values():
            keys = [key for key, b in self.bindings.items() if group.indexOf(b.widget) >= 0]
            for key in keys:
                group.setRowVisible(self.bindings[key].widget, shown[key])
            group.parentWidget().setVisible(any(shown[k] for k in keys))

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
        """Set one key as if the user had changed its control: the model takes it or
        refuses it."""
        try:
            self.model.set_value(self.run, key, value)
        except ConfigError as error:
            self._refuse(key, str(error))

    def highlight(self, keys: set[str]) -> None:
        """Mark the controls of `keys` (where this run differs from run A)."""
        for key, binding in self.bindings.items():
            if binding.label is not None:
                binding.label.setStyleSheet(HIGHLIGHT if key in keys else "")
