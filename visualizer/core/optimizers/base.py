"""The optimizer base class: `update(params, grads)` changes the parameters in place.

State arrays (velocities, running averages) are created lazily on the first update with
each parameter's shape and dtype, keyed by the parameter's index in the list; call
`reset()` when the list changes. Every hyperparameter is a plain attribute read on each
step, so changing `lr` or `momentum` applies on the next update. Work buffers are shared
between parameters of equal shape and dtype, so the hot path allocates nothing.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import ClassVar

import numpy as np

from ..keys import Key

Arrays = list[np.ndarray]


def _average(avg: np.ndarray, x: np.ndarray, decay: float, tmp: np.ndarray) -> None:
    """avg = decay * avg + (1 - decay) * x, in place; `tmp` is scratch and may be `x`."""
    avg *= decay
    np.multiply(x, 1.0 - decay, out=tmp)
    avg += tmp


def _descend(
    w: np.ndarray, num: np.ndarray, sq: np.ndarray, lr: float, eps: float, tmp: np.ndarray
) -> np.ndarray:
    """w -= lr * num / (sqrt(sq) + eps), in place; `tmp` is scratch, may be `sq`, not `num`.
    Returns `tmp`, which holds the change subtracted from w."""
    np.sqrt(sq, out=tmp)
    tmp += eps
    np.divide(num, tmp, out=tmp)
    tmp *= lr
    w -= tmp
    return tmp


class Optimizer:
    """Base class. Accepts every optimizer's hyperparameters so one configuration can build
    any of them; each is a plain attribute read on every step."""

    name: ClassVar[str]
    formula: ClassVar[str]
    aliases: ClassVar[tuple[str, ...]] = ()
    hyperparameters: ClassVar[tuple[Key, ...]] = ()  # read besides lr
    slots: ClassVar[int] = 0  # state arrays kept per parameter
    work: ClassVar[int] = 1  # scratch arrays one step needs

    def __init__(self, lr: float = 0.01, **hyper: float) -> None:
        """`hyper` may hold any optimizer's hyperparameters (one configuration builds any
        optimizer): this one takes those it reads, or their defaults."""
        self.lr = lr
        for spec in self.hyperparameters:
            setattr(self, spec.name, hyper.get(spec.name, spec.default))
        self.iterations = 0
        self._state: dict[int, Arrays] = {}
        self._work: dict[tuple[tuple[int, ...], np.dtype], Arrays] = {}

    def update(
        self, params: list[np.ndarray], grads: list[np.ndarray], measure: Collection[int] = ()
    ) -> dict[int, float]:
        """Apply one step to every parameter in place (t = self.iterations after it).
        Returns ||Δw||², the squared norm of the change applied, of the parameters at the
        indices in `measure` (one pass over the step each optimizer computes anyway,
        instead of copying w before the update)."""
        self.iterations += 1
        norms: dict[int, float] = {}
        for index, (param, grad) in enumerate(zip(params, grads, strict=True)):
            state = self._state.get(index)
            if state is None:
                state = self._state[index] = [np.zeros_like(param) for _ in range(self.slots)]
            key = (param.shape, param.dtype)
            work = self._work.get(key)
            if work is None:
                work = self._work[key] = [np.empty_like(param) for _ in range(self.work)]
            change = self._step(param, grad, state, work)
            if index in measure:
                norms[index] = float(np.vdot(change, change))
        return norms

    def reset(self) -> None:
        """Forget all state and the step count, as if freshly constructed."""
        self.iterations = 0
        self._state.clear()
        self._work.clear()

    def _step(self, w: np.ndarray, g: np.ndarray, state: Arrays, work: Arrays) -> np.ndarray:
        """Change `w` in place by one step; return the array added to or subtracted from
        it (the step, up to its sign)."""
        raise NotImplementedError
