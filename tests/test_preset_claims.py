"""Each preset's explanation, checked claim by claim against real engine runs of the preset.

Every run is built from `presets.get(name).config()` (and `.config_b()`), so editing a
preset's configuration without re-checking its text breaks its test. The classic results
already checked in test_lessons.py are not repeated here; these tests cover the rest of
each text. Margins are wide: each measured value is noted beside its bound.
"""

import math
from itertools import pairwise

import numpy as np
import pytest

from visualizer.core import presets
from visualizer.core.report import train
from visualizer.core.stats import Histogram
from visualizer.core.trainer import Trainer


def fresh(name: str, **changes) -> Trainer:
    """A preset's freshly initialized network, probed (no update): layer statistics in
    `trainer.last_stats`, the probe batch's values in `trainer.network.taps`."""
    config = presets.get(name).config()
    if changes:
        config = config.replace(**changes)
    trainer, _ = train(config, 0)
    trainer.probe()
    return trainer


def run(name: str, steps: int, side: str = "A") -> Trainer:
    preset = presets.get(name)
    trainer, _ = train(preset.config() if side == "A" else preset.config_b(), steps)
    return trainer


def column(trainer: Trainer, name: str) -> np.ndarray:
    return trainer.history.arrays()[name]


def recent(trainer: Trainer, name: str, points: int = 50) -> float:
    """Mean of a history column over its last `points` points (the curves are minibatch
    values, so single points are noisy)."""
    return float(np.mean(column(trainer, name)[-points:]))


def ratios(values) -> list[float]:
    """later / earlier for each consecutive pair."""
    return [later / earlier for earlier, later in pairwise(values)]


def stat(trainer: Trainer, key: str) -> list[float]:
    return [getattr(layer, key) for layer in trainer.last_stats]


def mean_log10(hist: Histogram) -> float:
    centres = (hist.edges[:-1] + hist.edges[1:]) / 2
    return float((hist.counts * centres).sum() / hist.counts.sum())


def sigmoid_slope(outputs: np.ndarray) -> np.ndarray:
    return outputs * (1 - outputs)


# --- the seed experiment and its variations (probes of the initial network) ---


def test_sigmoid_std1_preset_saturates_so_little_gradient_passes_back():
    trainer = fresh("sigmoid_std1")
    taps = trainer.network.taps
    spreads = [float(z.std()) for z in taps.pre_activations]  # 10.0, 6.3 .. 7.2
    assert 9 < spreads[0] < 11
    assert all(5 < spread < 11 for spread in spreads)
    for outputs in taps.activations:
        assert np.mean((outputs < 0.1) | (outputs > 0.9)) > 0.65  # 0.72 .. 0.82
        slope = sigmoid_slope(outputs)  # the peak slope is 0.25
        assert np.mean(slope < 0.025) > 0.5  # 0.53 .. 0.69
        assert slope.mean() < 0.1  # 0.04 .. 0.06


def test_sigmoid_std001_preset_does_not_saturate_but_units_agree_and_gradients_shrink():
    trainer = fresh("sigmoid_std001")
    assert all(fraction == 0 for fraction in stat(trainer, "saturated_fraction"))
    for outputs in trainer.network.taps.activations:
        assert sigmoid_slope(outputs).mean() > 0.245  # 0.249 .. 0.250: the steepest part
        # the units of a layer say almost the same thing for every input (sigmoid_std1: 0.44)
        assert outputs.std(axis=1).mean() < 0.03  # 0.011 .. 0.025
    norms = stat(trainer, "weight_grad_norm")
    assert norms[0] < 1e-3 * norms[-1]  # 3e-9 against 5e-3


def test_sigmoid_xavier_preset_spreads_activations_but_gradients_still_shrink():
    trainer = fresh("sigmoid_xavier")
    for layer, outputs in zip(trainer.last_stats, trainer.network.taps.activations, strict=True):
        assert layer.saturated_fraction < 0.01  # 0 .. 1e-4: not piled up at the ends
        assert np.mean(np.abs(outputs - 0.5) < 0.05) < 0.6  # 0.18 .. 0.34 (std 0.01: 1.0)
        assert 0.08 < layer.activation_std < 0.3  # 0.11 .. 0.21
    # on the way back the gradient shrinks about fourfold per layer (4.2 .. 4.5)
    assert all(3 < ratio < 6 for ratio in ratios(stat(trainer, "activation_grad_std")))
    assert all(ratio > 3 for ratio in ratios(stat(trainer, "weight_grad_norm")))  # 4.4 .. 17


