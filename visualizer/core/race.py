"""The optimizer race of Deep Learning from Scratch, ch. 6: every optimizer descends
f(x, y) = x²/20 + y² from (-7, 2), a valley 20 times steeper in y than in x, where plain
SGD zigzags across the valley and the adaptive methods head for the minimum at (0, 0).

Uses the real update rules of `optimizers`, so the race shows what training uses."""

from __future__ import annotations

import numpy as np

from . import optimizers

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


def f(x: np.ndarray | float, y: np.ndarray | float) -> np.ndarray | float:
    """f(x, y) = x²/20 + y²."""
    return x * x / 20.0 + y * y


def gradient(point: np.ndarray) -> np.ndarray:
    """(∂f/∂x, ∂f/∂y) = (x/10, 2y)."""
    return np.array([point[0] / 10.0, 2.0 * point[1]])


def race(
    names: list[str] | tuple[str, ...],
    steps: int,
    lrs: dict[str, float] | None = None,
    start: tuple[float, float] = START,
) -> dict[str, np.ndarray]:
    """Each optimizer's path: name -> (steps + 1, 2) array of (x, y), starting at `start`.

    `lrs` overrides CLASSIC_LRS per name; other hyperparameters keep their defaults
    (momentum 0.9, rho 0.9, beta1 0.9, beta2 0.999). A path that overflows keeps its
    non-finite points (the caller draws up to the last finite one)."""
    if not 0 <= steps <= MAX_STEPS:
        raise ValueError(f"steps must be in 0..{MAX_STEPS}, got {steps}")
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


def contour_grid(resolution: int = 200) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(xs, ys, values) with values[i, j] = f(xs[i], ys[j]) over the figure's window."""
    xs = np.linspace(*X_RANGE, resolution)
    ys = np.linspace(*Y_RANGE, resolution // 2)
    return xs, ys, f(xs[:, None], ys[None, :])
