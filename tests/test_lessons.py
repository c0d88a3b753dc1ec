"""The classic results, reproduced by real engine runs of the lessons."""

from itertools import pairwise

import numpy as np
import pytest

from visualizer.core import lessons
from visualizer.core.layer_stats import Histogram
from visualizer.core.report import train
from visualizer.core.trainer import Trainer


def probe(name: str, **changes):
    """Layer statistics of a lesson's freshly initialized network (no update)."""
    config = lessons.get(name).configs()[0]
    if changes:
        config = config.replace(**changes)
    trainer, _ = train(config, 0)
    return trainer.probe()


def share(hist: Histogram, inside) -> float:
    """Share of the histogram's values in the bins whose [low, high] satisfies `inside`."""
    low, high = hist.edges[:-1], hist.edges[1:]
    chosen = np.array([inside(a, b) for a, b in zip(low, high, strict=True)])
    return hist.counts[chosen].sum() / hist.counts.sum()


TOL = 1e-9


@pytest.mark.parametrize(
    "name", [n for n in lessons.names() if lessons.get(n).topic == "initialization"]
)
def test_seed_experiment_lessons_use_the_seed_setup(name):
    config = lessons.get(name).configs()[0]
    if config.dataset == "gaussian":
        assert (config.samples, config.input_dim, config.test_fraction) == (1000, 100, 0.0)
        assert (config.width, config.batch_size) == (100, 1000)


def test_sigmoid_std_1_piles_up_at_0_and_1():
    # bins=20: 0.1 and 0.9 are bin edges
    last = probe("sigmoid_std1", bins=20)[4].activation_hist
    assert share(last, lambda a, b: b <= 0.1 + TOL or a >= 0.9 - TOL) > 0.6


def test_sigmoid_std_001_keeps_everything_near_one_half():
    for layer in probe("sigmoid_std001", bins=20):
        hist = layer.activation_hist
        assert share(hist, lambda a, b: a >= 0.45 - TOL and b <= 0.55 + TOL) > 0.95


def test_relu_std_001_activations_collapse_layer_by_layer():
    stds = [layer.activation_std for layer in probe("relu_std001")]
    assert all(later < earlier for earlier, later in pairwise(stds))
    assert stds[4] < 1e-3 * stds[0]


def test_relu_he_keeps_the_same_spread_at_every_depth():
    stds = [layer.activation_std for layer in probe("relu_he")]
    assert all(stds[0] / 1.5 < std < stds[0] * 1.5 for std in stds)


def test_relu_xavier_drifts_toward_zero_with_depth():
    stds = [layer.activation_std for layer in probe("relu_xavier")]
    assert all(later < earlier * 1.05 for earlier, later in pairwise(stds))
    assert stds[4] < 0.5 * stds[0]


def test_tanh_std_1_saturates():
    assert all(layer.saturated_fraction > 0.5 for layer in probe("tanh_std1"))


def test_selu_lecun_normal_self_normalizes_over_20_layers():
    layers = probe("selu_lecun")
    assert len(layers) == 20
    for layer in layers:
        assert abs(layer.activation_mean) < 0.15
        assert 0.85 < layer.activation_std < 1.15


def test_zero_init_gives_every_hidden_weight_a_zero_gradient():
    trainer, _ = train(lessons.get("zero_init").configs()[0], 0)
    layers = trainer.probe()
    assert all(layer.weight_grad_norm == 0 for layer in layers)
    assert all(np.all(hidden.dense.dW == 0) for hidden in trainer.network.layers)


def test_zero_init_units_stay_identical_while_training():
    trainer, _ = train(lessons.get("zero_init").configs()[0], 30)
    hidden_weights = [hidden.dense.W for hidden in trainer.network.layers]
    assert any(np.any(w != 0) for w in hidden_weights)  # they move, but together
    for w in hidden_weights:
        same_as_first_unit = np.broadcast_to(w[:, :1], w.shape)
        np.testing.assert_allclose(w, same_as_first_unit, rtol=1e-5, atol=1e-7)


def final(trainer: Trainer, column: str) -> float:
    return float(trainer.history.arrays()[column][-1])


def train_ab(name: str, steps: int, second: int = 1) -> tuple[Trainer, Trainer]:
    """Run A and run B (or the run at index `second`) of a lesson after `steps` steps,
    trained quietly (the same steps and numbers, without the timeline's records)."""
    configs = lessons.get(name).configs()
    a, b = (
        train(c, steps, trainer=Trainer(c, quiet=True))[0] for c in (configs[0], configs[second])
    )
    return a, b


@pytest.mark.slow
def test_init_compare_on_digits_std_001_does_not_learn_and_he_does():
    a, b = train_ab("init_compare_digits", 2000, second=2)  # run C: He
    assert final(a, "train_loss") > 2.2
    assert final(b, "train_loss") < 0.5
    assert final(b, "test_accuracy") > 0.9


@pytest.mark.slow
def test_batch_norm_rescues_a_bad_initialization():
    a, b = train_ab("batchnorm_rescue", 1000)
    assert final(a, "train_loss") > 2.2
    assert final(b, "train_loss") < 0.5
    assert final(b, "test_accuracy") > 0.9


@pytest.mark.slow
def test_exploding_gradients_diverge_and_clipping_prevents_it():
    a, b = train_ab("exploding_gradients", 200)
    assert a.status == "diverged" and a.diverged_at is not None
    assert b.status == "ok" and b.step_count == 200


def test_step_activation_passes_no_gradient_to_hidden_weights():
    config = lessons.get("step_cannot_learn").configs()[0]
    untrained = Trainer(config)
    trainer, _ = train(config, 100)
    trainer.probe()
    for hidden, fresh in zip(trainer.network.layers, untrained.network.layers, strict=True):
        assert np.all(hidden.dense.dW == 0)
        np.testing.assert_array_equal(hidden.dense.W, fresh.dense.W)
    assert not np.array_equal(trainer.network.output.W, untrained.network.output.W)
