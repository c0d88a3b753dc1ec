"""A minibatch trained in parts on threads (core.shards) is the same step as the whole."""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.trainer import Trainer

BASE = Config(
    dataset="blobs", depth=3, width=24, batch_size=50, samples=400, dtype="float64", seed=3
)


def trained(config: Config, parts: int, steps: int, record: bool = False) -> Trainer:
    trainer = Trainer(config, quiet=True, parts=parts)
    for _ in range(steps):
        trainer.step(record=record)
    return trainer


@pytest.mark.parametrize("parts", [2, 3])
@pytest.mark.parametrize(
    "changes",
    [{}, {"activation": "tanh", "optimizer": "adam"}, {"loss": "mse"}, {"activation": "prelu"}],
)
def test_parts_train_the_same_steps_as_the_whole_batch(parts, changes):
    config = BASE.replace(**changes)
    whole, split = trained(config, 1, 20), trained(config, parts, 20)
    assert split.shards is not None and split.shards.parts == parts
    for a, b in zip(whole.network.params(), split.network.params(), strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(
        split.history.arrays()["train_loss"], whole.history.arrays()["train_loss"], rtol=1e-9
    )


def test_a_seed_reproduces_a_run_in_parts_exactly():
    first, again = trained(BASE, 2, 15), trained(BASE, 2, 15)
    for a, b in zip(first.network.params(), again.network.params(), strict=True):
        np.testing.assert_array_equal(a, b)


def test_a_recorded_step_in_parts_shows_the_whole_batchs_statistics():
    config = BASE.replace(init_scale=3.0, bias_init=-0.5)  # some dead units
    whole, split = trained(config, 1, 6, record=True), trained(config, 2, 6, record=True)
    assert any(s.dead_fraction > 0 for s in whole.last_stats)
    for a, b in zip(whole.last_stats, split.last_stats, strict=True):
        assert b.dead_fraction == a.dead_fraction
        for name in ("activation_hist", "pre_activation_hist", "grad_log_hist"):
            np.testing.assert_array_equal(getattr(b, name).counts, getattr(a, name).counts)
        assert b.activation_std == pytest.approx(a.activation_std, rel=1e-9)
        assert b.activation_grad_std == pytest.approx(a.activation_grad_std, rel=1e-9)
        assert b.update_ratio == pytest.approx(a.update_ratio, rel=1e-9)


@pytest.mark.parametrize(
    "changes", [{"batch_norm": True}, {"dropout": 0.2}, {"activation": "rrelu"}]
)
def test_passes_that_mix_samples_or_draw_random_numbers_are_not_split(changes):
    trainer = Trainer(BASE.replace(**changes), quiet=True, parts=2)
    assert trainer.shards is None


def test_uneven_parts_and_a_batch_smaller_than_the_parts():
    config = BASE.replace(batch_size=7)
    whole, split = trained(config, 1, 10), trained(config, 3, 10)
    assert split.shards.bounds(7) == [(0, 2), (2, 4), (4, 7)]
    for a, b in zip(whole.network.params(), split.network.params(), strict=True):
        np.testing.assert_allclose(b, a, rtol=1e-9, atol=1e-12)
    tiny = trained(BASE.replace(batch_size=2), 3, 3)  # 2 samples in 3 parts: trained whole
    assert np.isfinite(tiny.history.arrays()["train_loss"]).all()