def test_tanh_std001_preset_shrinks_signal_and_gradients_tenfold_per_layer():
    trainer = fresh("tanh_std001")
    stds = stat(trainer, "activation_std")  # 0.099, 0.0099, ..., 9.7e-6
    assert 0.07 < stds[0] < 0.14  # inputs have std 1
    assert all(0.07 < ratio < 0.14 for ratio in ratios(stds))
    assert np.abs(trainer.network.taps.activations[-1]).max() < 1e-3  # a spike at 0
    # the gradients shrink just as fast on the way back (layer 5 -> layer 1)
    grads = stat(trainer, "activation_grad_std")[::-1]
    assert all(0.07 < ratio < 0.14 for ratio in ratios(grads))


def test_tanh_std1_preset_piles_up_at_minus_1_and_1_where_the_slope_is_0():
    trainer = fresh("tanh_std1")
    taps = trainer.network.taps
    assert all(8 < z.std() < 12 for z in taps.pre_activations)  # 9.5 .. 10.0
    for outputs in taps.activations:
        assert np.mean(np.abs(outputs) > 0.9) > 0.8  # 0.88
        assert np.mean(1 - outputs**2) < 0.15  # the slope 1 - tanh^2: 0.08 (peak 1)


def test_tanh_xavier_preset_is_symmetric_and_narrows_slowly():
    trainer = fresh("tanh_xavier")
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


def test_relu_std001_preset_shrinks_signal_and_gradients_by_007_per_layer():
    trainer = fresh("relu_std001")
    assert all(0.045 < r < 0.1 for r in ratios(stat(trainer, "activation_std")))  # 0.07
    grads = stat(trainer, "activation_grad_std")[::-1]  # layer 5 -> layer 1
    assert all(0.045 < r < 0.1 for r in ratios(grads))  # 0.07
    he = fresh("relu_he")
    for tiny, healthy in zip(
        stat(trainer, "weight_grad_norm"), stat(he, "weight_grad_norm"), strict=True
    ):
        assert tiny < 1e-4 * healthy  # 5e-7 against 0.4 .. 3.2


def test_relu_xavier_preset_keeps_about_half_the_variance_per_layer():
    stds = stat(fresh("relu_xavier"), "activation_std")  # 0.58, 0.39, 0.29, 0.21, 0.15
    assert all(0.3 < ratio**2 < 0.75 for ratio in ratios(stds))  # 0.45 .. 0.56
    he_stds = stat(fresh("relu_he"), "activation_std")
    assert stds[-1] / stds[0] < 0.35 < 0.7 < he_stds[-1] / he_stds[0]  # 0.25 and 1.0


def test_relu_he_preset_keeps_shape_and_gradients_at_every_depth():
    trainer = fresh("relu_he")
    for outputs in trainer.network.taps.activations:
        assert 0.4 < np.mean(outputs == 0) < 0.6  # half the values at 0: 0.48 .. 0.52
    grads = stat(trainer, "activation_grad_std")  # 1.44e-4 .. 1.46e-4
    assert max(grads) < 1.3 * min(grads)
    deep = stat(fresh("relu_he", depth=20), "activation_std")  # "even deep" networks
    assert 0.5 < deep[-1] / deep[0] < 2


def test_selu_lecun_preset_keeps_one_distribution_over_20_layers_without_batch_norm():
    config = presets.get("selu_lecun").config()
    assert (config.depth, config.batch_norm, config.init) == (20, False, "lecun_normal")
    activations = fresh("selu_lecun").network.taps.activations
    quantiles = [0.1, 0.25, 0.5, 0.75, 0.9]
    first, last = np.quantile(activations[0], quantiles), np.quantile(activations[-1], quantiles)
    np.testing.assert_allclose(last, first, atol=0.15)


