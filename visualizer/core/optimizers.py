"""Optimizers: each `update(params, grads)` changes the parameters in place.

State arrays (velocities, running averages) are created lazily on the first update with
each parameter's shape and dtype, keyed by the parameter's index in the list; call
`reset()` when the list changes. Every hyperparameter is a plain attribute read on each
step, so changing `lr` or `momentum` applies on the next update. Work buffers are shared
between parameters of equal shape and dtype, so the hot path allocates nothing.
"""

from __future__ import annotations

import math
from typing import ClassVar

import numpy as np

from visualizer.core.registry import Registry

Arrays = list[np.ndarray]


def _average(avg: np.ndarray, x: np.ndarray, decay: float, tmp: np.ndarray) -> None:
    """avg = decay * avg + (1 - decay) * x, in place; `tmp` is scratch and may be `x`."""
    avg *= decay
    np.multiply(x, 1.0 - decay, out=tmp)
    avg += tmp


def _descend(
    w: np.ndarray, num: np.ndarray, sq: np.ndarray, lr: float, eps: float, tmp: np.ndarray
) -> None:
    """w -= lr * num / (sqrt(sq) + eps), in place; `tmp` is scratch, may be `sq`, not `num`."""
    np.sqrt(sq, out=tmp)
    tmp += eps
    np.divide(num, tmp, out=tmp)
    tmp *= lr
    w -= tmp


