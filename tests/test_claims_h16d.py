"""Claims of the batch_size, lr_decay, adam_bias_correction, regression_outliers and
binary_cross_entropy lessons, checked on real runs at seeds 0, 1 and 2 (tests/claims.py
builds every run from the lesson's own configurations)."""

from __future__ import annotations

import numpy as np
import pytest
from claims import column, config, noise, question, window

from visualizer.core import lessons
from visualizer.core.report import train
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


def run(name: str, letter: str, steps: int, seed: int, step: int = 0) -> Trainer:
    """Run `letter` of lesson `name` at `step`, at `seed`, trained `steps` steps."""
    return train(config(name, letter, step).replace(seed=seed), steps)[0]


def at_x(trainer: Trainer, axis: str, value: float, name: str = "test_loss") -> float:
    """A history column at the first point whose `axis` column reaches `value`."""
    index = int(np.searchsorted(column(trainer, axis), value - 1e-9))
    return float(column(trainer, name)[index])


# batch_size --------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_batch_size_per_step_and_per_epoch(seed):
    lesson = lessons.get("batch_size")
    assert (lesson.x_axis_at(0), lesson.x_axis_at(1)) == ("step", "epoch")
    assert question("batch_size").correct == 0  # A after one epoch
    stochastic, mini, full = (run("batch_size", letter, 640, seed) for letter in "ABC")
    assert len(full.x_train) == full.config.batch_size == 320
    assert noise(stochastic) > noise(mini) > 2 * noise(full)  # jumps, wobbles, smooth
    # per step (at step 40) B and C about equal, both ahead of A
    a, b, c = (at_x(t, "step", 40) for t in (stochastic, mini, full))
    assert 0.22 <= min(b, c) and max(b, c) <= 0.265 and abs(b - c) < 0.01
    assert 0.265 <= a <= 0.40
    # per epoch
    a, b, c = (at_x(t, "epoch", 1) for t in (stochastic, mini, full))
    assert 0.165 <= a <= 0.245 and 0.285 <= b <= 0.325 and 0.415 <= c <= 0.485
    a, c = at_x(stochastic, "epoch", 2), at_x(full, "epoch", 2)
    assert a <= 0.10 and c > 0.35
    # the epoch column counts passes over the data: 320 samples per epoch
    assert at_x(stochastic, "epoch", 1, "step") == 320 and at_x(full, "epoch", 1, "step") == 1
    assert at_x(mini, "epoch", 1, "samples") == 320
