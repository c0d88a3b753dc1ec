"""Activation functions as layers, one registry entry each: `get(name)` (the error lists
valid names), `create(name, alpha, units)`, `ACTIVATIONS`. The base class and kernels are
in `base`; the functions in `classic` (sigmoid, tanh, the rectifiers) and `extra`."""

from __future__ import annotations

from .base import ACTIVATIONS, Activation
from .classic import ELU, SELU, LeakyReLU, PReLU, ReLU, RReLU, Sigmoid, Tanh
from .extra import GELU, Linear, Maxout, Softplus, Step, Swish

__all__ = [
    "ACTIVATIONS",
    "ELU",
    "GELU",
    "SELU",
    "Activation",
    "LeakyReLU",
    "Linear",
    "Maxout",
    "PReLU",
    "RReLU",
    "ReLU",
    "Sigmoid",
    "Softplus",
    "Step",
    "Swish",
    "Tanh",
    "create",
    "get",
]


def get(name: str) -> type[Activation]:
    """The activation class for `name` (or an alias); the error lists valid names."""
    return ACTIVATIONS.get(name)


def create(name: str, alpha: float | None = None, units: int = 1) -> Activation:
    return get(name)(alpha, units)
