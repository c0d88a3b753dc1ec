"""Per-layer statistics from one recorded pass: histograms and the scalars the panels plot.

Definitions (per hidden layer, on the batch that was recorded; z = pre-activations, the
input of the activation f after batch norm, a = f(z) before dropout, W = the weights):
- weight_, activation_, pre_activation_mean and _std: mean and std of the W, a, z values;
- dead_fraction: share of units whose slope f'(z) is 0 for every sample (no gradient can
  reach their weights: a dead ReLU, or a sigmoid saturated beyond float precision);
- saturated_fraction: share of z values where |f'(z)| < 10 % of the activation's peak
  slope, for activations whose slope vanishes at both ends (sigmoid, tanh, step); 0 for
  the others. The activation-function view shades the same zones (saturation.py);
- weight_grad_norm: ||dL/dW||_F;  activation_grad_std: std of dL/da;
- update_ratio: ||W_after - W_before||_F / ||W_before||_F over the last update;
- gamma_ and beta_mean and _std: mean and std over the units of batch norm's learned
  scale gamma and shift beta (y = gamma xhat + beta; NaN without batch norm).
Histograms, means, stds and the saturated fraction are taken over a fixed random
subsample of at most `max_values` values of each array (10 000 for the frames of a
recorded step; every value for the probe behind the JSON report, max_values=None); the
dead fraction, gradient norm and update ratio always use every value.
"""

from __future__ import annotations

import math

import numpy as np

from .activations import Activation
from .layer_stats import GRAD_LOG_RANGE, Histogram, LayerStats
from .network import HiddenLayer, Taps
from .saturation import in_zones, share_in_zones, within, zero_slope_zones, zones_of
from .summaries import CHUNK_VALUES, Rows, histograms, row_moments, row_ranges


def share_of_units(dead: np.ndarray) -> float:
    """The share of True in a per-unit mask (0 for no units): a layer's dead fraction of
    its `dead_units`."""
    return np.count_nonzero(dead) / len(dead) if len(dead) else 0.0


def dead_units(activation: Activation, pre_activations: np.ndarray) -> np.ndarray:
    """Per unit (column of z): whether f'(z) = 0 on every sample, so a unit is dead in a
    batch exactly when it is dead in every part of it. Exact and cheap: a unit is dead when
    its smallest and largest z lie in one zone where f' is 0 (saturation.zero_slope_zones:
    ReLU's z <= 0 needs only the largest), alive when either lies outside every such zone;
    f' itself is evaluated only for the other units (z in two zones, or NaN), and for every
    unit of an activation with per-unit parameters (prelu)."""
    z = pre_activations
    none = np.zeros(z.shape[1] if z.ndim == 2 else 0, dtype=bool)
    if not activation.elementwise or z.size == 0:
        return none
    if activation.params():
        return ~_has_slope(activation, z)
    zones = zero_slope_zones(activation.name, activation.alpha)
    if len(zones) == 0:
        return none
    if len(zones) == 1 and zones[0, 0] == -np.inf and zones[0, 1] < np.inf:  # ReLU's z <= 0
        high = z.max(axis=0)
        if not np.isnan(high).any():  # else f'(NaN) decides, below
            return high <= zones[0, 1]
    with np.errstate(invalid="ignore"):  # all-NaN columns
        finite_starts, finite_ends = np.isfinite(zones).any(axis=0)
        low = z.min(axis=0).astype(np.float64) if finite_starts else None
        high = z.max(axis=0).astype(np.float64) if finite_ends else None
    low = high if low is None else low  # only the other end matters
    high = low if high is None else high
    if low is None:  # f' = 0 everywhere: no need to look at z
        return ~none
    dead = within(zones, low, high)
    undecided = ~dead & (np.isnan(low) | np.isnan(high))
    if len(zones) > 1:  # the ends may lie in two different zones
        undecided |= ~dead & in_zones(zones, low) & in_zones(zones, high)
    checked = np.flatnonzero(undecided)
    if checked.size:
        dead[checked] = ~_has_slope(activation, z[:, checked])
    return dead


def _has_slope(activation: Activation, z: np.ndarray) -> np.ndarray:
    """Per unit (column): whether f'(z) is nonzero for some sample (row)."""
    with np.errstate(all="ignore"):  # f' of far-out z overflows on the way to 0
        return np.any(activation.derivative(z) != 0, axis=0)


