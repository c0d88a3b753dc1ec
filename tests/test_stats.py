"""Layer statistics (core/stats.py) and the saturation definition (core/saturation.py):
each fast path against the plain NumPy formula it replaces, on the full data."""

import math

import numpy as np
import pytest

from visualizer.core import activations, saturation, stats, summaries
from visualizer.core.config import Config
from visualizer.core.network import Taps
from visualizer.core.trainer import Trainer

RNG = np.random.default_rng(7)


# rows: moments, histograms, ranges --------------------------------------------------------------
def rows_of(arrays, max_values, spare=0):
    dtype = np.result_type(*arrays)
    rows = summaries.Rows.empty([a.size for a in arrays] + [0] * spare, max_values, dtype)
    for row, array in enumerate(arrays):
        rows.fill(row, array)
    return rows


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize(
    "offset, scale",
    [(0.0, 1.0), (0.5, 1e-3), (-30.0, 0.02), (0.0, 1e-9)],
    ids=["standard", "sigmoid-like", "shifted", "tiny"],
)
def test_row_moments_match_numpy_even_with_a_large_mean(dtype, offset, scale):
    arrays = [
        (offset + scale * RNG.standard_normal(shape)).astype(dtype)
        for shape in [(300, 70), (40, 70), (5, 3)]
    ]
    means, stds = summaries.row_moments(rows_of(arrays, max_values=None))  # 2 padded rows
    for array, mean, std in zip(arrays, means, stds, strict=True):
        exact = array.astype(np.float64)
        assert mean == pytest.approx(exact.mean(), rel=1e-6, abs=1e-7 * scale)
        assert std == pytest.approx(exact.std(), rel=1e-4)


def test_row_moments_of_empty_and_non_finite_rows():
    arrays = [np.array([1.0, np.nan]), np.array([1.0, np.inf]), np.zeros(0)]
    means, stds = summaries.row_moments(rows_of(arrays, max_values=None))
    assert np.isnan(stds).all() and np.isnan(means[[0, 2]]).all()


def test_rows_hold_all_values_or_the_same_fixed_subsample_each_time():
    big, small = RNG.standard_normal((300, 50)), RNG.standard_normal((7, 3))
    rows = rows_of([big, small], max_values=1000, spare=1)
    assert rows.values.shape == (3, 1000) and list(rows.counts) == [1000, 21, 0]
    np.testing.assert_array_equal(rows.values[1, :21], small.reshape(-1))
    assert np.all(rows.values[1, 21:] == small[0, 0])  # padding keeps min and max
    assert len(np.unique(rows.values[0])) == 1000 and np.isin(rows.values[0], big).all()
    again = rows_of([big + 1], max_values=1000)
    np.testing.assert_array_equal(again.values[0], rows.values[0] + 1)
    everything = rows_of([big], max_values=None)
    np.testing.assert_array_equal(everything.values[0], big.reshape(-1))


def test_histograms_of_every_row_match_numpy_with_outliers_in_the_end_bins():
    arrays = [RNG.standard_normal(5000).astype(np.float32) * s for s in (1, 3)]
    arrays.append(RNG.uniform(-1, 1, 40).astype(np.float32))  # a short, padded row
    rows = rows_of(arrays, max_values=None)
    ranges = np.array([(-2.0, 2.0), (-1.0, 5.0), (-1.0, 1.0)])
    edges, counts = summaries.histograms(rows, ranges, 20, np.zeros(3, bool))
    for values, (low, high), row_edges, row_counts in zip(
        arrays, ranges, edges, counts, strict=True
    ):
        inside = values[(values >= low) & (values <= high)].astype(np.float64)
        expected, expected_edges = np.histogram(inside, bins=20, range=(low, high))
        expected[0] += np.count_nonzero(values < low)
        expected[-1] += np.count_nonzero(values > high)
        np.testing.assert_allclose(row_edges, expected_edges, rtol=1e-15)
        # float32 arithmetic may put a value lying on an edge into the neighbouring bin
        assert np.abs(row_counts - expected).sum() <= 2 and row_counts.sum() == values.size


