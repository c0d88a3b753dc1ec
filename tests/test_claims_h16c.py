"""Claims of the zero_centered and hyperparameter_search lessons, checked on real runs at
seeds 0, 1 and 2 (tests/claims.py builds every run from the lesson's own configurations)."""

from __future__ import annotations

import numpy as np
import pytest
from claims import config

from visualizer.core import lessons
from visualizer.core.trainer import Trainer
from visualizer.core.weight_path import STILL

SEEDS = (0, 1, 2)


# zero_centered ---------------------------------------------------------------------------
def one_sign_units(trainer: Trainer, steps: int = 30) -> float:
    """Share of (step, unit) pairs of layers 2, 3 and the output whose incoming weight
    gradients all have one sign, over `steps` steps: what the network diagram shows."""
    shares = []
    for _ in range(steps):
        trainer.step()
        for dense in trainer.network.dense_layers()[1:]:
            signs = np.sign(dense.dW)
            shares += [len(set(column[column != 0])) <= 1 for column in signs.T]
    return float(np.mean(shares))


def path_after(trainer: Trainer, steps: int = 200):
    """The weight path view's path (w1, w2 into unit 1 of layer 2) after `steps` more steps."""
    for _ in range(steps):
        trainer.step()
    return trainer.path.path()


def lesson_run(step: int, run: str, seed: int) -> Trainer:
    trainer = Trainer(config("zero_centered", run, step).replace(seed=seed))
    trainer.start()
    return trainer


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_centered_sigmoid_gives_one_colour_per_unit_and_tanh_mixes(seed):
    sigmoid, tanh = lessons.get("zero_centered").configs(0)
    assert (sigmoid.activation, tanh.activation, sigmoid.batch_size) == ("sigmoid", "tanh", 1)
    assert lessons.get("zero_centered").steps[0].question.correct == 0  # one colour per unit
    assert one_sign_units(lesson_run(0, "A", seed)) == 1.0  # every unit, every step
    assert one_sign_units(lesson_run(0, "B", seed)) <= 0.12  # 0.03, 0.01, 0.11: 9 in 10 mix


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_centered_weight_path_never_steps_into_the_opposite_quadrants(seed):
    assert lessons.get("zero_centered").view_at(2) == "weight_path"
    sigmoid = path_after(lesson_run(2, "A", seed))
    assert len(sigmoid.steps) == 201 and sigmoid.opposite_share() == 0.0
    tanh = path_after(lesson_run(2, "B", seed)).opposite_share()
    assert 0.12 <= tanh <= 0.95  # 0.92, 0.15, 0.34: "between about 15 % and 90 %"


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_centered_a_batch_of_32_mixes_some_signs(seed):
    lesson = lessons.get("zero_centered")
    assert lesson.steps[3].question.correct == 1  # "No: some steps now ..."
    assert config("zero_centered", "A", 4).batch_size == 32
    opposite = path_after(lesson_run(4, "A", seed)).opposite_share()
    assert 0.04 <= opposite <= 0.3  # 0.26, 0.13, 0.06: "between about 5 % and 25 %"
    mixed = 1 - one_sign_units(lesson_run(4, "A", seed))
    assert 0.1 <= mixed <= 0.3  # 0.13, 0.22, 0.18: "about 1 unit in 5"


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_zero_centered_relu_never_opposite_and_often_still(seed):
    relu = config("zero_centered", "A", 5)
    assert (relu.activation, relu.init, relu.lr, relu.batch_size) == ("relu", "he_normal", 0.1, 1)
    path = path_after(lesson_run(5, "A", seed))
    assert path.opposite_share() == 0.0
    still = float(np.mean(path.kinds() == STILL))
    assert 0.33 <= still <= 0.62  # 0.54, 0.57, 0.36: "about 35-60 %"
