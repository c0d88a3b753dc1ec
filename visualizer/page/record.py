"""Record a page's runs: train each lesson step's runs (a set of runs shared by several
steps once), then keep each run's timeline thinned to at most FRAMES evenly spaced steps
and packed small.

Packing (docs/DESIGN.md, "Interactive pages"): a histogram is stored as its counts scaled
to its own peak, q = round(255 * count / peak) as uint8, plus its peak share peak / total
(float32) and its [low, high] range (float32); the share of values in bin b is then
q_b / 255 * peak share, within 1/510 of the peak share. Layer statistics, theory and loss
curves are float32. Arrays travel as base64 of their little-endian bytes.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..core.config import Config
from ..core.history import COLUMNS
from ..core.report import train
from ..core.runs import run_labels
from ..core.theory import Prediction, predict
from ..core.timeline import HIST_FIELDS, SCALAR_FIELDS
from ..core.trainer import Trainer

FRAMES = 120
"""Recorded steps kept per run set: the slider's positions."""
CURVE_POINTS = 400
"""Loss and accuracy points kept per run."""
KINDS = {
    "activations": "activation_hist",
    "pre_activations": "pre_activation_hist",
    "gradients": "grad_log_hist",
    "weights": "weight_hist",
}
"""The page's histogram kinds and the LayerStats histogram each one shows."""
STATS = (
    "pre_activation_std",
    "activation_std",
    "activation_mean",
    "activation_grad_std",
    "weight_grad_norm",
    "dead_fraction",
    "saturated_fraction",
    "update_ratio",
)
"""The layer statistics the page plots against depth."""
Progress = Callable[[int, int], None]


def packed(values: np.ndarray, dtype: str) -> str:
    """base64 of `values` as little-endian `dtype` (uint8 or float32)."""
    data = np.ascontiguousarray(values, dtype=np.dtype(dtype).newbyteorder("<"))
    return base64.b64encode(data.tobytes()).decode("ascii")


def unpacked(text: str, dtype: str) -> np.ndarray:
    """The flat array `packed` wrote."""
    return np.frombuffer(base64.b64decode(text), dtype=np.dtype(dtype).newbyteorder("<"))


def quantized(counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(q, peak share) of histograms `counts` (..., bins): q = round(255 * count / peak)
    as uint8, peak share = peak / total (0 for an empty histogram)."""
    counts = counts.astype(np.float64)
    peak = counts.max(axis=-1)
    total = counts.sum(axis=-1)
    q = np.rint(255.0 * counts / np.maximum(peak, 1.0)[..., None]).astype(np.uint8)
    return q, np.where(total > 0, peak / np.maximum(total, 1.0), 0.0)


def evenly(count: int, keep: int) -> np.ndarray:
    """At most `keep` indices evenly spread over range(count), the first and last kept."""
    return np.unique(np.linspace(0, count - 1, min(keep, count)).round().astype(int))


@dataclass
class Trained:
    """A run trained for its page, and its theory at initialization."""

    trainer: Trainer
    prediction: Prediction


def train_run(config: Config, steps: int, progress: Callable[[int], None]) -> Trained:
    """Train `config` as `visualizer run` does (`progress(steps done)` after each step)."""
    trainer, _ = train(config, steps, progress=progress)
    data = trainer.dataset
    return Trained(trainer, predict(config, trainer.probe_x, trainer.probe_y, data.n_outputs))


def run_record(trained: Trained, frame_steps: np.ndarray, label: str) -> dict:
    """One run's frames at `frame_steps` (a diverged run holds its last record), its
    theory at initialization and its curves."""
    trainer, timeline = trained.trainer, trained.trainer.timeline
    records = [timeline.records[timeline.index_at(int(step))] for step in frame_steps]
    counts = np.stack([record.counts for record in records])  # (frames, layers, kinds, bins)
    ranges = np.stack([record.ranges for record in records])
    scalars = np.stack([record.scalars for record in records])  # (frames, layers, scalars)
    hists = {}
    for kind, field in KINDS.items():
        index = HIST_FIELDS.index(field)
        q, peak = quantized(counts[:, :, index])
        hists[kind] = {
            "q": packed(q, "u1"),
            "peak": packed(peak, "f4"),
            "range": packed(ranges[:, :, index], "f4"),
        }
    stats = scalars[:, :, [SCALAR_FIELDS.index(name) for name in STATS]]
    return {
        "label": label,
        "config": trainer.config.to_dict(),
        "status": "diverged" if trainer.diverged else "ok",
        "diverged_at": trainer.diverged_at,
        "steps_run": trainer.step_count,
        "layers": len(timeline.fixed),
        "record_steps": [int(record.step) for record in records],
        "hist": hists,
        "stats": packed(stats, "f4"),
        "theory": theory_stds(trained.prediction),
        "curves": curves(trainer),
    }


def theory_stds(prediction: Prediction) -> dict[str, list[float]] | None:
    """The predicted std at initialization per layer, √q of z and √g of dL/da (the
    layer statistics' theory lines); None when the theory does not apply."""
    if not prediction.applies:
        return None
    return {
        "pre_activation_std": [_root(v) for v in prediction.pre_activation_var],
        "activation_grad_std": [_root(v) for v in prediction.activation_grad_var],
    }


def _root(value: float) -> float | None:
    return math.sqrt(value) if math.isfinite(value) and value >= 0 else None


def curves(trainer: Trainer) -> dict[str, str]:
    """The loss and accuracy history, at most CURVE_POINTS points (NaN: no value)."""
    arrays = trainer.history.arrays()
    picks = evenly(len(arrays["step"]), CURVE_POINTS)
    return {name: packed(arrays[name][picks], "f4") for name in COLUMNS}


def recording(trained: Sequence[Trained], frames: int = FRAMES) -> dict:
    """One set of runs trained in lockstep: the frames' steps (evenly spread over the
    longest run's recorded steps), the deepest run's layer names and every run's record
    (runs may differ in depth, not in bins)."""
    longest = max(trained, key=lambda run: run.trainer.step_count).trainer.timeline
    all_steps = longest.steps()
    frame_steps = all_steps[evenly(len(all_steps), frames)]
    labels = run_labels([run.trainer.config for run in trained])
    first = trained[0].trainer
    deepest = max(trained, key=lambda run: len(run.trainer.timeline.fixed)).trainer
    return {
        "steps": [int(step) for step in frame_steps],
        "layers": [name for name, *_ in deepest.timeline.fixed],
        "bins": first.config.bins,
        "dataset": first.dataset.name,
        "classes": first.dataset.n_classes,
        "runs": [
            run_record(run, frame_steps, label) for run, label in zip(trained, labels, strict=True)
        ],
    }


def record_steps(
    step_runs: Sequence[Sequence[Config]], steps: int, progress: Progress | None = None
) -> tuple[list[dict], list[int]]:
    """(recordings, each lesson step's recording index): each distinct set of runs is
    trained `steps` steps once, a run after another; `progress(done, total)` counts
    training steps."""
    distinct: list[tuple[Config, ...]] = []
    for configs in step_runs:
        if tuple(configs) not in distinct:
            distinct.append(tuple(configs))
    total = steps * sum(len(configs) for configs in distinct)

    def tell(done: int) -> None:
        if progress is not None:
            progress(done, total)

    recordings, done = [], 0
    for configs in distinct:
        trained = []
        for config in configs:
            trained.append(train_run(config, steps, lambda k, before=done: tell(before + k)))
            done += steps
        recordings.append(recording(trained))
    return recordings, [distinct.index(tuple(configs)) for configs in step_runs]