def test_histograms_drop_non_finite_values_and_ranges_ignore_them():
    spoiled = np.array([np.nan, np.inf, -np.inf, 1e30, -1e30, 0.0], np.float32)
    clean = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], np.float32)
    rows = rows_of([spoiled, clean], max_values=None)
    ranges = np.array([(-1.0, 1.0), (0.0, 1.0)])
    _, counts = summaries.histograms(rows, ranges, 4, np.array([True, False]))
    np.testing.assert_array_equal(counts, [[1, 0, 1, 1], [2, 2, 2, 0]])
    odd = np.array([np.nan, -2.0, 3.0, np.inf], np.float32)
    lone, flat = np.array([np.nan], np.float32), np.array([2.0, 2.0], np.float32)
    rows = rows_of([odd, lone, flat], max_values=None)
    plain, spoiled = summaries.row_ranges(rows, symmetric=False)
    np.testing.assert_array_equal(plain[:2], [(-2.0, 3.0), (-1.0, 1.0)])
    assert plain[2, 0] < 2 < plain[2, 1]
    assert list(spoiled) == [True, True, False]
    np.testing.assert_array_equal(summaries.row_ranges(rows, symmetric=True)[0][0], (-3.0, 3.0))


def test_log_magnitudes_keep_the_dtype_and_floor_zeros():
    values = np.array([0.0, 1e-3, -10.0, 1e-30], np.float32)
    logs = stats.log_magnitudes(values)
    assert logs.dtype == np.float32
    np.testing.assert_allclose(logs, [-12, -3, 1, -12], rtol=1e-6)


# dead units --------------------------------------------------------------------------------
def naive_dead(activation, z) -> float:
    with np.errstate(all="ignore"):
        return float(1 - np.any(activation.derivative(z) != 0, axis=0).mean())


@pytest.mark.parametrize("name", activations.ACTIVATIONS.names())
def test_dead_fraction_is_the_plain_definition_on_extreme_values(name):
    act = activations.create(name, units=8)
    if name == "prelu":
        act.slopes[:] = [0.25, 0, 0, 0.1, 0, 0, 0, 0]  # per-unit slopes: some flat below 0
    z = -np.abs(RNG.standard_normal((64, 8)))  # every unit at or below 0...
    z[:, 1] -= 800  # deep in every left tail (sigmoid, elu: f' = 0 in float64)
    z[:, 2] = 800 * np.where(np.arange(64) % 2, 1, -1)  # in both tails (sigmoid, tanh)
    z[40, 3] = 1.0  # one sample with a slope
    z[:, 4] = 0.0  # exactly at ReLU's kink (a zero-initialized layer)
    z[5, 5] = np.nan
    z[:, 6] = np.nan
    z[:, 7] = 3 * RNG.standard_normal(64)
    assert stats.share_of_units(stats.dead_units(act, z)) == pytest.approx(
        naive_dead(act, z), abs=1e-12
    )
    for spread in (0.1, 1.0, 30.0):
        healthy = spread * RNG.standard_normal((64, 8))
        assert stats.share_of_units(stats.dead_units(act, healthy)) == pytest.approx(
            naive_dead(act, healthy), abs=1e-12
        )


def test_dead_fraction_of_relu_and_maxout():
    z = np.array([[-1.0, 2.0, -3.0], [-1.0, -2.0, 0.0]])
    assert stats.share_of_units(stats.dead_units(activations.create("relu"), z)) == pytest.approx(
        2 / 3
    )
    assert stats.share_of_units(stats.dead_units(activations.create("maxout"), z)) == 0.0


# saturation --------------------------------------------------------------------------------
def test_saturation_zones_of_the_bounded_activations_are_where_the_slope_is_a_tenth():
    s = (1 - math.sqrt(0.9)) / 2  # sigmoid: s (1 - s) = 0.025 = 10 % of 0.25
    sigmoid_edge, tanh_edge = -math.log(s / (1 - s)), math.atanh(math.sqrt(0.9))
    np.testing.assert_allclose(
        saturation.saturation_zones("sigmoid"), [[-np.inf, -sigmoid_edge], [sigmoid_edge, np.inf]]
    )
    np.testing.assert_allclose(
        saturation.saturation_zones("tanh"), [[-np.inf, -tanh_edge], [tanh_edge, np.inf]]
    )
    np.testing.assert_array_equal(saturation.saturation_zones("step"), [[-np.inf, np.inf]])
    for name in ("sigmoid", "tanh"):
        act = activations.create(name)
        peak = act.derivative(np.zeros(1))[0]
        edges = saturation.saturation_zones(name)[[0, 1], [1, 0]]
        np.testing.assert_allclose(act.derivative(edges), 0.1 * peak, rtol=1e-9)


KEEP_A_SLOPE = ["relu", "leaky_relu", "prelu", "rrelu", "elu", "selu", "softplus", "gelu", "swish"]


