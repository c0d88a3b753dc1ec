"""Per-layer statistics from one recorded pass: histograms and the scalars the panels plot.

Definitions (per hidden layer, on the batch that was recorded):
- dead_fraction: share of units whose slope f'(z) is 0 for every sample (no gradient can
  reach their weights: a dead ReLU, or a sigmoid saturated beyond float precision);
- saturated_fraction: for bounded activations (sigmoid, tanh, step), share of outputs
  within 2 % of the range ends (where f' is under a tenth of its peak); 0 for unbounded ones;
- weight_grad_norm: ||dL/dW||_F;  activation_grad_std: std of dL/da;
- update_ratio: ||W_after - W_before||_F / ||W_before||_F over the last update.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .activations import Activation

GRAD_LOG_RANGE = (-12.0, 2.0)
"""Fixed log10|g| range, so layers and frames compare and vanishing shows as a shift left."""
SATURATION_MARGIN = 0.02


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
            "pre_activations": {"hist": self.pre_activation_hist.to_json()},
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


def histogram(values: np.ndarray, bins: int, value_range: tuple[float, float]) -> Histogram:
    """Counts in `bins` equal bins over `value_range` (values outside are clipped into the
    end bins; non-finite values are dropped). bincount is ~5x faster than np.histogram."""
    low, high = value_range
    edges = np.linspace(low, high, bins + 1)
    finite = values[np.isfinite(values)]
    index = ((finite - low) * (bins / (high - low))).astype(np.int64)
    np.clip(index, 0, bins - 1, out=index)
    return Histogram(edges, np.bincount(index, minlength=bins).astype(np.int64))


def data_range(values: np.ndarray, symmetric: bool = False) -> tuple[float, float]:
    """[min, max] of the finite values (or [-m, m]), widened when degenerate."""
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
    """Share of units with f'(z) = 0 on every sample."""
    if not activation.elementwise:
        return 0.0
    alive = np.any(activation.derivative(pre_activations) != 0, axis=0)
    return float(1.0 - alive.mean())


def saturated_fraction(activation: Activation, outputs: np.ndarray) -> float:
    """Share of outputs within 2 % of a bounded activation's range ends."""
    if activation.output_range is None:
        return 0.0
    low, high = activation.output_range
    margin = SATURATION_MARGIN * (high - low)
    return float(np.mean((outputs <= low + margin) | (outputs >= high - margin)))


def log_magnitudes(values: np.ndarray) -> np.ndarray:
    """log10|g|, with exact zeros sent to the bottom of GRAD_LOG_RANGE."""
    magnitude = np.abs(values.astype(np.float64))
    return np.log10(np.maximum(magnitude, 10.0 ** GRAD_LOG_RANGE[0]))


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
    return LayerStats(
        name=f"hidden{index + 1}",
        fan_in=int(weights.shape[0]),
        fan_out=int(outputs.shape[1]),
        weight_mean=float(weights.mean()),
        weight_std=float(weights.std()),
        weight_hist=histogram(w_sample, bins, data_range(w_sample, symmetric=True)),
        activation_mean=float(outputs.mean()),
        activation_std=float(outputs.std()),
        dead_fraction=dead_fraction(activation, pre_activations),
        saturated_fraction=saturated_fraction(activation, outputs),
        activation_hist=histogram(a_sample, bins, a_range),
        pre_activation_hist=histogram(z_sample, bins, data_range(z_sample, symmetric=True)),
        weight_grad_norm=float(np.linalg.norm(weight_grads)),
        activation_grad_std=float(output_grads.std()),
        grad_hist=histogram(g_sample, bins, data_range(g_sample, symmetric=True)),
        grad_log_hist=histogram(log_magnitudes(g_sample), bins, GRAD_LOG_RANGE),
        update_ratio=update_ratio,
    )
