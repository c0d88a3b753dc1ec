"""Claims of the pca_whitening, init_bias_relu and batchnorm_details lessons, checked on
real runs at seeds 0, 1 and 2 (tests/claims.py builds every run from the lesson's own
configurations)."""

from __future__ import annotations

from itertools import pairwise

import numpy as np
import pytest
from claims import column, config, run_of, window

from visualizer.core import lessons
from visualizer.core.datasets import raw_data
from visualizer.core.preprocessing import principal_axes
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


def runs_at(name: str, step: int, steps: int, seed: int) -> list[Trainer]:
    """Every run of lesson `name` at its step `step`, at `seed`, trained `steps` steps."""
    return [run_of(c.replace(seed=seed), steps) for c in lessons.get(name).configs(step)]


# pca_whitening ---------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_pca_whitening_whitened_learns_fastest_and_raw_slowest(seed):
    lesson = lessons.get("pca_whitening")
    assert [c.preprocess for c in lesson.configs(0)] == ["none", "center", "pca", "whiten"]
    assert lesson.view_at(0) == "input_cloud" and lesson.view_at(1) == "curves"
    assert lesson.steps[1].question.correct == 3
    raw, centred, rotated, whitened = runs_at("pca_whitening", 2, 200, seed)
    early = [window(run, "train_loss", 40, 60) for run in (raw, centred, rotated, whitened)]
    assert 0.12 <= early[3] <= 0.22  # 0.165, 0.147, 0.197: "about 0.15 to 0.2"
    assert 0.55 <= early[0] <= 0.7  # 0.648, 0.589, 0.607: "about 0.6"
    assert early[3] < early[0] / 3  # "under a third of A's"
    for start in range(20, 200, 20):  # "A stays the slowest throughout"
        losses = [window(run, "train_loss", start, start + 20) for run in (raw, centred, rotated)]
        assert losses[0] == max(losses)


def test_pca_whitening_the_narrow_direction_is_five_times_narrower():
    x = raw_data(config("pca_whitening")).x_train
    _mean, values, _axes = principal_axes(x)
    assert 4.5 <= np.sqrt(values[0] / values[1]) <= 6  # 0.8 / 0.15 = 5.3: "5 times less"


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_pca_whitening_digits_fit_faster_but_test_no_better(seed):
    lesson = lessons.get("pca_whitening")
    assert lesson.steps[3].question.correct == 1
    assert [c.preprocess for c in lesson.configs(4)] == ["center", "whiten"]
    centred, whitened = runs_at("pca_whitening", 4, 300, seed)
    loss_a = window(centred, "train_loss", 280, 300)
    loss_b = window(whitened, "train_loss", 280, 300)
    assert 0.08 <= loss_b <= 0.12 and 0.16 <= loss_a <= 0.2  # 0.10, 0.10, 0.10 and 0.17-0.19
    test_a = column(centred, "test_accuracy")[-1]
    test_b = column(whitened, "test_accuracy")[-1]
    assert -0.04 <= test_b - test_a <= 0.02  # +0.008, -0.033, +0.014: "-3 to +1.5 points"
    gap_a = window(centred, "train_accuracy", 280, 300) - test_a
    gap_b = window(whitened, "train_accuracy", 280, 300) - test_b
    assert gap_b > gap_a  # "the gap between training and test grows"


@pytest.mark.parametrize("seed", SEEDS)
def test_pca_whitening_the_weakest_half_of_the_digits_axes_holds_about_3_percent(seed):
    x = raw_data(config("pca_whitening", step=4).replace(seed=seed)).x_train
    _mean, values, _axes = principal_axes(x)
    assert len(values) == 64
    assert 0.025 <= values[32:].sum() / values.sum() <= 0.04  # 0.033 at seeds 0, 1, 2


# relu_bias_init --------------------------------------------------------------------------
def dead_at_init(cfg) -> list[float]:
    trainer = Trainer(cfg)
    trainer.record_now()
    return [layer.dead_fraction for layer in trainer.probe()]


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_bias_init_a_small_bias_hardly_changes_the_dead_fraction_at_init(seed):
    lesson = lessons.get("relu_bias_init")
    assert lesson.steps[0].question.correct == 1 and lesson.view_at(0) == "layer_stats"
    he, he_bias, small, small_bias = (dead_at_init(c.replace(seed=seed)) for c in lesson.configs(0))
    assert [c.bias_init for c in lesson.configs(0)] == [0.0, 0.01, 0.0, 0.01]
    assert 0.09 <= np.mean(he) <= 0.14  # 0.108, 0.120, 0.108: "about 1 unit in 10"
    assert he[0] == 0.0 and 0.15 <= max(he) <= 0.25  # 0.20, 0.22, 0.20: "up to 1 in 5"
    assert 0.0 <= np.mean(he) - np.mean(he_bias) <= 0.035  # 0.012, 0.028, 0.006: "3 points"
    assert small == he  # "exactly A's dead units"
    assert max(small_bias) == 0.0  # "every unit fires"


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_relu_bias_init_he_learns_with_either_bias_and_std_001_with_neither(seed):
    lesson = lessons.get("relu_bias_init")
    assert lesson.steps[2].question.correct == 1 and lesson.view_at(2) == "curves"
    he, he_bias, small, small_bias = runs_at("relu_bias_init", 2, 300, seed)
    for run in (he, he_bias):
        assert window(run, "train_loss", 280, 300) < 0.05  # 0.025 .. 0.031
    for run in (small, small_bias):
        assert abs(window(run, "train_loss", 280, 300) - np.log(3)) < 0.01  # 1.097, 1.098
    small_bias.probe()
    norm = small_bias.last_stats[0].weight_grad_norm
    assert 1e-6 <= norm <= 5e-6  # 2.2e-6, 2.7e-6, 2.7e-6: "a few times 1e-6"


