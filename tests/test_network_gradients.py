"""Whole-network finite-difference checks, and weight decay / clipping in Trainer.step."""

import numpy as np
import pytest
from helpers import assert_grad_close, numeric_grad

from visualizer.core.config import Config
from visualizer.core.network import Taps
from visualizer.core.trainer import Trainer

ACTIVATIONS = ["tanh", "sigmoid", "elu", "selu", "gelu", "swish", "softplus", "prelu", "maxout"]
BATCH = 12


def small_trainer(**changes) -> Trainer:
    values = dict(depth=3, width=7, dtype="float64", dataset="blobs") | changes
    return Trainer(Config(**values))


def check_every_parameter(trainer: Trainer, mode: str, before_forward=lambda: None) -> None:
    network, loss_fn = trainer.network, trainer.loss
    rng = np.random.default_rng(0)
    for dense in network.dense_layers():  # nonzero biases keep ReLU-like kinks away from z = 0
        dense.b[:] = rng.uniform(0.05, 0.3, dense.b.shape) * rng.choice([-1, 1], dense.b.shape)
    x, y = trainer.x_train[:BATCH], trainer.y_train[:BATCH]

    def loss() -> float:
        before_forward()
        return loss_fn.forward(network.forward(x.copy(), mode), y)

    loss()
    network.backward(loss_fn.backward())
    analytic = [g.copy() for g in network.grads()]
    params = network.params()
    assert len(params) == len(analytic)
    for param, grad in zip(params, analytic, strict=True):
        assert_grad_close(grad, numeric_grad(loss, param), tol=1e-5)


@pytest.mark.parametrize(
    "batch_norm", [None, "before", "after"], ids=["plain", "batch_norm", "batch_norm_after"]
)
@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_network_gradients_match_finite_differences(activation, batch_norm):
    placement = {"batch_norm": True, "batch_norm_position": batch_norm} if batch_norm else {}
    trainer = small_trainer(activation=activation, **placement)
    check_every_parameter(trainer, "probe")


@pytest.mark.parametrize("position", ["before", "after"])
@pytest.mark.parametrize("activation", ["relu", "tanh", "maxout"])
def test_training_mode_gradients_with_batch_norm_and_dropout_match(activation, position):
    trainer = small_trainer(
        depth=2,
        width=6,
        activation=activation,
        batch_norm=True,
        batch_norm_position=position,
        dropout=0.3,
    )
    check_every_parameter(trainer, "train", before_forward=fixed_noise(trainer))


def test_batch_norm_after_the_activation_normalizes_its_output_and_keeps_it():
    trainer = small_trainer(
        width=20, activation="relu", batch_norm=True, batch_norm_position="after"
    )
    layer = trainer.network.layers[0]
    assert layer.norm.gamma.shape == (20,) and layer.norm_after
    x = trainer.x_train[:64].copy()
    trainer.network.forward(x, "probe", taps := Taps())
    z, a = taps.pre_activations[0], taps.activations[0]
    np.testing.assert_array_equal(a, np.maximum(z, 0.0))  # z straight from Dense, then f
    np.testing.assert_allclose(z, x @ layer.dense.W)  # not normalized
    out = layer.norm.forward(a.copy())  # what layer 2 gets
    np.testing.assert_allclose(taps.pre_activations[1], out @ trainer.network.layers[1].dense.W)
    np.testing.assert_allclose(out.mean(axis=0), 0.0, atol=1e-9)
    np.testing.assert_allclose(out.std(axis=0)[a.std(axis=0) > 0.1], 1.0, atol=1e-3)


def test_hidden_biases_start_at_bias_init_and_the_output_bias_at_zero():
    trainer = small_trainer(bias_init=0.01, activation="maxout")
    for layer in trainer.network.layers:
        assert layer.dense.b.shape == (7 * layer.activation.pieces,)
        np.testing.assert_array_equal(layer.dense.b, 0.01)
    np.testing.assert_array_equal(trainer.network.output.b, 0.0)


def test_network_parameters_include_batch_norm_and_prelu_slopes():
    trainer = small_trainer(activation="prelu", batch_norm=True)
    # per hidden layer: W, b, gamma, beta, slopes; then the output W, b
    assert len(trainer.network.params()) == 3 * 5 + 2


def fixed_noise(trainer: Trainer):
    """Reseed every dropout layer and random activation before each forward pass."""

    def reseed():
        for i, layer in enumerate(trainer.network.layers):
            layer.dropout.rng = np.random.default_rng(100 + i)
            if hasattr(layer.activation, "rng"):
                layer.activation.rng = np.random.default_rng(200 + i)

    return reseed


@pytest.mark.parametrize(
    "activation",
    ["relu", "swish", "rrelu", "tanh", "sigmoid", "elu", "selu"],
)
def test_training_mode_gradients_with_dropout_match_finite_differences(activation):
    trainer = small_trainer(depth=2, width=6, activation=activation, dropout=0.3)
    check_every_parameter(trainer, "train", before_forward=fixed_noise(trainer))


def full_batch_trainer(**changes) -> Trainer:
    """SGD on the whole training set in one batch, so the batch order cannot matter."""
    values = dict(depth=2, width=5, optimizer="sgd", lr=0.1, batch_size=10_000) | changes
    return small_trainer(**values)


def reference_gradients(trainer: Trainer) -> list[np.ndarray]:
    """d loss / d params on the full training set, without decay or clipping."""
    network = trainer.network
    outputs = network.forward(trainer.x_train.copy(), "train")
    trainer.loss.forward(outputs, trainer.y_train)
    network.backward(trainer.loss.backward())
    return [g.copy() for g in network.grads()]


def test_weight_decay_adds_lambda_w_to_dense_weight_gradients_only():
    lr, wd = 0.1, 0.05
    trainer = full_batch_trainer(weight_decay=wd, lr=lr)
    reference = full_batch_trainer(weight_decay=wd, lr=lr)
    grads = reference_gradients(reference)
    before = [p.copy() for p in trainer.network.params()]
    dense_weights = {id(d.W) for d in trainer.network.dense_layers()}

    trainer.step()

    for param, old, grad in zip(trainer.network.params(), before, grads, strict=True):
        decay = wd * old if id(param) in dense_weights else 0.0
        np.testing.assert_allclose(param, old - lr * (grad + decay), rtol=1e-10, atol=1e-12)


def global_norm(grads) -> float:
    return float(np.sqrt(sum(np.sum(g * g) for g in grads)))


def test_gradient_clipping_scales_the_global_norm_down_to_grad_clip():
    clip = 1e-3
    trainer = full_batch_trainer(grad_clip=clip, batch_norm=True)
    grads = reference_gradients(full_batch_trainer(grad_clip=clip, batch_norm=True))
    unclipped = global_norm(grads)
    assert unclipped > clip

    trainer.step()

    clipped = trainer.network.grads()
    assert global_norm(clipped) == pytest.approx(clip, rel=1e-9)
    for g, ref in zip(clipped, grads, strict=True):
        np.testing.assert_allclose(g, ref * (clip / unclipped), rtol=1e-9, atol=1e-15)


def test_gradient_clipping_leaves_small_gradients_alone():
    trainer = full_batch_trainer(grad_clip=1e6)
    grads = reference_gradients(full_batch_trainer(grad_clip=1e6))
    trainer.step()
    for g, ref in zip(trainer.network.grads(), grads, strict=True):
        np.testing.assert_allclose(g, ref, rtol=1e-12)
