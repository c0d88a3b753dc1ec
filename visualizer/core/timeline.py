"""The whole run, kept compactly and thinned evenly as it grows (docs/DESIGN.md,
"Timeline"): every layer's statistics at recorded steps, so any step can be shown again.

A step is recorded when it is a multiple of `stride`. When more than `capacity` records
are held, every other one is dropped (step 0 and the newest are always kept) and the
stride doubles, so memory stays bounded however long the run and the records stay
evenly spaced in steps. Each record stores, per layer, the histograms as counts plus
their (low, high) range (edges are equal-width) and the scalars as float64: about 1 KB
per layer and record at 30 bins.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, fields

import numpy as np

from .bins import rebin_rows, shares
from .layer_stats import Histogram, LayerStats

LAYER_RECORDS = 40_000  # layer-records kept per run: capacity = this / depth, within limits
MIN_CAPACITY, MAX_CAPACITY = 250, 2000
STATE_BUDGET = 32 * 2**20  # bytes of network states kept per run
MAX_STATES = 200
HIST_FIELDS = tuple(f.name for f in fields(LayerStats) if f.type in ("Histogram", Histogram))
SCALAR_FIELDS = tuple(f.name for f in fields(LayerStats) if f.type in ("float", float))
FIXED_FIELDS = ("name", "fan_in", "fan_out")  # the same in every record of a run


def capacity_for(depth: int) -> int:
    """Records kept for a network of `depth` hidden layers."""
    return int(min(MAX_CAPACITY, max(MIN_CAPACITY, LAYER_RECORDS // max(depth, 1))))


@dataclass(frozen=True)
class Record:
    """One recorded step: (layers, histogram kinds, bins) counts, (layers, kinds, 2)
    ranges and (layers, scalars) values."""

    step: int
    epoch: int
    counts: np.ndarray
    ranges: np.ndarray
    scalars: np.ndarray

    @classmethod
    def of(cls, step: int, epoch: int, layers: list[LayerStats] | tuple[LayerStats, ...]) -> Record:
        hists = [[getattr(s, name) for name in HIST_FIELDS] for s in layers]
        counts = np.array([[h.counts for h in row] for row in hists], dtype=np.uint32)
        ranges = np.array([[(h.edges[0], h.edges[-1]) for h in row] for row in hists])
        scalars = np.array([[getattr(s, name) for name in SCALAR_FIELDS] for s in layers])
        return cls(step, epoch, counts, ranges, scalars.reshape(len(layers), len(SCALAR_FIELDS)))

    def layers(self, fixed: list[tuple]) -> tuple[LayerStats, ...]:
        """The LayerStats this record was made from (`fixed`: each layer's name, fan-in
        and fan-out)."""
        bins = self.counts.shape[-1]
        out = []
        for index, constant in enumerate(fixed):
            values = dict(zip(FIXED_FIELDS, constant, strict=True))
            for kind, name in enumerate(HIST_FIELDS):
                low, high = self.ranges[index, kind]
                edges = np.linspace(low, high, bins + 1)
                values[name] = Histogram(edges, self.counts[index, kind].astype(np.int64))
            values.update(zip(SCALAR_FIELDS, self.scalars[index].tolist(), strict=True))
            out.append(LayerStats(**values))
        return tuple(out)


class Thinned:
    """Steps kept at multiples of `stride`: past `capacity` every other one is dropped (the
    first and the newest stay) and the stride doubles, so memory stays bounded and the kept
    steps evenly spaced however long the run. Subclasses keep their items in lists
    parallel to the steps and thin them with the indices `_kept` returns."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.stride = 1
        self._steps: list[int] = []

    def due(self, step: int) -> bool:
        """Whether `step` is one to keep."""
        return step % self.stride == 0 and self._later(step)

    def _later(self, step: int) -> bool:
        return not self._steps or step > self._steps[-1]

    def _kept(self, step: int) -> list[int] | None:
        """Note `step` as kept; the indices to keep when that thins the steps, else None."""
        self._steps.append(step)
        if len(self._steps) <= self.capacity:
            return None
        keep = [*range(0, len(self._steps) - 1, 2), len(self._steps) - 1]
        self._steps = [self._steps[i] for i in keep]
        self.stride *= 2
        return keep

    def _index_at(self, step: int) -> int:
        """The index of the step kept at `step` or last before it; -1 when none is."""
        return bisect.bisect_right(self._steps, step) - 1


