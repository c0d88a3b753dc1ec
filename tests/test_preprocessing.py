"""Input preprocessing: centred, standardized, decorrelated (PCA) or whitened by the
training set's statistics only; the input cloud's stages."""

from __future__ import annotations

import numpy as np
import pytest
from test_cli import assert_user_error

from visualizer.core import session
from visualizer.core.config import Config, ConfigError
from visualizer.core.datasets import Dataset, raw_data
from visualizer.core.preprocessing import (
    PREPROCESSING,
    STAGES,
    WHITEN_EPS,
    prepared_data,
    preprocess,
    principal_axes,
    stages,
)
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
    with pytest.raises(ValueError, match="allowed: none, center, standardize, pca, whiten"):
        preprocess(raw, "sphere")
    assert PREPROCESSING == ("none", "center", "standardize", "pca", "whiten")


def test_the_config_key_is_validated_and_applied_when_data_loads(capsys):
    with pytest.raises(ConfigError, match="preprocess: unknown value 'white'; allowed: none"):
        Config(preprocess="white")
    digits = prepared_data(Config(dataset="digits", preprocess="standardize"))
    assert digits.x_train.mean() == pytest.approx(0.0, abs=1e-12)
    assert prepared_data(Config(dataset="digits")).x_train.min() == 0.0  # pixels 0..1 as read
    assert_user_error(capsys, ["run", "--steps", "0", "--set", "preprocess=zca"], "preprocess")


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


def correlated() -> Dataset:
    """A tilted, stretched 2D cloud off the origin, and a test set drawn alike."""
    rng = np.random.default_rng(1)
    mix = np.array([[2.0, 1.0], [0.5, 0.6]])
    x_train = rng.standard_normal((500, 2)) @ mix + [4.0, 3.0]
    x_test = rng.standard_normal((100, 2)) @ mix + [4.0, 3.0]
    return Dataset("c", x_train, np.zeros(500, np.int64), x_test, np.zeros(100, np.int64), 2)


def covariance(x: np.ndarray) -> np.ndarray:
    centred = x - x.mean(axis=0)
    return centred.T @ centred / len(x)


def test_pca_rotates_onto_the_principal_axes_so_the_covariance_is_diagonal():
    raw = correlated()
    assert abs(covariance(raw.x_train)[0, 1]) > 0.5  # correlated as read
    out = preprocess(raw, "pca")
    cov = covariance(out.x_train)
    np.testing.assert_allclose(out.x_train.mean(axis=0), 0.0, atol=1e-12)
    assert abs(cov[0, 1]) < 1e-12 and cov[0, 0] > cov[1, 1] > 0  # largest variance first
    _mean, values, vectors = principal_axes(raw.x_train)
    np.testing.assert_allclose(np.diag(cov), values)  # the eigenvalues, falling
    np.testing.assert_allclose(vectors.T @ vectors, np.eye(2), atol=1e-12)  # a rotation
    np.testing.assert_allclose(  # lengths about the mean are kept
        np.linalg.norm(out.x_train, axis=1),
        np.linalg.norm(raw.x_train - raw.x_train.mean(axis=0), axis=1),
    )
    assert np.all(vectors[np.abs(vectors).argmax(axis=0), [0, 1]] > 0)  # signs fixed


def test_whitening_gives_the_identity_covariance_with_the_training_statistics_only():
    raw = correlated()
    out = preprocess(raw, "whiten")
    mean, values, vectors = principal_axes(raw.x_train)
    np.testing.assert_allclose(
        covariance(out.x_train), np.diag(values / (values + WHITEN_EPS)), atol=1e-12
    )
    np.testing.assert_allclose(covariance(out.x_train), np.eye(2), atol=1e-3)  # ε / λ
    rotated = preprocess(raw, "pca")
    expected = (raw.x_test - mean) @ vectors / np.sqrt(values + WHITEN_EPS)
    np.testing.assert_allclose(out.x_test, expected)  # the test set by the same numbers
    np.testing.assert_allclose(out.x_train, rotated.x_train / np.sqrt(values + WHITEN_EPS))


def test_whitening_leaves_a_constant_feature_at_zero_and_everything_finite():
    out = preprocess(data(), "whiten")  # feature 3 is constant: eigenvalue 0
    assert np.all(np.isfinite(out.x_train)) and np.all(np.isfinite(out.x_test))
    cov = covariance(out.x_train)
    np.testing.assert_allclose(np.diag(cov), [1.0, 1.0, 0.0], atol=1e-4)


def test_the_stages_are_the_preprocessings_of_the_shown_points_fitted_on_all():
    raw = correlated()
    shown = raw.x_train[::5]
    pictures = stages(raw.x_train, shown)
    assert STAGES == ("none", "center", "pca", "whiten") and len(pictures) == 4
    for how, points in zip(STAGES, pictures, strict=True):
        expected = preprocess(raw, how).x_train[::5]
        np.testing.assert_allclose(points, expected, rtol=1e-5, atol=1e-5)
        assert points.dtype == np.float32


def test_session_sends_a_2d_runs_stages_from_its_data_as_read():
    tilted = Config(dataset="tilted", depth=1, width=4, preprocess="whiten")
    session = Session([tilted])
    (sent,) = session.take_run_data()
    raw = raw_data(tilted)
    np.testing.assert_allclose(sent.stages[0], raw.x_train, rtol=1e-6)
    np.testing.assert_allclose(sent.x_train, sent.stages[3], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(covariance(sent.stages[3].astype(float)), np.eye(2), atol=1e-3)
    assert Session([Config(dataset="digits", depth=1, width=4)]).take_run_data() == []


def test_the_memory_estimate_counts_fitting_the_principal_axes():
    from visualizer.core.memory import estimate_bytes

    wide = Config(dataset="gaussian", input_dim=4096, samples=20, depth=1, width=1)
    whitened = estimate_bytes(wide.replace(preprocess="whiten"))
    assert whitened >= 3 * 8 * 4096**2 and whitened > estimate_bytes(wide)  # 3 matrices
    standardized = estimate_bytes(wide.replace(preprocess="standardize"))
    assert estimate_bytes(wide) <= standardized < whitened
