"""The initialization lessons' texts, checked on real runs."""

import math
from itertools import pairwise

import numpy as np
import pytest
from claims import (
    column,
    config,
    every_run,
    fresh,
    question,
    ratios,
    recent,
    sigmoid_slope,
    stat,
    trained,
    window,
)

from visualizer.core import initializers, lessons
from visualizer.core.theory import predict
from visualizer.core.trainer import Trainer

SEEDS = (0, 1, 2)
XAVIERS = ("glorot_normal", "lecun_normal")


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_std1_saturates_yet_the_gradient_keeps_its_size_with_depth(seed):
    trainer = fresh("sigmoid_std1", seed=seed)
    taps = trainer.network.taps
    spreads = [float(z.std()) for z in taps.pre_activations]  # 10.0, 6.3 .. 7.2
    assert 9 < spreads[0] < 11
    assert all(5.5 < spread < 11 for spread in spreads)  # "6 to 10"
    saturated = stat(trainer, "saturated_fraction")  # 0.53 .. 0.71
    assert all(0.52 < fraction < 0.72 for fraction in saturated)  # "53 to 71 %"
    for outputs in taps.activations:
        assert np.mean((outputs < 0.1) | (outputs > 0.9)) > 0.65  # near 0 or 1: 0.72 .. 0.82
        slope = sigmoid_slope(outputs)  # the peak slope is 0.25
        assert slope.mean() < 0.1  # 0.04 .. 0.07
        assert 0.65 < 100 * np.mean(slope**2) < 1.15  # "0.7 to 1.1": 0.67 .. 1.13
    grads = stat(trainer, "activation_grad_std")  # 1.09e-3 .. 1.40e-3, flat
    assert all(1.05e-3 < grad < 1.45e-3 for grad in grads)  # "about 0.001 (1.1 to 1.4)"
    assert all(0.85 < ratio < 1.15 for ratio in ratios(grads))  # 0.90 .. 1.06: no vanishing
    predicted = fresh("sigmoid_std1", seed=seed)
    theory = predict(predicted.config, predicted.probe_x, predicted.probe_y, 10)
    assert all(0.9 < ratio < 1.1 for ratio in ratios(theory.activation_grad_var))  # flat too
    xavier = fresh("sigmoid_xavier", seed=seed)
    first = trainer.last_stats[0].weight_grad_norm / xavier.last_stats[0].weight_grad_norm
    assert 700 < first < 2000  # "about a thousand times": 1130 .. 1350
    assert lessons.get("seed_experiment").configs(0)[0] == config("sigmoid_std1")  # its step 1


def test_sigmoid_std001_does_not_saturate_but_units_agree_and_gradients_shrink():
    trainer = fresh("sigmoid_std001")
    assert all(fraction == 0 for fraction in stat(trainer, "saturated_fraction"))
    for outputs in trainer.network.taps.activations:
        assert sigmoid_slope(outputs).mean() > 0.245  # 0.249 .. 0.250: the steepest part
        # the units of a layer say almost the same thing for every input (sigmoid_std1: 0.44)
        assert outputs.std(axis=1).mean() < 0.03  # 0.011 .. 0.025
    norms = stat(trainer, "weight_grad_norm")
    assert norms[0] < 1e-3 * norms[-1]  # 3e-9 against 5e-3


@pytest.mark.parametrize("seed", SEEDS)
def test_sigmoid_xavier_spreads_activations_but_gradients_still_shrink(seed):
    # Glorot's sqrt(2 / (fan_in + fan_out)) and the notes' 1 / sqrt(fan_in) (LeCun normal)
    glorot, lecun = (initializers.get(name).variance((100, 100), 1.0) for name in XAVIERS)
    assert glorot == lecun == 0.01  # "agree only for square layers": std 0.1
    assert initializers.get("glorot_normal").variance((64, 100), 1.0) != 1 / 64
    trainer = fresh("sigmoid_xavier", seed=seed)
    for layer, outputs in zip(trainer.last_stats, trainer.network.taps.activations, strict=True):
        assert layer.saturated_fraction < 0.01  # 0 .. 1e-4: not piled up at the ends
        assert np.mean(np.abs(outputs - 0.5) < 0.05) < 0.6  # 0.18 .. 0.34 (std 0.01: 1.0)
        assert 0.08 < layer.activation_std < 0.3  # 0.11 .. 0.21
    # on the way back the gradient shrinks about fourfold per layer (4.2 .. 4.5)
    assert all(3 < ratio < 6 for ratio in ratios(stat(trainer, "activation_grad_std")))
    assert all(ratio > 3 for ratio in ratios(stat(trainer, "weight_grad_norm")))  # 4.4 .. 17


