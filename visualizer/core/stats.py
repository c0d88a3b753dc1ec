"""Per-layer statistics from one recorded pass: histograms and the scalars the panels plot.

Definitions (per hidden layer, on the batch that was recorded; z = pre-activations, the
input of the activation f after batch norm, a = f(z) before dropout):
- activation_mean / _std, pre_activation_mean / _std: mean and std of every a (z) value;
- dead_fraction: share of units whose slope f'(z) is 0 for every sample (no gradient can
  reach their weights: a dead ReLU, or a sigmoid saturated beyond float precision);
- saturated_fraction: share of z values where |f'(z)| < 10 % of the activation's peak
  slope, for activations whose slope vanishes at both ends (sigmoid, tanh, step); 0 for
  the others. The same zones are shaded in the activation-function view (saturation.py);
- weight_grad_norm: ||dL/dW||_F;  activation_grad_std: std of dL/da;
- update_ratio: ||W_after - W_before||_F / ||W_before||_F over the last update.
Histograms use a fixed random subsample of at most `max_values` values per array (all of
them for the probe behind the JSON report); every scalar uses all values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from .activations import Activation
from .layers import column_sums
from .saturation import saturated_fraction, zones_of

GRAD_LOG_RANGE = (-12.0, 2.0)
"""Fixed log10|g| range, so layers and frames compare and vanishing shows as a shift left."""
HEAD_ROWS = 16
"""Samples on which dead_fraction first looks for a slope (see `dead_fraction`)."""


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # (bins + 1,) float64
    counts: np.ndarray  # (bins,) int64

    def to_json(self) -> dict:
        return {"edges": [float(e) for e in self.edges], "counts": [int(c) for c in self.counts]}


@dataclass(frozen=True)
class LayerStats:
    name: str
    fan_in: int
    fan_out: int
    weight_mean: float
    weight_std: float
    weight_hist: Histogram
    activation_mean: float
    activation_std: float
    dead_fraction: float
    saturated_fraction: float
    activation_hist: Histogram
    pre_activation_mean: float
    pre_activation_std: float
    pre_activation_hist: Histogram
    weight_grad_norm: float
    activation_grad_std: float
    grad_hist: Histogram
    grad_log_hist: Histogram
    update_ratio: float  # NaN when no update was measured

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "fan_in": self.fan_in,
            "fan_out": self.fan_out,
            "weights": {
                "mean": self.weight_mean,
                "std": self.weight_std,
                "hist": self.weight_hist.to_json(),
            },
            "activations": {
                "mean": self.activation_mean,
                "std": self.activation_std,
                "dead_fraction": self.dead_fraction,
                "saturated_fraction": self.saturated_fraction,
                "hist": self.activation_hist.to_json(),
            },
            "pre_activations": {
                "mean": self.pre_activation_mean,
                "std": self.pre_activation_std,
                "hist": self.pre_activation_hist.to_json(),
            },
            "gradients": {
                "weight_grad_norm": self.weight_grad_norm,
                "activation_grad_std": self.activation_grad_std,
                "update_ratio": None if np.isnan(self.update_ratio) else self.update_ratio,
                "hist": self.grad_hist.to_json(),
                "log10_hist": self.grad_log_hist.to_json(),
            },
        }


@cache
def _sample_index(size: int, count: int) -> np.ndarray:
    """Fixed random positions for arrays of `size` values (drawn once per size: drawing
    them anew each frame cost more than the histograms themselves)."""
    return np.sort(np.random.default_rng(size).choice(size, count, replace=False))


def sample(values: np.ndarray, max_values: int | None) -> np.ndarray:
    """All values flattened, or a fixed random subsample of `max_values` of them."""
    flat = values.reshape(-1)
    if max_values is None or flat.size <= max_values:
        return flat
    return flat[_sample_index(flat.size, max_values)]


def moments(values: np.ndarray) -> tuple[float, float]:
    """(mean, std) of all values, by the corrected two-pass formula on BLAS passes in the
    array's dtype (3-4x faster than ndarray.mean and .std): with s = sum(x), d = x - s/n,
    var = (d.d - sum(d)^2 / n) / n."""
    n = values.size
    if n == 0:
        return (float("nan"), float("nan"))
    x = values.reshape(-1, values.shape[-1]) if values.ndim else values.reshape(1, 1)
    mean = float(column_sums(x).sum(dtype=np.float64)) / n
    centred = x - mean
    residual = float(column_sums(centred).sum(dtype=np.float64))
    variance = (float(np.vdot(centred, centred)) - residual * residual / n) / n
    return (mean, math.sqrt(max(variance, 0.0)) if math.isfinite(variance) else float("nan"))


def histogram(values: np.ndarray, bins: int, value_range: tuple[float, float]) -> Histogram:
    """Counts in `bins` equal bins over `value_range` (values outside are clipped into the
    end bins; non-finite values are dropped). bincount is ~5x faster than np.histogram."""
    low, high = value_range
    edges = np.linspace(low, high, bins + 1)
    if not np.isfinite(values).all():
        values = values[np.isfinite(values)]
    position = values - low
    position *= bins / (high - low)
    np.clip(position, 0, bins - 1, out=position)
    counts = np.bincount(position.astype(np.intp), minlength=bins)
    return Histogram(edges, counts.astype(np.int64, copy=False))


def data_range(values: np.ndarray, symmetric: bool = False) -> tuple[float, float]:
    """[min, max] of the finite values (or [-m, m]), widened when degenerate."""
    if values.size == 0:
        return (-1.0, 1.0)
    low, high = float(values.min()), float(values.max())
    if not (math.isfinite(low) and math.isfinite(high)):
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return (-1.0, 1.0)
        low, high = float(finite.min()), float(finite.max())
    if symmetric:
        bound = max(abs(low), abs(high))
        low, high = -bound, bound
    if high - low < 1e-12 * max(1.0, abs(high)):
        pad = max(abs(high) * 0.05, 1e-6)
        low, high = low - pad, high + pad
    return (low, high)


def dead_fraction(activation: Activation, pre_activations: np.ndarray) -> float:
    """Share of units with f'(z) = 0 on every sample. Exact, and cheap for a live layer:
    f' is evaluated on the first HEAD_ROWS samples, then on the other samples of only the
    units that had no slope on those (of every unit when f has per-unit parameters)."""
    if not activation.elementwise or pre_activations.size == 0:
        return 0.0
    alive = _has_slope(activation, pre_activations[:HEAD_ROWS])
    if not alive.all():
        rest = pre_activations[HEAD_ROWS:]
        if activation.params():  # prelu: f' depends on the unit's own slope
            alive |= _has_slope(activation, rest)
        else:
            undecided = np.flatnonzero(~alive)
            alive[undecided] = _has_slope(activation, rest[:, undecided])
    return float(1.0 - alive.mean())


def _has_slope(activation: Activation, z: np.ndarray) -> np.ndarray:
    """Per unit (column): whether f'(z) is nonzero for some sample (row)."""
    return np.any(activation.derivative(z) != 0, axis=0)


