"""The activation base class, the registry, and the in-place kernels the activations share.

Activation functions are layers: forward caches, backward uses, one registry entry each.

`forward(z)` may overwrite `z` and `backward(da)` may overwrite `da` (both are fresh
temporaries inside the network); callers that need them afterwards pass copies.

This is the training hot path: each activation works in place in the input's dtype (no
float64 constants or temporaries), in few passes, and without per-element branches
(`np.where` and masked copies cost 50x a multiply on random signs), so piecewise
functions are written with clip and 0/1 masks.
"""

from __future__ import annotations

import math

import numpy as np

from ..registry import Registry

SELU_LAMBDA = 1.0507009873554805
SELU_ALPHA = 1.6732632423543772
GELU_C = math.sqrt(2.0 / math.pi)  # a Python float: keeps float32 arrays float32


def sigmoid(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """s(z) = 1 / (1 + e^-z), computed in place into `out` when given."""
    out = np.negative(z, out=out)
    np.exp(out, out=out)
    out += 1
    return np.reciprocal(out, out=out)


def positive_part(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """max(z, 0); np.clip with both bounds is ~3x faster than np.maximum with a scalar."""
    return np.clip(z, 0.0, np.inf, out=out)


def negative_part(z: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """min(z, 0)."""
    return np.clip(z, -np.inf, 0.0, out=out)


def select_positive(z: np.ndarray, when_positive: float, otherwise) -> np.ndarray:
    """where(z > 0, when_positive, otherwise) as a new array of z's dtype, branch-free:
    with p = [z > 0] as 0/1, (1 - p) otherwise + p when_positive, exact in both cases.
    `otherwise` is a finite number or array that broadcasts to z."""
    p = np.greater(z, 0, out=np.empty_like(z))
    out = np.subtract(1, p)
    out *= otherwise
    if when_positive != 1:
        p *= when_positive
    out += p
    return out


def exponential_linear(z: np.ndarray, alpha: float, scale: float) -> np.ndarray:
    """ELU (scale 1) and SELU in place: z becomes f(z) = scale (max(z, 0) + n),
    n = alpha (e^min(z,0) - 1), i.e. scale z for z > 0, else scale alpha (e^z - 1).
    Returns the slope f'(z): scale for z > 0, else f(z) + scale alpha (= scale alpha e^z)."""
    negative = negative_part(z)
    np.expm1(negative, out=negative)
    negative *= alpha
    if scale != 1:
        negative *= scale  # f(z) where z <= 0, 0 elsewhere
    slope = select_positive(z, scale, negative + scale * alpha)
    positive_part(z, out=z)
    if scale != 1:
        z *= scale
    z += negative
    return slope


class Activation:
    """Base: an element-wise activation a = f(z) with derivative f'(z)."""

    name = ""
    formula = ""
    default_alpha: float | None = None
    output_range: tuple[float, float] | None = None  # fixed histogram range when bounded
    pieces = 1  # units the Dense layer below feeds per output unit (maxout: k)
    elementwise = True

    def __init__(self, alpha: float | None = None, units: int = 1) -> None:
        self.alpha = self.default_alpha if alpha is None else float(alpha)
        self.units = units
        self.training = True
        self._cache: np.ndarray | None = None

    def function(self, z: np.ndarray) -> np.ndarray:
        """f(z) without caching (for plots and statistics)."""
        return self._forward(np.array(z, copy=True))

    def derivative(self, z: np.ndarray) -> np.ndarray:
        """f'(z) element-wise (for plots, saturation and dead-unit statistics)."""
        raise NotImplementedError

    def forward(self, z: np.ndarray) -> np.ndarray:
        a = self._forward(z)
        self._cache = a
        return a

    def backward(self, da: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def _forward(self, z: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def params(self) -> list[np.ndarray]:
        return []

    def grads(self) -> list[np.ndarray]:
        return []

    def cast(self, dtype: np.dtype) -> None:
        """Move any learned parameters to `dtype`."""


ACTIVATIONS: Registry[type[Activation]] = Registry("activation")


def register(*aliases: str):
    def add(cls: type[Activation]) -> type[Activation]:
        ACTIVATIONS.add(cls.name, cls, aliases)
        return cls

    return add