def test_zero_init_preset_stays_a_single_spike_at_chance_loss():
    trainer = run("zero_init", 150)
    for layer in trainer.probe():
        assert np.count_nonzero(layer.activation_hist.counts) == 1
        assert layer.activation_std < 1e-4  # 0 .. 1.2e-7
    for outputs in trainer.network.taps.activations:  # the units are copies of one unit
        np.testing.assert_allclose(outputs, np.broadcast_to(outputs[:, :1], outputs.shape))
    assert abs(column(trainer, "train_loss")[0] - math.log(10)) < 1e-3
    assert recent(trainer, "train_loss", 100) > 2.25  # 2.31: a blind guess is ln 10 = 2.30
    assert recent(trainer, "test_accuracy", 100) < 0.2


# --- training lessons ---


@pytest.mark.slow
def test_init_compare_digits_preset_std_001_stays_flat_and_he_drops_at_once():
    preset = presets.get("init_compare_digits")
    a, b = Trainer(preset.config()), Trainer(preset.config_b())
    np.testing.assert_array_equal(a.x_train, b.x_train)  # same data and batch order
    for _ in range(3):
        np.testing.assert_array_equal(a._next_batch()[1], b._next_batch()[1])
    a0, b0 = fresh("init_compare_digits"), Trainer(preset.config_b())
    b0.probe()
    # A: the signal dies forward and the gradient backward; B keeps both
    assert stat(a0, "activation_std")[-1] < 1e-5 < 0.1 < stat(b0, "activation_std")[-1]
    assert stat(a0, "activation_grad_std")[0] < 1e-8  # 2e-10 (B: 1.3e-4)
    a, b = run("init_compare_digits", 100), run("init_compare_digits", 200, "B")
    assert np.ptp(column(a, "train_loss")[1:]) < 0.05  # a flat curve at 2.30
    assert recent(b, "train_loss", 20) < 1.2  # 0.7 after 200 steps (2.7 at the start)


def test_optimizer_race_preset_adam_falls_much_faster_than_sgd():
    preset = presets.get("optimizer_race")
    assert preset.config().lr == preset.config_b().lr
    assert (preset.config().optimizer, preset.config_b().optimizer) == ("sgd", "adam")
    a, b = run("optimizer_race", 100), run("optimizer_race", 100, "B")
    assert recent(a, "train_loss") > 2.0  # 2.3: SGD at lr 0.001 has barely started
    assert recent(b, "train_loss") < 0.5  # 0.1 .. 0.25
    assert recent(b, "train_accuracy") > 0.85


@pytest.mark.slow
def test_batchnorm_rescue_preset_restores_the_activation_distribution_and_learns():
    a0 = fresh("batchnorm_rescue")
    assert stat(a0, "activation_std")[-1] < 1e-6  # collapsed: 1.7e-10
    b0 = Trainer(presets.get("batchnorm_rescue").config_b())
    b0.probe()
    for z in b0.network.taps.pre_activations:  # normalized: mean 0, variance 1
        assert abs(z.mean()) < 1e-3 and 0.95 < z.std() < 1.05
    assert all(0.4 < std < 0.8 for std in stat(b0, "activation_std"))  # 0.57 .. 0.59
    a, b = run("batchnorm_rescue", 100), run("batchnorm_rescue", 100, "B")
    assert recent(a, "train_loss", 20) > 2.29  # 2.30
    assert recent(b, "train_loss", 20) < 0.6  # 0.1 .. 0.3
    assert recent(b, "test_accuracy", 20) > 0.85  # 0.97


@pytest.mark.slow
def test_dead_relu_preset_kills_units_without_diverging():
    preset = presets.get("dead_relu")
    trainer = Trainer(preset.config())
    trainer.record_now()
    before = [layer.dense.W.copy() for layer in trainer.network.layers]
    assert max(layer.dead_fraction for layer in trainer.probe()) < 0.3  # 0.2
    trainer.step()  # Adam's first step moves every weight by the learning rate
    for layer, weights in zip(trainer.network.layers, before, strict=True):
        moved = np.median(np.abs(layer.dense.W - weights))
        assert 0.9 * preset.config().lr < moved <= 1.01 * preset.config().lr
    train(preset.config(), 29, trainer=trainer)
    assert max(layer.dead_fraction for layer in trainer.probe()) > 0.9  # step 30: 0.98
    train(preset.config(), 270, trainer=trainer)
    assert trainer.status == "ok" and trainer.step_count == 300
    dead = [layer.dead_fraction for layer in trainer.probe()]  # 0.29, 1.0, 0.98, 0.98, 1.0
    assert max(dead) > 0.95 and np.mean(dead) > 0.7
    # the loss stalls at a blind guess among three classes: ln 3 = 1.10
    assert abs(recent(trainer, "train_loss", 100) - math.log(3)) < 0.15  # 1.11
    assert recent(trainer, "train_accuracy", 100) < 0.45  # 0.33
    sane, _ = train(preset.config().replace(lr=0.001), 300)  # the usual Adam rate
    sane_dead = [layer.dead_fraction for layer in sane.probe()]  # 0, 0.1, 0.13, 0.26, 0.08
    assert max(sane_dead) < 0.4 and np.mean(sane_dead) < 0.25
    assert recent(sane, "train_loss", 100) < 0.1  # 0.02


