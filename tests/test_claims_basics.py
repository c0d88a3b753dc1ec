"""The basics lessons' texts (loss, learning rate, batch size), checked on real runs."""

import math

import numpy as np
import pytest
from claims import at_step, column, config, every_run, fresh, noise, question, recent

SEEDS = (0, 1, 2)


def passes(trainer, name: str, level: float) -> int:
    """The first step where a history column, averaged over the 11 points around it, reaches
    `level` (the curves are minibatch values)."""
    values, steps = column(trainer, name), column(trainer, "step")
    smooth = np.convolve(values, np.ones(11) / 11, mode="same")
    return int(steps[np.argmax(smooth[5:-5] >= level) + 5])


@pytest.mark.parametrize("seed", SEEDS)
def test_loss_functions_cross_entropy_aims_at_the_right_class_and_starts_faster(seed):
    assert (config("loss_functions").loss, config("loss_functions", "B").loss) == (
        "cross_entropy",
        "mse",
    )
    shares = []
    for run in "AB":  # the gradient on the outputs of the untrained network
        trainer = fresh("loss_functions", run, seed=seed)
        outputs = trainer.network.forward(trainer.probe_x.copy(), "probe")
        trainer.loss.forward(outputs, trainer.probe_y)
        grad = trainer.loss.backward()
        right = grad[np.arange(len(grad)), trainer.probe_y]
        shares.append(float((right**2).sum() / (grad**2).sum()))
    assert shares[0] > 0.75  # 0.85: "about 85 %"
    assert shares[1] < 0.35  # 0.25: "about three quarters" on the nine wrong outputs
    ce, mse = every_run("loss_functions", 300, seed=seed)
    fast, slow = passes(ce, "train_accuracy", 0.8), passes(mse, "train_accuracy", 0.8)
    assert 30 <= fast <= 55  # "within about 40 steps": 40, ..
    assert 2.4 < slow / fast < 3.6  # "about three times as many": 116 / 40
    final_ce, final_mse = recent(ce, "train_accuracy", 20), recent(mse, "train_accuracy", 20)
    assert final_ce > 0.94 and 0.85 < final_mse < final_ce - 0.03  # 0.97 and 0.90


def test_learning_rate_too_small_right_too_large_and_diverging():
    runs = every_run("learning_rate", 200, step=1)
    assert [run.config.lr for run in runs] == [0.001, 0.1, 0.8, 3.0]
    small, right, large, huge = runs
    start = column(right, "train_loss")[0]  # the same network: 2.52
    assert all(column(run, "train_loss")[0] == start for run in runs)
    # A barely moves: 2.52 -> 2.16
    assert start - recent(small, "train_loss", 20) < 0.5
    assert recent(right, "train_loss", 20) < 0.3  # B falls smoothly: 0.14
    assert np.nanmax(column(large, "train_loss")[:20]) > start  # C rises above its start: 2.7
    assert noise(large) > 3 * noise(right)  # C jumps up and down: 0.47 against 0.11
    assert recent(large, "train_loss", 20) > 3 * recent(right, "train_loss", 20)  # 0.86
    assert huge.status == "diverged" and huge.diverged_at <= 15  # D: step 8
    # the question's answer: B has the lowest loss after 200 steps
    asked = question("learning_rate")
    finals = [recent(run, "train_loss", 20) if run.status == "ok" else math.inf for run in runs]
    assert int(np.argmin(finals)) == asked.correct


def test_batch_size_smaller_batches_are_noisier_and_learn_more_per_epoch():
    stochastic, mini, full = every_run("batch_size", 400)
    assert len(full.x_train) == full.config.batch_size == 320  # "all 320 training samples"
    assert noise(stochastic) > 1.5 * noise(mini) > 3 * noise(full)  # 0.16, 0.077, 0.012
    # per step the full batch learns the most (0.026 against 0.028 and 0.16)
    assert recent(full, "train_loss", 5) <= recent(mini, "train_loss", 5)
    assert recent(full, "train_loss", 5) < 0.5 * recent(stochastic, "train_loss", 5)
    assert (stochastic.epoch, mini.epoch, full.epoch) == (1, 40, 400)  # epochs in 400 steps
    # after one epoch: 320 updates against one
    assert at_step(stochastic, "train_loss", 320) < 0.5 * at_step(full, "train_loss", 1)
