"""Input preprocessing with the training set's statistics only (the test set is shifted,
scaled and rotated by the same numbers, so nothing about it leaks into training):

    center:       x' = x - μ                    μ = per-feature mean of x_train
    standardize:  x' = (x - μ) / σ              σ = per-feature std of x_train (1 where 0)
    pca:          x' = (x - μ) U                Σ = (x_train - μ)ᵀ(x_train - μ) / N = U Λ Uᵀ
    whiten:       x' = (x - μ) U / sqrt(λ + ε)  ε = WHITEN_EPS

U's columns are Σ's eigenvectors by falling eigenvalue λ, each signed so that its largest
component is positive: PCA rotates the data onto its principal axes (covariance Λ, the
features decorrelated), whitening also scales every axis to variance λ / (λ + ε) ≈ 1
(covariance ≈ I). As in CS231n's notes (ε = 1e-5), ε keeps axes of almost no variance,
mostly noise, from being blown up without bound.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .config import Config
from .datasets import Dataset, raw_data
from .keys import INPUT_CLOUD_STAGES as STAGES
from .keys import PREPROCESS

PREPROCESSING: tuple[str, ...] = PREPROCESS.choices
"""What `preprocess` accepts (declared in `core.keys`), in the order the controls list it."""
WHITEN_EPS = 1e-5


def principal_axes(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(μ, λ, U) of the rows of `x`: the mean, the covariance's eigenvalues (falling, never
    below 0) and its eigenvectors as U's columns, each with its largest component positive."""
    mean = x.mean(axis=0)
    centred = x - mean
    values, vectors = np.linalg.eigh(centred.T @ centred / max(len(x), 1))
    order = np.argsort(values)[::-1]
    values, vectors = np.maximum(values[order], 0.0), vectors[:, order]
    largest = vectors[np.abs(vectors).argmax(axis=0), np.arange(vectors.shape[1])]
    return mean, values, vectors * np.where(largest < 0, -1.0, 1.0)


def fit(x_train: np.ndarray, how: str) -> tuple[np.ndarray, np.ndarray]:
    """(shift, factor) fitted on `x_train` for `how`, applied by `apply`: factor is a
    per-feature scale (none, center, standardize) or a matrix (pca, whiten)."""
    if how not in PREPROCESSING:
        raise ValueError(f"unknown preprocessing {how!r}; allowed: {', '.join(PREPROCESSING)}")
    features = x_train.shape[1]
    if how in ("pca", "whiten"):
        mean, values, vectors = principal_axes(x_train)
        scale = np.sqrt(values + WHITEN_EPS) if how == "whiten" else np.ones(features)
        return mean, vectors / scale
    if how == "none":
        return np.zeros(features), np.ones(features)
    mean = x_train.mean(axis=0)
    std = x_train.std(axis=0) if how == "standardize" else np.ones(features)
    return mean, 1.0 / np.where(std > 0, std, 1.0)  # a constant feature stays 0


def apply(x: np.ndarray, shift: np.ndarray, factor: np.ndarray) -> np.ndarray:
    """(x - shift) * factor per feature, or (x - shift) @ factor for a matrix."""
    return (x - shift) * factor if factor.ndim == 1 else (x - shift) @ factor


def preprocess(data: Dataset, how: str) -> Dataset:
    """`data` with its inputs transformed by the training statistics (module docstring)."""
    fitted = fit(data.x_train, how)
    if how == "none":
        return data
    return dataclasses.replace(
        data, x_train=apply(data.x_train, *fitted), x_test=apply(data.x_test, *fitted)
    )


def stages(x_train: np.ndarray, shown: np.ndarray) -> tuple[np.ndarray, ...]:
    """The points `shown` (some rows of the training inputs) after each of STAGES, every
    stage fitted on all of `x_train`: the input cloud view's four pictures."""
    return tuple(apply(shown, *fit(x_train, how)).astype(np.float32) for how in STAGES)


def prepared_data(config: Config) -> Dataset:
    """The dataset `config` describes, its inputs preprocessed by the training statistics."""
    return preprocess(raw_data(config), config.preprocess)
