"""Weight initializers: one variance-scaling rule and the named schemes built on it.

Weight matrices have shape (fan_in, fan_out), since a layer computes x @ W.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from visualizer.core.registry import Registry

Mode = Literal["fan_in", "fan_out", "fan_avg"]
Distribution = Literal["normal", "uniform"]
Sampler = Callable[[tuple[int, int], np.random.Generator, float], np.ndarray]
Variance = Callable[[tuple[int, int], float], float]


def fan(shape: tuple[int, int], mode: Mode) -> float:
    """fan_in, fan_out or their mean (fan_avg) of a (fan_in, fan_out) weight shape."""
    fan_in, fan_out = shape
    fans = {"fan_in": fan_in, "fan_out": fan_out, "fan_avg": (fan_in + fan_out) / 2}
    if mode not in fans:
        raise ValueError(f"mode must be one of {', '.join(fans)}, got {mode!r}")
    return fans[mode]


def variance_scaling(
    shape: tuple[int, int],
    rng: np.random.Generator,
    *,
    scale: float = 1.0,
    mode: Mode = "fan_in",
    distribution: Distribution = "normal",
) -> np.ndarray:
    """Draw float64 weights with std = sqrt(scale / n).

    n is fan_in, fan_out or (fan_in + fan_out) / 2 by `mode`. "normal" draws N(0, std)
    (plain, not truncated); "uniform" draws U(-limit, limit) with limit = sqrt(3) * std,
    which has the same std.
    """
    if len(shape) != 2:
        raise ValueError(f"weight shape must be (fan_in, fan_out), got {shape}")
    std = np.sqrt(scale / fan(shape, mode))
    if distribution == "normal":
        return rng.normal(0.0, std, size=shape)
    if distribution == "uniform":
        limit = np.sqrt(3.0) * std
        return rng.uniform(-limit, limit, size=shape)
    raise ValueError(f"distribution must be normal or uniform, got {distribution!r}")


@dataclass(frozen=True)
class Initializer:
    """A named way to draw a weight matrix; `formula` is the tooltip text.

    `gain` is the config's init_scale: the std itself for normal, the limit for uniform,
    the value for constant, and a factor on the scheme's own std for the named schemes.
    `variance(shape, gain)` is Var(W_ij) of the independent zero-mean draws (signal
    propagation theory needs it), None when the weights are not such draws (constant).
    """

    name: str
    formula: str
    sample: Sampler = field(repr=False)
    variance: Variance | None = field(repr=False)

    def __call__(
        self, shape: tuple[int, int], rng: np.random.Generator, gain: float = 1.0
    ) -> np.ndarray:
        return self.sample(shape, rng, gain)


INITIALIZERS = Registry[Initializer]("initializer")


def get(name: str) -> Initializer:
    """The initializer registered under `name` or an alias (error lists valid names)."""
    return INITIALIZERS.get(name)


def _scheme(scale: float, mode: Mode, distribution: Distribution) -> tuple[Sampler, Variance]:
    """A variance-scaling preset whose std is multiplied by the gain (variance by gain^2),
    and its variance scale gain^2 / n."""

    def sample(shape: tuple[int, int], rng: np.random.Generator, gain: float) -> np.ndarray:
        return variance_scaling(
            shape, rng, scale=scale * gain**2, mode=mode, distribution=distribution
        )

    def variance(shape: tuple[int, int], gain: float) -> float:
        return scale * gain**2 / fan(shape, mode)

    return sample, variance


def _add(
    name: str,
    formula: str,
    rule: tuple[Sampler, Variance | None],
    aliases: tuple[str, ...] = (),
) -> None:
    INITIALIZERS.add(name, Initializer(name, f"{name}: {formula}", *rule), aliases)


_add("zeros", "every weight = 0", (lambda shape, rng, gain: np.zeros(shape), lambda s, g: 0.0))
_add(
    "constant",
    "every weight = init_scale",
    (lambda shape, rng, gain: np.full(shape, gain), None),
)
_add(
    "normal",
    "std = init_scale",
    (lambda shape, rng, gain: rng.normal(0.0, gain, size=shape), lambda s, g: g**2),
)
_add(
    "uniform",
    "U(-limit, limit), limit = init_scale",
    (lambda shape, rng, gain: rng.uniform(-gain, gain, size=shape), lambda s, g: g**2 / 3),
)
_add(
    "glorot_normal",
    "std = sqrt(2 / (fan_in + fan_out))",
    _scheme(1.0, "fan_avg", "normal"),
    ("xavier_normal",),
)
_add(
    "glorot_uniform",
    "U(-limit, limit), limit = sqrt(6 / (fan_in + fan_out))",
    _scheme(1.0, "fan_avg", "uniform"),
    ("xavier_uniform",),
)
_add("he_normal", "std = sqrt(2 / fan_in)", _scheme(2.0, "fan_in", "normal"))
_add(
    "he_uniform",
    "U(-limit, limit), limit = sqrt(6 / fan_in)",
    _scheme(2.0, "fan_in", "uniform"),
)
_add("lecun_normal", "std = sqrt(1 / fan_in)", _scheme(1.0, "fan_in", "normal"))
_add(
    "lecun_uniform",
    "U(-limit, limit), limit = sqrt(3 / fan_in)",
    _scheme(1.0, "fan_in", "uniform"),
)
