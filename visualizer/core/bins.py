"""The one re-binning and the one share normalisation every histogram view uses."""

from __future__ import annotations

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
    cumulative = np.concatenate(([0.0], np.cumsum(hist.counts, dtype=np.float64)))
    at_edges = np.interp(edges, hist.edges, cumulative)
    counts = np.diff(at_edges)
    counts[0] += at_edges[0]
    counts[-1] += cumulative[-1] - at_edges[-1]
    return counts
