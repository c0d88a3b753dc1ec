"""Claims of the relu_variants, xor_nonlinearity, constant_init and bias_shift lessons,
checked on real runs at seeds 0, 1 and 2 (tests/claims.py builds every run from the
lesson's own configurations). Each comment gives the values measured at seeds 0, 1, 2."""

from __future__ import annotations

import math

import numpy as np
import pytest
from claims import config, ratios, recent, run_of, stat

from visualizer.core import activations, lessons
from visualizer.core.network import Taps
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)


def at_start(name: str, run: str, step: int, seed: int) -> Trainer:
    """The run's freshly initialized network, probed: what the window shows at step 0."""
    trainer = Trainer(config(name, run, step).replace(seed=seed))
    trainer.probe()
    return trainer


def after(name: str, run: str, step: int, seed: int, steps: int) -> Trainer:
    """The run after `steps` training steps, probed."""
    trainer = run_of(config(name, run, step).replace(seed=seed), steps)
    trainer.probe()
    return trainer


def answer(name: str, step: int) -> str:
    asked = lessons.get(name).steps[step].question
    return asked.answer_texts()[asked.correct]


def unit_spreads(trainer: Trainer) -> tuple[list[float], list[float]]:
    """Per hidden layer of the last probe: the spread of the units' mean z over the units
    (their fixed shifts), and a unit's z's std over the samples (averaged over units)."""
    zs = trainer.network.taps.pre_activations
    return [float(np.std(z.mean(axis=0))) for z in zs], [float(np.mean(z.std(axis=0))) for z in zs]


# relu_variants ---------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_relu_variants_elu_has_the_mean_output_closest_to_0(seed):
    runs = lessons.get("relu_variants").configs(0)
    assert [(run.activation, run.activation_alpha) for run in runs] == [
        ("relu", None),
        ("leaky_relu", 0.01),
        ("leaky_relu", 0.2),
        ("elu", 1.0),
    ]
    assert answer("relu_variants", 0) == "D: ELU"
    relu, leaky, leaky_02, elu = (
        np.array(stat(at_start("relu_variants", run, 0, seed), "activation_mean")) for run in "ABCD"
    )
    assert np.all((elu >= 0.165) & (elu < 0.295))  # 0.17-0.29
    assert np.all((relu >= 0.265) & (relu < 0.425))  # 0.27-0.42
    assert np.all(np.abs(relu - leaky) < 0.01)  # "their lines lie on top of each other"
    assert np.all((leaky_02 >= 0.225) & (leaky_02 < 0.355))  # 0.23-0.35
    assert np.all(elu < relu) and np.all(leaky_02 < relu)  # below ReLU's in every layer
    assert elu.mean() < leaky_02.mean() - 0.05  # closest to 0 (in one layer at seed 2 a tie)
    assert 0.4 <= elu[0] / relu[0] <= 0.55  # layer 1: 0.46, 0.45, 0.45 "about half"


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_relu_variants_elu_learns_fastest_and_only_relu_loses_units(seed):
    runs = [after("relu_variants", run, 0, seed, 300) for run in "ABCD"]
    relu, leaky, leaky_02, elu = (recent(run, "train_loss", 30) for run in runs)
    assert 0.0125 <= elu < 0.0175  # 0.017, 0.013, 0.014
    others = (relu, leaky, leaky_02)
    assert all(0.035 <= loss < 0.115 for loss in others)  # 0.037-0.107 "0.037-0.11"
    assert min(others) > 2 * elu  # ELU falls fastest
    assert abs(leaky - leaky_02) <= 0.25 * max(leaky, leaky_02)  # "about equally well"
    dead = max(stat(runs[0], "dead_fraction"))
    assert 0.025 <= dead < 0.165  # 0.16, 0.12, 0.11 "3-16 %"
    assert all(layer.dead_fraction == 0 for run in runs[1:] for layer in run.last_stats)


