"""The regularization lessons' texts, checked on real runs."""

import numpy as np
import pytest
from claims import at_step, every_run, question, recent, trained

from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


def boundary_length(trainer: Trainer, points: int = 60) -> int:
    """Neighbouring cells of a grid over the data whose predicted classes differ."""
    grid = np.linspace(-3, 3, points)
    xx, yy = np.meshgrid(grid, grid)
    classes = trainer.predict(np.c_[xx.ravel(), yy.ravel()]).argmax(axis=1)
    classes = classes.reshape(points, points)
    return int((classes[1:] != classes[:-1]).sum() + (classes[:, 1:] != classes[:, :-1]).sum())


@pytest.mark.parametrize("seed", SEEDS)
def test_overfitting_memorizes_and_regularization_closes_the_gap(seed):
    asked = question("overfitting")
    assert asked.answer_texts()[asked.correct] == "About 80 %"
    a, b = trained("overfitting", 300, seed=seed), trained("overfitting", 300, "B", seed=seed)
    assert len(a.x_train) == 100 and a.dataset.name == "moons"  # "only 100 noisy points"
    train_a, test_a = recent(a, "train_accuracy"), recent(a, "test_accuracy")
    train_b, test_b = recent(b, "train_accuracy"), recent(b, "test_accuracy")
    assert train_a > 0.97 and a.evaluate(a.x_train, a.y_train)[1] > 0.97  # 1.0 and 1.0
    assert 0.7 < test_a < 0.87  # 0.80
    assert train_a - test_a > 0.12  # the gap: 0.20
    assert train_b < train_a - 0.08  # 0.84
    assert train_b - test_b < 0.06  # 0.00
    # bends around points: 385 against 108 (seeds 1, 2: 194 against 106, 198 against 119)
    assert boundary_length(a) > 1.5 * boundary_length(b)


def test_regularizers_compare_dropout_and_weight_decay_close_the_gap_and_batch_norm_does_not():
    runs = every_run("regularizers_compare", 300)
    assert len(runs[0].x_train) == 100  # the overfitting lesson's 100 noisy points
    gaps = [recent(run, "train_accuracy") - recent(run, "test_accuracy") for run in runs]
    plain, dropout, decay, normed = gaps  # 0.20, 0.01, 0.03, 0.21
    assert (
        recent(runs[0], "train_accuracy") > 0.97 and 0.7 < recent(runs[0], "test_accuracy") < 0.87
    )
    assert dropout < 0.05 and decay < 0.05  # "here to a few points" (seeds 1, 2: .02-.12)
    assert dropout < plain / 2 and decay < plain / 2
    assert normed > plain - 0.05  # batch norm: as large as without regularization


def test_sanity_check_overfit_memorizes_40_images_but_does_not_generalize():
    trainer = trained("sanity_check_overfit", 300)
    assert (len(trainer.x_train), len(trainer.x_test)) == (40, 360)
    assert at_step(trainer, "train_loss", 0) > 2  # 2.59
    assert at_step(trainer, "train_loss", 99) < 0.05  # 0.02
    assert recent(trainer, "train_accuracy", 10) == 1.0
    assert 0.6 < recent(trainer, "test_accuracy", 10) < 0.85  # 0.68
