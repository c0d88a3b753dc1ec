"""Input preprocessing with the training set's statistics only (the test set is shifted
and scaled by the same numbers, so nothing about it leaks into training):

    center:       x' = x - μ                    μ = per-feature mean of x_train
    standardize:  x' = (x - μ) / σ              σ = per-feature std of x_train (1 where 0)
"""

from __future__ import annotations

import dataclasses

import numpy as np

from .datasets import Dataset
from .keys import PREPROCESS

PREPROCESSING: tuple[str, ...] = PREPROCESS.choices
"""What `preprocess` accepts (declared in `core.keys`), in the order the controls list it."""


def preprocess(data: Dataset, how: str) -> Dataset:
    """`data` with its inputs centred or standardized by the training statistics."""
    if how not in PREPROCESSING:
        raise ValueError(f"unknown preprocessing {how!r}; allowed: {', '.join(PREPROCESSING)}")
    if how == "none":
        return data
    mean = data.x_train.mean(axis=0)
    scale = np.ones_like(mean)
    if how == "standardize":
        std = data.x_train.std(axis=0)
        scale = np.where(std > 0, std, 1.0)  # a constant feature stays 0 after centring
    return dataclasses.replace(
        data, x_train=(data.x_train - mean) / scale, x_test=(data.x_test - mean) / scale
    )