def test_tanh_std001_shrinks_signal_and_gradients_tenfold_per_layer():
    trainer = fresh("tanh_std001")
    stds = stat(trainer, "activation_std")  # 0.099, 0.0099, ..., 9.7e-6
    assert 0.07 < stds[0] < 0.14  # inputs have std 1
    assert all(0.07 < ratio < 0.14 for ratio in ratios(stds))
    assert np.abs(trainer.network.taps.activations[-1]).max() < 1e-3  # a spike at 0
    # the gradients shrink just as fast on the way back (layer 5 -> layer 1)
    grads = stat(trainer, "activation_grad_std")[::-1]
    assert all(0.07 < ratio < 0.14 for ratio in ratios(grads))


@pytest.mark.parametrize("seed", SEEDS)
def test_tanh_std1_saturates_and_its_gradients_grow_toward_the_input(seed):
    trainer = fresh("tanh_std1", seed=seed)
    taps = trainer.network.taps
    assert all(8 < z.std() < 12 for z in taps.pre_activations)  # 9.5 .. 10.0: "near 10"
    assert all(0.8 < fraction < 0.9 for fraction in stat(trainer, "saturated_fraction"))  # .85
    for outputs in taps.activations:
        assert np.mean(np.abs(outputs) > 0.9) > 0.8  # 0.88
        assert np.mean(1 - outputs**2) < 0.15  # the slope 1 - tanh^2: 0.08 (peak 1)
        assert 5 < 100 * np.mean((1 - outputs**2) ** 2) < 6  # "about 5.5": 5.36 .. 5.63
    grads = stat(trainer, "activation_grad_std")[::-1]  # layer 5 -> layer 1
    assert all(2.2 < ratio < 2.6 for ratio in ratios(grads))  # "about 2.4": 2.30 .. 2.42
    norms = stat(trainer, "weight_grad_norm")
    assert 25 < norms[0] / norms[-1] < 35  # "about 30": 29.0 .. 30.5


@pytest.mark.parametrize("seed", SEEDS)
def test_tanh_xavier_is_symmetric_and_narrows_slowly(seed):
    trainer = fresh("tanh_xavier", seed=seed)
    layers = trainer.last_stats
    for layer in layers:
        counts = layer.activation_hist.counts  # over [-1, 1]
        assert abs(layer.activation_mean) < 0.02  # <= 0.0025
        assert np.abs(counts - counts[::-1]).sum() < 0.1 * counts.sum()  # mirror image
    assert layers[0].activation_std > 0.55  # broad first layer: 0.63
    for layer in layers[1:]:  # then a bell around 0
        counts = layer.activation_hist.counts
        bins = len(counts)
        assert bins // 3 <= int(np.argmax(counts)) < bins - bins // 3
        assert max(counts[0], counts[-1]) < 0.15 * counts.max()  # layer 2: 0.09
    stds = stat(trainer, "activation_std")  # 0.63, 0.48, 0.40, 0.35, 0.32
    assert all(0.7 < ratio < 1.0 for ratio in ratios(stds))  # tanh_std001: 0.1
    norms = stat(trainer, "weight_grad_norm")  # 0.147 .. 0.155
    assert max(norms) < 1.3 * min(norms)


def test_relu_std001_shrinks_signal_and_gradients_by_007_per_layer():
    trainer = fresh("relu_std001")
    assert all(0.045 < r < 0.1 for r in ratios(stat(trainer, "activation_std")))  # 0.07
    grads = stat(trainer, "activation_grad_std")[::-1]  # layer 5 -> layer 1
    assert all(0.045 < r < 0.1 for r in ratios(grads))  # 0.07
    he = fresh("relu_he")
    for tiny, healthy in zip(
        stat(trainer, "weight_grad_norm"), stat(he, "weight_grad_norm"), strict=True
    ):
        assert tiny < 1e-4 * healthy  # 5e-7 against 0.4 .. 3.2


@pytest.mark.parametrize("seed", SEEDS)
def test_relu_xavier_keeps_about_half_the_variance_per_layer(seed):
    stds = stat(fresh("relu_xavier", seed=seed), "activation_std")  # 0.58, 0.39, 0.29, 0.21, 0.15
    assert all(0.3 < ratio**2 < 0.75 for ratio in ratios(stds))  # 0.45 .. 0.56
    he_stds = stat(fresh("relu_he", seed=seed), "activation_std")
    assert stds[-1] / stds[0] < 0.35 < 0.7 < he_stds[-1] / he_stds[0]  # 0.25 and 1.0


