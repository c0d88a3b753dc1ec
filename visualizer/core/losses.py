"""Losses on the network's final linear outputs (logits), shape (N, K).

Targets are int class labels of shape (N,) or float targets of shape (N, K). `forward`
returns the mean loss over the batch and caches what `backward` needs; `backward` returns
d loss / d outputs in the outputs' dtype; `predict` gives what to display (probabilities
or values).
"""

from __future__ import annotations

from typing import ClassVar

import numpy as np

from visualizer.core.registry import Registry


def _is_labels(targets: np.ndarray) -> bool:
    return targets.ndim == 1 and np.issubdtype(targets.dtype, np.integer)


def _check_labels(labels: np.ndarray, n: int, classes: int) -> None:
    if labels.shape != (n,):
        raise ValueError(f"labels shape {labels.shape} does not match {n} rows of outputs")
    if n and (labels.min() < 0 or labels.max() >= classes):
        low, high = labels.min(), labels.max()
        raise ValueError(f"labels must lie in 0..{classes - 1}, got {low}..{high}")


def _dense_targets(outputs: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Targets as an (N, K) array in the outputs' dtype.

    Int labels become one-hot rows; with a single output (K = 1) labels 0/1 are used as
    they are. Float targets of shape (N,) are accepted for a single output.
    """
    targets = np.asarray(targets)
    n, k = outputs.shape
    if _is_labels(targets):
        _check_labels(targets, n, 2 if k == 1 else k)
        if k == 1:
            return targets.astype(outputs.dtype)[:, None]
        onehot = np.zeros_like(outputs)
        onehot[np.arange(n), targets] = 1
        return onehot
    if targets.shape == (n,) and k == 1:
        targets = targets[:, None]
    if targets.shape != outputs.shape:
        raise ValueError(f"targets shape {targets.shape} does not match outputs {outputs.shape}")
    return targets.astype(outputs.dtype, copy=False)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    """sigmoid(x) = (1 + tanh(x / 2)) / 2, which never overflows."""
    out = np.tanh(x * 0.5)
    out += 1
    out *= 0.5
    return out


class Loss:
    """Base class: `forward` caches, `backward` returns d loss / d outputs."""

    name: ClassVar[str]
    formula: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()
    needs_labels: ClassVar[bool] = False

    def forward(self, outputs: np.ndarray, targets: np.ndarray) -> float:
        raise NotImplementedError

    def backward(self) -> np.ndarray:
        raise NotImplementedError

    def predict(self, outputs: np.ndarray) -> np.ndarray:
        """Values for display: the outputs themselves unless a subclass squashes them."""
        return outputs

    @staticmethod
    def output_units(n_outputs: int, n_classes: int) -> int:
        """Units of the output layer for a dataset of `n_outputs` classes or targets."""
        return n_outputs

    @staticmethod
    def classes(outputs: np.ndarray) -> np.ndarray:
        """The predicted class of each row: the largest output."""
        return outputs.argmax(axis=1)


class CrossEntropy(Loss):
    """Softmax cross-entropy: L = mean_n(-log p[n, label_n]), p = softmax(outputs).

    Computed as log p = z - max(z) - log(sum(exp(z - max(z)))); dL/dz = (p - onehot) / N.
    """

    name = "cross_entropy"
    formula = "cross_entropy: L = -mean log softmax(z)[label]"
    aliases = ("categorical_crossentropy", "softmax_cross_entropy")
    needs_labels = True

    def forward(self, outputs: np.ndarray, targets: np.ndarray) -> float:
        targets = np.asarray(targets)
        if not _is_labels(targets):
            raise ValueError("cross_entropy needs class labels; use mse or mae for regression")
        _check_labels(targets, *outputs.shape)
        shifted = outputs - outputs.max(axis=1, keepdims=True)
        log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        rows = np.arange(len(targets))
        self._probs, self._labels = np.exp(log_p), targets
        return float(-log_p[rows, targets].mean())

    def backward(self) -> np.ndarray:
        grad = self._probs.copy()
        grad[np.arange(len(self._labels)), self._labels] -= 1
        grad /= len(self._labels)
        return grad

    def predict(self, outputs: np.ndarray) -> np.ndarray:
        """softmax(z) = exp(z - max z) / sum exp(z - max z), row by row."""
        exp = np.exp(outputs - outputs.max(axis=1, keepdims=True))
        exp /= exp.sum(axis=1, keepdims=True)
        return exp


class BinaryCrossEntropy(Loss):
    """Sigmoid cross-entropy per output, summed over outputs, averaged over the batch.

    L = mean_n sum_k -(t log p + (1 - t) log(1 - p)), p = sigmoid(z), computed from the
    logits as softplus(z) - t z; dL/dz = (p - t) / N. Labels become one-hot targets; two
    classes need one output unit, p = P(class 1), whose labels 0/1 are the targets.
    """

    name = "binary_cross_entropy"
    formula = "binary_cross_entropy: L = -mean Σ t log σ(z) + (1 - t) log(1 - σ(z))"
    aliases = ("bce", "binary_crossentropy")

    def forward(self, outputs: np.ndarray, targets: np.ndarray) -> float:
        t = _dense_targets(outputs, targets)
        per_unit = np.logaddexp(0, outputs)  # softplus(z) = log(1 + e^z)
        per_unit -= t * outputs
        self._probs, self._targets = _sigmoid(outputs), t
        return float(per_unit.sum() / len(outputs))

    def backward(self) -> np.ndarray:
        grad = self._probs - self._targets
        grad /= len(grad)
        return grad

    def predict(self, outputs: np.ndarray) -> np.ndarray:
        """sigmoid(z) per unit; one unit gives the two classes' (1 - p, p)."""
        p = _sigmoid(outputs)
        return np.concatenate([1 - p, p], axis=1) if p.shape[1] == 1 else p

    @staticmethod
    def output_units(n_outputs: int, n_classes: int) -> int:
        """One unit for two classes (p = P(class 1)), else one per class or target."""
        return 1 if n_classes == 2 else n_outputs

    @staticmethod
    def classes(outputs: np.ndarray) -> np.ndarray:
        """One unit: class 1 where z > 0 (p > 0.5); else the largest output."""
        return (outputs[:, 0] > 0).astype(np.int64) if outputs.shape[1] == 1 else outputs.argmax(1)


class MeanSquaredError(Loss):
    """Mean squared error over batch and outputs (as Keras): L = mean_{n,k} (o - t)^2.

    dL/do = 2 (o - t) / (N K). Averaging over outputs too keeps the scale independent of K
    and matches mae.
    """

    name = "mse"
    formula = "mse: L = mean (o - t)²"
    aliases = ("mean_squared_error",)

    def forward(self, outputs: np.ndarray, targets: np.ndarray) -> float:
        self._diff = outputs - _dense_targets(outputs, targets)
        return float(np.mean(self._diff * self._diff))

    def backward(self) -> np.ndarray:
        return self._diff * (2.0 / self._diff.size)


class MeanAbsoluteError(Loss):
    """Mean absolute error over batch and outputs: L = mean_{n,k} |o - t|.

    dL/do = sign(o - t) / (N K), with 0 at the kink o = t.
    """

    name = "mae"
    formula = "mae: L = mean |o - t|"
    aliases = ("mean_absolute_error",)

    def forward(self, outputs: np.ndarray, targets: np.ndarray) -> float:
        self._diff = outputs - _dense_targets(outputs, targets)
        return float(np.abs(self._diff).mean())

    def backward(self) -> np.ndarray:
        grad = np.sign(self._diff)
        grad /= self._diff.size
        return grad


LOSSES = Registry[type[Loss]]("loss")
for _cls in (CrossEntropy, MeanSquaredError, MeanAbsoluteError, BinaryCrossEntropy):
    LOSSES.add(_cls.name, _cls, _cls.aliases)


def get(name: str) -> type[Loss]:
    """The loss class registered under `name` or an alias (error lists valid names)."""
    return LOSSES.get(name)


def create(name: str) -> Loss:
    """A fresh instance of the loss `name`."""
    return get(name)()