def test_relu_variants_rrelu_draws_its_slope_while_training_and_uses_the_mean_evaluating():
    rrelu = config("relu_variants", "C", 3)
    assert (rrelu.activation, rrelu.activation_alpha) == ("rrelu", 1 / 3)
    assert config("relu_variants", "B", 3).activation_alpha == 0.2
    unit = activations.create("rrelu", None, 1)
    negative = -np.ones((2000, 1))
    slopes = -unit.forward(negative.copy())
    assert 0.125 <= slopes.min() < 0.13 and 0.33 < slopes.max() <= 1 / 3  # U(3/8 a, a)
    assert abs(slopes.mean() - 11 / 48) < 0.005  # the mean slope
    unit.training = False
    np.testing.assert_allclose(-unit.forward(negative.copy()), 11 / 48)  # 0.229
    assert len(np.unique(-unit.forward(negative.copy()))) == 1


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_relu_variants_rrelu_ends_close_to_leaky_and_its_modes_agree(seed):
    leaky = recent(after("relu_variants", "B", 3, seed, 300), "train_loss", 30)
    trainer = after("relu_variants", "C", 3, seed, 300)
    rrelu = recent(trainer, "train_loss", 30)
    assert 0.045 <= rrelu < 0.075  # 0.073, 0.052, 0.048
    assert 0.035 <= leaky < 0.115  # 0.107, 0.045, 0.037
    means = {}
    for mode in ("train", "eval"):  # the same samples in both modes
        taps = Taps()
        trainer.network.forward(trainer.probe_x.copy(), mode, taps)
        means[mode] = np.array([a.mean() for a in taps.activations])
    assert np.abs(means["train"] - means["eval"]).max() < 0.003  # 0.0014, 0.0021, 0.0019
    assert not np.array_equal(means["train"], means["eval"])  # the slopes are random


# xor_nonlinearity ------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_xor_nonlinearity_only_the_tanh_network_learns_xor(seed):
    runs = lessons.get("xor_nonlinearity").configs(1)
    assert [(run.activation, run.depth, run.width) for run in runs] == [
        ("linear", 1, 10),
        ("step", 1, 10),
        ("tanh", 1, 10),
    ]
    assert answer("xor_nonlinearity", 0) == "Only C (tanh)"
    linear, step, tanh = (after("xor_nonlinearity", run, 1, seed, 300) for run in "ABC")
    assert 0.195 <= recent(tanh, "train_loss", 30) < 0.245  # 0.227, 0.201, 0.237
    assert 0.905 <= tanh.evaluate(tanh.x_test, tanh.y_test)[1] < 0.945  # 0.91, 0.94, 0.94
    assert abs(recent(linear, "train_loss", 30) - math.log(2)) < 0.01  # 0.689, 0.698, 0.695
    assert 0.675 <= recent(step, "train_loss", 30) < 0.695  # 0.683, 0.689, 0.690


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_xor_nonlinearity_the_step_layer_gets_no_gradient_and_its_features_are_half_planes(seed):
    step = after("xor_nonlinearity", "B", 1, seed, 300)
    assert stat(step, "weight_grad_norm") == [0.0]  # exactly 0: no point on a log scale
    hidden = step.network.layers[0].dense
    assert not hidden.b.any()  # the biases start at 0 and never move
    assert np.array_equal(
        hidden.W, at_start("xor_nonlinearity", "B", 2, seed).network.layers[0].dense.W
    )
    # features h(-x) = 1 - h(x): the logit difference d(x) + d(-x) is the same everywhere,
    # so no output layer can give x and -x (opposite quadrants) the same class
    points = np.random.default_rng(seed).uniform(-2, 2, (500, 2)).astype(np.float32)
    logits = [step.network.forward(x, "eval").astype(np.float64) for x in (points, -points)]
    sums = sum(out[:, 1] - out[:, 0] for out in logits)
    assert np.ptp(sums) < 1e-4 * np.abs(logits[0]).max()


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_xor_nonlinearity_two_step_layers_learn_part_of_xor_by_the_output_layer(seed):
    assert config("xor_nonlinearity", "B", 3).depth == 2
    step = after("xor_nonlinearity", "B", 3, seed, 300)
    assert stat(step, "weight_grad_norm") == [0.0, 0.0]
    assert 0.455 <= recent(step, "train_loss", 30) < 0.625  # 0.466, 0.456, 0.616
    assert 0.625 <= recent(step, "train_accuracy", 30) < 0.835  # 0.82, 0.82, 0.63
    tanh = after("xor_nonlinearity", "C", 3, seed, 300)
    assert recent(tanh, "train_loss", 30) < 0.5 * recent(step, "train_loss", 30)  # far behind


