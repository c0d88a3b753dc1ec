"""Reference and newer activations: linear, step, softplus, GELU, swish and maxout."""

from __future__ import annotations

import numpy as np

from .base import GELU_C, Activation, positive_part, register, sigmoid


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
