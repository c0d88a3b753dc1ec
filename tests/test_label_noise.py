"""The label-noise key (core.keys.LABEL_NOISE): a share of the training labels replaced by
another class, drawn from the seed; declared once, validated by Config, read with the data.
"""

from __future__ import annotations

import numpy as np
import pytest

from visualizer.core.config import Config, ConfigError
from visualizer.core.datasets import raw_data
from visualizer.core.keys import BY_NAME, DATA_KEYS
from visualizer.core.session import Session

BLOBS = Config(dataset="blobs", samples=400, depth=1, width=4, batch_size=16)


def test_a_share_of_the_training_labels_moves_to_another_class():
    clean, noisy = raw_data(BLOBS), raw_data(BLOBS.replace(label_noise=0.25))
    changed = clean.y_train != noisy.y_train
    assert changed.sum() == round(0.25 * len(clean.y_train))
    assert set(noisy.y_train[changed]) <= set(range(clean.n_classes))
    np.testing.assert_array_equal(noisy.x_train, clean.x_train)
    np.testing.assert_array_equal(noisy.y_test, clean.y_test)  # the test labels stay true
    again = raw_data(BLOBS.replace(label_noise=0.25))
    np.testing.assert_array_equal(again.y_train, noisy.y_train)  # the seed decides


def test_a_regression_set_keeps_its_targets():
    sine = Config(dataset="sine")
    np.testing.assert_array_equal(
        raw_data(sine.replace(label_noise=0.5)).y_train, raw_data(sine).y_train
    )


@pytest.mark.parametrize("value", [-0.1, 1.0, 2, float("inf")])
def test_a_share_outside_0_to_1_is_refused_naming_the_range(value):
    with pytest.raises(ConfigError, match=r"label_noise: .*allowed: 0 <= label_noise < 1"):
        Config(label_noise=value)


def test_runs_with_different_label_noise_read_their_own_data():
    assert "label_noise" in DATA_KEYS and BY_NAME["label_noise"].help.ko
    session = Session([BLOBS, BLOBS.replace(label_noise=0.5)])
    clean, noisy = (run.trainer.dataset for run in session.runs)
    assert clean is not noisy and (clean.y_train != noisy.y_train).any()