# batchnorm_details -----------------------------------------------------------------------
@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_details_after_the_sigmoid_the_next_layers_saturate(seed):
    lesson = lessons.get("batchnorm_details")
    assert lesson.steps[0].question.correct == 1 and lesson.view_at(1) == "layer_stats"
    before, after = (c.replace(seed=seed) for c in lesson.configs(1))
    assert (before.batch_norm_position, after.batch_norm_position) == ("before", "after")
    probed = []
    for cfg in (before, after):
        trainer = Trainer(cfg)
        trainer.record_now()
        probed.append(trainer.probe())
    assert max(layer.saturated_fraction for layer in probed[0]) < 0.001  # "almost none"
    saturated = [layer.saturated_fraction for layer in probed[1]]
    assert saturated[0] < 0.05  # 0.011: "layer 1 saturates little"
    assert all(0.55 <= share <= 0.78 for share in saturated[1:])  # 0.60 .. 0.73: "60 to 75 %"
    stds = [layer.pre_activation_std for layer in probed[1][1:]]
    assert all(7 <= std <= 13 for std in stds)  # "a std of about 10"
    assert all(abs(layer.pre_activation_std - 1) < 0.01 for layer in probed[0])


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_details_gamma_and_beta_stay_near_their_start_and_spread(seed):
    lesson = lessons.get("batchnorm_details")
    assert lesson.view_at(3) == "batch_norm"
    trainer = run_of(lesson.configs(3)[0].replace(seed=seed), 300)
    stats = trainer.probe()
    assert all(abs(layer.gamma_mean - 1) <= 0.02 for layer in stats)  # 1.000 .. 1.017
    assert all(abs(layer.beta_mean) <= 0.02 for layer in stats)  # -0.013 .. 0.005
    spreads = [layer.gamma_std for layer in stats]
    assert 0.12 <= spreads[0] <= 0.18 and 0.03 <= spreads[-1] <= 0.055  # 0.15, 0.04
    assert all(later < earlier for earlier, later in pairwise(spreads))


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_details_dropout_shrinks_z_in_evaluation_mode(seed):
    lesson = lessons.get("batchnorm_details")
    assert lesson.steps[4].question.correct == 1 and lesson.view_at(4) == "activations"
    assert [c.dropout for c in lesson.configs(4)] == [0.5, 0.0]
    dropped, plain = runs_at("batchnorm_details", 4, 300, seed)
    shrunk = [layer.pre_activation_std for layer in dropped.eval_probe()]
    assert 0.7 <= shrunk[1] <= 0.8  # 0.735, 0.747, 0.75: "about 0.75 in layer 2"
    assert 0.45 <= shrunk[4] <= 0.55  # 0.489, 0.495, 0.476: "about 0.5"
    assert all(later < earlier for earlier, later in pairwise(shrunk[1:]))
    kept = [layer.pre_activation_std for layer in plain.eval_probe()]
    assert all(abs(std - 1) <= 0.03 for std in kept)  # 0.98 .. 1.005: "within a few %"
    trained = [layer.pre_activation_std for layer in dropped.probe()]
    assert all(abs(std - 1) <= 0.02 for std in trained)  # batch statistics: 1


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_details_after_learns_slower_first_then_catches_up_saturated(seed):
    lesson = lessons.get("batchnorm_details")
    assert lesson.view_at(2) == "curves"
    before, after = runs_at("batchnorm_details", 2, 300, seed)
    early = [window(run, "train_loss", 50, 100) for run in (before, after)]
    assert 0.11 <= early[0] <= 0.18 and 0.15 <= early[1] <= 0.36  # 0.16, 0.15, 0.13 / 0.21,
    # 0.33, 0.17: "about 0.13 to 0.16, B's 0.17 to 0.33"
    assert early[0] < early[1]
    for run in (before, after):
        assert window(run, "train_loss", 280, 300) < 0.12  # 0.07, 0.10 / 0.04, 0.10
    saturated = [layer.saturated_fraction for layer in after.probe()[1:]]
    assert all(0.65 <= share <= 0.85 for share in saturated)  # 0.74 .. 0.81: "about 3 in 4"
