"""Where an activation's slope is small or zero, as intervals of z: one definition of
"saturated" for the layer statistics and the activation-function view (stats.py), and the
zones behind the dead-unit test.

A pre-activation z is saturated when |f'(z)| < SATURATION_SHARE (10 %) of the activation's
peak slope max |f'|, for activations whose slope vanishes at both ends (the bounded ones:
sigmoid, tanh, step). Activations that keep a slope at one end (ReLU, leaky ReLU, ELU,
softplus, GELU, ...) have no saturation zones: their flat side is counted by the dead
fraction instead. A slope that is 0 everywhere (step) makes the whole line one zone.

Zones are found on a grid of z in [-1000, 1000] (the outer ones are taken to continue to
-inf / +inf) from the registry's f'(z) in float64, and each edge is refined by bisection
to neighbouring floats.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import numpy as np

from . import activations

SATURATION_SHARE = 0.1
SEARCH_HALF_WIDTH = 1000.0
SEARCH_POINTS = 200_001  # a step of 0.01


@cache
def saturation_zones(name: str, alpha: float | None = None) -> np.ndarray:
    """(n, 2) [lo, hi] intervals of z where activation `name` saturates (see the module
    docstring); (0, 2) when it never saturates."""
    act, z, slope = _slopes(name, alpha)
    peak = float(np.nanmax(slope, initial=0.0))
    if peak == 0:
        return _frozen(np.array([[-np.inf, np.inf]]) if len(z) else np.zeros((0, 2)))
    threshold = SATURATION_SHARE * peak
    flat = slope < threshold
    if not (flat[0] and flat[-1]):
        return _frozen(np.zeros((0, 2)))
    return _frozen(_zones(z, flat, lambda x: _abs_slope(act, np.array([x]))[0] < threshold))


@cache
def zero_slope_zones(name: str, alpha: float | None = None) -> np.ndarray:
    """(n, 2) [lo, hi] intervals of z where f'(z) is exactly 0 in float64 (ReLU: z <= 0;
    sigmoid: beyond float precision); (0, 2) when there are none."""
    act, z, slope = _slopes(name, alpha)
    return _frozen(_zones(z, slope == 0, lambda x: _abs_slope(act, np.array([x]))[0] == 0))


def zones_of(activation: activations.Activation) -> np.ndarray:
    """The saturation zones of an activation layer (by its registry name and alpha)."""
    return saturation_zones(activation.name, activation.alpha)


def in_zones(zones: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Whether each z lies in one of `zones` (NaN never does)."""
    return within(zones, z, z)


def within(zones: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Whether each [low, high] lies inside one zone (one comparison per finite edge)."""
    result = np.zeros(np.shape(low), dtype=bool)
    for lo, hi in zones:
        if lo > -np.inf and hi < np.inf:
            result |= (low >= lo) & (high <= hi)
        elif lo > -np.inf:
            result |= low >= lo
        elif hi < np.inf:
            result |= high <= hi
        else:
            result |= ~(np.isnan(low) | np.isnan(high))
    return result


def share_in_zones(zones: np.ndarray, z: np.ndarray) -> float:
    """Share of `z` inside `zones`, i.e. in_zones(zones, z).mean(), without building
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


@cache
def _slopes(name: str, alpha: float | None) -> tuple[activations.Activation, np.ndarray, ...]:
    """(activation, z grid, |f'(z)|); an empty grid for activations without a curve."""
    act = activations.create(name, alpha)
    act.training = False  # rrelu: the mean slope
    if not act.elementwise:
        return act, np.zeros(0), np.zeros(0)
    z = np.linspace(-SEARCH_HALF_WIDTH, SEARCH_HALF_WIDTH, SEARCH_POINTS)
    return act, z, _abs_slope(act, z)


def _abs_slope(act: activations.Activation, z: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        slope = np.asarray(act.derivative(z), dtype=np.float64)
    return np.abs(np.broadcast_to(slope, np.shape(z)))


def _zones(z: np.ndarray, flat: np.ndarray, is_flat: Callable[[float], bool]) -> np.ndarray:
    """[lo, hi] of each run of `flat` along the grid `z` (runs at the grid's ends reach
    -inf / +inf), each inner edge refined by bisection on `is_flat`."""
    padded = np.concatenate(([False], flat, [False])).astype(np.int8)
    starts = np.flatnonzero(np.diff(padded) == 1)
    ends = np.flatnonzero(np.diff(padded) == -1) - 1
    last = len(z) - 1
    zones = [
        (
            -np.inf if start == 0 else _edge(is_flat, float(z[start - 1]), float(z[start])),
            np.inf if end == last else _edge(is_flat, float(z[end + 1]), float(z[end])),
        )
        for start, end in zip(starts, ends, strict=True)
    ]
    return np.array(zones, dtype=np.float64).reshape(-1, 2)


def _edge(is_flat: Callable[[float], bool], steep: float, flat: float) -> float:
    """The flat end of the edge between `steep` (not flat) and `flat`: bisection until the
    two are neighbouring floats."""
    while (middle := (steep + flat) / 2) not in (steep, flat):
        if is_flat(middle):
            flat = middle
        else:
            steep = middle
    return flat


def _frozen(zones: np.ndarray) -> np.ndarray:
    zones.flags.writeable = False
    return zones