# constant_init ---------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_constant_init_every_unit_of_a_layer_stays_a_copy(seed):
    constant, xavier = lessons.get("constant_init").configs(0)
    assert (constant.init, constant.init_scale, xavier.init, xavier.init_scale) == (
        "constant",
        0.01,
        "glorot_normal",
        1.0,
    )
    assert answer("constant_init", 0).startswith("Still a single spike")
    start = at_start("constant_init", "A", 0, seed)
    assert all(np.all(np.float32(0.01) == dense.W) for dense in start.network.dense_layers())
    trainer = after("constant_init", "A", 1, seed, 300)
    dense = trainer.network.dense_layers()
    assert not np.all(np.float32(0.01) == dense[1].W)  # the weights have moved
    assert all(layer.weight_std < 3e-9 for layer in trainer.last_stats[1:])  # 0 .. 1.2e-9
    assert len(np.unique(dense[0].W)) == 2  # layer 1: one value per input feature
    assert not np.ptp(dense[0].W, axis=1).any()  # every unit got the same two
    units = [np.ptp(a, axis=1).max() for a in trainer.network.taps.activations]
    assert max(units) < 1e-6  # 1e-8 .. 7e-7: one value per sample in each layer


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_constant_init_learns_as_one_unit_wide_network(seed):
    constant = after("constant_init", "A", 1, seed, 300)
    xavier = after("constant_init", "B", 1, seed, 300)
    assert 0.875 <= recent(constant, "train_loss", 30) < 0.955  # 0.885, 0.942, 0.915
    assert 0.055 <= recent(xavier, "train_loss", 30) < 0.105  # 0.093, 0.072, 0.066
    assert 0.425 <= recent(constant, "train_accuracy", 30) < 0.525  # 0.43, 0.47, 0.52


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_constant_init_all_ones_saturates_and_nothing_hidden_learns(seed):
    assert config("constant_init", "A", 3).init_scale == 1.0
    assert config("constant_init", "B", 3).init == "glorot_normal"
    saturated = stat(at_start("constant_init", "A", 3, seed), "saturated_fraction")[1:]
    assert all(0.955 <= share <= 1 for share in saturated)  # 0.96-1.0
    trainer = after("constant_init", "A", 3, seed, 300)
    assert all(np.all(dense.W == 1) for dense in trainer.network.dense_layers()[:-1])
    loss = trainer.history.arrays()["train_loss"]
    assert abs(loss[0] - 1.10) < 0.005  # ln 3: every class as likely
    assert 1.7 <= recent(trainer, "train_loss", 30) < 1.9  # 1.87, 1.72, 1.73


# bias_shift ------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_bias_shift_sigmoid_widens_the_next_layers_z_by_its_mean(seed):
    sigmoid, tanh = lessons.get("bias_shift").configs(0)
    assert (sigmoid.activation, tanh.activation, sigmoid.init) == (
        "sigmoid",
        "tanh",
        "glorot_normal",
    )
    assert answer("bias_shift", 0).startswith("About 3 times wider")
    a, b = at_start("bias_shift", "A", 0, seed), at_start("bias_shift", "B", 0, seed)
    assert all(0.45 <= mean <= 0.55 for mean in stat(a, "activation_mean"))  # 0.48-0.52
    assert all(abs(mean) < 0.005 for mean in stat(b, "activation_mean"))
    z_a, z_b = stat(a, "pre_activation_std"), stat(b, "pre_activation_std")
    assert all(0.145 <= z[0] < 0.165 for z in (z_a, z_b))  # 0.15-0.16 "about 0.16"
    assert 0.035 <= a.last_stats[0].activation_std < 0.045  # 0.04
    assert all(0.465 <= z < 0.555 for z in z_a[1:])  # 0.47-0.55
    assert all(0.115 <= z < 0.165 for z in z_b[1:])  # 0.12-0.16
    assert 2.8 <= z_a[1] / z_a[0] <= 3.7 and 8 <= (z_a[1] / z_a[0]) ** 2 <= 14  # 3.3x, 11x
    first = a.last_stats[0]
    expected = first.activation_std**2 + first.activation_mean**2  # Var(a) + mean(a)^2
    assert abs(z_a[1] ** 2 / expected - 1) < 0.25  # fan_in Var(w) = 1 (Xavier, square)
    shifts, within = unit_spreads(a)
    assert all(0.465 <= shift < 0.555 for shift in shifts[1:])  # 0.47-0.55
    assert 0.035 <= within[1] < 0.045 and max(within[2:]) < 0.015  # "about 0.04", "< 0.015"
    assert all(abs(mean) < 0.1 for mean in stat(a, "pre_activation_mean"))  # up to 0.09


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_bias_shift_sigmoid_stays_a_blind_guess_and_tanh_learns(seed):
    _, within = unit_spreads(at_start("bias_shift", "A", 0, seed))
    shrink = [1 / ratio for ratio in ratios(within[:3])]  # layer 1 to 2, 2 to 3
    assert all(3 <= factor <= 5 for factor in shrink)  # "about 4 times per layer"
    sigmoid = recent(after("bias_shift", "A", 0, seed, 200), "train_loss", 30)
    tanh = recent(after("bias_shift", "B", 0, seed, 200), "train_loss", 30)
    assert 1.115 <= sigmoid < 1.125 and sigmoid > math.log(3)  # 1.123, 1.122, 1.124; ln 3 = 1.10
    assert 0.185 <= tanh < 0.325  # 0.317, 0.198, 0.240: "0.19-0.32"
