"""Activation functions as layers: forward caches, backward uses, one registry entry each.

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

from .registry import Registry

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


def get(name: str) -> type[Activation]:
    """The activation class for `name` (or an alias); the error lists valid names."""
    return ACTIVATIONS.get(name)


def create(name: str, alpha: float | None = None, units: int = 1) -> Activation:
    return get(name)(alpha, units)


@register("logistic")
class Sigmoid(Activation):
    name = "sigmoid"
    formula = "sigmoid(z) = 1 / (1 + e^-z);  f' = f (1 - f)"
    output_range = (0.0, 1.0)

    def _forward(self, z):
        return sigmoid(z, out=z)

    def derivative(self, z):
        s = sigmoid(np.asarray(z, dtype=float))
        return s * (1 - s)

    def backward(self, da):
        a = self._cache
        da *= a
        da -= da * a  # da * a * (1 - a)
        return da


@register()
class Tanh(Activation):
    name = "tanh"
    formula = "tanh(z) = (e^z - e^-z) / (e^z + e^-z);  f' = 1 - f^2"
    output_range = (-1.0, 1.0)

    def _forward(self, z):
        return np.tanh(z, out=z)

    def derivative(self, z):
        return 1 - np.tanh(z) ** 2

    def backward(self, da):
        """da (1 - a^2)."""
        slope = np.multiply(self._cache, self._cache)
        np.subtract(1, slope, out=slope)
        da *= slope
        return da


@register()
class ReLU(Activation):
    name = "relu"
    formula = "relu(z) = max(0, z);  f' = 1 if z > 0 else 0"

    def _forward(self, z):
        return positive_part(z, out=z)

    def derivative(self, z):
        return (np.asarray(z) > 0).astype(float)

    def backward(self, da):
        da *= self._cache > 0
        return da


class _NegativeSlope(Activation):
    """f(z) = z for z > 0, slope * z otherwise; the slope is set by `_slope(z)`.

    forward keeps scale = f'(z) = where(z > 0, 1, slope); a = z scale, da scale."""

    def _slope(self, z: np.ndarray) -> float | np.ndarray:
        return self.alpha

    def _forward(self, z):
        self._scale = select_positive(z, 1, self._slope(z))
        z *= self._scale
        return z

    def derivative(self, z):
        z = np.asarray(z, dtype=float)
        return np.where(z > 0, 1.0, self._eval_slope()).astype(float)

    def _eval_slope(self) -> float | np.ndarray:
        return self.alpha

    def backward(self, da):
        da *= self._scale
        return da


@register("leakyrelu", "lrelu")
class LeakyReLU(_NegativeSlope):
    name = "leaky_relu"
    formula = "leaky_relu(z) = z if z > 0 else alpha z  (alpha = 0.01)"
    default_alpha = 0.01


@register()
class PReLU(_NegativeSlope):
    """Parametric ReLU (He et al. 2015): one learned slope per unit, starting at alpha."""

    name = "prelu"
    formula = "prelu(z) = z if z > 0 else a_j z, a_j learned per unit (starts at 0.25)"
    default_alpha = 0.25

    def __init__(self, alpha: float | None = None, units: int = 1) -> None:
        super().__init__(alpha, units)
        self.slopes = np.full(units, self.alpha)
        self.slope_grad = np.zeros_like(self.slopes)

    def cast(self, dtype):
        self.slopes = self.slopes.astype(dtype)
        self.slope_grad = self.slope_grad.astype(dtype)

    def _slope(self, z):
        self._negative_part = negative_part(z)
        return self.slopes

    def _eval_slope(self):
        return self.slopes

    def backward(self, da):
        np.sum(da * self._negative_part, axis=0, out=self.slope_grad)
        return super().backward(da)

    def params(self):
        return [self.slopes]

    def grads(self):
        return [self.slope_grad]


@register()
class RReLU(_NegativeSlope):
    """Randomized leaky ReLU (Xu et al. 2015): slope ~ U(3/8 alpha, alpha) while training,
    the mean slope 11/16 alpha when evaluating. alpha is the upper bound (default 1/3)."""

    name = "rrelu"
    formula = "rrelu(z) = z if z > 0 else r z, r ~ U(alpha 3/8, alpha) training, mean r evaluating"
    default_alpha = 1.0 / 3.0

    def __init__(self, alpha: float | None = None, units: int = 1) -> None:
        super().__init__(alpha, units)
        self.rng = np.random.default_rng(0)

    def _eval_slope(self):
        return self.alpha * 11 / 16

    def _slope(self, z):
        if not self.training:
            return self._eval_slope()
        slopes = self.rng.uniform(self.alpha * 3 / 8, self.alpha, size=z.shape)
        return slopes.astype(z.dtype, copy=False)


@register()
class ELU(Activation):
    name = "elu"
    formula = "elu(z) = z if z > 0 else alpha (e^z - 1)  (alpha = 1)"
    default_alpha = 1.0

    def _forward(self, z):
        self._slope = exponential_linear(z, self.alpha, 1.0)
        return z

    def derivative(self, z):
        z = np.asarray(z, dtype=float)
        return np.where(z > 0, 1.0, self.alpha * np.exp(np.minimum(z, 0)))

    def backward(self, da):
        da *= self._slope
        return da


