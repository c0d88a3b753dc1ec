"""The activations lessons' texts, checked on real runs."""

import math
from itertools import pairwise

import numpy as np
import pytest
from claims import (
    column,
    config,
    every_run,
    fresh,
    mean_log10,
    question,
    quiet,
    ratios,
    recent,
    run_of,
    stat,
    trained,
    window,
)

from visualizer.core import lessons
from visualizer.core.report import train

SEEDS = (0, 1, 2)
LOSS_STALLS = (1.05, 1.3)


@pytest.mark.parametrize("seed", SEEDS)
def test_dead_relu_kills_the_later_layers_and_layer_1_keeps_most_units(seed):
    asked = question("dead_relu")
    assert asked.answer_texts()[asked.correct] == "Layer 1"
    config_a = config("dead_relu").replace(seed=seed)
    trainer = quiet(config_a)
    trainer.record_now()
    before = [layer.dense.W.copy() for layer in trainer.network.layers]
    assert max(layer.dead_fraction for layer in trainer.probe()) < 0.3  # 0.2
    trainer.step()  # Adam's first step moves every weight by the learning rate
    for layer, weights in zip(trainer.network.layers, before, strict=True):
        moved = np.median(np.abs(layer.dense.W - weights))
        assert 0.9 * config_a.lr < moved <= 1.01 * config_a.lr
    train(config_a, 29, trainer=trainer)
    first_steps = column(run_of(config_a, 5), "train_loss")  # as the window's curve shows them
    jump = first_steps[2]  # "100 000 or more at step 2": 1.2e5, 1.1e5, 1.0e6
    assert 9e4 < jump < 2e6 and jump == first_steps.max()
    assert np.mean(stat(trainer, "dead_fraction")[1:]) > 0.5  # "within a few dozen steps"
    train(config_a, 270, trainer=trainer)
    assert trainer.status == "ok" and trainer.step_count == 300
    dead = [layer.dead_fraction for layer in trainer.probe()]  # 0.29, 1.0, 0.98, 0.97, 1.0
    assert all(0.84 <= fraction <= 1 for fraction in dead[1:])  # "84 to 100 %"
    assert 0.15 < dead[0] < 0.35  # layer 1 keeps "about three quarters": 0.23 .. 0.29
    # the loss stalls near a blind guess among three classes: ln 3 = 1.10
    assert LOSS_STALLS[0] < recent(trainer, "train_loss", 100) < LOSS_STALLS[1]  # 1.11, 1.25
    assert recent(trainer, "train_accuracy", 100) < 0.4  # 0.33


def test_dead_relu_at_the_usual_adam_rate_keeps_its_units_and_learns():
    sane = run_of(config("dead_relu").replace(lr=0.001), 300)  # the usual Adam rate
    sane_dead = [layer.dead_fraction for layer in sane.probe()]  # 0, 0.1, 0.13, 0.26, 0.08
    assert max(sane_dead) < 0.4 and np.mean(sane_dead) < 0.25
    assert recent(sane, "train_loss", 100) < 0.1  # 0.02


def test_deep_sigmoid_vanishing_first_layers_barely_learn():
    trainer = quiet(config("deep_sigmoid_vanishing"))
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


@pytest.mark.parametrize("seed", SEEDS)
def test_step_cannot_learn_only_the_output_layer_learns(seed):
    trainer = trained("step_cannot_learn", 300, seed=seed)
    layers = trainer.probe()
    assert all(layer.dead_fraction == 1 for layer in layers)  # slope 0 on every input
    assert all(layer.weight_grad_norm == 0 for layer in layers)
    loss = column(trainer, "train_loss")
    assert np.mean(loss[-50:]) < 0.6 * loss[0]  # 1.18 -> 0.3, by the output layer alone
    assert recent(trainer, "train_accuracy") > 0.75  # 0.88 (chance: 0.5)


def test_why_nonlinearity_linear_layers_draw_a_straight_line_and_one_relu_layer_bends():
    assert len(lessons.get("why_nonlinearity").configs(0)) == 1  # the question comes first
    linear, relu = every_run("why_nonlinearity", 500, step=1)
    assert (linear.config.depth, relu.config.depth) == (5, 1)
    # A's logits are an affine function of the input: its boundary is a straight line
    grid = np.stack(np.meshgrid(np.linspace(-3, 3, 25), np.linspace(-3, 3, 25)), -1)
    points = grid.reshape(-1, 2).astype(np.float32)
    logits = linear.network.forward(points, "eval").astype(np.float64)
    design = np.c_[points, np.ones(len(points))]
    fitted = design @ np.linalg.lstsq(design, logits, rcond=None)[0]
    assert np.abs(fitted - logits).max() < 1e-4 * np.abs(logits).max()
    assert recent(linear, "train_accuracy") < 0.65  # 0.54: a coin toss
    assert recent(relu, "train_accuracy") > 0.97  # 1.00
    assert relu.evaluate(relu.x_test, relu.y_test)[1] > 0.97  # 1.00
    asked = question("why_nonlinearity")
    assert asked.answer_texts()[asked.correct] == "Only a straight line"


