"""The activations lessons' texts, checked on real runs."""

import math
from itertools import pairwise

import numpy as np
from claims import column, config, mean_log10, ratios, recent, trained

from visualizer.core.report import train
from visualizer.core.trainer import Trainer


def test_dead_relu_kills_units_without_diverging():
    config_a = config("dead_relu")
    trainer = Trainer(config_a)
    trainer.record_now()
    before = [layer.dense.W.copy() for layer in trainer.network.layers]
    assert max(layer.dead_fraction for layer in trainer.probe()) < 0.3  # 0.2
    trainer.step()  # Adam's first step moves every weight by the learning rate
    for layer, weights in zip(trainer.network.layers, before, strict=True):
        moved = np.median(np.abs(layer.dense.W - weights))
        assert 0.9 * config_a.lr < moved <= 1.01 * config_a.lr
    train(config_a, 29, trainer=trainer)
    assert max(layer.dead_fraction for layer in trainer.probe()) > 0.9  # step 30: 0.98
    train(config_a, 270, trainer=trainer)
    assert trainer.status == "ok" and trainer.step_count == 300
    dead = [layer.dead_fraction for layer in trainer.probe()]  # 0.29, 1.0, 0.98, 0.98, 1.0
    assert max(dead) > 0.95 and np.mean(dead) > 0.7
    # the loss stalls at a blind guess among three classes: ln 3 = 1.10
    assert abs(recent(trainer, "train_loss", 100) - math.log(3)) < 0.15  # 1.11
    assert recent(trainer, "train_accuracy", 100) < 0.45  # 0.33
    sane, _ = train(config_a.replace(lr=0.001), 300)  # the usual Adam rate
    sane_dead = [layer.dead_fraction for layer in sane.probe()]  # 0, 0.1, 0.13, 0.26, 0.08
    assert max(sane_dead) < 0.4 and np.mean(sane_dead) < 0.25
    assert recent(sane, "train_loss", 100) < 0.1  # 0.02


def test_deep_sigmoid_vanishing_first_layers_barely_learn():
    trainer = Trainer(config("deep_sigmoid_vanishing"))
    layers = trainer.probe()
    assert len(layers) == 10
    grads = [layer.activation_grad_std for layer in layers]
    assert all(3 < ratio < 6 for ratio in ratios(grads))  # about four: 4.0 .. 4.8
    centres = [mean_log10(layer.grad_log_hist) for layer in layers]  # -9.9 .. -4.2
    assert all(later > earlier for earlier, later in pairwise(centres))
    assert centres[-1] - centres[0] > 4  # decades
    norms = [layer.weight_grad_norm for layer in layers]  # 4.6e-7 .. 0.34
    assert all(later > earlier for earlier, later in pairwise(norms))
    assert norms[0] < 1e-4 * norms[-1]
    before = [layer.dense.W.copy() for layer in trainer.network.layers]
    train(trainer.config, 100, trainer=trainer)
    moved = [
        np.linalg.norm(layer.dense.W - w) / np.linalg.norm(w)
        for layer, w in zip(trainer.network.layers, before, strict=True)
    ]
    assert moved[0] < 1e-3 * moved[-1]  # 1.3e-7 against 0.013
    assert moved[-1] > 1e-3


def test_step_cannot_learn_only_the_output_layer_learns():
    trainer = trained("step_cannot_learn", 300)
    layers = trainer.probe()
    assert all(layer.dead_fraction == 1 for layer in layers)  # slope 0 on every input
    assert all(layer.weight_grad_norm == 0 for layer in layers)
    loss = column(trainer, "train_loss")
    assert np.mean(loss[-50:]) < 0.6 * loss[0]  # 1.18 -> 0.3, by the output layer alone
    assert recent(trainer, "train_accuracy") > 0.75  # 0.88 (chance: 0.5)
