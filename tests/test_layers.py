"""Dense, BatchNorm and Dropout: finite-difference gradient checks and mode behaviour."""

import numpy as np
from helpers import assert_grad_close, numeric_grad

from visualizer.core.layers import BatchNorm, Dense, Dropout

RNG = np.random.default_rng


def test_dense_gradients_match_finite_differences():
    rng = RNG(0)
    x = rng.standard_normal((5, 4))
    dense = Dense(rng.standard_normal((4, 3)), rng.standard_normal(3))
    upstream = rng.standard_normal((5, 3))

    def loss():
        return float(np.sum(upstream * dense.forward(x)))

    dense.forward(x)
    dx = dense.backward(upstream.copy())
    dW, db = dense.dW.copy(), dense.db.copy()

    assert_grad_close(dW, numeric_grad(loss, dense.W))
    assert_grad_close(db, numeric_grad(loss, dense.b))
    assert_grad_close(dx, numeric_grad(loss, x))


def test_dense_skips_the_input_gradient_when_not_needed():
    dense = Dense(np.ones((2, 3)))
    dense.forward(np.ones((4, 2)))
    assert dense.backward(np.ones((4, 3)), need_input_grad=False) is None
    np.testing.assert_array_equal(dense.dW, np.full((2, 3), 4.0))


def random_batch_norm(units: int, seed: int = 0) -> BatchNorm:
    rng = RNG(seed)
    bn = BatchNorm(units, np.float64)
    bn.gamma[:] = rng.uniform(0.5, 2.0, units)
    bn.beta[:] = rng.standard_normal(units)
    return bn


def test_batch_norm_training_gradients_match_finite_differences():
    rng = RNG(1)
    bn = random_batch_norm(3)
    x = rng.standard_normal((6, 3)) * 2 + 1
    upstream = rng.standard_normal((6, 3))

    def loss():
        return float(np.sum(upstream * bn.forward(x.copy(), training=True)))

    bn.forward(x.copy(), training=True)
    dx = bn.backward(upstream.copy())
    dgamma, dbeta = bn.dgamma.copy(), bn.dbeta.copy()

    assert_grad_close(dx, numeric_grad(loss, x))
    assert_grad_close(dgamma, numeric_grad(loss, bn.gamma))
    assert_grad_close(dbeta, numeric_grad(loss, bn.beta))


def test_batch_norm_training_output_is_normalized_per_unit():
    bn = BatchNorm(4, np.float64)
    x = RNG(2).standard_normal((50, 4)) * 3 + 5
    y = bn.forward(x.copy(), training=True)
    np.testing.assert_allclose(y.mean(axis=0), 0, atol=1e-12)
    np.testing.assert_allclose(y.std(axis=0), 1, rtol=1e-5)


def test_batch_norm_running_averages_move_by_momentum():
    bn = BatchNorm(3, np.float64, momentum=0.9)
    x = RNG(3).standard_normal((20, 3)) * 2 + 4
    bn.forward(x.copy(), training=True)
    np.testing.assert_allclose(bn.running_mean, 0.1 * x.mean(axis=0))
    np.testing.assert_allclose(bn.running_var, 0.9 + 0.1 * x.var(axis=0, ddof=1))

    second = RNG(4).standard_normal((20, 3))
    before_mean, before_var = bn.running_mean.copy(), bn.running_var.copy()
    bn.forward(second.copy(), training=True)
    np.testing.assert_allclose(bn.running_mean, 0.9 * before_mean + 0.1 * second.mean(axis=0))
    np.testing.assert_allclose(bn.running_var, 0.9 * before_var + 0.1 * second.var(axis=0, ddof=1))


def test_batch_norm_evaluation_uses_running_statistics_and_leaves_them():
    rng = RNG(5)
    bn = random_batch_norm(3, seed=6)
    bn.running_mean[:] = rng.standard_normal(3)
    bn.running_var[:] = rng.uniform(0.5, 3.0, 3)
    saved = bn.running_mean.copy(), bn.running_var.copy()
    x = rng.standard_normal((7, 3))

    y = bn.forward(x.copy(), training=False)

    expected = bn.gamma * (x - saved[0]) / np.sqrt(saved[1] + bn.eps) + bn.beta
    np.testing.assert_allclose(y, expected)
    np.testing.assert_array_equal(bn.running_mean, saved[0])
    np.testing.assert_array_equal(bn.running_var, saved[1])


def test_batch_norm_evaluation_input_gradient_matches_finite_differences():
    rng = RNG(7)
    bn = random_batch_norm(3, seed=8)
    bn.running_mean[:] = rng.standard_normal(3)
    bn.running_var[:] = rng.uniform(0.5, 3.0, 3)
    x = rng.standard_normal((6, 3))
    upstream = rng.standard_normal((6, 3))

    def loss():
        return float(np.sum(upstream * bn.forward(x.copy(), training=False)))

    bn.forward(x.copy(), training=False)
    dx = bn.backward(upstream.copy())
    assert_grad_close(dx, numeric_grad(loss, x))


def test_dropout_training_keeps_units_scaled_by_inverse_keep_probability():
    p = 0.4
    x = RNG(9).uniform(1.0, 2.0, (200, 50))
    out = Dropout(p, RNG(10)).forward(x.copy(), training=True)

    kept = out != 0
    np.testing.assert_allclose(out[kept], x[kept] / (1 - p))
    assert abs(kept.mean() - (1 - p)) < 0.02


def test_dropout_evaluation_is_identity():
    x = RNG(11).standard_normal((8, 5))
    layer = Dropout(0.5, RNG(12))
    np.testing.assert_array_equal(layer.forward(x.copy(), training=False), x)
    upstream = RNG(13).standard_normal((8, 5))
    np.testing.assert_array_equal(layer.backward(upstream.copy()), upstream)


def test_dropout_gradient_with_a_fixed_mask_matches_finite_differences():
    p = 0.3
    rng = RNG(14)
    x = rng.standard_normal((6, 5))
    upstream = rng.standard_normal((6, 5))

    def loss():  # the same seed draws the same mask every time
        return float(np.sum(upstream * Dropout(p, RNG(15)).forward(x.copy(), training=True)))

    layer = Dropout(p, RNG(15))
    layer.forward(x.copy(), training=True)
    dx = layer.backward(upstream.copy())

    assert_grad_close(dx, numeric_grad(loss, x))
    np.testing.assert_allclose(dx, upstream * layer.mask)
    assert 0 < np.count_nonzero(layer.mask) < layer.mask.size