def log_magnitudes(values: np.ndarray) -> np.ndarray:
    """log10|g| in the values' dtype, with exact zeros sent to the bottom of GRAD_LOG_RANGE."""
    magnitude = np.abs(values)
    np.maximum(magnitude, 10.0 ** GRAD_LOG_RANGE[0], out=magnitude)
    return np.log10(magnitude, out=magnitude)


def layer_stats(
    index: int,
    weights: np.ndarray,
    weight_grads: np.ndarray,
    activation: Activation,
    pre_activations: np.ndarray,
    outputs: np.ndarray,
    output_grads: np.ndarray,
    bins: int,
    max_values: int | None = 10_000,
    update_ratio: float = float("nan"),
) -> LayerStats:
    """Statistics of hidden layer `index` (0-based) from one recorded pass."""
    w_sample = sample(weights, max_values)
    a_sample = sample(outputs, max_values)
    z_sample = sample(pre_activations, max_values)
    g_sample = sample(output_grads, max_values)
    a_range = activation.output_range or data_range(a_sample)
    weight_mean, weight_std = moments(weights)
    activation_mean, activation_std = moments(outputs)
    pre_activation_mean, pre_activation_std = moments(pre_activations)
    return LayerStats(
        name=f"hidden{index + 1}",
        fan_in=int(weights.shape[0]),
        fan_out=int(outputs.shape[1]),
        weight_mean=weight_mean,
        weight_std=weight_std,
        weight_hist=histogram(w_sample, bins, data_range(w_sample, symmetric=True)),
        activation_mean=activation_mean,
        activation_std=activation_std,
        dead_fraction=dead_fraction(activation, pre_activations),
        saturated_fraction=saturated_fraction(zones_of(activation), pre_activations),
        activation_hist=histogram(a_sample, bins, a_range),
        pre_activation_mean=pre_activation_mean,
        pre_activation_std=pre_activation_std,
        pre_activation_hist=histogram(z_sample, bins, data_range(z_sample, symmetric=True)),
        weight_grad_norm=math.sqrt(float(np.vdot(weight_grads, weight_grads))),
        activation_grad_std=moments(output_grads)[1],
        grad_hist=histogram(g_sample, bins, data_range(g_sample, symmetric=True)),
        grad_log_hist=histogram(log_magnitudes(g_sample), bins, GRAD_LOG_RANGE),
        update_ratio=update_ratio,
    )