@pytest.mark.parametrize("name", [*KEEP_A_SLOPE, "linear", "maxout"])
def test_activations_that_keep_a_slope_at_one_end_never_saturate(name):
    assert saturation.saturation_zones(name).shape == (0, 2)
    act = activations.create(name)
    z = 10 * RNG.standard_normal((50, 4))
    assert saturation.share_in_zones(saturation.zones_of(act), z) == 0.0


@pytest.mark.parametrize("name", ["sigmoid", "tanh", "step", "relu"])
def test_saturated_fraction_is_the_share_of_z_in_the_zones(name):
    zones = saturation.saturation_zones(name)
    z = (4 * RNG.standard_normal((200, 30))).astype(np.float32)
    z[0, :3] = np.nan
    inside = sum(((z >= lo) & (z <= hi)).sum() for lo, hi in zones)
    assert saturation.share_in_zones(zones, z) == inside / z.size
    assert saturation.in_zones(zones, z).mean() == inside / z.size


# whole layers, from a real pass ---------------------------------------------------------------
def trainer(**changes) -> Trainer:
    values = dict(depth=3, width=40, samples=300, batch_size=64, activation="tanh")
    return Trainer(Config(**(values | changes)))


@pytest.mark.parametrize("name", ["tanh", "sigmoid", "relu"])
def test_probe_statistics_are_the_plain_formulas_on_the_full_probe_batch(name):
    t = trainer(activation=name, init_scale=3.0)
    layers = t.probe()
    taps = t.network.taps
    zones = saturation.saturation_zones(name)
    for i, (layer, hidden) in enumerate(zip(layers, t.network.layers, strict=True)):
        z, a, g = taps.pre_activations[i], taps.activations[i], taps.activation_grads[i]
        w = hidden.dense.W
        assert layer.pre_activation_mean == pytest.approx(z.mean(), rel=1e-4, abs=1e-6)
        assert layer.pre_activation_std == pytest.approx(z.std(), rel=1e-4)
        assert layer.activation_mean == pytest.approx(a.mean(), rel=1e-4, abs=1e-6)
        assert layer.activation_std == pytest.approx(a.std(), rel=1e-4)
        assert layer.weight_mean == pytest.approx(w.mean(), rel=1e-4, abs=1e-6)
        assert layer.weight_std == pytest.approx(w.std(), rel=1e-4)
        assert layer.activation_grad_std == pytest.approx(g.std(), rel=1e-4)
        assert layer.weight_grad_norm == pytest.approx(np.linalg.norm(hidden.dense.dW), rel=1e-5)
        assert layer.dead_fraction == pytest.approx(naive_dead(hidden.activation, z), abs=1e-12)
        in_zones = sum(((z >= lo) & (z <= hi)).sum() for lo, hi in zones) / z.size
        assert layer.saturated_fraction == in_zones
        assert layer.pre_activation_hist.counts.sum() == z.size  # max_values=None: all of z
    if name != "relu":
        assert all(layer.saturated_fraction > 0.1 for layer in layers)  # std 3: saturating


def test_json_has_pre_activation_mean_std_and_hist():
    layer = trainer().probe()[0].to_json()
    assert set(layer["pre_activations"]) == {"mean", "std", "hist"}
    assert layer["pre_activations"]["std"] > 0


def test_recorded_update_ratio_is_the_change_of_the_weights_over_their_norm():
    t = trainer(optimizer="adam", lr=0.01, weight_decay=0.01)
    t.step()
    before = [layer.dense.W.copy() for layer in t.network.layers]
    t.step(record=True)
    for layer, w, ratio in zip(t.network.layers, before, t.update_ratios, strict=True):
        expected = np.linalg.norm(layer.dense.W - w) / np.linalg.norm(w)
        assert ratio == pytest.approx(expected, rel=1e-5)
    assert [s.update_ratio for s in t.last_stats] == t.update_ratios


class Both:
    """A recorder that hands every array to two others."""

    def __init__(self, *recorders):
        self.recorders = recorders

    def pre_activation(self, layer, z):
        for recorder in self.recorders:
            recorder.pre_activation(layer, z)

    def activation(self, layer, a):
        for recorder in self.recorders:
            recorder.activation(layer, a)

    def activation_grad(self, layer, grad):
        for recorder in self.recorders:
            recorder.activation_grad(layer, grad)


def recorded_pass(t: Trainer, max_values):
    """One training-mode forward and backward recorded by Taps and a Sampler at once."""
    x, y = t.x_train[:200], t.y_train[:200]
    taps, sampler = Taps(), stats.Sampler(t.network.layers, len(x), max_values)
    t.loss.forward(t.network.forward(x, "train", Both(taps, sampler)), y)
    t.network.backward(t.loss.backward())
    return taps, sampler.stats(t.config.bins, t.update_ratios)