@pytest.mark.parametrize("seed", SEEDS)
def test_activation_compare_sigmoid_stalls_tanh_leads_and_relu_catches_up_with_he(seed):
    runs = every_run("activation_compare", 300, seed=seed)
    assert [run.config.activation for run in runs] == ["sigmoid", "tanh", "relu", "leaky_relu"]
    assert len({(run.config.init, run.config.depth, run.config.lr) for run in runs}) == 1
    sigmoid, tanh, relu, leaky = (recent(run, "train_loss", 30) for run in runs)
    assert abs(sigmoid - math.log(10)) < 0.05  # 2.31: a blind guess among ten digits
    first = [
        fresh("activation_compare", run, seed=seed).last_stats[0].weight_grad_norm for run in "ABCD"
    ]
    assert all(first[0] < norm / 100 for norm in first[1:])  # 6.4e-4 against 0.11 .. 0.43
    grads = stat(fresh("activation_compare", seed=seed), "activation_grad_std")
    assert all(ratio > 2.5 for ratio in ratios(grads))  # shrinks 4.1 .. 4.5x per layer
    early = [window(run, "train_loss", 40, 50) for run in runs[1:]]  # 0.39, 1.82, 1.79
    assert early[0] < 0.6 and min(early[1:]) > 1.2  # "below 0.6", "still above 1.2"
    assert max(tanh, relu, leaky) < 0.15  # 0.076, 0.099, 0.100
    assert abs(relu - leaky) < 0.1 * relu  # the 0.01 slope hardly changes the curve
    assert config("activation_compare", "B", step=1) == runs[1].config.replace(seed=0)
    relu_he, leaky_he = (trained("activation_compare", 300, run, 1, seed=seed) for run in "CD")
    assert (relu_he.config.init, leaky_he.config.init) == ("he_normal", "he_normal")
    for he, early_xavier in zip((relu_he, leaky_he), early[1:], strict=True):
        early_he = window(he, "train_loss", 40, 50)  # 0.59, 0.71 at seed 0
        assert 0.2 < early_he / early_xavier < 0.5  # "about a third" of Xavier's at step 50
        assert early_he - early[0] < 0.3 * (early_xavier - early[0])  # most of the gap closed
        assert recent(he, "train_loss", 30) < 0.15


def test_dying_relu_variants_relu_units_die_and_the_variants_keep_theirs():
    runs = [trained("dying_relu_variants", 100, run) for run in "ABCD"]
    below = []
    for run in runs:  # units whose input is negative for every probe sample at step 100
        run.probe()
        below.append([np.all(z <= 0, axis=0) for z in run.network.taps.pre_activations])
        train(run.config, 200, trainer=run)
    dead = [np.mean(stat(run, "dead_fraction")) for run in runs]  # probes at step 300
    assert 0.3 < dead[0] < 0.55  # ReLU: 0.40, "about 40 %"
    assert dead[1:] == [0, 0, 0]
    assert all(run.status == "ok" and recent(run, "train_loss") < 0.6 for run in runs)
    leaky = runs[1]  # pushed below 0 at step 100, yet some of them are back at step 300
    leaky.probe()
    back = [
        was & ~np.all(z <= 0, axis=0)
        for was, z in zip(below[1], leaky.network.taps.pre_activations, strict=True)
    ]
    assert sum(map(np.sum, below[1])) > 50 and sum(map(np.sum, back)) > 10  # 142 and 53
    slopes = np.concatenate([layer.activation.slopes for layer in runs[3].network.layers])
    assert np.std(slopes) > 0.01 and not np.allclose(slopes, 0.25)  # PReLU learned them


def test_maxout_costs_k_times_the_weights_and_beats_relu_of_the_same_width():
    runs = every_run("maxout", 600)
    counts = [sum(p.size for p in run.network.params()) for run in runs]
    assert counts == [123, 219, 411]
    for run, k in zip(runs[1:], (2, 4), strict=True):
        assert [layer.dense.W.shape[1] for layer in run.network.layers] == [8 * k, 8 * k]
        run.network.forward(run.probe_x.copy(), "eval")  # each unit uses several pieces
        winners = run.network.layers[0].activation._winner
        shares = np.stack([np.mean(winners == piece, axis=0) for piece in range(k)])
        assert np.all((shares >= 0.05).sum(axis=0) >= 2)
    relu, two, four = (recent(run, "train_loss") for run in runs)  # 0.045, 0.021, 0.018
    assert two < 0.75 * relu and four < 0.75 * relu
    assert four > 0.6 * two  # k = 4 gains little over k = 2
