"""The values of one layer's statistics as frames and reports carry them (definitions in
`core.stats`, which computes them)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

GRAD_LOG_RANGE = (-12.0, 2.0)
"""Fixed log10|g| range, so layers and frames compare and vanishing shows as a shift left."""


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # (bins + 1,) float64
    counts: np.ndarray  # (bins,) int64

    @property
    def bin_width(self) -> float:
        return float(self.edges[-1] - self.edges[0]) / len(self.counts)

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
    gamma_mean: float = math.nan  # batch norm's gamma and beta over the units; NaN: none
    gamma_std: float = math.nan
    beta_mean: float = math.nan
    beta_std: float = math.nan

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
            "batch_norm": None
            if math.isnan(self.gamma_mean)
            else {
                "gamma_mean": self.gamma_mean,
                "gamma_std": self.gamma_std,
                "beta_mean": self.beta_mean,
                "beta_std": self.beta_std,
            },
        }
