"""Claims of the batch_size, lr_decay, adam_bias_correction, regression_outliers and
binary_cross_entropy lessons, checked on real runs at seeds 0, 1 and 2 (tests/claims.py
builds every run from the lesson's own configurations)."""

from __future__ import annotations

import numpy as np
import pytest
from claims import column, config, noise, question, run_of, window

from visualizer.core import lessons
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


def run(name: str, letter: str, steps: int, seed: int, step: int = 0) -> Trainer:
    """Run `letter` of lesson `name` at `step`, at `seed`, trained `steps` steps."""
    return run_of(config(name, letter, step).replace(seed=seed), steps)


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
    assert min(b, c) >= 0.22 and max(b, c) <= 0.265 and abs(b - c) < 0.01
    assert 0.265 <= a <= 0.40
    # per epoch
    a, b, c = (at_x(t, "epoch", 1) for t in (stochastic, mini, full))
    assert 0.165 <= a <= 0.245 and 0.285 <= b <= 0.325 and 0.415 <= c <= 0.485
    a, c = at_x(stochastic, "epoch", 2), at_x(full, "epoch", 2)
    assert a <= 0.10 and c > 0.35
    # the epoch column counts passes over the data: 320 samples per epoch
    assert at_x(stochastic, "epoch", 1, "step") == 320 and at_x(full, "epoch", 1, "step") == 1
    assert at_x(mini, "epoch", 1, "samples") == 320