def test_relu_he_keeps_shape_and_gradients_at_every_depth():
    trainer = fresh("relu_he")
    for outputs in trainer.network.taps.activations:
        assert 0.4 < np.mean(outputs == 0) < 0.6  # half the values at 0: 0.48 .. 0.52
    grads = stat(trainer, "activation_grad_std")  # 1.44e-4 .. 1.46e-4
    assert max(grads) < 1.3 * min(grads)
    deep = stat(fresh("relu_he", depth=20), "activation_std")  # "even deep" networks
    assert 1 / 3 < deep[-1] / deep[0] < 3  # 1.2 (seeds 1, 2: 0.35, 1.6; Xavier: 0.002)


def test_selu_lecun_keeps_one_distribution_over_20_layers_without_batch_norm():
    selu = config("selu_lecun")
    assert (selu.depth, selu.batch_norm, selu.init) == (20, False, "lecun_normal")
    activations = fresh("selu_lecun").network.taps.activations
    quantiles = [0.1, 0.25, 0.5, 0.75, 0.9]
    first, last = np.quantile(activations[0], quantiles), np.quantile(activations[-1], quantiles)
    np.testing.assert_allclose(last, first, atol=0.15)


@pytest.mark.parametrize("seed", SEEDS)
def test_zero_init_stays_a_single_spike_at_chance_loss(seed):
    asked = question("zero_init")
    assert asked.answer_texts()[asked.correct].startswith("They stay copies of one unit")
    trainer = trained("zero_init", 150, seed=seed)
    for layer in trainer.probe():
        assert np.count_nonzero(layer.activation_hist.counts) == 1
        assert layer.activation_std < 1e-4  # 0 .. 1.2e-7
        assert layer.dead_fraction == 0 and 0.4 < layer.activation_mean < 0.6  # not dead: 0.5
    for outputs in trainer.network.taps.activations:  # the units are copies of one unit
        np.testing.assert_allclose(outputs, np.broadcast_to(outputs[:, :1], outputs.shape))
    assert abs(column(trainer, "train_loss")[0] - math.log(10)) < 1e-3
    assert recent(trainer, "train_loss", 100) > 2.25  # 2.31: a blind guess is ln 10 = 2.30
    assert recent(trainer, "test_accuracy", 100) < 0.2


@pytest.mark.parametrize("seed", SEEDS)
def test_init_compare_digits_std_001_stays_flat_he_falls_first_and_xavier_later(seed):
    configs = [c.replace(seed=seed) for c in lessons.get("init_compare_digits").configs()]
    glorot, lecun = (initializers.get(name) for name in XAVIERS)  # the book's 1 / sqrt(fan_in)
    shapes = [(64, 100), (100, 100), (100, 10)]  # first, hidden and last layers
    same = [glorot.variance(shape, 1.0) == lecun.variance(shape, 1.0) for shape in shapes]
    assert same == [False, True, False]
    assert [(c.init, c.init_scale) for c in configs] == [
        ("normal", 0.01),
        ("glorot_normal", 1.0),
        ("he_normal", 1.0),
    ]
    a, c = Trainer(configs[0]), Trainer(configs[2])
    np.testing.assert_array_equal(a.x_train, c.x_train)  # same data and batch order
    for _ in range(3):
        np.testing.assert_array_equal(a._next_batch()[1], c._next_batch()[1])
    a0, c0 = fresh("init_compare_digits", seed=seed), fresh("init_compare_digits", "C", seed=seed)
    # A: the signal dies forward and the gradient backward; C keeps both
    assert stat(a0, "activation_std")[-1] < 1e-5 < 0.1 < stat(c0, "activation_std")[-1]
    assert stat(a0, "activation_grad_std")[0] < 1e-8  # 2e-10 (C: 1.3e-4)
    std001, xavier, he = every_run("init_compare_digits", 400, seed=seed)
    assert np.ptp(column(std001, "train_loss")[1:]) < 0.05  # a flat curve at 2.30
    assert window(xavier, "train_loss", 90, 110) > 2.0  # "near 2.3 for about a hundred": 2.25
    assert 1.1 < window(he, "train_loss", 90, 110) < 1.7  # "about 1.4 at step 100": 1.43
    assert window(he, "train_loss", 20, 40) < window(xavier, "train_loss", 20, 40)  # first
    losses = [recent(run, "train_loss", 20) for run in (he, xavier, std001)]
    assert losses[0] < 0.5  # "below 0.5 by step 400": 0.30
    assert losses[1] < losses[2] - 0.2  # B "starts to fall": 1.79 against 2.30


