"""The normalization lessons' texts, checked on real runs."""

import math

import numpy as np
import pytest
from claims import (
    at_step,
    config,
    every_run,
    fresh,
    question,
    quiet,
    recent,
    stat,
    trained,
    window,
)

from visualizer.core.network import Taps
from visualizer.core.report import train
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_rescue_restores_the_activation_distribution_and_learns(seed):
    asked = question("batchnorm_rescue")
    assert asked.answer_texts()[asked.correct] == "Test accuracy above 85 %"
    a0 = fresh("batchnorm_rescue", seed=seed)
    assert stat(a0, "activation_std")[-1] < 1e-6  # collapsed: 1.7e-10
    b0 = Trainer(config("batchnorm_rescue", "B").replace(seed=seed))
    b0.probe()
    for z in b0.network.taps.pre_activations:  # normalized: mean 0, variance 1
        assert abs(z.mean()) < 1e-3 and 0.95 < z.std() < 1.05
    assert all(0.4 < std < 0.8 for std in stat(b0, "activation_std"))  # 0.57 .. 0.59
    a = trained("batchnorm_rescue", 100, seed=seed)
    b = trained("batchnorm_rescue", 100, "B", seed=seed)
    assert a.status == b.status == "ok"  # no NaN
    assert recent(a, "train_loss", 20) > 2.29  # 2.30
    assert recent(b, "train_loss", 20) < 0.6  # 0.1 .. 0.3
    assert recent(b, "test_accuracy", 20) > 0.85  # 0.97


@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_sigmoid_keeps_the_gradient_in_every_layer_and_learns(seed):
    plain = fresh("batchnorm_sigmoid", seed=seed)
    normed = fresh("batchnorm_sigmoid", "B", seed=seed)
    assert config("batchnorm_sigmoid") == config("deep_sigmoid_vanishing")
    # "several hundred thousand times smaller": weight 7.4e5, 6.9e5; activation 5.6e5, 4.3e5
    for key in ("weight_grad_norm", "activation_grad_std"):
        values = stat(plain, key)
        assert 2e5 < values[-1] / values[0] < 1e6
    norms = stat(normed, "weight_grad_norm")
    assert 0.3 < norms[0] / norms[-1] < 3  # 1.1: about the same size in every layer
    for z in normed.network.taps.pre_activations:  # mean 0, variance 1
        assert abs(z.mean()) < 1e-3 and 0.95 < z.std() < 1.05
    a, b = every_run("batchnorm_sigmoid", 200, seed=seed)
    assert abs(recent(a, "train_loss", 20) - math.log(10)) < 0.05  # 2.31
    assert recent(b, "train_loss", 20) < 0.2  # 0.15


def test_batchnorm_large_lr_trains_at_lr_1_and_beats_the_usual_rate():
    runs = every_run("batchnorm_large_lr", 200)
    assert [(run.config.lr, run.config.batch_norm) for run in runs] == [
        (1.0, False),
        (1.0, True),
        (0.1, False),
    ]
    plain, normed, usual = (recent(run, "train_loss", 20) for run in runs)
    assert runs[0].diverged or plain > 2.0  # 2.30: thrown off course
    assert normed < 0.01  # 0.002
    assert normed < usual / 5  # 0.059


def test_batchnorm_train_eval_running_averages_lag_early_and_agree_later():
    trainer = quiet(config("batchnorm_train_eval"))
    trainer.record_now()

    def spreads() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each layer's activation std with batch statistics and with running averages,
        and their mean absolute difference relative to the former, on the probe batch."""
        taps = {}
        for mode in ("probe", "eval"):
            recorder = Taps()
            trainer.network.forward(trainer.probe_x.copy(), mode, recorder)
            taps[mode] = recorder.activations
        batch = np.array([a.std() for a in taps["probe"]])
        running = np.array([a.std() for a in taps["eval"]])
        differ = [np.abs(a - b).mean() for a, b in zip(taps["probe"], taps["eval"], strict=True)]
        return batch, running, np.array(differ) / batch

    batch, running, _ = spreads()
    assert batch.min() > 0.4 and running.max() < 0.05  # 0.57 .. 0.59 against 0.025 .. 0
    train(trainer.config, 30, trainer=trainer)
    assert window(trainer, "train_accuracy", 20, 30) > 0.9  # 0.96
    assert at_step(trainer, "test_accuracy", 30) < 0.2  # 0.08: a blind guess
    assert spreads()[2].min() > 0.3  # the modes still differ: 0.46 .. 0.62
    assert all(layer.norm.momentum == 0.9 for layer in trainer.network.layers)  # r = 0.9 r + ..
    train(trainer.config, 70, trainer=trainer)
    assert at_step(trainer, "test_accuracy", 40) < 0.5  # 0.15: around step 50 ...
    assert at_step(trainer, "test_accuracy", 60) > 0.9  # 0.96: ... they have caught up
    assert spreads()[2].max() < 0.1  # the same activations: 0.02 .. 0.07
    asked = question("batchnorm_train_eval")
    assert asked.answer_texts()[asked.correct] == "Near 10 %, a blind guess"


def test_input_preprocessing_standardized_learns_fastest_and_centring_helps_a_little():
    raw, centred, standardized = every_run("input_preprocessing", 100)
    assert [run.config.preprocess for run in (raw, centred, standardized)] == [
        "none",
        "center",
        "standardize",
    ]
    x = raw.dataset.x_train
    assert x.min() == 0.0 and x.max() == 1.0 and 0.25 < x.mean() < 0.35  # 0.30
    a, b, c = (window(run, "train_loss", 90, 100) for run in (raw, centred, standardized))
    assert c < 0.7 * a  # 0.27 against 0.50
    assert c < b < a  # 0.46: a little better than the raw pixels

    def one_sign_share(run: str) -> float:
        """Share of first-layer units whose incoming weight gradients (from the inputs
        that are not 0) all have one sign, after one single-sample step."""
        trainer = Trainer(config("input_preprocessing", run).replace(batch_size=1))
        trainer.step()
        grads = trainer.network.dense_layers()[0].dW
        used = np.abs(grads).sum(axis=1) > 0  # the inputs of that sample that are not 0
        signs = np.sign(grads[used])
        return float(np.mean([len(set(col[col != 0])) <= 1 for col in signs.T]))

    assert one_sign_share("A") == 1.0  # every input positive: one sign per unit
    assert one_sign_share("B") < 0.05  # centred inputs carry both signs
