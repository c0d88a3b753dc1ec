"""Datasets: built-in generators, the bundled digits, a user's files; seeded train/test split."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from visualizer.core.config import Config
from visualizer.core.datafiles import MIN_SAMPLES, DatasetError, read_data
from visualizer.core.dataset_names import DATASETS, DatasetInfo, is_path
from visualizer.core.registry import UnknownNameError
from visualizer.core.resources import resource_path

Arrays = tuple[np.ndarray, np.ndarray]
Generate = Callable[[int, float, np.random.Generator, int], Arrays]


@dataclass(frozen=True, eq=False)
class Dataset:
    """Train and test arrays: x float64 (N, D); y int64 labels (N,) or float64 targets (N, k)."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    n_classes: int  # 0 = regression

    @property
    def n_features(self) -> int:
        return self.x_train.shape[1]

    @property
    def n_outputs(self) -> int:
        """Classes for classification, target columns for regression."""
        return self.n_classes or self.y_train.shape[1]

    @property
    def is_regression(self) -> bool:
        return self.n_classes == 0

    @property
    def is_2d(self) -> bool:
        return self.n_features == 2


def _gaussian(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """x ~ N(0, 1) of shape (samples, input_dim); labels uniform in 0..9 (noise unused)."""
    return rng.standard_normal((samples, input_dim)), rng.integers(0, 10, samples)


def _spiral(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """Three arms: radius r ~ U(0, 1), angle = 2πk/3 + 4r + noise·N(0, 1); x = 2r(cos, sin)."""
    labels = np.arange(samples) % 3
    radius = rng.uniform(0.0, 1.0, samples)
    angle = 2 * np.pi * labels / 3 + 4 * radius + noise * rng.standard_normal(samples)
    return 2 * radius[:, None] * np.column_stack([np.cos(angle), np.sin(angle)]), labels


def _moons(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """Two interleaved half circles plus noise·N(0, 1), centred and scaled by 1.3."""
    labels = np.arange(samples) % 2
    angle = rng.uniform(0.0, np.pi, samples)
    upper = np.column_stack([np.cos(angle), np.sin(angle)])
    lower = np.column_stack([1 - np.cos(angle), 0.5 - np.sin(angle)])
    points = np.where(labels[:, None] == 0, upper, lower) - [0.5, 0.25]
    return 1.3 * (points + noise * rng.standard_normal((samples, 2))), labels


def _circles(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """Outer circle radius 2 (class 0), inner radius 1 (class 1), plus noise·N(0, 1)."""
    labels = np.arange(samples) % 2
    angle = rng.uniform(0.0, 2 * np.pi, samples)
    points = np.column_stack([np.cos(angle), np.sin(angle)]) * (1.0 - 0.5 * labels)[:, None]
    return 2 * (points + noise * rng.standard_normal((samples, 2))), labels


def _xor(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """p ~ U[-1, 1]², class = [p₁·p₂ < 0]; x = 2(p + noise·N(0, 1))."""
    points = rng.uniform(-1.0, 1.0, (samples, 2))
    labels = (points[:, 0] * points[:, 1] < 0).astype(np.int64)
    return 2 * (points + noise * rng.standard_normal((samples, 2))), labels


def _blobs(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """Four Gaussian blobs with std = noise around (±1, ±1)."""
    labels = np.arange(samples) % 4
    centers = np.array([[-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0], [1.0, 1.0]])
    return centers[labels] + noise * rng.standard_normal((samples, 2)), labels


def _tilted(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """A long, thin cloud off the origin: u ~ N(0, 0.8²) along the long axis, v ~ N(0, 0.15²)
    across it, the axes turned by 45° and centred at (1.5, 1); class = [v + noise·N(0, 1) > 0]
    (the classes split along the narrow direction: CS231n's figure for PCA and whitening)."""
    u, v = 0.8 * rng.standard_normal(samples), 0.15 * rng.standard_normal(samples)
    labels = (v + noise * rng.standard_normal(samples) > 0).astype(np.int64)
    turn = np.deg2rad(45.0)
    axes = np.array([[np.cos(turn), np.sin(turn)], [-np.sin(turn), np.cos(turn)]])
    return np.column_stack([u, v]) @ axes + [1.5, 1.0], labels


def _sine(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """Regression: x ~ U[-3, 3], y = sin(x) + noise·N(0, 1), both of shape (samples, 1)."""
    x = rng.uniform(-3.0, 3.0, (samples, 1))
    return x, np.sin(x) + noise * rng.standard_normal((samples, 1))


def _digits(samples: int, noise: float, rng: np.random.Generator, input_dim: int) -> Arrays:
    """The bundled 1797 8x8 digits, pixels 0..16 scaled to [0, 1]; `samples` picks a subset."""
    with np.load(resource_path("data", "digits.npz")) as data:
        return data["x"] / 16.0, data["y"].astype(np.int64)


GENERATORS: dict[str, Generate] = {
    "gaussian": _gaussian,
    "spiral": _spiral,
    "moons": _moons,
    "circles": _circles,
    "xor": _xor,
    "blobs": _blobs,
    "tilted": _tilted,
    "sine": _sine,
    "digits": _digits,
}
"""Each built-in dataset's generate(samples, noise, rng, input_dim) -> (x, y), y labels (N,)
or, for regression, targets (N, k); what it is: `dataset_names.DATASETS`."""


def _spec(name: str) -> DatasetInfo:
    try:
        return DATASETS.get(name)
    except UnknownNameError as exc:
        raise DatasetError(
            f"{exc}; or a path to a .csv file, an .npz file or a folder of MNIST idx files"
        ) from None


def load_dataset(
    name_or_path: str,
    *,
    samples: int | None = None,
    noise: float | None = None,
    input_dim: int = 100,
    test_fraction: float = 0.2,
    seed: int = 0,
) -> Dataset:
    """A built-in dataset or a user's file, made and split deterministically from `seed`.

    `samples` is the count before the split (a cap for files and digits; for an MNIST
    folder with both pairs it caps the training set and the test set in proportion).
    The last round(test_fraction · N) samples of a seeded permutation are the test set.
    """
    if samples is not None and samples < MIN_SAMPLES:
        raise DatasetError(f"samples must be at least {MIN_SAMPLES}, got {samples}")
    if noise is not None and noise < 0:
        raise DatasetError(f"noise must be >= 0, got {noise}")
    if not 0 <= test_fraction < 1:
        raise DatasetError(f"test_fraction must be in [0, 1), got {test_fraction}")
    if input_dim < 1:
        raise DatasetError(f"input_dim must be at least 1, got {input_dim}")
    rng = np.random.default_rng(seed)
    if is_path(name_or_path):
        path = Path(str(name_or_path).strip()).expanduser()
        return _load_file(path, samples, test_fraction, rng)
    spec = _spec(name_or_path)
    count = spec.default_samples if samples is None else samples
    level = spec.default_noise if noise is None else noise
    x, y = GENERATORS[spec.name](count, level, rng, input_dim)
    return _split(spec.name, x, y, spec.n_classes, count, test_fraction, rng)


def _load_file(
    path: Path, samples: int | None, test_fraction: float, rng: np.random.Generator
) -> Dataset:
    """A user's file or MNIST folder; an MNIST train + t10k pair keeps its own split."""
    data = read_data(path)
    if len(data.parts) == 1:
        x, y = data.parts[0]
        return _split(str(path), x, y, data.n_classes, samples, test_fraction, rng, data.divisor)
    (x_train, y_train), (x_test, y_test) = data.parts
    n_train = len(x_train) if samples is None else min(samples, len(x_train))
    n_test = round(len(x_test) * n_train / len(x_train))
    train = rng.permutation(len(x_train))[:n_train]
    test = rng.permutation(len(x_test))[:n_test]
    return Dataset(
        str(path),
        *_take(x_train, y_train, train, data.n_classes, data.divisor),
        *_take(x_test, y_test, test, data.n_classes, data.divisor),
        data.n_classes,
    )


def _split(
    name: str,
    x: np.ndarray,
    y: np.ndarray,
    n_classes: int,
    samples: int | None,
    test_fraction: float,
    rng: np.random.Generator,
    divisor: float = 1.0,
) -> Dataset:
    """Keep the first `samples` of a seeded permutation; its last round(f · n) are the test set."""
    order = rng.permutation(len(x))[:samples]
    n_test = round(test_fraction * len(order))
    if n_test == len(order):
        raise DatasetError(f"test_fraction {test_fraction} leaves no training samples")
    cut = len(order) - n_test
    return Dataset(
        name,
        *_take(x, y, order[:cut], n_classes, divisor),
        *_take(x, y, order[cut:], n_classes, divisor),
        n_classes,
    )


def _take(x: np.ndarray, y: np.ndarray, rows: np.ndarray, n_classes: int, divisor: float) -> Arrays:
    """Rows of x as float64 / divisor; of y as int64 labels, or float64 (n, k) targets.
    One copy of the rows at most: the fancy index copies, the rest works in place."""
    features = x[rows].astype(np.float64, copy=False)
    if divisor != 1:
        features /= divisor
    if n_classes:
        return features, y[rows].astype(np.int64)
    return features, y[rows].astype(np.float64)


OUTLIER_SHIFT = 4.0
"""How far an outlier's target is moved up (sine's targets lie in about -1..1)."""
OUTLIER_STREAM = 17
"""Mixed into the seed so the rows drawn for outliers do not follow the split's draws."""


def with_outliers(data: Dataset, fraction: float, seed: int) -> Dataset:
    """A regression set with round(fraction · N) training targets moved up by
    OUTLIER_SHIFT (rows drawn from `seed`); the test targets stay clean, so the test loss
    measures the fit to the true function. Class labels are left as they are."""
    if fraction <= 0 or not data.is_regression:
        return data
    rng = np.random.default_rng([seed, OUTLIER_STREAM])
    rows = rng.permutation(len(data.y_train))[: round(fraction * len(data.y_train))]
    targets = data.y_train.copy()
    targets[rows] += OUTLIER_SHIFT
    return replace(data, y_train=targets)


LABEL_NOISE_STREAM = 23
"""Mixed into the seed so the relabelled rows follow neither the split's nor the outliers'."""


def with_label_noise(data: Dataset, fraction: float, seed: int) -> Dataset:
    """A classification set with round(fraction · N) training labels moved to another class
    (label + k mod classes, k drawn from 1..classes-1, rows and k from `seed`); the test
    labels stay true, so the test accuracy measures what was learned of the real task.
    Regression targets are left as they are."""
    if fraction <= 0 or data.is_regression or data.n_classes < 2:
        return data
    rng = np.random.default_rng([seed, LABEL_NOISE_STREAM])
    rows = rng.permutation(len(data.y_train))[: round(fraction * len(data.y_train))]
    labels = data.y_train.copy()
    labels[rows] = (labels[rows] + rng.integers(1, data.n_classes, len(rows))) % data.n_classes
    return replace(data, y_train=labels)


def raw_data(config: Config) -> Dataset:
    """The dataset `config` describes as generated or read, split by its seed, with its
    `outliers` (regression) or `label_noise` (classification)."""
    data = load_dataset(
        config.dataset,
        samples=config.samples,
        noise=config.noise,
        input_dim=config.input_dim,
        test_fraction=config.test_fraction,
        seed=config.seed,
    )
    data = with_outliers(data, config.outliers, config.seed)
    return with_label_noise(data, config.label_noise, config.seed)
