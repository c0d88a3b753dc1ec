"""Which widget edits which configuration key: the rows of the control panel's three groups.

Each row is (key, label, widget, tooltip); `fields.Binding.of` knows how to read, write and
watch every widget kind used here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QPushButton

from ..core import activations, datasets, initializers, losses, optimizers
from ..core.config import BATCH_NORM_POSITIONS
from ..core.hyperparameters import Hyperparameter
from ..core.preprocessing import PREPROCESSING
from .fields import (
    ComboRow,
    IntSlider,
    LogSlider,
    NumberField,
    WideSpin,
    combo,
    double_spin,
    spin,
)
from .i18n import core_text


def formulas(registry) -> dict[str, str]:
    """name -> the item's formula (tooltips of a combo box's entries)."""
    return {name: registry.get(name).formula for name in registry}


class ControlRows(QObject):
    """Builds the rows; `rows()` returns them per group, in order."""

    def rows(self) -> dict[str, list[tuple]]:
        return {"network": self._network(), "training": self._training(), "data": self._data()}

    def _network(self) -> list[tuple]:
        return [
            ("depth", self.tr("Depth (hidden layers)"), IntSlider(1, 50),
             self.tr("Number of hidden layers (1 to 50)")),
            ("width", self.tr("Width (units per layer)"), IntSlider(1, 2048),
             self.tr("Units in each hidden layer (1 to 2048)")),
            ("activation", self.tr("Activation function"),
             combo(activations.ACTIVATIONS.names(), formulas(activations.ACTIVATIONS)),
             self.tr("The non-linearity after each hidden layer")),
            ("activation_alpha", self.tr("Alpha"), NumberField(optional=True),
             self.tr("The activation's parameter (slope, scale or pieces); empty = default")),
            ("init", self.tr("Weight initialization"),
             combo(initializers.INITIALIZERS.names(), formulas(initializers.INITIALIZERS)),
             self.tr("How the weights are drawn at the start")),
            ("init_scale", self.tr("Init scale"), LogSlider(1e-4, 10),
             self.tr("std for normal, limit for uniform, a gain for the named schemes")),
            ("bias_init", self.tr("Bias init"), double_spin(-1, 1, 0.01, 3),
             self.tr("Every hidden bias at the start (0 = usual; 0.01 keeps ReLUs firing)")),
            ("batch_norm", self.tr("Batch normalization"), QCheckBox(),
             self.tr("Normalize each hidden layer's units by their batch statistics")),
            ("batch_norm_position", self.tr("Batch norm position"), combo(
                list(BATCH_NORM_POSITIONS), {
                    "before": self.tr("Dense → batch norm → activation (Ioffe and Szegedy)"),
                    "after": self.tr("Dense → activation → batch norm")}),
             self.tr("Where batch normalization sits in each hidden layer")),
            ("dropout", self.tr("Dropout"), double_spin(0, 0.95, 0.05, 2),
             self.tr("Probability of dropping each hidden unit while training")),
        ]  # fmt: skip

    def _training(self) -> list[tuple]:
        return [
            ("optimizer", self.tr("Optimizer"),
             combo(optimizers.OPTIMIZERS.names(), formulas(optimizers.OPTIMIZERS)),
             self.tr("The update rule")),
            ("lr", self.tr("Learning rate"), LogSlider(1e-5, 10),
             self.tr("Step size of each update")),
            *[self._hyperparameter(spec) for spec in optimizers.HYPERPARAMETERS],
            ("weight_decay", self.tr("Weight decay (L2)"), NumberField(),
             self.tr("lambda in g += lambda W; 0 = off")),
            ("grad_clip", self.tr("Gradient clipping"), NumberField(),
             self.tr("Global gradient norm limit; 0 = off")),
            ("batch_size", self.tr("Mini-batch size"), WideSpin(1, 100_000),
             self.tr("Samples per update")),
            ("loss", self.tr("Loss"), combo(losses.LOSSES.names(), formulas(losses.LOSSES)),
             self.tr("What training minimizes")),
        ]  # fmt: skip

    @staticmethod
    def _hyperparameter(spec: Hyperparameter) -> tuple:
        """A row from the spec: a spin box over a bounded range, else a number field."""
        if spec.high is None:
            widget = NumberField()
        else:
            widget = double_spin(spec.low, spec.high - 1e-4, 0.01, 4)
        return (spec.name, core_text(spec.label), widget, core_text(spec.tooltip))

    def _data(self) -> list[tuple]:
        samples = WideSpin(9, 10_000_000)  # 9 shows as "all": every sample of a file
        samples.setSpecialValueText(self.tr("all"))
        return [
            ("dataset", self.tr("Dataset"), self._dataset_row(),
             self.tr("Built-in data, or your own file")),
            ("samples", self.tr("Samples"), samples,
             self.tr("How many samples to generate or load (all: every sample of a file)")),
            ("noise", self.tr("Noise"), double_spin(0, 10, 0.05),
             self.tr("Noise of the generated data")),
            ("test_fraction", self.tr("Test fraction"), double_spin(0, 0.95, 0.05, 2),
             self.tr("Share of samples held out")),
            ("preprocess", self.tr("Preprocessing"), combo(list(PREPROCESSING), {
                "none": self.tr("The inputs as they are"),
                "center": self.tr("x - mean: every feature centred on 0"),
                "standardize": self.tr("(x - mean) / std: every feature centred, spread 1"),
                "pca": self.tr("(x - mean) U: rotated onto the principal axes, decorrelated"),
                "whiten": self.tr("(x - mean) U / sqrt(λ + ε): decorrelated, variance 1 "
                                  "along every axis")}),
             self.tr("Inputs shifted, scaled or rotated by the training set's mean, std "
                     "and covariance (the test set by the same numbers)")),
            ("input_dim", self.tr("Input features"), spin(1, 4096),
             self.tr("Features of the gaussian probe data")),
            ("seed", self.tr("Seed"), WideSpin(0, 2**32 - 1),
             self.tr("Same seed: same data, weights, batches and curves")),
            ("dtype", self.tr("Precision"), combo(["float32", "float64"]),
             self.tr("Floating-point type of the network")),
            ("bins", self.tr("Histogram bins"), spin(5, 200), self.tr("Bins of every histogram")),
        ]  # fmt: skip

    def _dataset_row(self) -> ComboRow:
        """The dataset combo with an Open file… button beside it."""
        names = datasets.DATASETS.names()
        button = QPushButton(self.tr("Open file…"))
        button.setToolTip(self.tr(
            "A .csv file (label in the last column), an .npz file (arrays x and y) "
            "or a folder of MNIST idx files"))  # fmt: skip
        titles = {name: core_text(datasets.DATASETS.get(name).title) for name in names}
        return ComboRow(combo(names, titles), button)