class Optimizer:
    """Base class. Accepts every optimizer's keywords so one config can build any of them."""

    name: ClassVar[str]
    formula: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()
    hyperparameters: ClassVar[tuple[str, ...]] = ("lr",)  # the attributes this rule reads
    slots: ClassVar[int] = 0  # state arrays kept per parameter
    work: ClassVar[int] = 1  # scratch arrays one step needs

    def __init__(
        self,
        lr: float = 0.01,
        *,
        momentum: float = 0.9,
        rho: float = 0.9,
        beta1: float = 0.9,
        beta2: float = 0.999,
        epsilon: float = 1e-8,
    ) -> None:
        self.lr = lr
        self.momentum = momentum
        self.rho = rho
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.iterations = 0
        self._state: dict[int, Arrays] = {}
        self._work: dict[tuple[tuple[int, ...], np.dtype], Arrays] = {}

    def update(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        """Apply one step to every parameter in place (t = self.iterations after it)."""
        self.iterations += 1
        for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
            state = self._state.get(index)
            if state is None:
                state = self._state[index] = [np.zeros_like(param) for _ in range(self.slots)]
            key = (param.shape, param.dtype)
            work = self._work.get(key)
            if work is None:
                work = self._work[key] = [np.empty_like(param) for _ in range(self.work)]
            self._step(param, grad, state, work)

    def reset(self) -> None:
        """Forget all state and the step count, as if freshly constructed."""
        self.iterations = 0
        self._state.clear()
        self._work.clear()

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        raise NotImplementedError


class SGD(Optimizer):
    """Plain gradient descent: w -= lr * g."""

    name = "sgd"
    formula = "sgd: w -= lr g"

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (tmp,) = work
        np.multiply(g, self.lr, out=tmp)
        w -= tmp


class Momentum(Optimizer):
    """Heavy-ball momentum: v = momentum * v - lr * g; w += v."""

    name = "momentum"
    formula = "momentum: v = μ v - lr g;  w += v"
    hyperparameters = ("lr", "momentum")
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (v,), (tmp,) = state, work
        v *= self.momentum
        np.multiply(g, self.lr, out=tmp)
        v -= tmp
        w += v


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

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (v,), (tmp,) = state, work
        v *= self.momentum
        np.multiply(g, self.lr, out=tmp)
        v -= tmp
        w -= tmp
        np.multiply(v, self.momentum, out=tmp)
        w += tmp


class AdaGrad(Optimizer):
    """AdaGrad: h += g^2; w -= lr * g / (sqrt(h) + epsilon)."""

    name = "adagrad"
    formula = "adagrad: h += g²;  w -= lr g / (√h + ε)"
    hyperparameters = ("lr", "epsilon")
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (h,), (tmp,) = state, work
        np.multiply(g, g, out=tmp)
        h += tmp
        _descend(w, g, h, self.lr, self.epsilon, tmp)


class RMSprop(Optimizer):
    """RMSprop: h = rho * h + (1 - rho) * g^2; w -= lr * g / (sqrt(h) + epsilon).

    rho defaults to 0.9 as in Hinton's lecture, Deep Learning from Scratch and Keras.
    """

    name = "rmsprop"
    formula = "rmsprop: h = ρ h + (1 - ρ) g²;  w -= lr g / (√h + ε)"
    hyperparameters = ("lr", "rho", "epsilon")
    slots = 1

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (h,), (tmp,) = state, work
        np.multiply(g, g, out=tmp)
        _average(h, tmp, self.rho, tmp)
        _descend(w, g, h, self.lr, self.epsilon, tmp)


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
    hyperparameters = ("lr", "rho", "epsilon")
    slots = 2
    work = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
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


class Adam(Optimizer):
    """Adam with bias correction (Kingma & Ba).

    m = beta1 * m + (1 - beta1) * g;  v = beta2 * v + (1 - beta2) * g^2
    w -= lr * mhat / (sqrt(vhat) + epsilon), mhat = m / (1 - beta1^t), vhat = v / (1 - beta2^t)
    """

    name = "adam"
    formula = "adam: m̂ = m / (1 - β1ᵗ), v̂ = v / (1 - β2ᵗ);  w -= lr m̂ / (√v̂ + ε)"
    hyperparameters = ("lr", "beta1", "beta2", "epsilon")
    slots = 2

    def _moments(self, g: np.ndarray, m: np.ndarray, v: np.ndarray, tmp: np.ndarray) -> None:
        """m = beta1 * m + (1 - beta1) * g;  v = beta2 * v + (1 - beta2) * g^2."""
        _average(m, g, self.beta1, tmp)
        np.multiply(g, g, out=tmp)
        _average(v, tmp, self.beta2, tmp)

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        """With c1 = 1 - beta1^t, c2 = 1 - beta2^t the step is, exactly,
        lr m̂ / (√v̂ + ε) = (lr √c2 / c1) m / (√v + ε √c2): no pass to form v̂."""
        (m, v), (tmp,) = state, work
        t = self.iterations
        self._moments(g, m, v, tmp)
        root_c2 = math.sqrt(1.0 - self.beta2**t)
        lr = self.lr * root_c2 / (1.0 - self.beta1**t)
        _descend(w, m, v, lr, self.epsilon * root_c2, tmp)


class Adamax(Optimizer):
    """Adamax, Adam's infinity-norm variant.

    m = beta1 * m + (1 - beta1) * g;  u = max(beta2 * u, |g|)
    w -= lr / (1 - beta1^t) * m / (u + epsilon)
    """

    name = "adamax"
    formula = "adamax: u = max(β2 u, |g|);  w -= lr / (1 - β1ᵗ) m / (u + ε)"
    hyperparameters = ("lr", "beta1", "beta2", "epsilon")
    slots = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (m, u), (tmp,) = state, work
        _average(m, g, self.beta1, tmp)
        u *= self.beta2
        np.abs(g, out=tmp)
        np.maximum(u, tmp, out=u)
        np.add(u, self.epsilon, out=tmp)
        np.divide(m, tmp, out=tmp)
        tmp *= self.lr / (1.0 - self.beta1**self.iterations)
        w -= tmp


class Nadam(Adam):
    """Nadam (Dozat 2016) in the simplified Keras form, with a constant beta1.

    m, v as in Adam;  vhat = v / (1 - beta2^t)
    mhat = beta1 * m / (1 - beta1^(t+1)) + (1 - beta1) * g / (1 - beta1^t)
    w -= lr * mhat / (sqrt(vhat) + epsilon)
    """

    name = "nadam"
    formula = "nadam: m̂ = β1 m / (1 - β1ᵗ⁺¹) + (1 - β1) g / (1 - β1ᵗ);  w -= lr m̂ / (√v̂ + ε)"
    work = 2

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> None:
        (m, v), (mhat, tmp) = state, work
        t, beta1 = self.iterations, self.beta1
        self._moments(g, m, v, tmp)
        np.multiply(m, beta1 / (1.0 - beta1 ** (t + 1)), out=mhat)
        np.multiply(g, (1.0 - beta1) / (1.0 - beta1**t), out=tmp)
        mhat += tmp
        np.divide(v, 1.0 - self.beta2**t, out=tmp)  # vhat
        _descend(w, mhat, tmp, self.lr, self.epsilon, tmp)


OPTIMIZERS = Registry[type[Optimizer]]("optimizer")
for _cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, AdaDelta, Adam, Adamax, Nadam):
    OPTIMIZERS.add(_cls.name, _cls, _cls.aliases)


def get(name: str) -> type[Optimizer]:
    """The optimizer class registered under `name` or an alias (error lists valid names)."""
    return OPTIMIZERS.get(name)


def create(name: str, lr: float = 0.01, **hyper: float) -> Optimizer:
    """Build the optimizer `name` with learning rate `lr` and any shared hyperparameters."""
    return get(name)(lr, **hyper)