@pytest.mark.slow
def test_exploding_gradients_preset_grows_a_thousandfold_and_clipping_trains():
    trainer = fresh("exploding_gradients")
    stds = stat(trainer, "activation_std")  # 0.68 .. 900
    assert 300 < stds[-1] / stds[0] < 10_000  # 1300
    assert 1.3 < (stds[-1] / stds[0]) ** (1 / (len(stds) - 1)) < 1.7  # 1.46 per layer
    grads = stat(trainer, "activation_grad_std")  # 0.54 at layer 1, 2.6e-4 at layer 20
    assert 300 < grads[0] / grads[-1] < 10_000  # 2100
    a = run("exploding_gradients", 50)
    assert a.status == "diverged" and a.diverged_at <= 3  # 2
    assert np.isnan(column(a, "train_loss")[-1])
    b = run("exploding_gradients", 50, "B")
    loss = column(b, "train_loss")
    assert b.status == "ok" and np.all(np.isfinite(loss))
    assert np.mean(loss[-10:]) < 0.03 * loss[0]  # 3546 -> about 35


def boundary_length(trainer: Trainer, points: int = 60) -> int:
    """Neighbouring cells of a grid over the data whose predicted classes differ."""
    grid = np.linspace(-3, 3, points)
    xx, yy = np.meshgrid(grid, grid)
    classes = trainer.predict(np.c_[xx.ravel(), yy.ravel()]).argmax(axis=1)
    classes = classes.reshape(points, points)
    return int((classes[1:] != classes[:-1]).sum() + (classes[:, 1:] != classes[:, :-1]).sum())


@pytest.mark.slow
def test_overfitting_preset_memorizes_and_regularization_closes_the_gap():
    a, b = run("overfitting", 300), run("overfitting", 300, "B")
    assert len(a.x_train) == 100 and a.dataset.name == "moons"  # "only 100 noisy points"
    train_a, test_a = recent(a, "train_accuracy"), recent(a, "test_accuracy")
    train_b, test_b = recent(b, "train_accuracy"), recent(b, "test_accuracy")
    assert train_a > 0.97 and a.evaluate(a.x_train, a.y_train)[1] > 0.97  # 1.0 and 1.0
    assert 0.7 < test_a < 0.87  # 0.80
    assert train_a - test_a > 0.12  # the gap: 0.20
    assert train_b < train_a - 0.08  # 0.84
    assert train_b - test_b < 0.06  # 0.00
    assert boundary_length(a) > 2 * boundary_length(b)  # bends around points: 385 vs 108


def test_deep_sigmoid_vanishing_preset_first_layers_barely_learn():
    trainer = Trainer(presets.get("deep_sigmoid_vanishing").config())
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


def test_step_cannot_learn_preset_only_the_output_layer_learns():
    trainer = run("step_cannot_learn", 300)
    layers = trainer.probe()
    assert all(layer.dead_fraction == 1 for layer in layers)  # slope 0 on every input
    assert all(layer.weight_grad_norm == 0 for layer in layers)
    loss = column(trainer, "train_loss")
    assert np.mean(loss[-50:]) < 0.6 * loss[0]  # 1.18 -> 0.3, by the output layer alone
    assert recent(trainer, "train_accuracy") > 0.75  # 0.88 (chance: 0.5)


def test_every_preset_has_a_claim_test():
    tested = {
        name
        for name in presets.names()
        if any(name in test for test in globals() if test.startswith("test_"))
    }
    assert tested == set(presets.names())
