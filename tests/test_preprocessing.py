"""Input preprocessing: centred or standardized by the training set's statistics only."""

from __future__ import annotations

import numpy as np
import pytest
from test_cli import assert_user_error

from visualizer.core import session
from visualizer.core.config import Config, ConfigError
from visualizer.core.datasets import Dataset
from visualizer.core.preprocessing import PREPROCESSING, prepared_data, preprocess
from visualizer.core.session import Session


def data() -> Dataset:
    rng = np.random.default_rng(0)
    x_train = rng.normal([5.0, -2.0, 0.0], [3.0, 0.5, 1.0], size=(200, 3))
    x_train[:, 2] = 7.0  # a constant feature
    x_test = rng.normal([5.0, -2.0, 0.0], [3.0, 0.5, 1.0], size=(50, 3))
    return Dataset("d", x_train, np.zeros(200, np.int64), x_test, np.zeros(50, np.int64), 2)


def test_centering_subtracts_the_training_mean_from_both_sets():
    raw = data()
    out = preprocess(raw, "center")
    np.testing.assert_allclose(out.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(out.x_test, raw.x_test - raw.x_train.mean(axis=0))
    np.testing.assert_allclose(out.x_train.std(axis=0), raw.x_train.std(axis=0))
    assert out.x_test.mean(axis=0)[0] != pytest.approx(0.0, abs=1e-6)  # not its own mean


def test_standardizing_gives_unit_spread_and_leaves_a_constant_feature_at_zero():
    raw = data()
    out = preprocess(raw, "standardize")
    np.testing.assert_allclose(out.x_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(out.x_train.std(axis=0), [1.0, 1.0, 0.0], atol=1e-12)
    mean, std = raw.x_train.mean(axis=0), raw.x_train.std(axis=0)
    np.testing.assert_allclose(out.x_test[:, :2], (raw.x_test[:, :2] - mean[:2]) / std[:2])
    assert np.all(np.isfinite(out.x_test))
    assert out.y_train is raw.y_train and out.n_classes == raw.n_classes


def test_none_is_the_data_itself_and_an_unknown_choice_is_an_error():
    raw = data()
    assert preprocess(raw, "none") is raw
    with pytest.raises(ValueError, match="allowed: none, center, standardize"):
        preprocess(raw, "whiten")
    assert PREPROCESSING == ("none", "center", "standardize")


def test_the_config_key_is_validated_and_applied_when_data_loads(capsys):
    with pytest.raises(ConfigError, match="preprocess: unknown value 'whiten'; allowed: none"):
        Config(preprocess="whiten")
    digits = prepared_data(Config(dataset="digits", preprocess="standardize"))
    assert digits.x_train.mean() == pytest.approx(0.0, abs=1e-12)
    assert prepared_data(Config(dataset="digits")).x_train.min() == 0.0  # pixels 0..1 as read
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "preprocess=pca"], "preprocess")


def test_runs_that_preprocess_differently_do_not_share_their_inputs():
    small = Config(dataset="blobs", samples=200, depth=2, width=8)
    session = Session([small, small.replace(preprocess="standardize"), small])
    a, b, c = (run.trainer.dataset for run in session.runs)
    assert a is c and a is not b
    np.testing.assert_array_equal(a.y_train, b.y_train)  # same split
    assert not np.allclose(a.x_train, b.x_train)


def test_runs_that_differ_only_in_preprocessing_read_the_data_once(monkeypatch):
    reads = []
    read = session.raw_data

    def counted(config):
        reads.append(config.dataset)
        return read(config)

    monkeypatch.setattr(session, "raw_data", counted)
    small = Config(dataset="blobs", samples=200, depth=2, width=8)
    Session([small, small.replace(preprocess="center"), small.replace(preprocess="standardize")])
    assert reads == ["blobs"]
