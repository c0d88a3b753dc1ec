import math

import numpy as np
import pytest

from visualizer.core import losses
from visualizer.core.losses import LOSSES
from visualizer.core.registry import UnknownNameError

N, K = 5, 3
LABELS = np.array([0, 2, 1, 2, 0])


def numeric_grad(loss, outputs, targets, eps=1e-6):
    grad = np.zeros_like(outputs)
    for index in np.ndindex(outputs.shape):
        plus, minus = outputs.copy(), outputs.copy()
        plus[index] += eps
        minus[index] -= eps
        grad[index] = (loss.forward(plus, targets) - loss.forward(minus, targets)) / (2 * eps)
    return grad


def relative_error(a, b):
    return np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b))


def target_cases(name):
    """(outputs, targets) pairs: int labels always, float targets unless labels are needed."""
    rng = np.random.default_rng(0)
    cases = [(rng.normal(size=(N, K)), LABELS)]
    if not losses.get(name).needs_labels:
        targets = rng.uniform(0, 1, size=(N, K))
        cases.append((rng.normal(size=(N, K)), targets))
    if name == "mae":  # keep every point at least 0.1 away from the kink o = t
        cases = [(away_from_kink(o, t, rng), t) for o, t in cases]
    return cases


def away_from_kink(outputs, targets, rng):
    dense = np.eye(K)[targets] if targets.ndim == 1 else targets
    return dense + rng.choice([-1, 1], size=(N, K)) * rng.uniform(0.1, 1, size=(N, K))


@pytest.mark.parametrize("name", LOSSES.names())
def test_gradient_matches_finite_differences(name):
    for outputs, targets in target_cases(name):
        loss = losses.create(name)
        loss.forward(outputs, targets)
        analytic = loss.backward()
        assert analytic.shape == outputs.shape and analytic.dtype == np.float64
        assert relative_error(analytic, numeric_grad(loss, outputs, targets)) < 1e-6


@pytest.mark.parametrize("name", LOSSES.names())
def test_float32_in_float32_out(name):
    outputs = np.random.default_rng(1).normal(size=(N, K)).astype(np.float32)
    loss = losses.create(name)
    value = loss.forward(outputs, LABELS)
    assert isinstance(value, float)
    assert loss.backward().dtype == np.float32
    assert loss.predict(outputs).dtype == np.float32


@pytest.mark.parametrize("name", LOSSES.names())
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_huge_logits_stay_finite(name, dtype):
    outputs = np.array([[1e4, -1e4, 0.0], [-1e4, 1e4, 1e4]], dtype=dtype)
    loss = losses.create(name)
    assert math.isfinite(loss.forward(outputs, np.array([1, 0])))
    assert np.all(np.isfinite(loss.backward()))
    assert np.all(np.isfinite(loss.predict(outputs)))


def test_cross_entropy_of_uniform_logits_is_log_k():
    loss = losses.create("cross_entropy")
    assert loss.forward(np.full((4, 10), 3.7), np.array([0, 3, 9, 5])) == pytest.approx(
        math.log(10)
    )


def test_cross_entropy_known_value_and_huge_logits():
    loss = losses.create("cross_entropy")
    # -log(e^2 / (e^0 + e^1 + e^2))
    want = -2 + math.log(1 + math.e + math.e**2)
    assert loss.forward(np.array([[0.0, 1.0, 2.0]]), np.array([2])) == pytest.approx(want)
    # a confident wrong answer costs the logit gap, a confident right one costs nothing
    assert loss.forward(np.array([[1e4, 0.0]]), np.array([1])) == pytest.approx(1e4)
    assert loss.forward(np.array([[1e4, 0.0]]), np.array([0])) == 0.0