def log_magnitudes(values: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """log10|g| in the values' dtype, with exact zeros sent to the bottom of GRAD_LOG_RANGE."""
    magnitude = np.abs(values, out=out)
    np.maximum(magnitude, 10.0 ** GRAD_LOG_RANGE[0], out=magnitude)
    return np.log10(magnitude, out=magnitude)


PRE_ACTIVATIONS, ACTIVATION_GRADS, ACTIVATIONS = 1, 2, 3
"""The row groups of the arrays a pass hands over (group 0 holds the weights, 4 log10|g|)."""


class Sampler:
    """A network Recorder keeping, of each hidden layer's arrays in one pass, what the
    statistics need: a fixed subsample of z, a and dL/da (summaries.Rows) and the dead
    units, taken while the network has them fresh in cache. `stats` then adds the
    weights and computes every layer's LayerStats. A pass of a batch trained in parts
    (core.shards) hands each part's rows to the part's own recorder (`parts`), which puts
    exactly the values of the whole batch's subsample that lie in its rows.

    Handles layers first .. first + len(layers) - 1 of the network (others are ignored)."""

    def __init__(
        self, layers: list[HiddenLayer], batch: int, max_values: int | None, first: int = 0
    ) -> None:
        self.layers, self.first, self.batch, n = layers, first, batch, len(layers)
        weights = [layer.dense.W for layer in layers]
        z_sizes = [batch * w.shape[1] for w in weights]
        a_sizes = [z // layer.activation.pieces for z, layer in zip(z_sizes, layers, strict=True)]
        sizes = [w.size for w in weights] + z_sizes + a_sizes + a_sizes + [0] * n
        dtype = weights[0].dtype if weights else np.float32
        self.rows = Rows.empty(sizes, max_values, dtype, scratch=max_values is not None)
        self.dead_parts: list[dict[int, np.ndarray]] = [{} for _ in range(n)]

    def parts(self, bounds: list[tuple[int, int]]) -> list[SamplerPart]:
        """A recorder for each part of the batch, given as its rows (start, stop)."""
        return [SamplerPart(self, index, start) for index, (start, _) in enumerate(bounds)]

    def _row(self, group: int, layer: int) -> int | None:
        index = layer - self.first
        return group * len(self.layers) + index if 0 <= index < len(self.layers) else None

    def pre_activation(self, layer: int, z: np.ndarray) -> None:
        self.put(PRE_ACTIVATIONS, layer, z)

    def activation(self, layer: int, a: np.ndarray) -> None:
        self.put(ACTIVATIONS, layer, a)

    def activation_grad(self, layer: int, grad: np.ndarray) -> None:
        self.put(ACTIVATION_GRADS, layer, grad)

    def put(self, group: int, layer: int, array: np.ndarray, part: int = 0, start: int = 0) -> None:
        """Keep what the statistics need of `array`, the rows from `start` on of layer
        `layer`'s z, a or dL/da (row `group`) in part `part` of the batch."""
        if (row := self._row(group, layer)) is None:
            return
        self.rows.fill(row, array, start * array.shape[1])
        if group == PRE_ACTIVATIONS:
            i = layer - self.first
            self.dead_parts[i][part] = dead_units(self.layers[i].activation, array)

    def dead_fractions(self) -> list[float]:
        """Per layer: the share of units dead in every part of the batch (NaN: none seen).
        Takes the parts' dead units away: the next pass brings its own."""
        fractions = []
        for parts in self.dead_parts:
            masks = list(parts.values())
            parts.clear()
            fractions.append(
                share_of_units(np.logical_and.reduce(masks)) if masks else float("nan")
            )
        return fractions

    def stats(
        self,
        bins: int,
        update_ratios: list[float],
        kept_weights: list[LayerStats] | None = None,
    ) -> list[LayerStats]:
        """Every layer's statistics, with its weights and weight gradients as they are
        now; row group g holds weights, z, dL/da, outputs a, log10|dL/da| of every layer
        (the symmetric ranges first, found in one pass).
        `kept_weights`: statistics of an earlier record whose weight summaries (mean, std,
        histogram) still describe the weights (see Trainer), taken over instead of
        summarizing the weights again."""
        n, rows = len(self.layers), self.rows
        first = 0 if kept_weights is None else 1  # the first row group to summarize now
        if kept_weights is None:
            for i, layer in enumerate(self.layers):
                rows.fill(i, layer.dense.W)
        groups = [rows.part(g * n, (g + 1) * n) for g in range(5)]
        pre, grads, outputs, logs = groups[1:]
        log_magnitudes(grads.values, out=logs.values)
        logs.counts[:] = grads.counts
        means, stds = (
            m.reshape(4 - first, n).tolist() for m in row_moments(rows.part(first * n, 4 * n))
        )
        symmetric, spoiled = row_ranges(rows.part(first * n, 3 * n), symmetric=True)
        bounded = [layer.activation.output_range for layer in self.layers]
        if all(bounded):  # f(z) is finite where z is (or is only checked)
            a_ranges, a_spoiled = np.array(bounded, dtype=np.float64), spoiled[-2 * n : -n]
        else:
            a_ranges, a_spoiled = row_ranges(outputs, symmetric=False)
        edges, counts = histograms(
            rows.part(first * n, 5 * n),
            np.concatenate([symmetric, a_ranges, np.tile(GRAD_LOG_RANGE, (n, 1))]),
            bins,
            np.concatenate([spoiled, a_spoiled, spoiled[-n:]]),
        )  # the rows in order: weights (when summarized now), z, dL/da, a, log10|dL/da|
        hists = [Histogram(e, c) for e, c in zip(edges, counts, strict=True)]
        if kept_weights is None:
            summaries = [(means[0][i], stds[0][i], hists[i]) for i in range(n)]
            means, stds, hists = means[1:], stds[1:], hists[n:]
        else:
            summaries = [(s.weight_mean, s.weight_std, s.weight_hist) for s in kept_weights]
        (z_means, _, a_means), (z_stds, g_stds, a_stds) = means, stds
        dead = self.dead_fractions()
        return [
            LayerStats(
                name=f"hidden{self.first + i + 1}",
                fan_in=int(layer.dense.W.shape[0]),
                fan_out=int(layer.dense.W.shape[1] // layer.activation.pieces),
                weight_mean=summaries[i][0],
                weight_std=summaries[i][1],
                weight_hist=summaries[i][2],
                activation_mean=a_means[i],
                activation_std=a_stds[i],
                dead_fraction=dead[i],
                saturated_fraction=share_in_zones(zones_of(layer.activation), pre.row(i)),
                activation_hist=hists[2 * n + i],
                pre_activation_mean=z_means[i],
                pre_activation_std=z_stds[i],
                pre_activation_hist=hists[i],
                weight_grad_norm=math.sqrt(float(np.vdot(layer.dense.dW, layer.dense.dW))),
                activation_grad_std=g_stds[i],
                grad_hist=hists[n + i],
                grad_log_hist=hists[3 * n + i],
                update_ratio=update_ratios[self.first + i],
                **_norm_parameters(layer),
            )
            for i, layer in enumerate(self.layers)
        ]


class SamplerPart:
    """The Recorder of one part of a batch (rows from `start` on): it puts the part's
    values of each array into the sampler's rows where the whole batch's values would go,
    and the part's dead units under its index."""

    def __init__(self, sampler: Sampler, index: int, start: int) -> None:
        self.sampler, self.index, self.start = sampler, index, start

    def pre_activation(self, layer: int, z: np.ndarray) -> None:
        self.sampler.put(PRE_ACTIVATIONS, layer, z, self.index, self.start)

    def activation(self, layer: int, a: np.ndarray) -> None:
        self.sampler.put(ACTIVATIONS, layer, a, self.index, self.start)

    def activation_grad(self, layer: int, grad: np.ndarray) -> None:
        self.sampler.put(ACTIVATION_GRADS, layer, grad, self.index, self.start)


def _norm_parameters(layer: HiddenLayer) -> dict[str, float]:
    """Mean and std over the units of the layer's batch norm gamma and beta ({}: none)."""
    if layer.norm is None:
        return {}
    gamma, beta = layer.norm.gamma, layer.norm.beta
    return {
        "gamma_mean": float(gamma.mean()),
        "gamma_std": float(gamma.std()),
        "beta_mean": float(beta.mean()),
        "beta_std": float(beta.std()),
    }


def taps_stats(
    layers: list[HiddenLayer], taps: Taps, bins: int, update_ratios: list[float]
) -> list[LayerStats]:
    """Statistics on every value of a pass recorded as Taps (the probe), a few layers at a
    time so that the sample rows stay within CHUNK_VALUES values."""
    if not layers:
        return []
    largest = max(
        max(layer.dense.W.size, z.size)
        for layer, z in zip(layers, taps.pre_activations, strict=True)
    )
    per_chunk = max(1, CHUNK_VALUES // (5 * largest))
    stats: list[LayerStats] = []
    for start in range(0, len(layers), per_chunk):
        chunk = range(start, min(start + per_chunk, len(layers)))
        sampler = Sampler(
            layers[chunk.start : chunk.stop], len(taps.pre_activations[0]), None, start
        )
        for i in chunk:
            sampler.pre_activation(i, taps.pre_activations[i])
            sampler.activation(i, taps.activations[i])
            sampler.activation_grad(i, taps.activation_grads[i])
        stats += sampler.stats(bins, update_ratios)
    return stats