def test_seed_experiment_each_step_shows_its_distribution():
    lesson = lessons.get("seed_experiment")
    assert lesson.configs(0)[0] == config("sigmoid_std1")  # step 1 is the seed experiment
    for step, name in enumerate(["sigmoid_std1", "sigmoid_std001", "sigmoid_xavier"]):
        assert lesson.configs(step)[0] == config(name)
    for step, name in ((3, "relu_std001"), (4, "relu_xavier"), (5, "relu_he")):
        assert lesson.configs(step)[0] == config(name)
    # the claims of each step are those of the one-page lessons above; the question:
    asked = lesson.steps[3].question
    assert asked is question("seed_experiment")
    assert asked.answer_texts()[asked.correct] == "Layer 5"
    for seed in SEEDS:
        stds = stat(fresh("seed_experiment", step=3, seed=seed), "activation_std")
        assert int(np.argmin(stds)) == len(stds) - 1  # 0.058 .. 1.2e-6 .. 1.6e-6
        assert all(0.06 < ratio < 0.08 for ratio in ratios(stds))  # "about 0.07": 0.066 .. 0.077
        assert 3e4 < stds[0] / stds[-1] < 6e4  # "some 40 000 times": 3.8e4 .. 4.7e4


def test_selu_conditions_lecun_self_normalizes_and_he_or_dropout_or_raw_inputs_do_not():
    def training_stats(run: str, step: int) -> tuple[np.ndarray, np.ndarray]:
        trainer = Trainer(config("selu_conditions", run, step))
        trainer.step(record=True)  # the window's statistics while training: dropout on
        return np.array(stat(trainer, "activation_mean")), np.array(stat(trainer, "activation_std"))

    mean, std = training_stats("A", 0)
    assert len(std) == 30 and np.abs(mean).max() < 0.05 and np.abs(std - 1).max() < 0.1  # .06
    _, he = training_stats("B", 0)  # 1.3, 2.5, 4.0, 6.5 (layer 20), 11.9 (layer 30)
    assert all(later > earlier for earlier, later in pairwise(he[:20:5])) and he[19] > 5
    mean, dropped = training_stats("C", 0)  # 1.0, 1.27, 1.43, 1.47, 1.51
    assert dropped[-1] > 1.35 and mean[-1] > 0.05
    assert Trainer(config("selu_conditions", "C")).probe()[-1].activation_std < 1.05  # no dropout
    _, raw = training_stats("A", 1)  # digits: 0.57 (layer 1), 0.88 (10), 1.05 (20)
    assert config("selu_conditions", "A", 1).dataset == "digits"
    assert 0.45 < raw[0] < 0.65 and raw[9] < 0.95 and abs(raw[19] - 1) < 0.1


@pytest.mark.parametrize("seed", SEEDS)
def test_small_init_depth_one_layer_learns_and_deeper_ones_stay_at_chance(seed):
    asked = question("small_init_depth")
    assert asked.answer_texts()[asked.correct] == "Still at the loss of a blind guess (2.3)"
    shallow, two, five = every_run("small_init_depth", 300, seed=seed)
    assert [run.config.depth for run in (shallow, two, five)] == [1, 2, 5]
    assert recent(shallow, "train_loss", 30) < 0.8  # 0.56
    assert recent(shallow, "test_accuracy", 10) > 0.85  # 0.92
    for deep in (two, five):
        assert abs(recent(deep, "train_loss", 30) - math.log(10)) < 0.05  # 2.30
    stds = stat(fresh("small_init_depth", "C", seed=seed), "activation_std")
    assert all(0.05 < ratio < 0.2 for ratio in ratios(stds))  # about tenfold per layer
    grads = stat(fresh("small_init_depth", "C", seed=seed), "activation_grad_std")[::-1]
    assert all(0.05 < ratio < 0.2 for ratio in ratios(grads))


def test_init_for_activation_wrong_pairings_drift_over_20_layers():
    stds = {run: stat(fresh("init_for_activation", run), "activation_std") for run in "ABCD"}
    assert [config("init_for_activation", run).depth for run in "ABCD"] == [20] * 4
    relu_he, relu_xavier, selu_lecun, selu_he = (stds[run] for run in "ABCD")
    assert 1 / 3 < relu_he[-1] / relu_he[0] < 3  # 1.2 (seeds 1, 2: 0.35, 1.6)
    assert relu_xavier[-1] / relu_xavier[0] < 0.005  # 0.0017: hundreds of times narrower
    per_layer = (relu_xavier[-1] / relu_xavier[0]) ** (2 / 19)  # variance kept per layer: 0.51
    assert 0.35 < per_layer < 0.65
    assert max(abs(std - 1) for std in selu_lecun) < 0.1  # 0.03 (seed 2: 0.07)
    assert all(later > earlier for earlier, later in pairwise(selu_he[::4]))  # layer by layer
    assert 5.5 < selu_he[-1] < 7.5  # 6.5
