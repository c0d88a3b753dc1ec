"""Finite-difference gradient checks (float64) for every registered activation."""

import numpy as np
import pytest
from helpers import assert_grad_close, away_from_zero, numeric_grad

from visualizer.core import activations
from visualizer.core.activations import ACTIVATIONS

NAMES = ACTIVATIONS.names()
UNITS = 3
ROWS = 4


def make(name: str) -> activations.Activation:
    act = activations.create(name, alpha=None, units=UNITS)
    if name == "rrelu":
        act.training = False  # gradient check in evaluation mode (fixed mean slope)
    return act


def inputs(act, seed: int = 0) -> np.ndarray:
    return away_from_zero(np.random.default_rng(seed), (ROWS, UNITS * act.pieces))


def test_registry_is_not_empty_and_has_the_design_names():
    expected = {"sigmoid", "tanh", "relu", "leaky_relu", "prelu", "rrelu", "elu", "selu"}
    expected |= {"linear", "step", "softplus", "gelu", "swish", "maxout"}
    assert expected <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_backward_matches_finite_differences(name):
    act = make(name)
    z = inputs(act)
    upstream = np.random.default_rng(1).standard_normal((ROWS, UNITS))

    out = act.forward(z.copy())
    assert out.shape == (ROWS, UNITS)
    np.testing.assert_allclose(out, act.function(z))
    analytic = act.backward(upstream.copy()).copy()

    numeric = numeric_grad(lambda: float(np.sum(upstream * act.function(z))), z)
    assert_grad_close(analytic, numeric)


@pytest.mark.parametrize("name", [n for n in NAMES if activations.get(n).elementwise])
def test_derivative_matches_finite_differences_of_function(name):
    act = make(name)
    z = inputs(act, seed=2)
    eps = 1e-6
    numeric = (act.function(z + eps) - act.function(z - eps)) / (2 * eps)
    assert_grad_close(act.derivative(z), numeric)


def test_step_gradient_is_exactly_zero():
    act = activations.create("step", units=UNITS)
    z = inputs(act)
    act.forward(z.copy())
    grad = act.backward(np.ones((ROWS, UNITS)))
    assert np.all(grad == 0)
    assert np.all(act.derivative(z) == 0)


def test_maxout_feeds_pieces_times_units_inputs():
    act = activations.create("maxout", units=UNITS)
    assert act.pieces == 2
    z = inputs(act)
    out = act.forward(z.copy())
    np.testing.assert_array_equal(out, z.reshape(ROWS, UNITS, 2).max(axis=2))


def test_prelu_slope_gradient_matches_finite_differences():
    act = activations.create("prelu", units=UNITS)
    rng = np.random.default_rng(3)
    act.slopes[:] = rng.uniform(0.1, 0.5, UNITS)
    z = away_from_zero(rng, (ROWS, UNITS))
    upstream = rng.standard_normal((ROWS, UNITS))

    act.forward(z.copy())
    act.backward(upstream.copy())
    analytic = act.slope_grad.copy()

    numeric = numeric_grad(lambda: float(np.sum(upstream * act.function(z))), act.slopes)
    assert_grad_close(analytic, numeric)
    assert act.params() == [act.slopes]
    assert act.grads() == [act.slope_grad]


def test_rrelu_evaluation_uses_the_mean_slope():
    act = activations.create("rrelu", units=UNITS)
    act.training = False
    z = -np.ones((ROWS, UNITS))
    np.testing.assert_allclose(act.forward(z.copy()), -act.alpha * 11 / 16)


def test_rrelu_training_samples_slopes_in_range_and_backward_uses_them():
    act = activations.create("rrelu", units=50)
    act.rng = np.random.default_rng(4)
    assert act.training
    rng = np.random.default_rng(5)
    z = -rng.uniform(0.1, 2.0, (20, 50))  # all negative: every element gets a slope
    slopes = act.forward(z.copy()) / z

    low, high = 3 / 8 * act.alpha, act.alpha
    assert np.all((slopes >= low - 1e-12) & (slopes <= high + 1e-12))
    assert slopes.std() > 0.1 * (high - low)  # random, not one fixed value

    upstream = rng.standard_normal(z.shape)
    np.testing.assert_allclose(act.backward(upstream.copy()), upstream * slopes)


def test_rrelu_training_passes_positive_inputs_unchanged():
    act = activations.create("rrelu", units=UNITS)
    z = np.abs(inputs(act))
    np.testing.assert_array_equal(act.forward(z.copy()), z)
