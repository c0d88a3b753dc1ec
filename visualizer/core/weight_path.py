"""The path of two weights of one unit over the recent steps: the zig-zag of CS231n's
argument for zero-centred activations (notes 002). The traced weights are w1 = W[0, 0] and
w2 = W[1, 0] of the second Dense layer: the weights into unit 1 of layer 2 (the output
layer of a one-layer net) from units 1 and 2 of layer 1.

Their gradients are dL/dw_i = sum over the batch of a_i * delta, with a_i the inputs
(layer 1's outputs) and delta the unit's error. When every a_i > 0 (sigmoid, and ReLU's
a_i >= 0) and the batch is one sample, both gradients have the sign of delta: a step can
move (w1, w2) only up-right or down-left, never into the other two quadrants, so reaching
a point up-left takes a zig-zag. tanh's outputs carry both signs, and its steps go every way.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LAYER = 1  # Dense layer index: the first whose inputs are hidden activations
UNIT = 0
INPUTS = (0, 1)
KEPT_STEPS = 300  # the path keeps this many recent steps (a longer one is a blur)


POSITIVE, NEGATIVE, OPPOSITE, STILL = 1, -1, 0, 2
"""A step's kind, from its two gradients: both >= 0 (the weights fall together), both <= 0
(they rise together), opposite signs (one rises, one falls), or both 0."""


@dataclass(frozen=True)
class UnitPath:
    """The traced weights after each kept step, and the gradients that step used."""

    steps: np.ndarray  # (n,) int, increasing
    weights: np.ndarray  # (n, 2): w1, w2 after the step (at step 0: as initialized)
    grads: np.ndarray  # (n, 2): dL/dw1, dL/dw2 of that step (NaN at step 0)

    def kinds(self) -> np.ndarray:
        """The kind of each step from one point to the next ((n - 1,) of POSITIVE,
        NEGATIVE, OPPOSITE, STILL), from the gradients of the step that arrived."""
        grads = np.nan_to_num(self.grads[1:], nan=0.0, posinf=0.0, neginf=0.0)
        total = grads.sum(axis=1)
        alike = np.where(total > 0, POSITIVE, np.where(total < 0, NEGATIVE, STILL))
        return np.where(grads[:, 0] * grads[:, 1] < 0, OPPOSITE, alike)

    def opposite_share(self) -> float:
        """Share of the steps whose two gradients had opposite signs: the steps into the
        up-left or down-right quadrant (NaN when there is no step)."""
        kinds = self.kinds()
        return float(np.mean(kinds == OPPOSITE)) if kinds.size else float("nan")


class WeightPath:
    """Keeps the traced weights and gradients of the last KEPT_STEPS steps of one network
    (nothing when layer 1 has a single unit)."""

    def __init__(self, dense_layers: list, step: int = 0) -> None:
        self._dense = dense_layers[LAYER]
        self.available = self._dense.W.shape[0] > max(INPUTS)
        self._steps = np.full(KEPT_STEPS, -1, dtype=np.int64)
        self._values = np.full((KEPT_STEPS, 4), np.nan)  # w1, w2, g1, g2
        self._count = 0
        if self.available:
            self._values[0, :2] = self._dense.W[INPUTS, UNIT]
            self._steps[0] = step
            self._count = 1

    def add(self, step: int) -> None:
        """Record the weights after step `step` and the gradients it used."""
        if not self.available:
            return
        row = self._count % KEPT_STEPS
        self._steps[row] = step
        self._values[row, :2] = self._dense.W[INPUTS, UNIT]
        self._values[row, 2:] = self._dense.dW[INPUTS, UNIT]
        self._count += 1

    def path(self, until: int | None = None) -> UnitPath | None:
        """The kept points in step order, up to step `until` (all when None); None when
        there is no path (a single unit in layer 1)."""
        if not self.available:
            return None
        kept = min(self._count, KEPT_STEPS)
        order = (np.arange(kept) + self._count - kept) % KEPT_STEPS
        steps, values = self._steps[order], self._values[order]
        if until is not None:
            chosen = steps <= until
            steps, values = steps[chosen], values[chosen]
        return UnitPath(steps.copy(), values[:, :2].copy(), values[:, 2:].copy())
