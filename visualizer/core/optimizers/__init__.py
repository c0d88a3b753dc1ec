"""Optimizers: one registry of update rules, each an `update(params, grads)` with state
created on first use (see `base`). An optimizer lists the configuration keys it reads
besides lr (`Optimizer.hyperparameters`, declared in `core.keys`)."""

from __future__ import annotations

from ..keys import Key
from ..registry import Registry
from .adam import Adam, Adamax, Nadam
from .base import Optimizer
from .rules import SGD, AdaDelta, AdaGrad, Momentum, Nesterov, RMSprop

__all__ = ["HYPERPARAMETERS", "OPTIMIZERS", "Optimizer", "create", "get"]

OPTIMIZERS = Registry[type[Optimizer]]("optimizer")
for _cls in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, AdaDelta, Adam, Adamax, Nadam):
    OPTIMIZERS.add(_cls.name, _cls, _cls.aliases)
HYPERPARAMETERS: tuple[Key, ...] = tuple(
    dict.fromkeys(spec for name in OPTIMIZERS for spec in OPTIMIZERS.get(name).hyperparameters)
)
"""Every registered optimizer's hyperparameters (besides lr), in registry order."""


def get(name: str) -> type[Optimizer]:
    """The optimizer class registered under `name` or an alias (error lists valid names)."""
    return OPTIMIZERS.get(name)


def create(name: str, lr: float = 0.01, **hyper: float) -> Optimizer:
    """Build the optimizer `name` with learning rate `lr` and any shared hyperparameters."""
    return get(name)(lr, **hyper)