class Timeline(Thinned):
    """The records of one run, and the per-layer histograms over the whole run that the
    over-time views draw (activations re-binned onto the first record's edges, log10|g|
    on its fixed range), kept alongside and thinned together."""

    def __init__(self, depth: int) -> None:
        super().__init__(capacity_for(depth))
        self.records: list[Record] = []
        self.fixed: list[tuple] = []
        self.act_edges: np.ndarray | None = None  # (layers, bins + 1)
        self._act: list[np.ndarray] = []  # per record: (layers, bins) shares, float32
        self._grad: list[np.ndarray] = []

    def add(
        self, step: int, layers: list[LayerStats] | tuple[LayerStats, ...], epoch: int = 0
    ) -> None:
        """Record `layers` as the statistics at `step` (a later step than the last), in
        `epoch`."""
        if not self._later(step):
            return
        if not self.records:
            self.fixed = [tuple(getattr(s, name) for name in FIXED_FIELDS) for s in layers]
            self.act_edges = np.array([s.activation_hist.edges for s in layers])
        self.records.append(Record.of(step, epoch, layers))
        acts = rebin_rows([s.activation_hist for s in layers], self.act_edges)
        self._act.append(shares(acts).astype(np.float32))
        grads = shares(np.array([s.grad_log_hist.counts for s in layers]))
        self._grad.append(grads.astype(np.float32))
        keep = self._kept(step)
        if keep is not None:
            self.records = [self.records[i] for i in keep]
            self._act = [self._act[i] for i in keep]
            self._grad = [self._grad[i] for i in keep]

    def steps(self) -> np.ndarray:
        return np.array(self._steps, dtype=np.int64)

    def index_at(self, step: int) -> int:
        """The record at `step`, or the last one before it (the first when none is)."""
        return max(self._index_at(step), 0)

    def layers_at(self, step: int) -> tuple[LayerStats, ...]:
        return self.records[self.index_at(step)].layers(self.fixed)

    def histories(self, columns: int, until: int | None = None) -> tuple[np.ndarray, ...]:
        """(steps, activation shares, log10|g| shares) of at most `columns` records evenly
        spread over the run (up to step `until`): arrays (n,), (layers, n, bins) twice."""
        last = len(self.records) if until is None else self.index_at(until) + 1
        picks = np.unique(np.linspace(0, last - 1, min(columns, last)).round().astype(int))
        steps = np.array([self._steps[i] for i in picks], dtype=np.int64)
        act = np.stack([self._act[i] for i in picks], axis=1)
        grad = np.stack([self._grad[i] for i in picks], axis=1)
        return steps, act, grad

    def to_json(self) -> dict:
        """The recorded steps and, per layer, the activation and log10|g| histograms at
        each step: {"steps": [...], "bins": B, "layers": [{"name": ..., "activations":
        {"range": [[low, high] per step], "counts": [[B counts] per step]},
        "gradients_log10": {...}}]}. Bins are equal-width over each step's range."""
        kinds = {"activations": "activation_hist", "gradients_log10": "grad_log_hist"}
        layers = []
        for index, constant in enumerate(self.fixed):
            entry: dict = {"name": constant[0]}
            for key, name in kinds.items():
                kind = HIST_FIELDS.index(name)
                entry[key] = {
                    "range": [r.ranges[index, kind].tolist() for r in self.records],
                    "counts": [r.counts[index, kind].tolist() for r in self.records],
                }
            layers.append(entry)
        bins = int(self.records[0].counts.shape[-1]) if self.records else 0
        return {"steps": self.steps().tolist(), "bins": bins, "layers": layers}


class States(Thinned):
    """Copies of a network's state (weights, biases, running averages) at evenly spaced
    steps, thinned like the records, within STATE_BUDGET bytes: the decision map and the
    network diagram of a scrubbed step are computed from the nearest one before it."""

    def __init__(self, state_bytes: int) -> None:
        super().__init__(int(min(MAX_STATES, STATE_BUDGET // max(state_bytes, 1))))
        self.states: list[list[np.ndarray]] = []

    def due(self, step: int) -> bool:
        return self.capacity >= 2 and super().due(step)

    def add(self, step: int, state: list[np.ndarray]) -> None:
        """Keep `state` as the network at `step` (a later step than the last)."""
        if not self._later(step):
            return
        self.states.append(state)
        keep = self._kept(step)
        if keep is not None:
            self.states = [self.states[i] for i in keep]

    def at(self, step: int) -> tuple[int, list[np.ndarray]] | None:
        """(its step, the state) kept at `step` or last before it; None if none is."""
        index = self._index_at(step)
        return (self._steps[index], self.states[index]) if index >= 0 else None
