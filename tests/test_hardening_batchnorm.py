"""Batch norm's running variance is the unbiased estimate, as in PyTorch: evaluation-mode
outputs match what a student computes with PyTorch's formula."""

from __future__ import annotations

import numpy as np

from visualizer.core.layers import BatchNorm


def pytorch_running_stats(batches: list[np.ndarray], momentum: float = 0.1):
    """torch.nn.BatchNorm1d's update (its momentum is our 1 - momentum): running_var moves
    toward the batch variance with Bessel's correction, var * n / (n - 1)."""
    mean, var = np.zeros(batches[0].shape[1]), np.ones(batches[0].shape[1])
    for x in batches:
        mean = (1 - momentum) * mean + momentum * x.mean(axis=0)
        var = (1 - momentum) * var + momentum * x.var(axis=0, ddof=1)
    return mean, var


def test_evaluation_after_batches_of_8_matches_the_pytorch_formula():
    rng = np.random.default_rng(0)
    batches = [rng.standard_normal((8, 5)) * 2 + 1 for _ in range(30)]
    bn = BatchNorm(5, np.float64, momentum=0.9)
    for x in batches:
        bn.forward(x.copy(), training=True)
    mean, var = pytorch_running_stats(batches)
    np.testing.assert_allclose(bn.running_var, var, rtol=1e-12)
    probe = rng.standard_normal((4, 5))
    expected = (probe - mean) / np.sqrt(var + bn.eps)
    np.testing.assert_allclose(bn.forward(probe.copy(), training=False), expected, rtol=1e-10)


def test_training_still_normalizes_with_the_biased_batch_variance():
    x = np.random.default_rng(1).standard_normal((8, 3))
    y = BatchNorm(3, np.float64).forward(x.copy(), training=True)
    expected = (x - x.mean(axis=0)) / np.sqrt(x.var(axis=0) + 1e-5)
    np.testing.assert_allclose(y, expected, rtol=1e-12)


def test_a_batch_of_one_moves_the_variance_toward_zero_without_dividing_by_zero():
    bn = BatchNorm(2, np.float64, momentum=0.9)
    bn.forward(np.array([[3.0, -1.0]]), training=True)
    np.testing.assert_allclose(bn.running_var, [0.9, 0.9])