def test_taps_hold_each_layers_dl_da_in_layer_order():
    t = trainer(activation="relu", depth=4, samples=400)
    taps, _ = recorded_pass(t, None)
    layers = t.network.layers
    out_grad = taps.activation_grads[-1]
    np.testing.assert_allclose(out_grad, t.loss.backward() @ t.network.output.W.T, rtol=1e-5)
    for i in range(len(layers) - 1):  # dL/da_i = (dL/da_(i+1) f'(z_(i+1))) W_(i+1)^T
        slope = layers[i + 1].activation.derivative(taps.pre_activations[i + 1])
        expected = (taps.activation_grads[i + 1] * slope) @ layers[i + 1].dense.W.T
        np.testing.assert_allclose(taps.activation_grads[i], expected, rtol=1e-4, atol=1e-7)


def test_recorded_step_statistics_come_from_a_fixed_subsample_of_each_array():
    t = trainer(activation="tanh", width=120, samples=600, init_scale=2.0)
    taps, layers = recorded_pass(t, 5000)  # 200 x 120 = 24 000 values per array
    for i, (layer, hidden) in enumerate(zip(layers, t.network.layers, strict=True)):
        z, a, g = taps.pre_activations[i], taps.activations[i], taps.activation_grads[i]
        assert layer.pre_activation_hist.counts.sum() == 5000
        assert layer.pre_activation_std == pytest.approx(z.std(), rel=0.03)
        assert layer.activation_std == pytest.approx(a.std(), rel=0.03)
        assert layer.activation_grad_std == pytest.approx(g.std(), rel=0.05)
        in_zones = saturation.in_zones(saturation.saturation_zones("tanh"), z).mean()
        assert layer.saturated_fraction == pytest.approx(in_zones, abs=0.03)
        # exact, on every value
        assert layer.dead_fraction == pytest.approx(naive_dead(hidden.activation, z), abs=1e-12)
        assert layer.weight_grad_norm == pytest.approx(np.linalg.norm(hidden.dense.dW), rel=1e-5)


def test_probe_statistics_do_not_depend_on_how_many_layers_are_binned_together(monkeypatch):
    t = trainer(depth=5)
    together = t.probe()
    monkeypatch.setattr(stats, "CHUNK_VALUES", 1)  # one layer at a time
    monkeypatch.setattr(summaries, "BIN_VALUES", 1)  # and one histogram row at a time
    apart = t.probe()
    assert [s.to_json() for s in apart] == [s.to_json() for s in together]


def test_a_recorded_step_takes_over_the_weights_summaries_only_while_they_still_hold():
    t = trainer(depth=3, width=64, samples=512, batch_size=64)
    t.timeline.stride = 2**62  # records only when asked
    t.step(record=True)
    first = t.last_stats
    t.step(record=True)  # the next step, recorded: the weights moved a tiny part of a bin
    pairs = list(zip(t.last_stats, first, strict=True))
    assert all(a.weight_hist is b.weight_hist for a, b in pairs)
    assert all(a.weight_std == b.weight_std for a, b in pairs)
    assert any(
        not np.array_equal(a.activation_hist.counts, b.activation_hist.counts) for a, b in pairs
    )
    t.step()  # a step not recorded: the weights' drift is unknown
    t.step(record=True)
    fresh = t.last_stats
    assert all(a.weight_hist is not b.weight_hist for a, b in zip(fresh, first, strict=True))
    for summary, layer in zip(fresh, t.network.layers, strict=True):
        assert summary.weight_std == pytest.approx(layer.dense.W.std(), rel=0.05)


def test_weights_that_moved_more_than_a_part_of_a_bin_are_summarized_anew():
    t = trainer(depth=3, width=64, samples=512, batch_size=64, optimizer="sgd", lr=5.0)
    t.step(record=True)
    first = t.last_stats
    t.step(record=True)  # lr 5: each weight moves by far more than 5 % of a bin
    assert all(a.weight_hist is not b.weight_hist for a, b in zip(t.last_stats, first, strict=True))


def test_a_sampler_is_freed_as_soon_as_it_is_dropped():
    """No reference cycle: the probe's samplers hold every value of a pass, and waiting
    for the garbage collector raised a deep network's peak memory by hundreds of MB."""
    import gc
    import weakref

    t = trainer(depth=2)
    gc.disable()
    try:
        sampler = stats.Sampler(t.network.layers, 64, None)
        sampler.parts([(0, 32), (32, 64)])
        dropped = weakref.ref(sampler)
        del sampler
        assert dropped() is None
    finally:
        gc.enable()