def test_cross_entropy_backward_and_predict():
    loss = losses.create("cross_entropy")
    outputs = np.zeros((2, 4))
    loss.forward(outputs, np.array([1, 3]))
    want = np.full((2, 4), 0.25)
    want[0, 1] -= 1
    want[1, 3] -= 1
    np.testing.assert_allclose(loss.backward(), want / 2)
    np.testing.assert_allclose(loss.predict(outputs), np.full((2, 4), 0.25))


def test_cross_entropy_rejects_float_targets():
    with pytest.raises(ValueError, match="cross_entropy needs class labels; use mse or mae"):
        losses.create("cross_entropy").forward(np.zeros((2, 2)), np.array([[0.0, 1.0]] * 2))
    with pytest.raises(ValueError, match="needs class labels"):
        losses.create("cross_entropy").forward(np.zeros((2, 2)), np.array([0.0, 1.0]))


def test_labels_out_of_range():
    with pytest.raises(ValueError, match=r"0\.\.2"):
        losses.create("cross_entropy").forward(np.zeros((2, 3)), np.array([0, 3]))
    with pytest.raises(ValueError, match=r"0\.\.2"):
        losses.create("mse").forward(np.zeros((2, 3)), np.array([-1, 0]))


def test_binary_cross_entropy_known_values():
    loss = losses.create("bce")
    # zero logits: p = 1/2 for every output, log 2 per output, summed over K
    assert loss.forward(np.zeros((4, K)), LABELS[:4]) == pytest.approx(K * math.log(2))
    np.testing.assert_allclose(loss.predict(np.array([[0.0, 1e4, -1e4]])), [[0.5, 1.0, 0.0]])
    # one logit per sample with 0/1 labels: -log sigmoid(2) and -log(1 - sigmoid(-1))
    value = loss.forward(np.array([[2.0], [-1.0]]), np.array([1, 0]))
    want = (math.log(1 + math.exp(-2)) + math.log(1 + math.exp(-1))) / 2
    assert value == pytest.approx(want)


def test_mse_and_mae_known_values():
    outputs = np.array([[1.0, 2.0], [3.0, 5.0]])
    targets = np.array([[0.0, 2.0], [1.0, 1.0]])
    mse, mae = losses.create("mse"), losses.create("mae")
    assert mse.forward(outputs, targets) == pytest.approx((1 + 0 + 4 + 16) / 4)
    np.testing.assert_allclose(mse.backward(), 2 * (outputs - targets) / 4)
    assert mae.forward(outputs, targets) == pytest.approx((1 + 0 + 2 + 4) / 4)
    np.testing.assert_allclose(mae.backward(), [[0.25, 0.0], [0.25, 0.25]])
    assert mse.predict(outputs) is outputs


def test_mse_int_labels_become_one_hot():
    mse = losses.create("mse")
    assert mse.forward(np.zeros((2, 3)), np.array([0, 2])) == pytest.approx(2 / 6)


def test_single_output_regression_accepts_flat_targets():
    mse = losses.create("mean_squared_error")
    assert mse.forward(np.array([[1.0], [2.0]]), np.array([0.0, 0.0])) == pytest.approx(2.5)
    with pytest.raises(ValueError, match="does not match"):
        mse.forward(np.zeros((2, 2)), np.zeros((2, 3)))


def test_registry_names_aliases_and_needs_labels():
    assert LOSSES.names() == ["cross_entropy", "mse", "mae", "binary_cross_entropy"]
    for alias in ("categorical_crossentropy", "softmax_cross_entropy"):
        assert losses.get(alias) is losses.CrossEntropy
    assert losses.get("bce") is losses.BinaryCrossEntropy
    assert losses.get("mean_absolute_error") is losses.MeanAbsoluteError
    assert [losses.get(n).needs_labels for n in LOSSES.names()] == [True, False, False, False]
    for name in LOSSES.names():
        assert losses.get(name).formula.startswith(f"{name}: ")


def test_unknown_name_lists_valid_names():
    with pytest.raises(UnknownNameError, match="cross_entropy") as info:
        losses.get("hinge")
    assert "binary_cross_entropy" in str(info.value)
