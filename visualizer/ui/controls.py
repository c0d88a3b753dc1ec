"""The control panel: one widget per configuration key, synced both ways with a Config."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import activations, datasets, initializers, losses, optimizers
from ..core.config import Config, ConfigError
from .fields import IntSlider, LogSlider, NumberField

NULLABLE = ("activation_alpha", "samples")  # keys whose widgets can show "no value"
HIGHLIGHT = "background-color: rgba(255, 196, 0, 0.35);"


@dataclass
class Binding:
    """How one key's widget is read, written and watched."""

    key: str
    widget: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    changed: Any  # the widget's signal
    label: QLabel | None = None


def combo(names: list[str], tooltips: dict[str, str] | None = None) -> QComboBox:
    box = QComboBox()
    for name in names:
        box.addItem(name, name)
        if tooltips and name in tooltips:
            box.setItemData(box.count() - 1, tooltips[name], role=3)  # Qt.ToolTipRole
    return box


def _set_combo(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index < 0:  # a file path: show it as an extra entry
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)


def spin(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    return box


def double_spin(low: float, high: float, step: float, decimals: int = 3) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    return box


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
        self._build_network()
        self._build_training()
        self._build_data()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for binding in self.bindings.values():
            binding.changed.connect(lambda *_, key=binding.key: self._on_widget(key))
        self.set_config(config)

    # building -------------------------------------------------------------------------
    def _group(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title)
        form = QFormLayout(box)
        layout.addWidget(box)
        return form

    def _bind(self, group: str, key: str, label: str, widget, get, set_, changed, tip: str):
        caption = QLabel(label)
        caption.setToolTip(tip)
        widget.setToolTip(tip)
        self.groups[group].addRow(caption, widget)
        self.bindings[key] = Binding(key, widget, get, set_, changed, caption)

    def _bind_slider(self, group, key, label, widget, tip):
        self._bind(
            group, key, label, widget, widget.value, widget.set_value, widget.value_changed, tip
        )

    def _bind_spin(self, group, key, label, widget, tip):
        self._bind(
            group, key, label, widget, widget.value, widget.setValue, widget.valueChanged, tip
        )

    def _bind_combo(self, group, key, label, widget, tip):
        self._bind(
            group,
            key,
            label,
            widget,
            widget.currentData,
            lambda v, w=widget: _set_combo(w, v),
            widget.currentIndexChanged,
            tip,
        )

    def _bind_check(self, group, key, label, widget, tip):
        self._bind(
            group, key, label, widget, widget.isChecked, widget.setChecked, widget.toggled, tip
        )

    def _build_network(self) -> None:
        self._bind_slider(
            "network",
            "depth",
            self.tr("Depth (hidden layers)"),
            IntSlider(1, 50),
            self.tr("Number of hidden layers (1 to 50)"),
        )
        self._bind_slider(
            "network",
            "width",
            self.tr("Width (units per layer)"),
            IntSlider(1, 2048),
            self.tr("Units in each hidden layer (1 to 2048)"),
        )
        acts = activations.ACTIVATIONS
        self._bind_combo(
            "network",
            "activation",
            self.tr("Activation function"),
            combo(acts.names(), {n: acts.get(n).formula for n in acts}),
            self.tr("The non-linearity after each hidden layer"),
        )
        alpha = NumberField(optional=True)
        self._bind(
            "network",
            "activation_alpha",
            self.tr("Alpha"),
            alpha,
            alpha.value,
            alpha.set_value,
            alpha.value_changed,
            self.tr("The activation's parameter (slope, scale or pieces); empty = default"),
        )
        inits = initializers.INITIALIZERS
        self._bind_combo(
            "network",
            "init",
            self.tr("Weight initialization"),
            combo(inits.names(), {n: inits.get(n).formula for n in inits}),
            self.tr("How the weights are drawn at the start"),
        )
        self._bind_slider(
            "network",
            "init_scale",
            self.tr("Init scale"),
            LogSlider(1e-4, 10),
            self.tr("std for normal, limit for uniform, a gain for the named schemes"),
        )
        self._bind_check(
            "network",
            "batch_norm",
            self.tr("Batch normalization"),
            QCheckBox(),
            self.tr("Normalize each layer between Dense and activation"),
        )
        self._bind_spin(
            "network",
            "dropout",
            self.tr("Dropout"),
            double_spin(0, 0.95, 0.05, 2),
            self.tr("Probability of dropping each hidden unit while training"),
        )

    def _build_training(self) -> None:
        opts = optimizers.OPTIMIZERS
        self._bind_combo(
            "training",
            "optimizer",
            self.tr("Optimizer"),
            combo(opts.names(), {n: opts.get(n).formula for n in opts}),
            self.tr("The update rule"),
        )
        self._bind_slider(
            "training",
            "lr",
            self.tr("Learning rate"),
            LogSlider(1e-5, 10),
            self.tr("Step size of each update"),
        )
        for key, label in (
            ("momentum", self.tr("Momentum")),
            ("rho", self.tr("Decay rho")),
            ("beta1", self.tr("Beta 1")),
            ("beta2", self.tr("Beta 2")),
        ):
            self._bind_spin(
                "training",
                key,
                label,
                double_spin(0, 0.9999, 0.01, 4),
                self.tr("Optimizer hyperparameter"),
            )
        for key, label, tip in (
            ("epsilon", self.tr("Epsilon"), self.tr("Small constant that avoids division by zero")),
            (
                "weight_decay",
                self.tr("Weight decay (L2)"),
                self.tr("lambda in g += lambda W; 0 = off"),
            ),
            (
                "grad_clip",
                self.tr("Gradient clipping"),
                self.tr("Global gradient norm limit; 0 = off"),
            ),
        ):
            field = NumberField()
            self._bind(
                "training",
                key,
                label,
                field,
                field.value,
                field.set_value,
                field.value_changed,
                tip,
            )
        self._bind_spin(
            "training",
            "batch_size",
            self.tr("Mini-batch size"),
            spin(1, 100_000),
            self.tr("Samples per update"),
        )
        self._bind_combo(
            "training",
            "loss",
            self.tr("Loss"),
            combo(losses.LOSSES.names(), {n: losses.get(n).formula for n in losses.LOSSES}),
            self.tr("What training minimizes"),
        )

    def _build_data(self) -> None:
        data = datasets.DATASETS
        box = combo(data.names(), {n: data.get(n).title for n in data})
        open_button = QPushButton(self.tr("Open file…"))
        open_button.setToolTip(
            self.tr(
                "A .csv file (label in the last column), an .npz file "
                "(arrays x and y) or a folder of MNIST idx files"
            )
        )
        open_button.clicked.connect(self._open_dataset)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(box, 1)
        row_layout.addWidget(open_button)
        self.open_button = open_button
        self._bind(
            "data",
            "dataset",
            self.tr("Dataset"),
            row,
            box.currentData,
            lambda v: _set_combo(box, v),
            box.currentIndexChanged,
            self.tr("Built-in data, or your own file"),
        )
        samples = spin(9, 10_000_000)  # 9 shows as "all": every sample of a file
        samples.setSpecialValueText(self.tr("all"))
        self._bind(
            "data",
            "samples",
            self.tr("Samples"),
            samples,
            lambda: None if samples.value() == samples.minimum() else samples.value(),
            lambda v: samples.setValue(samples.minimum() if v is None else v),
            samples.valueChanged,
            self.tr("How many samples to generate or load (all: every sample of a file)"),
        )
        self._bind_spin(
            "data",
            "noise",
            self.tr("Noise"),
            double_spin(0, 10, 0.05),
            self.tr("Noise of the generated data"),
        )
        self._bind_spin(
            "data",
            "test_fraction",
            self.tr("Test fraction"),
            double_spin(0, 0.95, 0.05, 2),
            self.tr("Share of samples held out"),
        )
        self._bind_spin(
            "data",
            "input_dim",
            self.tr("Input features"),
            spin(1, 4096),
            self.tr("Features of the gaussian probe data"),
        )
        self._bind_spin(
            "data",
            "seed",
            self.tr("Seed"),
            spin(0, 2**31 - 1),
            self.tr("Same seed: same data, weights, batches and curves"),
        )
        self._bind_combo(
            "data",
            "dtype",
            self.tr("Precision"),
            combo(["float32", "float64"]),
            self.tr("Floating-point type of the network"),
        )
        self._bind_spin(
            "data",
            "bins",
            self.tr("Histogram bins"),
            spin(5, 200),
            self.tr("Bins of every histogram"),
        )

    # syncing --------------------------------------------------------------------------
    @property
    def config(self) -> Config:
        return self._config

    def set_config(self, config: Config) -> None:
        """Show `config` in every widget, with the widgets' signals blocked."""
        self._config = config
        for key, binding in self.bindings.items():
            value = getattr(config, key)
            binding.widget.blockSignals(True)
            for child in binding.widget.findChildren(QWidget):
                child.blockSignals(True)
            if value is not None or key in NULLABLE:
                binding.set(value)
            for child in binding.widget.findChildren(QWidget):
                child.blockSignals(False)
            binding.widget.blockSignals(False)
        self._update_visibility()
        self.error_label.clear()

    def _update_visibility(self) -> None:
        config = self._config
        used = set(optimizers.get(config.optimizer).hyperparameters)
        for key in ("momentum", "rho", "beta1", "beta2", "epsilon"):
            self._row_visible(key, key in used)
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
            self.error_label.setText(str(error))
            return
        self.set_config(config)
        self.config_changed.emit(config)

    def highlight(self, keys: set[str]) -> None:
        """Mark the controls of `keys` (e.g. where side A and B differ)."""
        for key, binding in self.bindings.items():
            if binding.label is not None:
                binding.label.setStyleSheet(HIGHLIGHT if key in keys else "")
