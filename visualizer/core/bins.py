"""The one re-binning and the one share normalisation every histogram view uses."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .layer_stats import Histogram


def shares(counts: np.ndarray) -> np.ndarray:
    """Counts as shares of their total along the last axis: c_i / sum(c) (zeros when a
    row is empty), as float64."""
    counts = np.asarray(counts, dtype=np.float64)
    totals = counts.sum(axis=-1, keepdims=True)
    return counts / np.where(totals > 0, totals, 1.0)


def rebin(hist: Histogram, edges: np.ndarray) -> np.ndarray:
    """`hist`'s counts moved onto `edges`, each old bin spread evenly over its width
    (linear interpolation of the cumulative count); mass outside `edges` goes to the end
    bins, so the total is kept."""
    return rebin_rows([hist], np.asarray(edges)[None])[0]


def rebin_rows(hists: Sequence[Histogram], edges: np.ndarray) -> np.ndarray:
    """`rebin` of many histograms at once: histogram i onto edges[i] ((n, new bins + 1)),
    as (n, new bins) counts. Every Histogram here has equal-width bins (np.linspace
    edges), so a new edge e falls in old bin k = floor(p), p = (e - low) bins / (high -
    low), and the cumulative count there is C[k] + (p - k) (C[k + 1] - C[k])."""
    counts = np.array([hist.counts for hist in hists], dtype=np.float64)
    low = np.array([hist.edges[0] for hist in hists], dtype=np.float64)[:, None]
    high = np.array([hist.edges[-1] for hist in hists], dtype=np.float64)[:, None]
    n, bins = counts.shape
    cumulative = np.zeros((n, bins + 1))
    np.cumsum(counts, axis=1, out=cumulative[:, 1:])
    position = np.clip((np.asarray(edges) - low) * (bins / (high - low)), 0, bins)
    below = np.minimum(position.astype(np.intp), bins - 1)
    rows = np.arange(n)[:, None]
    start = cumulative[rows, below]
    at_edges = start + (position - below) * (cumulative[rows, below + 1] - start)
    moved = np.diff(at_edges, axis=1)
    moved[:, 0] += at_edges[:, 0]
    moved[:, -1] += cumulative[:, -1] - at_edges[:, -1]
    return moved