# lr_decay ----------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_lr_decay_settles_lower_than_a_constant_rate(seed):
    assert question("lr_decay").correct == 1  # B and C
    constant, stepped, cosine = (run("lr_decay", letter, 600, seed) for letter in "ABC")
    rates = [column(t, "lr") for t in (constant, stepped, cosine)]
    steps = column(constant, "step")
    assert np.all(rates[0] == 0.5)
    # B: 0.5, then 0.05 from step 200, then 0.005 from step 400 (the rate of each update)
    np.testing.assert_allclose(rates[1], 0.5 * 0.1 ** (np.maximum(steps - 1, 0) // 200))
    assert rates[2][-1] == pytest.approx(0.005, rel=1e-3) and np.all(np.diff(rates[2]) <= 0)
    losses = [window(t, "train_loss", 500, 600) for t in (constant, stepped, cosine)]
    assert 0.395 <= losses[0] <= 0.585  # 0.58, 0.40, 0.46
    assert 0.025 <= losses[1] <= 0.07  # 0.049, 0.031, 0.068
    assert 0.015 <= losses[2] <= 0.035  # 0.031, 0.018, 0.023
    assert noise_after(constant, 500) > 10 * noise_after(stepped, 500)  # A still jumps: about 30x
    accuracies = [window(t, "test_accuracy", 500, 600) for t in (constant, stepped, cosine)]
    assert 0.815 <= accuracies[0] <= 0.915  # 0.82, 0.91, 0.88
    assert all(0.965 <= accuracy <= 0.995 for accuracy in accuracies[1:])
    # B's loss drops below A's as soon as its rate falls at step 200 (0.10 against 0.14,
    # 0.06 against 0.34, 0.26 against 0.38 over steps 210 to 260)
    assert window(stepped, "train_loss", 210, 260) < window(constant, "train_loss", 210, 260)
    assert window(stepped, "train_loss", 210, 260) < 0.75 * window(stepped, "train_loss", 150, 200)


def noise_after(trainer: Trainer, step: int) -> float:
    """The std of the loss curve's step-to-step differences after `step`."""
    chosen = column(trainer, "step") > step
    return float(np.std(np.diff(column(trainer, "train_loss")[chosen])))


# adam_bias_correction ----------------------------------------------------------------
def bias_factor(t: int, beta1: float = 0.9, beta2: float = 0.999) -> float:
    """Uncorrected over corrected step: (1 - beta1^t) / sqrt(1 - beta2^t)."""
    return (1 - beta1**t) / np.sqrt(1 - beta2**t)


def test_adam_bias_correction_factor_as_the_lesson_states():
    factors = [bias_factor(t) for t in range(1, 3000)]
    assert factors[0] == pytest.approx(3.16, abs=0.005)
    assert int(np.argmax(factors)) + 1 == 12 and max(factors) == pytest.approx(6.6, abs=0.05)
    assert factors[99] == pytest.approx(3.2, abs=0.05)


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_adam_without_bias_correction_takes_larger_first_steps(seed):
    assert question("adam_bias_correction").correct == 2  # larger
    first = []
    for letter in "AB":
        trainer = Trainer(config("adam_bias_correction", letter).replace(seed=seed))
        trainer.start()
        before = [w.copy() for w in trainer.network.params()]
        trainer.step()
        first.append(
            np.sqrt(
                sum(
                    float(np.sum((w - b) ** 2))
                    for w, b in zip(trainer.network.params(), before, strict=True)
                )
            )
        )
    assert first[1] / first[0] == pytest.approx(3.16, rel=0.01)
    corrected, uncorrected = (run("adam_bias_correction", letter, 300, seed) for letter in "AB")
    assert (corrected.config.bias_correction, uncorrected.config.bias_correction) == (True, False)
    early = [column(t, "train_loss")[:6] for t in (corrected, uncorrected)]  # steps 0..5
    assert early[0].max() < 3  # 2.1, 2.5, 2.4
    assert 7 <= early[1].max() <= 22  # 21.4, 7.1, 16.0
    for trainer in (corrected, uncorrected):
        assert window(trainer, "test_accuracy", 250, 300) >= 0.95


# regression_outliers -----------------------------------------------------------------
def offset(trainer: Trainer) -> float:
    """Mean of (prediction - sin(x)) over the test inputs: how far the fit lies above the
    true curve."""
    x = trainer.x_test
    return float(np.mean(trainer.predict(x)[:, 0] - np.sin(x[:, 0])))


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_regression_outliers_pull_mse_and_barely_move_mae(seed):
    assert question("regression_outliers").correct == 0  # MSE
    lesson = lessons.get("regression_outliers")
    assert lesson.view_at(2) == "decision" and lesson.configs(2) == lesson.configs(0)
    mse, mse_out, mae, mae_out = (
        run("regression_outliers", letter, 1000, seed) for letter in "ABCD"
    )
    assert [(t.config.loss, t.config.outliers) for t in (mse, mse_out, mae, mae_out)] == [
        ("mse", 0.0),
        ("mse", 0.1),
        ("mae", 0.0),
        ("mae", 0.1),
    ]
    shifted = column(mse_out, "test_loss")  # the test targets stay clean
    assert len(shifted) and mse_out.dataset.y_test.max() < 2
    assert np.sum(mse_out.y_train > 2.5) == round(0.1 * len(mse_out.y_train))
    test = [window(t, "test_loss", 900, 1000) for t in (mse, mse_out, mae, mae_out)]
    assert 13 <= test[1] / test[0] <= 24  # 13.2, 15.5, 23.5
    assert 0.19 <= test[1] <= 0.25 and 0.0105 <= test[0] <= 0.015
    assert abs(test[3] / test[2] - 1) <= 0.12  # 0.94, 1.11, 1.10
    assert 0.3 <= offset(mse_out) <= 0.45  # 0.44, 0.31, 0.34: the mean, pulled up by 0.4
    assert abs(offset(mae_out)) <= 0.02  # 0.014, 0.010, 0.013: the median


# binary_cross_entropy ----------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_binary_cross_entropy_one_sigmoid_unit_learns_as_well_as_softmax(seed):
    lesson = lessons.get("binary_cross_entropy")
    assert question("binary_cross_entropy").correct == 1 and lesson.view_at(1) == "decision"
    softmax, sigmoid = (run("binary_cross_entropy", letter, 300, seed) for letter in "AB")
    assert sigmoid.config.loss == "binary_cross_entropy"
    assert softmax.network.dense_layers()[-1].W.shape[1] == 2
    assert sigmoid.network.dense_layers()[-1].W.shape[1] == 1
    for trainer in (softmax, sigmoid):
        assert window(trainer, "test_accuracy", 250, 300) >= 0.98
    ratio = window(sigmoid, "train_loss", 250, 300) / window(softmax, "train_loss", 250, 300)
    assert 1.5 <= ratio <= 2.5
