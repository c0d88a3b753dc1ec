"""Shared test helpers: central finite differences, a strict JSON parser, a dataset's arrays."""

from __future__ import annotations

import json
from collections.abc import Callable

import numpy as np

from visualizer.core.datasets import Dataset

EPS = 1e-6


def numeric_grad(f: Callable[[], float], x: np.ndarray, eps: float = EPS) -> np.ndarray:
    """Central differences of the scalar f() with respect to every element of `x`,
    perturbing `x` in place (and restoring it)."""
    grad = np.zeros_like(x, dtype=np.float64)
    flat, out = x.reshape(-1), grad.reshape(-1)
    for i in range(flat.size):
        saved = flat[i]
        flat[i] = saved + eps
        up = f()
        flat[i] = saved - eps
        down = f()
        flat[i] = saved
        out[i] = (up - down) / (2 * eps)
    return grad


def assert_grad_close(analytic: np.ndarray, numeric: np.ndarray, tol: float = 1e-6) -> None:
    """Analytic and numeric gradients agree to `tol`, relative to the gradient's size."""
    scale = max(1.0, float(np.max(np.abs(numeric), initial=0.0)))
    np.testing.assert_allclose(analytic, numeric, rtol=tol, atol=tol * scale)


def away_from_zero(rng: np.random.Generator, shape, low: float = 0.1, high: float = 2.0):
    """Random values with |v| in [low, high], random signs: clear of kinks at 0."""
    return rng.uniform(low, high, shape) * rng.choice([-1.0, 1.0], shape)


def _reject_constant(token: str):
    raise ValueError(f"non-standard JSON constant {token}")


def strict_json(text: str):
    """json.loads that rejects NaN, Infinity and -Infinity."""
    return json.loads(text, parse_constant=_reject_constant)


def dataset_arrays(data: Dataset) -> list[np.ndarray]:
    """A dataset's four arrays: training inputs and labels, test inputs and labels."""
    return [data.x_train, data.y_train, data.x_test, data.y_test]


def dataset_total(data: Dataset) -> int:
    """Training and test samples together."""
    return len(data.x_train) + len(data.x_test)
