"""Where an activation saturates: one definition for the layer statistics and the
activation-function view (docs: visualizer/core/stats.py).

A pre-activation z is saturated when |f'(z)| < SATURATION_SHARE (10 %) of the activation's
peak slope max |f'|, for activations whose slope vanishes at both ends (the bounded ones:
sigmoid, tanh, step). Activations that keep a slope at one end (ReLU, leaky ReLU, ELU,
softplus, GELU, ...) have no saturation zones: their flat side is counted by the dead
fraction instead. A slope that is 0 everywhere (step) makes the whole line one zone.
"""

from __future__ import annotations

from functools import cache

import numpy as np

from . import activations

SATURATION_SHARE = 0.1
SEARCH_HALF_WIDTH = 60.0  # zones are found on [-60, 60] and the outer ones extended to +-inf
SEARCH_POINTS = 12_001
BISECTIONS = 60  # refines each zone edge far below float64 spacing of z


@cache
def saturation_zones(name: str, alpha: float | None = None) -> np.ndarray:
    """(n, 2) [lo, hi] intervals of z where activation `name` saturates (see the module
    docstring); the outer ones reach -inf / +inf; (0, 2) when it never saturates."""
    act = activations.create(name, alpha)
    act.training = False  # rrelu: the mean slope
    none = np.zeros((0, 2))
    if not act.elementwise:
        none.flags.writeable = False
        return none
    z = np.linspace(-SEARCH_HALF_WIDTH, SEARCH_HALF_WIDTH, SEARCH_POINTS)
    slope = _abs_slope(act, z)
    peak = float(np.nanmax(slope))
    if peak == 0:
        zones = np.array([[-np.inf, np.inf]])
    else:
        threshold = SATURATION_SHARE * peak
        flat = slope < threshold
        zones = _zones(act, z, flat, threshold) if flat[0] and flat[-1] else none
    zones.flags.writeable = False
    return zones


def zones_of(activation: activations.Activation) -> np.ndarray:
    """The saturation zones of an activation layer (by its registry name and alpha)."""
    return saturation_zones(activation.name, activation.alpha)


def saturated_mask(zones: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Whether each z lies in one of `zones` (NaN never does)."""
    mask = np.zeros(np.shape(z), dtype=bool)
    for lo, hi in zones:
        mask |= (z >= lo) & (z <= hi)
    return mask


def saturated_fraction(zones: np.ndarray, z: np.ndarray) -> float:
    """Share of `z` inside `zones`, i.e. saturated_mask(zones, z).mean(), without building
    the mask for the usual zones (-inf, lo] and [hi, inf): one comparison pass each."""
    if z.size == 0:
        return float("nan")
    count = 0
    for lo, hi in zones:
        if lo == -np.inf:
            count += int(np.count_nonzero(z <= hi))
        elif hi == np.inf:
            count += int(np.count_nonzero(z >= lo))
        else:
            count += int(np.count_nonzero((z >= lo) & (z <= hi)))
    return count / z.size


def _abs_slope(act: activations.Activation, z: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        slope = np.asarray(act.derivative(z), dtype=np.float64)
    return np.abs(np.broadcast_to(slope, np.shape(z)))


def _zones(
    act: activations.Activation, z: np.ndarray, flat: np.ndarray, threshold: float
) -> np.ndarray:
    """[lo, hi] of each run of `flat` along the grid `z`, edges refined by bisection."""
    padded = np.concatenate(([False], flat, [False])).astype(np.int8)
    starts = np.flatnonzero(np.diff(padded) == 1)
    ends = np.flatnonzero(np.diff(padded) == -1) - 1
    last = len(z) - 1
    zones = []
    for start, end in zip(starts, ends, strict=True):
        lo = -np.inf if start == 0 else _edge(act, z[start - 1], z[start], threshold)
        hi = np.inf if end == last else _edge(act, z[end + 1], z[end], threshold)
        zones.append((lo, hi))
    return np.array(zones, dtype=np.float64)


def _edge(act: activations.Activation, steep: float, flat: float, threshold: float) -> float:
    """The z between a point with |f'| >= threshold and one below it where |f'| crosses it."""
    for _ in range(BISECTIONS):
        middle = (steep + flat) / 2
        if _abs_slope(act, np.array([middle]))[0] < threshold:
            flat = middle
        else:
            steep = middle
    return float(flat)
