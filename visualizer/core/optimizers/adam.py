"""Adam and its relatives: running means of g and g² with bias correction."""

from __future__ import annotations

import math

import numpy as np

from ..keys import BETA1, BETA2, EPSILON
from .base import Arrays, Optimizer, _average, _descend


class Adam(Optimizer):
    """Adam with bias correction (Kingma & Ba).

    m = beta1 * m + (1 - beta1) * g;  v = beta2 * v + (1 - beta2) * g^2
    w -= lr * mhat / (sqrt(vhat) + epsilon), mhat = m / (1 - beta1^t), vhat = v / (1 - beta2^t)

    With `bias_correction` off, w -= lr * m / (sqrt(v) + epsilon): the running means as
    they are, both biased toward their zero start while t is small.
    """

    name = "adam"
    formula = "adam: m̂ = m / (1 - β1ᵗ), v̂ = v / (1 - β2ᵗ);  w -= lr m̂ / (√v̂ + ε)"
    hyperparameters = (BETA1, BETA2, EPSILON)
    slots = 2

    def __init__(self, lr: float = 0.01, **hyper: float) -> None:
        """`hyper` may also hold `bias_correction` (true by default)."""
        super().__init__(lr, **hyper)
        self.bias_correction = bool(hyper.get("bias_correction", True))

    def _moments(self, g: np.ndarray, m: np.ndarray, v: np.ndarray, tmp: np.ndarray) -> None:
        """m = beta1 * m + (1 - beta1) * g;  v = beta2 * v + (1 - beta2) * g^2."""
        _average(m, g, self.beta1, tmp)
        np.multiply(g, g, out=tmp)
        _average(v, tmp, self.beta2, tmp)

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        """With c1 = 1 - beta1^t, c2 = 1 - beta2^t the step is, exactly,
        lr m̂ / (√v̂ + ε) = (lr √c2 / c1) m / (√v + ε √c2): no pass to form v̂."""
        (m, v), (tmp,) = state, work
        t = self.iterations
        self._moments(g, m, v, tmp)
        if not self.bias_correction:
            return _descend(w, m, v, self.lr, self.epsilon, tmp)
        root_c2 = math.sqrt(1.0 - self.beta2**t)
        lr = self.lr * root_c2 / (1.0 - self.beta1**t)
        return _descend(w, m, v, lr, self.epsilon * root_c2, tmp)


class Adamax(Optimizer):
    """Adamax, Adam's infinity-norm variant.

    m = beta1 * m + (1 - beta1) * g;  u = max(beta2 * u, |g|)
    w -= lr / (1 - beta1^t) * m / (u + epsilon)
    """

    name = "adamax"
    formula = "adamax: u = max(β2 u, |g|);  w -= lr / (1 - β1ᵗ) m / (u + ε)"
    hyperparameters = (BETA1, BETA2, EPSILON)
    slots = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (m, u), (tmp,) = state, work
        _average(m, g, self.beta1, tmp)
        u *= self.beta2
        np.abs(g, out=tmp)
        np.maximum(u, tmp, out=u)
        np.add(u, self.epsilon, out=tmp)
        np.divide(m, tmp, out=tmp)
        tmp *= self.lr / (1.0 - self.beta1**self.iterations)
        w -= tmp
        return tmp


class Nadam(Adam):
    """Nadam (Dozat 2016) in the simplified Keras form, with a constant beta1.

    m, v as in Adam;  vhat = v / (1 - beta2^t)
    mhat = beta1 * m / (1 - beta1^(t+1)) + (1 - beta1) * g / (1 - beta1^t)
    w -= lr * mhat / (sqrt(vhat) + epsilon)

    Always bias-corrected: turning `bias_correction` off changes Adam alone.
    """

    name = "nadam"
    formula = "nadam: m̂ = β1 m / (1 - β1ᵗ⁺¹) + (1 - β1) g / (1 - β1ᵗ);  w -= lr m̂ / (√v̂ + ε)"
    work = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (m, v), (mhat, tmp) = state, work
        t, beta1 = self.iterations, self.beta1
        self._moments(g, m, v, tmp)
        np.multiply(m, beta1 / (1.0 - beta1 ** (t + 1)), out=mhat)
        np.multiply(g, (1.0 - beta1) / (1.0 - beta1**t), out=tmp)
        mhat += tmp
        np.divide(v, 1.0 - self.beta2**t, out=tmp)  # vhat
        return _descend(w, mhat, tmp, self.lr, self.epsilon, tmp)
