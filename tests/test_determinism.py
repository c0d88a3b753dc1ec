"""Same seed, same run: identical histories and weights; another seed differs."""

import numpy as np
import pytest

from visualizer.core.config import Config
from visualizer.core.report import train

STEPS = 40
BASE = dict(dataset="moons", depth=3, width=16, batch_size=32, optimizer="adam", lr=0.01)


def run(**changes):
    trainer, _ = train(Config(**(BASE | changes)), STEPS)
    return trainer.history.arrays(), [p.copy() for p in trainer.network.params()]


def same(a, b) -> bool:
    history_a, params_a = a
    history_b, params_b = b
    same_history = all(
        np.array_equal(history_a[key], history_b[key], equal_nan=True) for key in history_a
    )
    return same_history and all(
        np.array_equal(p, q) for p, q in zip(params_a, params_b, strict=True)
    )


CASES = {
    "plain": {},
    "dropout_rrelu": dict(dropout=0.3, activation="rrelu"),
    "batch_norm_prelu": dict(batch_norm=True, activation="prelu"),
}


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_same_seed_gives_identical_history_and_weights(changes):
    first, second = run(seed=7, **changes), run(seed=7, **changes)
    assert len(first[0]["step"]) == STEPS + 1
    assert same(first, second)


@pytest.mark.parametrize("changes", CASES.values(), ids=CASES.keys())
def test_a_different_seed_gives_a_different_run(changes):
    assert not same(run(seed=7, **changes), run(seed=8, **changes))