@register()
class SELU(Activation):
    """Scaled ELU (Klambauer et al. 2017): keeps mean 0 and variance 1 with lecun_normal."""

    name = "selu"
    formula = "selu(z) = lambda z if z > 0 else lambda alpha (e^z - 1); lambda=1.0507, alpha=1.6733"

    def _forward(self, z):
        self._slope = exponential_linear(z, SELU_ALPHA, SELU_LAMBDA)
        return z

    def derivative(self, z):
        z = np.asarray(z, dtype=float)
        return SELU_LAMBDA * np.where(z > 0, 1.0, SELU_ALPHA * np.exp(np.minimum(z, 0)))

    def backward(self, da):
        da *= self._slope
        return da


@register("identity", "none")
class Linear(Activation):
    name = "linear"
    formula = "linear(z) = z;  f' = 1  (stacked layers stay one linear map)"

    def _forward(self, z):
        return z

    def derivative(self, z):
        return np.ones_like(np.asarray(z, dtype=float))

    def backward(self, da):
        return da


@register("heaviside", "binary_step")
class Step(Activation):
    name = "step"
    formula = "step(z) = 1 if z > 0 else 0;  f' = 0 everywhere: no gradient flows, nothing learns"
    output_range = (0.0, 1.0)

    def _forward(self, z):
        return np.greater(z, 0, out=np.empty_like(z), casting="unsafe")

    def derivative(self, z):
        return np.zeros_like(np.asarray(z, dtype=float))

    def backward(self, da):
        da.fill(0)
        return da


@register()
class Softplus(Activation):
    name = "softplus"
    formula = "softplus(z) = ln(1 + e^z);  f' = sigmoid(z)"

    def _forward(self, z):
        """ln(1 + e^z) = max(z, 0) + ln(1 + e^-|z|), as np.logaddexp(0, z) but 10x faster."""
        self._slope = sigmoid(z, out=np.empty_like(z))
        tail = np.abs(z)
        np.negative(tail, out=tail)
        np.exp(tail, out=tail)
        np.log1p(tail, out=tail)
        positive_part(z, out=z)
        z += tail
        return z

    def derivative(self, z):
        return sigmoid(np.asarray(z, dtype=float))

    def backward(self, da):
        da *= self._slope
        return da


@register()
class GELU(Activation):
    """Gaussian error linear unit, tanh approximation (Hendrycks & Gimpel 2016)."""

    name = "gelu"
    formula = "gelu(z) = z/2 (1 + tanh(sqrt(2/pi) (z + 0.044715 z^3)))"

    def _forward(self, z):
        self._z = z.copy()
        t = np.multiply(z, z)
        t *= z
        t *= 0.044715
        t += z
        t *= GELU_C
        self._t = np.tanh(t, out=t)  # t = tanh(c (z + 0.044715 z^3))
        half = np.add(t, 1)
        half *= 0.5
        z *= half
        return z

    def derivative(self, z):
        z = np.asarray(z, dtype=float)
        t = np.tanh(GELU_C * (z + 0.044715 * z**3))
        return 0.5 * (1 + t) + 0.5 * z * (1 - t * t) * GELU_C * (1 + 3 * 0.044715 * z * z)

    def backward(self, da):
        """da (0.5 (1 + t) + 0.5 z (1 - t^2) c (1 + 3 0.044715 z^2))."""
        z, t = self._z, self._t
        half = np.add(t, 1)
        slope = np.subtract(1, t)
        slope *= half  # 1 - t^2 as (1 - t)(1 + t): no cancellation where |t| is near 1
        slope *= z
        slope *= 0.5 * GELU_C
        poly = np.multiply(z, z)
        poly *= 3 * 0.044715
        poly += 1
        slope *= poly
        half *= 0.5
        slope += half
        da *= slope
        return da


@register("silu")
class Swish(Activation):
    """Swish / SiLU (Ramachandran et al. 2017): z sigmoid(alpha z), alpha = 1."""

    name = "swish"
    formula = "swish(z) = z sigmoid(alpha z);  f' = s + alpha z s (1 - s)  (alpha = 1)"
    default_alpha = 1.0

    def _forward(self, z):
        self._z = z.copy()
        s = np.multiply(z, self.alpha)
        self._s = sigmoid(s, out=s)
        z *= self._s
        return z

    def derivative(self, z):
        z = np.asarray(z, dtype=float)
        s = sigmoid(self.alpha * z)
        return s + self.alpha * z * s * (1 - s)

    def backward(self, da):
        """da (s + alpha z s (1 - s))."""
        s = self._s
        slope = np.subtract(1, s)
        slope *= s
        slope *= self._z
        slope *= self.alpha
        slope += s
        da *= slope
        return da


@register()
class Maxout(Activation):
    """Maxout (Goodfellow et al. 2013): each unit is the max of k linear pieces.

    The Dense layer below feeds k * units values; alpha is k (default 2)."""

    name = "maxout"
    formula = "maxout(z) = max_k z_k over k linear pieces per unit (k = alpha, default 2)"
    default_alpha = 2.0
    elementwise = False

    def __init__(self, alpha: float | None = None, units: int = 1) -> None:
        super().__init__(alpha, units)
        self.pieces = max(1, round(self.alpha))

    def _forward(self, z):
        pieces = z.reshape(z.shape[0], -1, self.pieces)
        self._winner = pieces.argmax(axis=2)
        return np.take_along_axis(pieces, self._winner[:, :, None], axis=2)[:, :, 0]

    def derivative(self, z):
        return np.ones_like(np.asarray(z, dtype=float))

    def backward(self, da):
        n, units = da.shape
        dz = np.zeros((n, units, self.pieces), dtype=da.dtype)
        np.put_along_axis(dz, self._winner[:, :, None], da[:, :, None], axis=2)
        return dz.reshape(n, units * self.pieces)


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
