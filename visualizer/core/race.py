"""The optimizer race of Deep Learning from Scratch, ch. 6, on a choice of surfaces: every
optimizer descends f from (-7, 2). On the book's valley f(x, y) = x²/20 + y², 20 times
steeper in y than in x, plain SGD zigzags across the valley and the adaptive methods head
for the minimum at (0, 0); on the hill, a bump across the valley makes a local minimum
that only the optimizers carrying a velocity roll out of.

Uses the real update rules of `optimizers`, so the race shows what training uses."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import optimizers
from .registry import Registry

START = (-7.0, 2.0)
X_RANGE = (-10.0, 10.0)  # the figure's window
Y_RANGE = (-5.0, 5.0)
CLASSIC_LRS = {
    "sgd": 0.95,
    "momentum": 0.1,
    "nesterov": 0.1,
    "adagrad": 1.5,
    "rmsprop": 0.25,
    "adam": 0.3,
}
"""The book's learning rates (sgd, momentum, adagrad, adam) and two of the same scale."""
BOOK_ORDER = ("sgd", "momentum", "adagrad", "adam")
MAX_STEPS = 1000
HILL_HEIGHT, HILL_WIDTH, HILL_AT = 0.9, 1.0, -3.0
"""The hill's bump h exp(-(x - c)² / 2s²): low enough for momentum to roll over."""

Values = np.ndarray | float


@dataclass(frozen=True)
class Surface:
    """A function of (x, y) to descend: its value, its gradient, its contour levels and
    where its global minimum lies (searched along y = 0, where every surface has it)."""

    name: str
    formula: str
    value: Callable[[Values, Values], Values]
    gradient: Callable[[np.ndarray], np.ndarray]
    levels: tuple[float, ...]
    minimum: tuple[float, float] = field(init=False)

    def __post_init__(self) -> None:
        xs = np.linspace(*X_RANGE, 200_001)  # 1e-4 apart
        object.__setattr__(self, "minimum", (float(xs[np.argmin(self.value(xs, 0.0))]), 0.0))


def _bump(x: Values) -> Values:
    """h exp(-(x - c)² / 2s²)."""
    return HILL_HEIGHT * np.exp(-((x - HILL_AT) ** 2) / (2 * HILL_WIDTH**2))


def _valley_gradient(point: np.ndarray) -> np.ndarray:
    """(∂f/∂x, ∂f/∂y) = (x/10, 2y)."""
    return np.array([point[0] / 10.0, 2.0 * point[1]])


def _hill_gradient(point: np.ndarray) -> np.ndarray:
    """(x/10 - (x - c)/s² · bump(x), 2y)."""
    x = point[0]
    return np.array([x / 10.0 - (x - HILL_AT) / HILL_WIDTH**2 * _bump(x), 2.0 * point[1]])


SURFACES: Registry[Surface] = Registry("race surface")
SURFACES.add(
    "valley",
    Surface(
        "valley",
        "f(x, y) = x²/20 + y²",
        lambda x, y: x * x / 20.0 + y * y,
        _valley_gradient,
        (0.25, 1.0, 2.5, 5.0, 10.0, 20.0),
    ),
)
SURFACES.add(
    "hill",
    Surface(
        "hill",
        "f(x, y) = x²/20 + y² + 0.9 exp(-(x + 3)²/2)",
        lambda x, y: x * x / 20.0 + y * y + _bump(x),
        _hill_gradient,
        (0.25, 0.6, 1.0, 1.33, 1.5, 2.5, 5.0, 10.0, 20.0),
    ),
    aliases=("local_minimum",),
)


def race(
    names: list[str] | tuple[str, ...],
    steps: int,
    lrs: dict[str, float] | None = None,
    start: tuple[float, float] = START,
    surface: str = "valley",
) -> dict[str, np.ndarray]:
    """Each optimizer's path on `surface`: name -> (steps + 1, 2) array of (x, y) from `start`.

    `lrs` overrides CLASSIC_LRS per name; other hyperparameters keep their defaults
    (momentum 0.9, rho 0.9, beta1 0.9, beta2 0.999). A path that overflows keeps its
    non-finite points (the caller draws up to the last finite one)."""
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps must be in 0..{MAX_STEPS}, got {steps}")
    gradient = SURFACES.get(surface).gradient
    rates = {**CLASSIC_LRS, **(lrs or {})}
    paths: dict[str, np.ndarray] = {}
    for name in names:
        optimizer = optimizers.create(name, rates.get(name, 0.1))
        point = np.array(start, dtype=np.float64)
        path = np.empty((steps + 1, 2))
        path[0] = point
        with np.errstate(all="ignore"):
            for step in range(1, steps + 1):
                optimizer.update([point], [gradient(point)])
                path[step] = point
        paths[name] = path
    return paths


def contour_grid(
    surface: str = "valley", resolution: int = 200
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xs, ys, values) with values[i, j] = f(xs[i], ys[j]) over the figure's window."""
    xs = np.linspace(*X_RANGE, resolution)
    ys = np.linspace(*Y_RANGE, resolution // 2)
    return xs, ys, SURFACES.get(surface).value(xs[:, None], ys[None, :])
