"""Helpers of the lesson claim tests (tests/test_claims_*.py).

Every run is built from the lesson's own configurations (`lessons.get(name).configs(step)`),
so editing a lesson without re-checking its text breaks its test. Runs are trained one
after another with the engine, each from the same seed: the same data, batches and (where
the structure is the same) initial weights as lockstep training in the window.

Runs train quietly (no timeline records or kept network states, which the claims never
read: the same steps and numbers, two to five times faster), and each configuration once
per session: a seed reproduces a run exactly, so tests that read the same run share it,
each through its own copy.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from itertools import pairwise

import numpy as np

from visualizer.core import lessons
from visualizer.core.config import Config
from visualizer.core.layer_stats import Histogram
from visualizer.core.report import train
from visualizer.core.trainer import Trainer

RUN = {"A": 0, "B": 1, "C": 2, "D": 3}


def config(name: str, run: str = "A", step: int = 0) -> Config:
    """Run `run` of lesson `name` at `step` (0-based)."""
    return lessons.get(name).configs(step)[RUN[run]]


def fresh(name: str, run: str = "A", step: int = 0, **changes) -> Trainer:
    """A run's freshly initialized network, probed (no update): layer statistics in
    `trainer.last_stats`, the probe batch's values in `trainer.network.taps`."""
    chosen = config(name, run, step)
    trainer = Trainer(chosen.replace(**changes) if changes else chosen)
    trainer.record_now()
    trainer.probe()
    return trainer


def quiet(chosen: Config) -> Trainer:
    """A fresh trainer of `chosen` that keeps no timeline records or network states."""
    return Trainer(chosen, quiet=True)


def run_of(chosen: Config, steps: int) -> Trainer:
    """`chosen` after `steps` training steps (fewer if it diverged): a copy of the session's
    one training of it, so a test may go on training or probing it."""
    return copy.deepcopy(_trained_once(chosen, steps))


@lru_cache(maxsize=64)  # tests that share a run are a few tests apart
def _trained_once(chosen: Config, steps: int) -> Trainer:
    """Quietly; a run that diverged (early, so cheaply) again as the window trains it: the
    step it diverged at may be one the timeline records, with its layer statistics."""
    trainer = train(chosen, steps, trainer=quiet(chosen))[0]
    return train(chosen, steps)[0] if trainer.diverged else trainer


def trained(name: str, steps: int, run: str = "A", step: int = 0, **changes) -> Trainer:
    """A run (with `changes`, e.g. seed=1) after `steps` training steps (fewer if it diverged)."""
    return run_of(config(name, run, step).replace(**changes), steps)


def every_run(name: str, steps: int, step: int = 0, **changes) -> list[Trainer]:
    """Every run of the lesson at `step` (each with `changes`, e.g. seed=1), each trained for
    `steps` steps."""
    return [run_of(c.replace(**changes), steps) for c in lessons.get(name).configs(step)]


def column(trainer: Trainer, name: str) -> np.ndarray:
    return trainer.history.arrays()[name]


def at_step(trainer: Trainer, name: str, step: int) -> float:
    """A history column's value at the history point of `step`."""
    steps = column(trainer, "step")
    return float(column(trainer, name)[int(np.searchsorted(steps, step))])


def recent(trainer: Trainer, name: str, points: int = 50) -> float:
    """Mean of a history column over its last `points` points (the curves are minibatch
    values, so single points are noisy)."""
    return float(np.mean(column(trainer, name)[-points:]))


def window(trainer: Trainer, name: str, start: int, stop: int) -> float:
    """Mean of a history column over the points of steps start..stop."""
    steps = column(trainer, "step")
    chosen = (steps >= start) & (steps <= stop)
    return float(np.mean(column(trainer, name)[chosen]))


def ratios(values) -> list[float]:
    """later / earlier for each consecutive pair."""
    return [later / earlier for earlier, later in pairwise(values)]


def stat(trainer: Trainer, key: str) -> list[float]:
    return [getattr(layer, key) for layer in trainer.last_stats]


def mean_log10(hist: Histogram) -> float:
    centres = (hist.edges[:-1] + hist.edges[1:]) / 2
    return float((hist.counts * centres).sum() / hist.counts.sum())


def sigmoid_slope(outputs: np.ndarray) -> np.ndarray:
    return outputs * (1 - outputs)


def noise(trainer: Trainer) -> float:
    """How much a loss curve jumps: the std of its step-to-step differences."""
    return float(np.std(np.diff(column(trainer, "train_loss")[1:])))


def question(name: str) -> lessons.Question:
    """The lesson's one predict-then-reveal question."""
    (asked,) = [step.question for step in lessons.get(name).steps if step.question]
    return asked
