"""The built-in datasets by name, with what the configuration needs to know about them
(title, default samples and noise, shape), and how a file path is told from a name.
NumPy-free: the configuration, lesson files and the window read it; `datasets` makes the
data."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .registry import Registry


@dataclass(frozen=True)
class DatasetInfo:
    """A built-in dataset as the configuration and the controls know it (its generator is
    in `datasets.GENERATORS`)."""

    name: str
    title: str
    default_samples: int
    default_noise: float
    n_classes: int  # 0 = regression
    features: int = 2  # columns of x; 0 = input_dim
    rows: int = 0  # a bundled set's fixed size; 0 = `samples` rows are generated

    def shape(self, samples: int, input_dim: int) -> tuple[int, int]:
        """(rows, features) of x as generated or read, before `samples` caps it."""
        return self.rows or samples, self.features or input_dim


DATASETS = Registry[DatasetInfo]("dataset")
for _entry in (
    DatasetInfo("gaussian", "N(0, 1) probe inputs, random labels", 1000, 0.0, 10, 0),
    DatasetInfo("spiral", "Three interleaved spiral arms (2D)", 600, 0.2, 3),
    DatasetInfo("moons", "Two interleaved half moons (2D)", 400, 0.1, 2),
    DatasetInfo("circles", "A ring around a smaller ring (2D)", 400, 0.05, 2),
    DatasetInfo("xor", "Opposite quadrants share a class (2D)", 400, 0.05, 2),
    DatasetInfo("blobs", "Four Gaussian clusters (2D)", 400, 0.5, 4),
    DatasetInfo("tilted", "A long thin tilted cloud off the origin (2D)", 400, 0.03, 2),
    DatasetInfo("sine", "Regression: y = sin(x) + noise", 400, 0.1, 0, 1),
    DatasetInfo("digits", "8x8 handwritten digits (1797 images)", 1797, 0.0, 10, 64, 1797),
):
    DATASETS.add(_entry.name, _entry)


def default_samples(name: str) -> int:
    """The built-in dataset's sample count when `samples` is not given."""
    return DATASETS.get(name).default_samples


def default_noise(name: str) -> float:
    """The built-in dataset's noise level when `noise` is not given."""
    return DATASETS.get(name).default_noise


def is_path(value: str) -> bool:
    """True when `value` names a file or folder rather than a built-in dataset: it holds a
    path separator, ends in .csv or .npz, or (not being a built-in name) exists on disk.
    An empty name is neither (it would name the current folder)."""
    text = str(value).strip()
    if not text:
        return False
    if "/" in text or "\\" in text or text.lower().endswith((".csv", ".npz")):
        return True
    return text not in DATASETS and Path(text).exists()
