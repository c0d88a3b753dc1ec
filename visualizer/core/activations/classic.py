"""Sigmoid, tanh and the rectifier family (ReLU, Leaky ReLU, PReLU, RReLU, ELU, SELU)."""

from __future__ import annotations

import numpy as np

from .base import (
    SELU_ALPHA,
    SELU_LAMBDA,
    Activation,
    exponential_linear,
    negative_part,
    positive_part,
    register,
    select_positive,
    sigmoid,
)


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
