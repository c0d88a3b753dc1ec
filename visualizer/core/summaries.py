"""Summaries of many arrays at once, for the layer statistics: each array's values (or a
fixed random subsample of them) as one row of a matrix, then every row's mean and std,
range and histogram by a few whole-matrix passes (the histograms of up to BIN_VALUES
values counted together).

Why batched: a recorded step summarizes 5 arrays in each of 10+ layers at display rate;
per array, NumPy's per-call overhead cost about as much as the arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .layers import column_sums

CHUNK_VALUES = 2**20
"""Values summarized together at most (bounds the rows of a deep network's probe)."""
BIN_VALUES = 2**16
"""Values binned in one go: their two work arrays (256 KB each in float32) stay in a
core's cache between the passes over them."""
CANCELLATION = 10.0
"""row_moments: the largest mean^2 / var for which var = E[x^2] - mean^2 keeps its digits
(relative error about (1 + mean^2 / var) x that of the float32 sums, ~1e-6)."""


@cache
def _sample_index(size: int, count: int) -> np.ndarray:
    """Fixed random positions for arrays of `size` values (drawn once per size: drawing
    them anew each frame cost more than the histograms themselves)."""
    return np.sort(np.random.default_rng(size).choice(size, count, replace=False))


@cache
def _part_index(size: int, count: int, start: int, stop: int) -> tuple[int, int, np.ndarray]:
    """Of the fixed subsample of arrays of `size` values, those at positions start..stop-1:
    (first, last) their places in the subsample and their positions from `start` on."""
    index = _sample_index(size, count)
    first, last = (int(i) for i in np.searchsorted(index, (start, stop)))
    return first, last, index[first:last] - start if start else index[first:last]


@dataclass
class Rows:
    """Values to histogram, one array per row of `values`; row r holds `counts[r]` values
    and, after them, copies of its first value (so row minima and maxima are unchanged)."""

    values: np.ndarray  # (rows, width)
    counts: np.ndarray  # (rows,) int
    sizes: np.ndarray | None = None  # (rows,) int: the whole arrays' sizes (None: counts)
    scratch: tuple[np.ndarray, np.ndarray] | None = None
    """The histograms' work arrays (bin positions, bin indices as int32) for as many
    rows as are binned in one go, kept by rows that are filled again and again: new
    ones for every recorded step cost more in page faults than the binning itself."""

    @classmethod
    def empty(
        cls, sizes: list[int], max_values: int | None, dtype: np.dtype, scratch: bool = False
    ) -> Rows:
        """Room for arrays of `sizes` values each (all of them, or `max_values` at most);
        `scratch`: with the histograms' work arrays, to keep."""
        counts = np.array([sample_count(size, max_values) for size in sizes], dtype=np.intp)
        values = np.empty((len(counts), int(counts.max(initial=1))), dtype=dtype)
        shape = (min(len(values), _rows_binned_together(values.shape[1])), values.shape[1])
        work = (np.empty(shape, dtype), np.empty(shape, np.int32)) if scratch else None
        return cls(values, counts, np.array(sizes, dtype=np.intp), work)

    def fill(self, row: int, array: np.ndarray, offset: int = 0) -> None:
        """Put `array`'s values in `row`: all of them, or a fixed random subsample.
        `offset`: `array` is the part of the row's whole array from that flat position
        on (a batch trained in parts); it puts exactly the values of the whole array's
        subsample that lie in it, where the whole array would put them."""
        flat, count, values = array.reshape(-1), int(self.counts[row]), self.values[row]
        size = flat.size if self.sizes is None else int(self.sizes[row])
        if count >= size:
            values[offset : offset + flat.size] = flat
            if offset == 0:
                values[count:] = flat[0] if count else 0
        else:
            first, last, index = _part_index(size, count, offset, offset + flat.size)
            np.take(flat, index, out=values[first:last])

    def row(self, index: int) -> np.ndarray:
        """The values of row `index` (without padding)."""
        return self.values[index, : self.counts[index]]

    def part(self, start: int, stop: int) -> Rows:
        """Rows start..stop-1 (views)."""
        sizes = None if self.sizes is None else self.sizes[start:stop]
        return Rows(self.values[start:stop], self.counts[start:stop], sizes, self.scratch)


def sample_count(size: int, max_values: int | None) -> int:
    """How many of `size` values a row holds: all, or at most `max_values`."""
    return size if max_values is None else min(size, max_values)


def row_ranges(rows: Rows, symmetric: bool) -> tuple[np.ndarray, np.ndarray]:
    """(rows, 2) [min, max] of each row's finite values (or [-m, m]), widened when
    degenerate ([-1, 1] for a row with none), and whether each row has non-finite values."""
    with np.errstate(invalid="ignore"):
        low, high = rows.values.min(axis=1), rows.values.max(axis=1)
    spoiled = ~(np.isfinite(low) & np.isfinite(high))
    for row in np.flatnonzero(spoiled):  # a diverged pass
        values = rows.values[row, : rows.counts[row]]
        finite = values[np.isfinite(values)]
        low[row], high[row] = (finite.min(), finite.max()) if finite.size else (-1, 1)
    low, high = low.astype(np.float64), high.astype(np.float64)
    if symmetric:
        high = np.maximum(np.abs(low), np.abs(high))
        low = -high
    pad = np.where(
        high - low < 1e-12 * np.maximum(1.0, np.abs(high)),
        np.maximum(np.abs(high) * 0.05, 1e-6),
        0.0,
    )
    return np.column_stack([low - pad, high + pad]), spoiled


def histograms(
    rows: Rows, ranges: np.ndarray, bins: int, suspect: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(edges (rows, bins + 1), counts (rows, bins) int64): counts of each row's values in
    `bins` equal bins over its range (values outside go to the end bins; non-finite values,
    possible only in the rows flagged `suspect`, are dropped), counted for BIN_VALUES
    values of many rows at once."""
    n_rows, width = rows.values.shape
    low, high = ranges[:, 0], ranges[:, 1]
    counts = np.zeros((n_rows, bins + 1), dtype=np.intp)
    step = _rows_binned_together(width)
    for start in range(0, n_rows, step):
        part = slice(start, start + step)
        _count(rows.part(start, start + step), low[part], high[part], suspect[part], counts[part])
    edges = np.linspace(low, high, bins + 1, axis=1)
    return edges, counts[:, :bins].astype(np.int64)


def _rows_binned_together(width: int) -> int:
    return max(1, BIN_VALUES // max(width, 1))


def _count(
    rows: Rows, low: np.ndarray, high: np.ndarray, suspect: np.ndarray, counts: np.ndarray
) -> None:
    """Add each row's bin counts to its row of `counts`, whose last column collects the
    row's padding and dropped values: the bin b = clip(floor((x - low) bins / (high -
    low)), 0, bins - 1) of every value in the values' dtype, as int32 (a quarter of the
    time of a conversion to int64), then one np.bincount of b + r (bins + 1) for all rows
    r at once."""
    n_rows, width = rows.values.shape
    bins = counts.shape[1] - 1
    dtype = rows.values.dtype
    if rows.scratch is None:
        position, index = np.empty_like(rows.values), np.empty((n_rows, width), np.int32)
    else:
        position, index = (work[:n_rows] for work in rows.scratch)
    with np.errstate(over="ignore", invalid="ignore"):
        np.subtract(rows.values, low[:, None].astype(dtype), out=position)
        position *= (bins / (high - low))[:, None].astype(dtype)
    dropped = [(row, ~np.isfinite(rows.values[row])) for row in np.flatnonzero(suspect)]
    for row, drop in dropped:
        position[row, drop] = 0
    np.clip(position, 0, bins - 1, out=position)
    np.copyto(index, position, casting="unsafe")
    for row, drop in dropped:
        index[row, drop] = bins
    for row in np.flatnonzero(rows.counts < width):
        index[row, rows.counts[row] :] = bins
    index += np.arange(0, n_rows * (bins + 1), bins + 1, dtype=np.int32)[:, None]
    counts += np.bincount(index.reshape(-1), minlength=counts.size).reshape(counts.shape)


def row_moments(rows: Rows) -> tuple[np.ndarray, np.ndarray]:
    """(means, stds) of each row's values (NaN for an empty row): with s = sum(x) and
    q = x.x, var = q/n - (s/n)^2, or the centred d.d/n with d = x - s/n for the rows whose
    mean is large against their spread (mean^2 > CANCELLATION * var), where that
    difference loses digits."""
    values, counts = rows.values, rows.counts
    with np.errstate(all="ignore"):
        sums = column_sums(values.T).astype(np.float64)  # BLAS: 3x a float32 np.sum
        squares = np.einsum("ij,ij->i", values, values).astype(np.float64)
        for row in np.flatnonzero(counts < values.shape[1]):  # padded rows: their values
            own = values[row, : counts[row]]
            sums[row], squares[row] = own.sum(dtype=np.float64), np.vdot(own, own)
        means = sums / counts
        variances = squares / counts - means * means
        for row in np.flatnonzero(~(variances > means * means / CANCELLATION) & (counts > 0)):
            centred = values[row, : counts[row]] - means[row]
            variances[row] = np.vdot(centred, centred) / counts[row]
        return means, np.sqrt(variances)
