"""The network diagram's numbers: which inputs are drawn, each link's value per drawn
(input, unit) pair, and its magnitude bucket. Qt-free display helpers, not a panel."""

from __future__ import annotations

import numpy as np

from ...core.protocol import Snapshot

MAX_INPUTS = 16  # input nodes drawn at most (evenly spaced features when there are more)
LEVELS = 4  # magnitude buckets
GRAD_DECADES = 3  # gradient buckets: within 10^-3, 10^-2, 10^-1 and 1 of the largest


def drawn_inputs(n_features: int) -> np.ndarray:
    """Indices of the input features drawn: all, or MAX_INPUTS evenly spaced ones."""
    if n_features <= MAX_INPUTS:
        return np.arange(n_features)
    return np.unique(np.round(np.linspace(0, n_features - 1, MAX_INPUTS)).astype(int))


def unit_matrices(snap: Snapshot, mode: str) -> list[np.ndarray]:
    """Per Dense layer, the (drawn inputs, units) values of the links: W or dW with the
    input rows capped, and maxout's k pieces per unit reduced to the largest in size."""
    source = snap.weights if mode == "weights" else snap.weight_grads
    width = snap.config.width
    matrices = []
    for index, matrix in enumerate(source):
        values = np.asarray(matrix, dtype=np.float64)
        if index == 0:
            values = values[drawn_inputs(values.shape[0])]
        if index < len(source) - 1 and values.shape[1] != width:
            pieces = values.reshape(values.shape[0], width, -1)
            pick = np.abs(np.nan_to_num(pieces)).argmax(axis=2)[:, :, None]
            values = np.take_along_axis(pieces, pick, axis=2)[:, :, 0]
        matrices.append(values)
    return matrices


def buckets(values: np.ndarray, mode: str) -> np.ndarray:
    """Magnitude level 0..LEVELS-1 per value, relative to the largest |value|."""
    size = np.abs(np.nan_to_num(values, nan=0.0, posinf=0.0, neginf=0.0))
    top = float(size.max(initial=0.0))
    if top <= 0:
        return np.zeros(values.shape, dtype=np.int64)
    if mode == "weights":
        return np.minimum((size / top * LEVELS).astype(np.int64), LEVELS - 1)
    with np.errstate(divide="ignore"):
        decades = np.log10(size / top)
    return np.clip(np.floor(decades + GRAD_DECADES + 1), 0, LEVELS - 1).astype(np.int64)


def geometry(counts: list[int]) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """((link x, link y), (node x, node y)) for columns of `counts` nodes at x = 0, 1, ...,
    centred on y = 0, one unit apart. Links come in pairs of points, layer by layer, in the
    order of `unit_matrices` (row-major: input, unit)."""
    columns = [np.arange(n) - (n - 1) / 2 for n in counts]
    xs, ys = [], []
    for layer in range(len(counts) - 1):
        left, right = columns[layer], columns[layer + 1]
        ends_x = np.empty(2 * left.size * right.size)
        ends_y = np.empty_like(ends_x)
        ends_x[0::2], ends_x[1::2] = layer, layer + 1
        ends_y[0::2], ends_y[1::2] = np.repeat(left, right.size), np.tile(right, left.size)
        xs.append(ends_x)
        ys.append(ends_y)
    node_x = np.concatenate([np.full(n, float(c)) for c, n in enumerate(counts)])
    return (np.concatenate(xs), np.concatenate(ys)), (node_x, np.concatenate(columns))
