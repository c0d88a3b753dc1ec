"""Gradient descent and its momentum and per-parameter-rate variants (DLfS ch. 6)."""

from __future__ import annotations

import numpy as np

from ..keys import EPSILON, MOMENTUM, RHO
from .base import Arrays, Optimizer, _average, _descend


class SGD(Optimizer):
    """Plain gradient descent: w -= lr * g."""

    name = "sgd"
    formula = "sgd: w -= lr g"

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (tmp,) = work
        np.multiply(g, self.lr, out=tmp)
        w -= tmp
        return tmp


class Momentum(Optimizer):
    """Heavy-ball momentum: v = momentum * v - lr * g; w += v."""

    name = "momentum"
    formula = "momentum: v = μ v - lr g;  w += v"
    hyperparameters = (MOMENTUM,)
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (v,), (tmp,) = state, work
        v *= self.momentum
        np.multiply(g, self.lr, out=tmp)
        v -= tmp
        w += v
        return v


class Nesterov(Momentum):
    """Nesterov momentum in the look-ahead form.

    v_new = momentum * v - lr * g;  w += -momentum * v + (1 + momentum) * v_new,
    computed as the equal w += momentum * v_new - lr * g. With a constant lr this is
    PyTorch's nesterov=True (b = momentum * b + g; w -= lr * (g + momentum * b)) with
    v = -lr * b; here lr sits inside v, so changing lr scales only new gradients.
    """

    name = "nesterov"
    formula = "nesterov: v' = μ v - lr g;  w += μ v' - lr g"
    aliases = ("nag",)
    work = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (v,), (tmp, change) = state, work
        v *= self.momentum
        np.multiply(g, self.lr, out=tmp)
        v -= tmp
        np.multiply(v, self.momentum, out=change)
        change -= tmp
        w += change
        return change


class AdaGrad(Optimizer):
    """AdaGrad: h += g^2; w -= lr * g / (sqrt(h) + epsilon)."""

    name = "adagrad"
    formula = "adagrad: h += g²;  w -= lr g / (√h + ε)"
    hyperparameters = (EPSILON,)
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (h,), (tmp,) = state, work
        np.multiply(g, g, out=tmp)
        h += tmp
        return _descend(w, g, h, self.lr, self.epsilon, tmp)


class RMSprop(Optimizer):
    """RMSprop: h = rho * h + (1 - rho) * g^2; w -= lr * g / (sqrt(h) + epsilon).

    rho defaults to 0.9 as in Hinton's lecture, Deep Learning from Scratch and Keras.
    """

    name = "rmsprop"
    formula = "rmsprop: h = ρ h + (1 - ρ) g²;  w -= lr g / (√h + ε)"
    hyperparameters = (RHO, EPSILON)
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (h,), (tmp,) = state, work
        np.multiply(g, g, out=tmp)
        _average(h, tmp, self.rho, tmp)
        return _descend(w, g, h, self.lr, self.epsilon, tmp)


class AdaDelta(Optimizer):
    """AdaDelta (Zeiler 2012), with lr as a factor on the step as in Keras.

    Eg2 = rho * Eg2 + (1 - rho) * g^2
    dx = -sqrt(Edx2 + epsilon) / sqrt(Eg2 + epsilon) * g
    Edx2 = rho * Edx2 + (1 - rho) * dx^2
    w += lr * dx
    lr = 1.0 is the paper's rule. rho is the shared keyword (default 0.9; the paper
    uses 0.95), and the paper's epsilon is 1e-6 where the shared default is 1e-8.
    """

    name = "adadelta"
    formula = "adadelta: Δ = -√(E[Δ²] + ε) / √(E[g²] + ε) g;  w += lr Δ"
    hyperparameters = (RHO, EPSILON)
    slots = 2
    work = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        (eg2, edx2), (step, tmp) = state, work
        np.multiply(g, g, out=tmp)
        _average(eg2, tmp, self.rho, tmp)
        np.add(edx2, self.epsilon, out=step)
        np.sqrt(step, out=step)
        np.add(eg2, self.epsilon, out=tmp)
        np.sqrt(tmp, out=tmp)
        np.divide(step, tmp, out=step)
        step *= g  # step = -dx
        np.multiply(step, step, out=tmp)
        _average(edx2, tmp, self.rho, tmp)
        step *= self.lr
        w -= step
        return step
