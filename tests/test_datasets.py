"""Datasets: every built-in, the bundled digits, names and paths."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import dataset_arrays as arrays
from helpers import dataset_total as total

from visualizer.core.dataset_names import DATASETS, default_noise, default_samples, is_path
from visualizer.core.datasets import GENERATORS, load_dataset
from visualizer.core.resources import resource_path

NAMES = DATASETS.names()
FEATURES = {"gaussian": 7, "sine": 1, "digits": 64}


# ---- every built-in -------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_builtin_shapes_dtypes_and_labels(name: str) -> None:
    data = load_dataset(name, input_dim=7)
    spec = DATASETS.get(name)
    assert data.name == name and data.n_classes == spec.n_classes
    assert total(data) == default_samples(name) == spec.default_samples
    assert data.n_features == FEATURES.get(name, 2) == data.x_test.shape[1]
    assert data.is_2d == (data.n_features == 2)
    for x in (data.x_train, data.x_test):
        assert x.dtype == np.float64 and x.ndim == 2 and np.all(np.isfinite(x))
    if data.is_regression:
        assert data.y_train.dtype == np.float64 and data.y_train.shape == (len(data.x_train), 1)
        assert data.n_outputs == 1 and np.all(np.isfinite(data.y_train))
    else:
        assert data.y_train.dtype == data.y_test.dtype == np.int64
        assert data.y_train.shape == (len(data.x_train),)
        assert data.n_outputs == data.n_classes
        assert set(np.unique(data.y_train)) == set(range(data.n_classes))
        assert data.y_test.min() >= 0 and data.y_test.max() < data.n_classes


@pytest.mark.parametrize("name", NAMES)
def test_builtin_is_deterministic_in_seed(name: str) -> None:
    first, again = (load_dataset(name, input_dim=5, seed=3) for _ in range(2))
    for a, b in zip(arrays(first), arrays(again), strict=True):
        np.testing.assert_array_equal(a, b)
    other = load_dataset(name, input_dim=5, seed=4)
    assert not np.array_equal(first.x_train, other.x_train)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.5])
def test_builtin_respects_test_fraction(name: str, fraction: float) -> None:
    data = load_dataset(name, samples=120, input_dim=5, test_fraction=fraction)
    assert total(data) == 120 and len(data.x_test) == round(fraction * 120)
    assert len(data.y_test) == len(data.x_test)
    if fraction == 0:
        assert data.x_test.shape == (0, data.n_features)
        assert data.y_test.shape == ((0, 1) if data.is_regression else (0,))


@pytest.mark.parametrize("name", NAMES)
def test_builtin_noise_default_and_scale(name: str) -> None:
    default = load_dataset(name, input_dim=5)
    explicit = load_dataset(name, input_dim=5, noise=default_noise(name))
    np.testing.assert_array_equal(default.x_train, explicit.x_train)
    quiet = load_dataset(name, input_dim=5, noise=0.0)
    ignores_noise = name in ("gaussian", "digits")
    changed = not np.array_equal(quiet.x_train, default.x_train) or not np.array_equal(
        quiet.y_train, default.y_train
    )
    assert changed != ignores_noise
    if default.is_2d:
        assert np.abs(default.x_train).max() < 4
        assert np.all((default.x_train.std(axis=0) > 0.5) & (default.x_train.std(axis=0) < 2))


@pytest.mark.parametrize("name", NAMES)
def test_builtin_has_a_one_line_title(name: str) -> None:
    title = DATASETS.get(name).title
    assert title and "\n" not in title


def test_defaults_of_named_builtins() -> None:
    assert default_samples("gaussian") == 1000 and default_samples("digits") == 1797
    assert default_noise("spiral") == pytest.approx(0.2)
    assert default_noise("Moons") == pytest.approx(0.1)
    with pytest.raises(ValueError, match="unknown dataset"):
        default_samples("nope")


def test_every_named_dataset_has_its_generator() -> None:
    assert list(GENERATORS) == DATASETS.names()


def test_gaussian_is_a_standard_normal_probe() -> None:
    data = load_dataset("gaussian", input_dim=30, test_fraction=0)
    assert data.x_train.shape == (1000, 30)
    assert abs(data.x_train.mean()) < 0.05 and abs(data.x_train.std() - 1) < 0.05
    assert data.n_classes == 10


def test_sine_without_noise_is_the_sine() -> None:
    data = load_dataset("sine", noise=0.0)
    assert data.x_train.min() >= -3 and data.x_train.max() <= 3
    np.testing.assert_allclose(data.y_train, np.sin(data.x_train))


# ---- the bundled digits ---------------------------------------------------------------


def test_digits_bundle() -> None:
    assert resource_path("data", "digits.npz").is_file()
    assert resource_path("data", "DIGITS-LICENSE.md").is_file()
    data = load_dataset("digits", test_fraction=0)
    x, y = data.x_train, data.y_train
    assert x.shape == (1797, 64) and data.n_classes == 10
    assert x.min() == 0 and x.max() == 1
    np.testing.assert_array_equal(x * 16, np.round(x * 16))
    counts = np.bincount(y)
    assert len(counts) == 10 and counts.min() >= 170 and counts.max() <= 190


def test_digits_samples_is_a_subset_size() -> None:
    assert total(load_dataset("digits", samples=100)) == 100
    assert total(load_dataset("digits", samples=5000)) == 1797


# ---- names and paths ------------------------------------------------------------------


def test_is_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mnist").mkdir()
    (tmp_path / "spiral").mkdir()
    assert not is_path("spiral") and not is_path("Spiral") and not is_path("nope")
    assert is_path("data.csv") and is_path("DATA.NPZ") and is_path("a/b") and is_path(r"c:\x")
    assert is_path("mnist")
